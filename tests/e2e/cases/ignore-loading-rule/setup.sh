# an ignore comment cannot silence a loading rule: the value was not read
set -e
sed -i 's/^name: .*/name: 1984  # lateral: ignore[schema]/' schools/hill-top-primary/school.yaml
