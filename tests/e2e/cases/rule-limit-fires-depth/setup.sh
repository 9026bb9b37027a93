# nesting deeper than 32 levels
set -e
{ echo 'name: Hill Top Primary School'; printf 'context: '; for i in $(seq 40); do printf '['; done; for i in $(seq 40); do printf ']'; done; echo; } > schools/hill-top-primary/school.yaml
