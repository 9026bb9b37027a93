# a key written twice
set -e
printf 'name: Hill Top School\n' >> schools/hill-top-primary/school.yaml
