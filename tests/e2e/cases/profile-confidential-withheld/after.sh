set -e
# Neither confidential record appears, cited or not ...
if grep -n 'rk-4\|sh-5\|End of key stage results\|long-term supply' profile.md; then echo "unexpected: grep -n 'rk-4\|sh-5\|End of key stage results\|long-term supply' profile.md"; exit 1; fi
if grep -n -i 'confidential)' profile.md; then echo "unexpected: grep -n -i 'confidential)' profile.md"; exit 1; fi
# ... and the profile says how many records were withheld, overall and where a judgement cited one.
grep -qx '2 confidential evidence records are withheld from this profile.' profile.md
[[ $(grep -cx '1 confidential evidence record cited here is withheld.' profile.md) == 2 ]]
