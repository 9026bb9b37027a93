# lateral.yaml is a link to a file outside the repository
set -e
mv lateral.yaml ../lateral.yaml
ln -s ../lateral.yaml lateral.yaml
