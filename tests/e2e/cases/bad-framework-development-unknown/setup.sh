# an area-for-development level the framework does not have
set -e
mkdir frameworks
# A small two-theme framework, shared by the bad-framework cases; each breaks it one way.
cp "$(dirname "$0")/../../data/two-themes.yaml" frameworks/two-themes.yaml
sed -i 's/^levels: \[\]/levels:\n  - id: low\n    name: Low\n  - id: high\n    name: High\ndevelopment: [lowe]/' frameworks/two-themes.yaml
