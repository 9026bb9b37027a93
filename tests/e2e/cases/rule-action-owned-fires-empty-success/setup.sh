# an action with empty success criteria
set -e
sed -i 's/^  success: Each term.*/  success: ""/' schools/brook-lane-primary/reviews/2026-10/actions.yaml
