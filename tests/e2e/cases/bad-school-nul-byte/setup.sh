# a NUL byte
set -e
printf 'name: Hill Top\x00 Primary\n' > schools/hill-top-primary/school.yaml
