# a list where text goes
set -e
sed -i 's/^name: .*/name:\n  - Hill Top\n  - Primary School/' schools/hill-top-primary/school.yaml
