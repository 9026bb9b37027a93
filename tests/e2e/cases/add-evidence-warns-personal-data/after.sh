test -f schools/moss-bank-primary/reviews/2026-11/evidence/tbarker-2.yaml
