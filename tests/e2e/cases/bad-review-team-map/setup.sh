# a map where the team list goes
set -e
sed -i '/^team:/,/^feedback:/c\team:\n  name: Dana Whitfield\nfeedback:' schools/hill-top-primary/reviews/2027-01/review.yaml
