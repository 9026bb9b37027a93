set -e
r=schools/brook-lane-primary/reviews/2026-10
sed -i 's/^type: pupil-discussion/type: pupil-discusion/; s/^confidential: false/confidential: no/' $r/evidence/op-1.yaml
