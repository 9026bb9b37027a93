# a self-evaluation entry without its note
set -e
sed -i '0,/^  note:/{/^  note:/d}' schools/brook-lane-primary/reviews/2026-10/self-evaluation.yaml
