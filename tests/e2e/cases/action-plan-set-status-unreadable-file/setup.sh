set -e
sed -i 's/^  aspect: our-impact\/inclusion/  aspect: [our-impact\/inclusion/' schools/brook-lane-primary/reviews/2026-10/actions.yaml
