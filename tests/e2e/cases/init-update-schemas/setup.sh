src=$(cd "$(dirname "$0")/../../../.." && pwd)
mkdir -p .lateral/schemas && cp "$src"/schemas/*.json .lateral/schemas/ && echo "{}" > .lateral/schemas/review.json
