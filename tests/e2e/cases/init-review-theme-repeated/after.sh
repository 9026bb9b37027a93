set -e
grep -qx '  themes: \[our-impact, looking-forward\]' schools/fell-view-primary/reviews/2026-11/review.yaml
"$LATERAL" check schools/fell-view-primary/reviews/2026-11/review.yaml
