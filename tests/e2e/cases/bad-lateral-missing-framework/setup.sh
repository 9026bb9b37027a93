# no framework key
set -e
sed -i '/^framework:/d' lateral.yaml
