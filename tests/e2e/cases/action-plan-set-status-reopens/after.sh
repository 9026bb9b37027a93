diff -u "$(dirname "$0")/expected-actions.yaml" schools/fell-view-primary/reviews/2025-10/actions.yaml
