# no date
set -e
sed -i '/^date:/d' schools/brook-lane-primary/reviews/2026-10/process-feedback.yaml
