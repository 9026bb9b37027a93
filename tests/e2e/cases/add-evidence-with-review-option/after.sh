test -f schools/moss-bank-primary/reviews/2026-11/evidence/nh-3.yaml
