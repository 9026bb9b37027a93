# a judgement of an aspect whose theme is not in the focus
set -e
printf 'looking-inward/teaching:\n  level: established\n  commentary: Clear explanations.\n  evidence: [rc-1, op-1]\n' >> schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
