# a school directory with no school.yaml
set -e
rm schools/hill-top-primary/school.yaml
