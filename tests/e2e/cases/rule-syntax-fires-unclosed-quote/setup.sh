# quoted text never closed
set -e
sed -i 's/^name: Hill Top Primary School/name: "Hill Top Primary School/' schools/hill-top-primary/school.yaml
