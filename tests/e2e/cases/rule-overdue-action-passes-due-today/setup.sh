# an open action due today is not overdue yet
set -e
sed -i 's/^  due: 2027-03-26/  due: 2026-11-23/' schools/brook-lane-primary/reviews/2026-10/actions.yaml
