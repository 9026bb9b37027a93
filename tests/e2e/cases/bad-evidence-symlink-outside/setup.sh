# an evidence file that is a link out of the repository
set -e
cp schools/brook-lane-primary/reviews/2026-10/evidence/op-1.yaml ../op-3.yaml
ln -s ../../../../../../op-3.yaml schools/brook-lane-primary/reviews/2026-10/evidence/op-3.yaml
