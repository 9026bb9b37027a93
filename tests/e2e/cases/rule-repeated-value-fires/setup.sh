# a value listed twice: a focus theme, a cited record, an evidence record's aspect
set -e
r=schools/brook-lane-primary/reviews/2026-10
sed -i 's/themes: \[our-impact, looking-outward\]/themes: [our-impact, looking-outward, our-impact]/' $r/review.yaml
sed -i '0,/evidence: \[rc-1, op-1\]/s//evidence: [rc-1, op-1, rc-1]/' $r/benchmark.yaml
sed -i 's/aspects: \[our-impact\/outcomes, our-impact\/behaviour, our-impact\/inclusion\]/aspects:\n  - our-impact\/outcomes\n  - our-impact\/behaviour\n  - our-impact\/outcomes\n  - our-impact\/inclusion/' $r/evidence/rc-1.yaml
