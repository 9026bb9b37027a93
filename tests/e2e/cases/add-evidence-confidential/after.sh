diff -u "$(dirname "$0")/expected-record.yaml" schools/moss-bank-primary/reviews/2026-11/evidence/nh-3.yaml
