# Every schema is again as this lateral writes it for this repository.
set -e
"$LATERAL" init --update-schemas | grep -qx 'The JSON Schemas in .lateral/schemas/ are up to date.'
grep -q '"anyOf"' .lateral/schemas/review.json
