diff -u "$(dirname "$0")/expected-benchmark.yaml" schools/moss-bank-primary/reviews/2026-11/benchmark.yaml
