# an empty lateral.yaml
set -e
: > lateral.yaml
