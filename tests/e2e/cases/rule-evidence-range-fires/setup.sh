# a benchmarked review drawing on three types of evidence
set -e
sed -i 's/^type: parent-discussion/type: lesson-observation/' schools/brook-lane-primary/reviews/2026-10/evidence/op-2.yaml
