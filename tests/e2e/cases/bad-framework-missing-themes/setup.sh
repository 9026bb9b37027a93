# a framework without themes
set -e
mkdir frameworks
# A small two-theme framework, shared by the bad-framework cases; each breaks it one way.
cp "$(dirname "$0")/../../data/two-themes.yaml" frameworks/two-themes.yaml
sed -i '/^themes:/,/^evidence-types:/{/^evidence-types:/!d}' frameworks/two-themes.yaml
