# a file lateral does not know in a review directory
set -e
printf 'note: x\n' > schools/brook-lane-primary/reviews/2026-10/notes.yaml
