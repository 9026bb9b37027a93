set -e
r=schools/brook-lane-primary/reviews/2026-10
sed -i '0,/evidence: \[rc-1, op-1\]/s//evidence: [rc-3, op-1]/' $r/benchmark.yaml
printf 'sumary: again\n' >> $r/evidence/op-2.yaml
cp -r $r ../before
