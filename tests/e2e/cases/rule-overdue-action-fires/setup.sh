# an open action past its due date
set -e
sed -i 's/^  due: 2027-03-26/  due: 2026-11-20/' schools/brook-lane-primary/reviews/2026-10/actions.yaml
