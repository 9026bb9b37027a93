set -e
mkdir -p schools/thornbeck-primary/reviews/2027-10
cat >schools/thornbeck-primary/reviews/2027-10/review.yaml <<'YAML'
dates: [2027-10-04, 2027-10-05]
focus:
  themes: [our-impact, looking-inward]
  question: How well do pupils use what they learned last year?
team:
  - name: Helen Ashworth
    role: headteacher
    school: st-cuthberts-primary
    lead: true
  - name: Priya Raman
    role: deputy headteacher
    school: ashby-moor-primary
  - name: Simon Hartley
    role: headteacher
    school: ashby-moor-primary
YAML
sed -i '/^  - school: thornbeck-primary/a\    note: Joanna Pike is on secondment this autumn; agreed at the July meeting.' plans/2027-28.yaml
