set -e
mkdir -p schools/thornbeck-primary/reviews/2027-10
cp "$(dirname "$0")/../../data/thornbeck-2027-10-review.yaml" schools/thornbeck-primary/reviews/2027-10/review.yaml
