# a severity that is not error, warning or off
set -e
printf 'rules:\n  triangulation: fatal\n' >> lateral.yaml
