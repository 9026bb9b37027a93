# a directory and a file without .yaml where evidence records belong, and a link to nothing
set -e
mkdir schools/brook-lane-primary/reviews/2026-10/evidence/photos
printf 'notes\n' > schools/brook-lane-primary/reviews/2026-10/evidence/notes.txt
ln -s op-9.yaml schools/brook-lane-primary/reviews/2026-10/evidence/op-9.yaml
