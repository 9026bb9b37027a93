# Nothing was recorded.
[[ $(ls schools/brook-lane-primary/reviews/2026-10/evidence | wc -l) == 4 ]]
