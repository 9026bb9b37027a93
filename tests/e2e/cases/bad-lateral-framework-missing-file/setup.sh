# a framework path with no file
set -e
sed -i 's|^framework: default|framework: frameworks/ours.yaml|' lateral.yaml
