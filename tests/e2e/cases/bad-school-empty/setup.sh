# an empty school.yaml
set -e
: > schools/hill-top-primary/school.yaml
