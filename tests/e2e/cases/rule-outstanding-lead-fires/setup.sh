# an Outstanding school led by the head of a school that is not
set -e
sed -i 's/^inspection: good/inspection: outstanding/' schools/brook-lane-primary/school.yaml
