# a date that does not exist
set -e
sed -i 's/^date: .*/date: 2026-09-31/' schools/brook-lane-primary/reviews/2026-10/evidence/op-1.yaml
