# benchmark.yaml as a directory is reported, not passed over.
rm schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
mkdir schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
