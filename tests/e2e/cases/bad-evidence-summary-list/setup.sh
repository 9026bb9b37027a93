# a summary written as a list of points
set -e
sed -i 's/^summary: .*/summary:\n  - Parents at the gate said staff are easy to talk to.\n  - A family worker has started./' schools/brook-lane-primary/reviews/2026-10/evidence/op-2.yaml
