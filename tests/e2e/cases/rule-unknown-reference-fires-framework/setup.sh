# a review planned with a framework the repository does not have
set -e
sed -i '1a framework:\n  id: defualt\n  version: "1.0"' schools/hill-top-primary/reviews/2027-01/review.yaml
