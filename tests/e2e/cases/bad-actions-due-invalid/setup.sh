# a due date that does not exist
set -e
sed -i 's/^  due: 2027-06-30/  due: 2027-06-31/' schools/brook-lane-primary/reviews/2026-10/actions.yaml
