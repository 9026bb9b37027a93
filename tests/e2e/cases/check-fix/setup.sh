set -e
r=schools/brook-lane-primary/reviews/2026-10
sed -i '0,/level: established/s//level: establised  # checked twice/' $r/benchmark.yaml
sed -i 's/^type: pupil-discussion/type: pupil-discusion/; s/^confidential: false/confidential: yes/' $r/evidence/op-1.yaml
sed -i 's/^summary:/sumary:/' $r/evidence/op-2.yaml
# left alone: a cited record with two nearest ids is a guess (rc-1 or rc-2)
sed -i '0,/evidence: \[rc-1, op-1\]/s//evidence: [rc-3, op-1]/' $r/benchmark.yaml
# a repeated id in a flow list: the repeat is removed
sed -i '0,/evidence: \[rc-1, op-1\]/s//evidence: [rc-1, op-1, rc-1]/' $r/benchmark.yaml
cp $r/benchmark.yaml ../benchmark.before
