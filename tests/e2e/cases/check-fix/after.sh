set -e
r=schools/brook-lane-primary/reviews/2026-10
grep -qx '  level: established  # checked twice' $r/benchmark.yaml
grep -qx 'type: pupil-discussion' $r/evidence/op-1.yaml
grep -qx 'confidential: true' $r/evidence/op-1.yaml
grep -q '^summary:' $r/evidence/op-2.yaml
# only the fixed word changed: the rest of the file is byte for byte the same
diff <(sed 's/establised/established/; s/\[rc-1, op-1, rc-1\]/[rc-1, op-1]/' ../benchmark.before) $r/benchmark.yaml
ls $r | grep -v '\.tmp' >/dev/null
