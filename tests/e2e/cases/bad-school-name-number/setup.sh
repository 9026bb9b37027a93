# a number where text goes
set -e
sed -i 's/^name: .*/name: 1984/' schools/hill-top-primary/school.yaml
