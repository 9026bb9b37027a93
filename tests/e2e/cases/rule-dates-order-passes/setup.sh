# every date at the edge of its window
set -e
r=schools/brook-lane-primary/reviews/2026-10
sed -i 's/^  team-briefing: 2026-09-29/  team-briefing: 2026-10-06/; s/^  workshop: 2026-10-13/  workshop: 2026-10-07/' $r/review.yaml
sed -i 's/^date: 2026-10-06/date: 2026-09-08/' $r/evidence/rc-1.yaml
