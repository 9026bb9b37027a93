# a reviewer from the school under review (its slug)
set -e
sed -i 's/^    school: Moorside Academy/    school: brook-lane-primary/' schools/brook-lane-primary/reviews/2026-10/review.yaml
