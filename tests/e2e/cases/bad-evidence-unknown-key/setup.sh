# a misspelt key
set -e
sed -i 's/^context:/contxt:/' schools/brook-lane-primary/reviews/2026-10/evidence/op-1.yaml
