# review.yaml is a link to a file outside the repository: the listing refuses, and shows nothing of that file
set -e
printf 'OUTSIDE-SECRET: never shown\n' > ../outside.yaml
rm schools/brook-lane-primary/reviews/2026-10/review.yaml
ln -s ../../../../../outside.yaml schools/brook-lane-primary/reviews/2026-10/review.yaml
