# an action status lateral does not know
set -e
sed -i 's/^  status: in-progress/  status: started/' schools/brook-lane-primary/reviews/2026-10/actions.yaml
