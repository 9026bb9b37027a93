# text where a list goes
set -e
sed -i 's/^went-well:/went-well: The team listened./; /^  - The team/d' schools/brook-lane-primary/reviews/2026-10/process-feedback.yaml
