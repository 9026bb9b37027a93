# The inclusion judgement is taken out (an incomplete benchmark, as for a DRAFT profile): the plan
# is still written, and says its inclusion action answers no recorded judgement yet.
awk '/^our-impact\/inclusion:/ { skip = 1; next } /^[^ #]/ { skip = 0 } !skip' schools/thornbeck-primary/reviews/2026-10/benchmark.yaml > benchmark.tmp
mv benchmark.tmp schools/thornbeck-primary/reviews/2026-10/benchmark.yaml
