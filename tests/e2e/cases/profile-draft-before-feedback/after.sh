set -e
head -1 draft.md | grep -qx '# DRAFT: Thornbeck Community Primary School: peer review profile'
grep -q '^\*\*DRAFT\.\*\* The benchmark is not complete: 11 aspects of the themes in focus are not judged yet\.' draft.md
for a in our-impact/outcomes our-impact/behaviour our-impact/personal-development our-impact/inclusion \
  looking-inward/teaching looking-inward/curriculum looking-inward/leadership looking-inward/staff-development \
  looking-forward/vision looking-forward/self-evaluation looking-forward/capacity; do
  grep -q "^- .* (\`$a\`)\$" draft.md
done
[[ $(grep -c '^\*\*Not judged yet\.\*\*$' draft.md) == 11 ]]
if grep -q '^- \*\*▶' draft.md; then echo "unexpected: grep -q '^- \*\*▶' draft.md"; exit 1; fi
