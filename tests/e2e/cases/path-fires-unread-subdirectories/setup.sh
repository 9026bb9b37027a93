# YAML files in directories lateral does not know are reported, and a record moved into evidence/day1/ is not also missing
set -e
mkdir -p schools/brook-lane-primary/reviews/2026-10/evidence/day1 schools/brook-lane-primary/reviews/2026-10/extra schools/hill-top-primary/notes
mv schools/brook-lane-primary/reviews/2026-10/evidence/rc-2.yaml schools/brook-lane-primary/reviews/2026-10/evidence/day1/rc-2.yaml
printf 'note: kept here by mistake\n' > schools/brook-lane-primary/reviews/2026-10/extra/x.yaml
printf 'note: kept here by mistake\n' > schools/hill-top-primary/notes/y.yaml
