# +44 (0)113 496 0000: the whole number, from the +
set -e
sed -i 's/^summary: .*/summary: The office (+44 (0)113 496 0000) arranged the visit./' schools/brook-lane-primary/reviews/2026-10/evidence/op-2.yaml
