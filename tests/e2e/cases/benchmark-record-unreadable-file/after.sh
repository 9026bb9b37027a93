! grep -q 'level: leading' <(sed -n '1,4p' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml)
