# our-impact/outcomes cites op-2, a parent discussion tagged to personal development, partnerships and families
set -e
sed -i '0,/evidence: \[rc-1, op-1\]/s//evidence: [rc-1, op-2]/' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
