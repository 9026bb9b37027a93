# a misspelt rule name in lateral.yaml
set -e
printf 'rules:\n  triangulaton: error\n' >> lateral.yaml
