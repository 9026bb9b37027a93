# evidence by someone who is not in the team (a misspelt name)
set -e
sed -i 's/^by: Owen Pryce/by: Owen Price/' schools/brook-lane-primary/reviews/2026-10/evidence/op-1.yaml
