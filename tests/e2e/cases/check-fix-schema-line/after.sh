set -e
r=schools/ashby-moor-primary/reviews/2026-05
e=$(ls $r/evidence/*.yaml | head -1)
# the line added, with the file's own CR LF, and every line still ending in one
[ "$(head -1 "$e")" = $'# yaml-language-server: $schema=../../../../../.lateral/schemas/evidence.json\r' ]
[ "$(grep -c $'\r$' "$e")" = "$(wc -l < "$e")" ]
[ "$(head -1 $r/benchmark.yaml)" = '# yaml-language-server: $schema=../../../../.lateral/schemas/benchmark.json' ]
! LATERAL_TODAY=2026-11-23 "$LATERAL" check 2>&1 | grep -q schema-line
