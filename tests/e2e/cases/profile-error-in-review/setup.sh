# A judgement cites evidence that does not exist: an error, so no profile is written.
sed -i 's/evidence: \[sh-1, rk-5\]/evidence: [sh-1, rk-9]/' schools/thornbeck-primary/reviews/2026-10/benchmark.yaml
grep -q 'rk-9' schools/thornbeck-primary/reviews/2026-10/benchmark.yaml
