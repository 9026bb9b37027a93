# an absolute framework path
set -e
sed -i 's|^framework: default|framework: /etc/ours.yaml|' lateral.yaml
