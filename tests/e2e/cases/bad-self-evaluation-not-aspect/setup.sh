# a key that is not theme/aspect
set -e
sed -i 's|^our-impact/inclusion:|Our Impact inclusion:|' schools/brook-lane-primary/reviews/2026-10/self-evaluation.yaml
