set -e
printf 'date: 2026-10-06\nby: Ruth Calder\n\ttype: lesson-observation\n' > schools/brook-lane-primary/reviews/2026-10/evidence/rc-2.yaml
