# The first review day: no judgement recorded yet.
rm schools/thornbeck-primary/reviews/2026-10/benchmark.yaml
