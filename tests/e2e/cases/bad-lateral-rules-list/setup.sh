# rules written as a list
set -e
printf 'rules: [triangulation]\n' >> lateral.yaml
