# a tag
set -e
sed -i 's/^name: .*/name: !!str Hill Top Primary School/' schools/hill-top-primary/school.yaml
