# a FIFO in place of a YAML file is a located path error, read without waiting for a writer
set -e
rm schools/brook-lane-primary/reviews/2026-10/actions.yaml schools/brook-lane-primary/reviews/2026-10/evidence/op-1.yaml
mkfifo schools/brook-lane-primary/reviews/2026-10/actions.yaml schools/brook-lane-primary/reviews/2026-10/evidence/op-1.yaml
