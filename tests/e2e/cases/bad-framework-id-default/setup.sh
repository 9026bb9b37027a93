# a partnership framework claiming the id default
set -e
mkdir frameworks
# A small two-theme framework, shared by the bad-framework cases; each breaks it one way.
cp "$(dirname "$0")/../../data/two-themes.yaml" frameworks/two-themes.yaml
sed -i 's/^id: two-themes/id: default/' frameworks/two-themes.yaml
