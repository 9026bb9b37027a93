# a map where text goes
set -e
sed -i 's/^summary: .*/summary:\n  text: Year 6 pupils spoke confidently./' schools/brook-lane-primary/reviews/2026-10/evidence/op-1.yaml
