# an action past its due date that is done
set -e
sed -i 's/^  due: 2027-03-26/  due: 2026-11-20/; s/^  status: in-progress/  status: done/' schools/brook-lane-primary/reviews/2026-10/actions.yaml
