set -e
# The inclusion section says there is no judgement to answer yet, and still lists action a4.
sed -n '/^## Our Impact: Inclusion$/,/^## /p' plan.md > inclusion.md
grep -qx 'No judgement of this aspect is recorded in the benchmark yet.' inclusion.md
grep -qx '### Action a4' inclusion.md
grep -q '^Rewrite support plans' inclusion.md
[[ $(grep -c '^Answers the review team' plan.md) == 5 ]]
