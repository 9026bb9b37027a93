# an empty aspect list
set -e
sed -i 's/^aspects: .*/aspects: []/' schools/brook-lane-primary/reviews/2026-10/evidence/op-1.yaml
