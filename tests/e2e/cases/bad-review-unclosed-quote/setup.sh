# a double quote never closed
set -e
sed -i 's/^  question: /  question: "/' schools/hill-top-primary/reviews/2027-01/review.yaml
