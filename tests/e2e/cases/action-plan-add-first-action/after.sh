diff -u "$(dirname "$0")/expected-actions.yaml" schools/moss-bank-primary/reviews/2026-11/actions.yaml
