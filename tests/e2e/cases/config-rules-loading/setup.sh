# a loading rule cannot be changed
set -e
printf 'rules:\n  syntax: warning\n' >> lateral.yaml
