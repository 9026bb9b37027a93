sed -n '/^our-impact\/inclusion:/{n;p}' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml | grep -qx '  level: emerging'
