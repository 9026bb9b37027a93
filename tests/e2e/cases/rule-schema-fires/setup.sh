# a list where text goes
set -e
sed -i 's/^name: .*/name: [Hill Top, Primary]/' schools/hill-top-primary/school.yaml
