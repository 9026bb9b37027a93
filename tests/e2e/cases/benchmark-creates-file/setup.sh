rm schools/moss-bank-primary/reviews/2026-11/benchmark.yaml
