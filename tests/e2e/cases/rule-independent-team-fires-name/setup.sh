# a reviewer from the school under review (its name)
set -e
sed -i 's/^    school: Moorside Academy/    school: Brook Lane Primary School/' schools/brook-lane-primary/reviews/2026-10/review.yaml
