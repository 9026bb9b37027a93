# text where a list goes
set -e
sed -i 's|^aspects: .*|aspects: our-impact/outcomes|' schools/brook-lane-primary/reviews/2026-10/evidence/op-1.yaml
