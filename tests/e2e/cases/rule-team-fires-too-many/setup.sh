# a team of five
set -e
sed -i '12a\  - name: Pat Lowe\n    role: SENCo\n  - name: Sam Reid\n    role: teacher\n  - name: Kit Moss\n    role: governor' schools/brook-lane-primary/reviews/2026-10/review.yaml
