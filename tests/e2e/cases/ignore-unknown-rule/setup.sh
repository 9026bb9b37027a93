set -e
sed -i 's/^name: .*/&  # lateral: ignore[triangulaton]/' schools/hill-top-primary/school.yaml
grep -q triangulaton schools/hill-top-primary/school.yaml
