# team-min larger than team-max
set -e
mkdir frameworks
# A small two-theme framework, shared by the bad-framework cases; each breaks it one way.
cp "$(dirname "$0")/../../data/two-themes.yaml" frameworks/two-themes.yaml
sed -i 's/^  team-min: 2/  team-min: 5/' frameworks/two-themes.yaml
