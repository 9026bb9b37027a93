# a record without a summary
set -e
sed -i '/^summary:/d' schools/brook-lane-primary/reviews/2026-10/evidence/op-1.yaml
