test ! -e .lateral/cache
ls schools/brook-lane-primary/reviews/2026-10/evidence | wc -l | grep -qx 4
