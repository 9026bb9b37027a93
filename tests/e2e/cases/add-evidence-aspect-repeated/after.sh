set -e
grep -qx 'aspects: \[our-impact/behaviour, our-impact/inclusion\]' schools/moss-bank-primary/reviews/2026-11/evidence/nh-3.yaml
