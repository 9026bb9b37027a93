# an escape character
set -e
printf 'name: Hill Top\x1b[2J Primary\n' > schools/hill-top-primary/school.yaml
