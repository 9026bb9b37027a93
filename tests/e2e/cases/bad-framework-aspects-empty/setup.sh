# a theme with no aspects
set -e
mkdir frameworks
# A small two-theme framework, shared by the bad-framework cases; each breaks it one way.
cp "$(dirname "$0")/../../data/two-themes.yaml" frameworks/two-themes.yaml
sed -i '/^      - id: families/,/^        prompt: How does/d; s/^    summary: working with others/    summary: working with others\n    aspects: []/' frameworks/two-themes.yaml
sed -i '0,/^    aspects:$/!{/^    aspects:$/d}' frameworks/two-themes.yaml
