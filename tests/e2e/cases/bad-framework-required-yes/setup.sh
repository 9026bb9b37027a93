# yes where true is meant
set -e
mkdir frameworks
# A small two-theme framework, shared by the bad-framework cases; each breaks it one way.
cp "$(dirname "$0")/../../data/two-themes.yaml" frameworks/two-themes.yaml
sed -i 's/^    required: true/    required: yes/' frameworks/two-themes.yaml
