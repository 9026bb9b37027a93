# refused: nothing written
sed -n '/^our-impact\/outcomes:/{n;p}' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml | grep -qx '  level: established'
