# our-impact/outcomes cites op-2, now tagged to it as well
set -e
r=schools/brook-lane-primary/reviews/2026-10
sed -i '0,/evidence: \[rc-1, op-1\]/s//evidence: [rc-1, op-2]/' $r/benchmark.yaml
sed -i 's/^aspects: \[our-impact\/personal-development,/aspects: [our-impact\/outcomes, our-impact\/personal-development,/' $r/evidence/op-2.yaml
grep -q 'our-impact/outcomes' $r/evidence/op-2.yaml
