# a misspelt level
set -e
sed -i '0,/level: established/s//level: establised/' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
