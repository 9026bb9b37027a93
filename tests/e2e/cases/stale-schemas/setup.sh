# .lateral/schemas/ as an older lateral wrote it: two schemas differ from the binary's.
src=$(cd "$(dirname "$0")/../../../.." && pwd)
mkdir -p .lateral/schemas
cp "$src"/schemas/*.json .lateral/schemas/
sed -i 's/"description"/"title"/' .lateral/schemas/evidence.json
printf '{}\n' > .lateral/schemas/benchmark.json
