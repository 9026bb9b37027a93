# a control character
set -e
printf 'name: Hill Top\x07 Primary School\n' > schools/hill-top-primary/school.yaml
