# a misspelt evidence type
set -e
sed -i 's/^type: parent-discussion/type: parents-discussion/' schools/brook-lane-primary/reviews/2026-10/evidence/op-2.yaml
