set -e
[[ ! -e site/schools/gone-primary ]]
grep -q 'peer reviews</h1>' site/index.html
[[ $(cat site/README.txt) == mine ]]
! grep -q gone-primary site/.lateral-site
