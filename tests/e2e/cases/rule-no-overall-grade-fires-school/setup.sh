# a rating in school.yaml
set -e
printf 'rating: 3\n' >> schools/brook-lane-primary/school.yaml
