# a framework file named differently from its id
set -e
mkdir frameworks
# A small two-theme framework, shared by the bad-framework cases; each breaks it one way.
cp "$(dirname "$0")/../../data/two-themes.yaml" frameworks/two-themes.yaml
mv frameworks/two-themes.yaml frameworks/ours.yaml
