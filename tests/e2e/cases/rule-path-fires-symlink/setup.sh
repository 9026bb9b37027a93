# an evidence file that is a link leading out of the repository
set -e
printf 'date: 2026-10-07\n' > ../outside.yaml
ln -s ../../../../../../outside.yaml schools/brook-lane-primary/reviews/2026-10/evidence/ex-1.yaml
