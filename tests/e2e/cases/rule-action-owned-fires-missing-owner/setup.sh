# an action without an owner
set -e
sed -i '/^  owner: SENCo/d' schools/brook-lane-primary/reviews/2026-10/actions.yaml
