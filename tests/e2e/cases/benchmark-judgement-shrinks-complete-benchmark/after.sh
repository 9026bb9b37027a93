grep -q '^looking-outward/families:' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
