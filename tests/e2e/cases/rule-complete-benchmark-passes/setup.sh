# an unjudged aspect before feedback.immediate (2026-10-07) is still work in progress
set -e
sed -i '1,4d' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
