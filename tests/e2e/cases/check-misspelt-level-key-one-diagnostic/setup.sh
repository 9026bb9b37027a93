set -e
sed -i '0,/^  level: established/s//  levl: established/' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
