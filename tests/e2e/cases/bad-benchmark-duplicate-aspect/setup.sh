# the same aspect judged twice
set -e
printf 'our-impact/outcomes:\n  level: leading\n  commentary: Again.\n  evidence: [rc-1, op-1]\n' >> schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
