# a judgement of a whole theme
set -e
printf 'looking-outward:\n  level: established\n  commentary: Strong links.\n  evidence: [rc-2, op-2]\n' >> schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
