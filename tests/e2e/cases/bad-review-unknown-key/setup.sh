# a misspelt key in focus: the nearest known key
set -e
sed -i 's/^  question:/  questoin:/' schools/hill-top-primary/reviews/2027-01/review.yaml
