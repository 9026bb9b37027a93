# a year alone where a date goes
set -e
sed -i 's/^  immediate: 2027-01-13/  immediate: 2027/' schools/hill-top-primary/reviews/2027-01/review.yaml
