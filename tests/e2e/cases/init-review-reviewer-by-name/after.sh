set -e
f=schools/kelderby-academy/reviews/2027-03/review.yaml
grep -A3 'name: Lucy Bennett' $f | grep -q 'role: assistant headteacher'
grep -A3 'name: Lucy Bennett' $f | grep -q 'school: thornbeck-primary'
grep -A3 'name: Helen Ashworth' $f | grep -q 'school: st-cuthberts-primary'
