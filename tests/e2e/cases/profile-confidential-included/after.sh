set -e
# The copy says at the top that it is confidential ...
sed -n 3p profile.md | grep -q '^\*\*CONFIDENTIAL\.\*\* This copy includes 2 confidential evidence records'
# ... each confidential record is there, marked: rk-4 under both judgements that cite it, sh-5
# (cited by none) under the evidence no judgement cites.
[[ $(grep -c '^- \*\*rk-4\*\* (confidential) School data' profile.md) == 2 ]]
grep -q '^- \*\*sh-5\*\* (confidential) Meeting with leaders (Headteacher), about Capacity to improve: ' profile.md
if grep -q 'withheld' profile.md; then echo "unexpected: grep -q 'withheld' profile.md"; exit 1; fi
