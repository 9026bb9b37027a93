# a list used as a key
set -e
printf '[a, b]: c\n' >> schools/hill-top-primary/reviews/2027-01/review.yaml
