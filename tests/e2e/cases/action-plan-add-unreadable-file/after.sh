! grep -q 'Share the methods' schools/brook-lane-primary/reviews/2026-10/actions.yaml
