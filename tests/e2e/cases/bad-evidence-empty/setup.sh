# an empty evidence file
set -e
: > schools/brook-lane-primary/reviews/2026-10/evidence/op-3.yaml
