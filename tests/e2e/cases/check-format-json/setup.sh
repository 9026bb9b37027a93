# the JSON form of an error and a warning
set -e
sed -i 's/evidence: \[rc-1, rc-2\]/evidence: [rc-1]/' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
sed -i 's/^name: .*/name: [Hill Top]/' schools/hill-top-primary/school.yaml
