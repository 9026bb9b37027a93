set -e
grep -q 'name: Joanna Pike' schools/thornbeck-primary/reviews/2027-10/review.yaml
"$LATERAL" check --strict schools/thornbeck-primary
