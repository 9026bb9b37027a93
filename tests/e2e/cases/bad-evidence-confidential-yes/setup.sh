# yes where true is meant
set -e
sed -i 's/^confidential: false/confidential: yes/' schools/brook-lane-primary/reviews/2026-10/evidence/op-1.yaml
