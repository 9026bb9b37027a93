# Nothing was written into the other repository.
[[ $(ls ../other/schools/brook-lane-primary/reviews/2026-10/evidence | wc -l) == 4 ]]
