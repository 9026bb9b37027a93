# A level written as a number: one diagnostic (its type), not also "has no level".
sed -i '2s/level: established/level: 2/' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
grep -q 'level: 2' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
