# looking-inward/teaching also cites tbell-1, a work scrutiny tagged only to our-impact/inclusion
set -e
sed -i 's/^    - nh-1$/    - nh-1\n    - tbell-1/' schools/moss-bank-primary/reviews/2026-11/benchmark.yaml
grep -q '    - tbell-1' schools/moss-bank-primary/reviews/2026-11/benchmark.yaml
