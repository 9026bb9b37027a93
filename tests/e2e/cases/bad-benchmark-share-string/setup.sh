# a quoted boolean
set -e
sed -i 's/^  share: false/  share: "false"/' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
