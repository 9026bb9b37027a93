src=$(cd "$(dirname "$0")/../../../.." && pwd)
set -e
cd new-partnership
diff -u "$(dirname "$0")/expected-lateral.yaml" lateral.yaml
diff -u "$(dirname "$0")/expected-gitignore" .gitignore
# Every schema is written; those of files that name the framework's values carry the built-in one.
for f in "$src"/schemas/*.json; do test -s ".lateral/schemas/$(basename "$f")"; done
for kind in school lateral framework process-feedback status profile; do cmp "$src/schemas/$kind.json" ".lateral/schemas/$kind.json"; done
"$LATERAL" framework show | awk '/^evidence-types:/ {on = 1} on && /- id:/ {print $3}' > types
test -s types
while read -r type; do grep -q "\"const\": \"$type\"" .lateral/schemas/evidence.json; done < types
"$LATERAL" init --update-schemas | grep -qx 'The JSON Schemas in .lateral/schemas/ are up to date.'
