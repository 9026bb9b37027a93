# an Outstanding school led by the head of another Outstanding school
set -e
sed -i 's/^inspection: good/inspection: outstanding/' schools/brook-lane-primary/school.yaml schools/hill-top-primary/school.yaml
