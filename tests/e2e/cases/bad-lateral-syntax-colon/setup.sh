# unquoted text containing ': '
set -e
sed -i 's/^partnership: .*/partnership: Wenning Vale: Schools Partnership/' lateral.yaml
