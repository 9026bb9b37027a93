set -e
diff -r ../before schools/brook-lane-primary/reviews/2026-10
