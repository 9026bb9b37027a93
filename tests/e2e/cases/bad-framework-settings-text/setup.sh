# text where a number goes
set -e
mkdir frameworks
# A small two-theme framework, shared by the bad-framework cases; each breaks it one way.
cp "$(dirname "$0")/../../data/two-themes.yaml" frameworks/two-themes.yaml
sed -i 's/^  team-max: 4/  team-max: four/' frameworks/two-themes.yaml
