# a framework path that leads out of the repository
set -e
sed -i 's|^framework: default|framework: ../frameworks/ours.yaml|' lateral.yaml
