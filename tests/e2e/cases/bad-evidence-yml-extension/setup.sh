# an evidence file ending in .yml
set -e
cp schools/brook-lane-primary/reviews/2026-10/evidence/op-1.yaml schools/brook-lane-primary/reviews/2026-10/evidence/op-3.yml
