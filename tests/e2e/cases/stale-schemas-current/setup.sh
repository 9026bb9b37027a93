# .lateral/schemas/ as this lateral writes it; a CRLF checkout of one file is not stale.
src=$(cd "$(dirname "$0")/../../../.." && pwd)
mkdir -p .lateral/schemas
cp "$src"/schemas/*.json .lateral/schemas/
sed -i 's/$/\r/' .lateral/schemas/review.json
