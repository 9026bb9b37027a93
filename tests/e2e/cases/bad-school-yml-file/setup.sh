# a stray .yml file in a school directory
set -e
cp schools/hill-top-primary/school.yaml schools/hill-top-primary/school.yml
