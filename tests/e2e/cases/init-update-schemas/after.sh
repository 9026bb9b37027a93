src=$(cd "$(dirname "$0")/../../../.." && pwd)
for f in "$src"/schemas/*.json; do cmp "$f" ".lateral/schemas/$(basename "$f")" || exit 1; done
