# a list instead of a map
set -e
printf -- '- partnership: Wenning Vale\n' > lateral.yaml
