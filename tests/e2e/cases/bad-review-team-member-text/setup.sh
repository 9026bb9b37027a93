# a team member written as text
set -e
sed -i 's/^  - name: Owen Pryce/  - Owen Pryce\n  - name: Owen Pryce/' schools/hill-top-primary/reviews/2027-01/review.yaml
