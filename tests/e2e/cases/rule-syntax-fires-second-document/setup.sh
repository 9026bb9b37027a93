# a second YAML document
set -e
printf -- '---\npartnership: Another\n' >> lateral.yaml
