set -e
diff -u "$(dirname "$0")/expected-review.yaml" schools/brook-lane-primary/reviews/2026-12/review.yaml
diff -u "$(dirname "$0")/expected-school.yaml" schools/brook-lane-primary/school.yaml
