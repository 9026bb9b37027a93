# the words of an ignore comment inside quoted text and inside a | block are text: they silence nothing
set -e
d=schools/brook-lane-primary/reviews/2026-10/evidence
sed -i 's/^summary: .*/summary: "Parents # lateral: ignore[personal-data] wrote from x@example.org"/' $d/op-2.yaml
sed -i 's/^summary: .*/summary: |\n  Parents # lateral: ignore[personal-data] wrote from x@example.org\n  and staff replied./' $d/op-1.yaml
