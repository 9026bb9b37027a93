set -e
mkdir -p schools/thornbeck-primary/reviews/2027-10
cp "$(dirname "$0")/../../data/thornbeck-2027-10-review.yaml" schools/thornbeck-primary/reviews/2027-10/review.yaml
sed -i '/^  - school: thornbeck-primary/a\    note: Joanna Pike is on secondment this autumn; agreed at the July meeting.' plans/2027-28.yaml
