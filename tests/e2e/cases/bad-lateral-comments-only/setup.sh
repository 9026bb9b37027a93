# a lateral.yaml with nothing but a comment
set -e
printf '# nothing here yet\n' > lateral.yaml
