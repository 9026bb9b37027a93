# a second document after ---
set -e
printf -- '---\ndates: [2027-02-01]\n' >> schools/hill-top-primary/reviews/2027-01/review.yaml
