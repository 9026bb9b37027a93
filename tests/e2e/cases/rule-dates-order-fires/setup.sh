# meetings after the review starts, and immediate feedback before it
set -e
r=schools/brook-lane-primary/reviews/2026-10/review.yaml
sed -i 's/^  focus-agreed: 2026-09-08/  focus-agreed: 2026-10-06/; s/^  team-briefing: 2026-09-29/  team-briefing: 2026-10-07/; s/^  immediate: 2026-10-07/  immediate: 2026-10-05/' $r
