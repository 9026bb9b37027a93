# a merge key with an alias
set -e
sed -i 's/^  - name: Dana Whitfield/  - \&lead\n    name: Dana Whitfield/; s/^  - name: Owen Pryce/  - <<: *lead\n    name: Owen Pryce/' schools/hill-top-primary/reviews/2027-01/review.yaml
