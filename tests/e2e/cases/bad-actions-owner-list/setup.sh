# a list where the owner goes
set -e
sed -i 's/^  owner: SENCo/  owner: [SENCo, headteacher]/' schools/brook-lane-primary/reviews/2026-10/actions.yaml
