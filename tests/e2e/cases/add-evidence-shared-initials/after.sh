grep -qx "by: Tara Bell" schools/moss-bank-primary/reviews/2026-11/evidence/tbell-2.yaml
