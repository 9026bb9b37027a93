# a date that does not exist
set -e
sed -i 's/^  immediate: 2027-01-13/  immediate: 2027-02-30/' schools/hill-top-primary/reviews/2027-01/review.yaml
