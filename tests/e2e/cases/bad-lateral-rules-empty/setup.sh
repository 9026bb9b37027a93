# rules with no value
set -e
printf 'rules:\n' >> lateral.yaml
