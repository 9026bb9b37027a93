# an evidence record tagged with a misspelt aspect
set -e
sed -i 's|^aspects: \[our-impact/outcomes,|aspects: [our-impact/outcome,|' schools/brook-lane-primary/reviews/2026-10/evidence/rc-1.yaml
