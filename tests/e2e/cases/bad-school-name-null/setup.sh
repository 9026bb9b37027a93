# an empty name
set -e
sed -i 's/^name: .*/name:/' schools/hill-top-primary/school.yaml
