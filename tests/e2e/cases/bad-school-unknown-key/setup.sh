# a misspelt key
set -e
sed -i 's/^phase:/phse:/' schools/hill-top-primary/school.yaml
