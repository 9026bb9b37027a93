# tabs inside values
set -e
sed -i 's/^summary: Year 6 pupils spoke/summary: Year 6 pupils\tspoke/' schools/brook-lane-primary/reviews/2026-10/evidence/op-1.yaml
printf 'context: "A\tsmall\tschool"\n' >> schools/hill-top-primary/school.yaml
