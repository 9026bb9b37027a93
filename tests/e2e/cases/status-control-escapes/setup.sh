# a school name with terminal escapes written as YAML escapes: refused, never printed raw
set -e
printf 'name: "Hill Top\\e]0;title\\a Primary School"\nphase: primary\n' > schools/hill-top-primary/school.yaml
