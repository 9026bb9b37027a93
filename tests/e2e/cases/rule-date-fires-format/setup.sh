# a date written day first
set -e
sed -i 's/^date: 2026-10-07/date: 07\/10\/2026/' schools/brook-lane-primary/reviews/2026-10/evidence/op-2.yaml
