# evidence dated a year before the review
set -e
sed -i 's/^date: 2026-10-06/date: 2025-10-06/' schools/brook-lane-primary/reviews/2026-10/evidence/rc-1.yaml
