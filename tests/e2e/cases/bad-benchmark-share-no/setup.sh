# no where false is meant
set -e
sed -i 's/^  share: false/  share: no/' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
