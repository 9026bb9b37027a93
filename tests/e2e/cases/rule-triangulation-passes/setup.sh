# two records of different types
set -e
sed -i 's/evidence: \[rc-1, rc-2\]/evidence: [op-1, rc-1]/' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
# op-1, a pupil discussion, also bears on inclusion (else evidence-aspect warns)
sed -i 's/^aspects: \[our-impact\/outcomes,/aspects: [our-impact\/inclusion, our-impact\/outcomes,/' schools/brook-lane-primary/reviews/2026-10/evidence/op-1.yaml
