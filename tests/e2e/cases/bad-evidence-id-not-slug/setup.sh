# an evidence file name that is not a slug
set -e
cp schools/brook-lane-primary/reviews/2026-10/evidence/op-1.yaml 'schools/brook-lane-primary/reviews/2026-10/evidence/OP 3.yaml'
