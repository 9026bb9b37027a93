src=$(cd "$(dirname "$0")/../../../.." && pwd)
set -e
cd new-partnership
diff -u "$(dirname "$0")/expected-lateral.yaml" lateral.yaml
diff -u "$(dirname "$0")/expected-gitignore" .gitignore
for f in "$src"/schemas/*.json; do cmp "$f" ".lateral/schemas/$(basename "$f")"; done
