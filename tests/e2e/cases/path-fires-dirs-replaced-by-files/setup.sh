# a school directory and a review directory replaced by files, and a school's YAML file directly in schools/
set -e
rm -rf schools/hill-top-primary schools/brook-lane-primary/reviews/2026-10
printf 'name: Hill Top Primary School\n' > schools/hill-top-primary
touch schools/brook-lane-primary/reviews/2026-10
printf 'name: Hill Top Primary School\n' > schools/hill-top.yaml
