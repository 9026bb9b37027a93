# a framework file ending in .yml
set -e
mkdir frameworks
# A small two-theme framework, shared by the bad-framework cases; each breaks it one way.
cp "$(dirname "$0")/../../data/two-themes.yaml" frameworks/two-themes.yaml
cp frameworks/two-themes.yaml frameworks/spare.yml
