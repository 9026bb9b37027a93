set -e
head -1 plans/2027-28.yaml | grep -qx '# yaml-language-server: $schema=../.lateral/schemas/plan.json'
grep -qx 'cycle: 2027/28' plans/2027-28.yaml
"$LATERAL" check
