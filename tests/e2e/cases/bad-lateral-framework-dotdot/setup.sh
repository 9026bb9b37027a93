# `..` in the framework path
set -e
sed -i 's|^framework: default|framework: frameworks/../../ours.yaml|' lateral.yaml
