grep -q '^our-impact/outcomes:' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
