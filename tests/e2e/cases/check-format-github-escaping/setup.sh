# % and a line break in the message, ':' and ',' in the file property
set -e
git init -q .
printf '"100%%\\nsure": 1\n' >> schools/hill-top-primary/school.yaml
cp schools/brook-lane-primary/reviews/2026-10/evidence/op-2.yaml 'schools/brook-lane-primary/reviews/2026-10/evidence/op:2,b.yaml'
