# a tab used for indentation
set -e
printf 'context:\n\tA small school.\n' >> schools/hill-top-primary/school.yaml
