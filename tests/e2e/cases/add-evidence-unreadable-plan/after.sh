git status --porcelain >/dev/null 2>&1 || true; [[ $(ls schools/brook-lane-primary/reviews/2026-10/evidence | wc -l) == 4 ]]
