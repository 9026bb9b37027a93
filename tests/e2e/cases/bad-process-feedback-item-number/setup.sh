# a number in a list of text
set -e
printf '  - 10\n' >> schools/brook-lane-primary/reviews/2026-10/process-feedback.yaml
