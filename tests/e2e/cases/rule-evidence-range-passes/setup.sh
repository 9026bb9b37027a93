# the same before the review is benchmarked (one aspect still to judge)
set -e
sed -i 's/^type: parent-discussion/type: lesson-observation/' schools/brook-lane-primary/reviews/2026-10/evidence/op-2.yaml
sed -i '1,4d' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
