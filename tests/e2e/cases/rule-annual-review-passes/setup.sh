# a review that began 12 months less a day ago
set -e
cat > schools/hill-top-primary/reviews/2027-01/review.yaml <<'EOF'
dates: [2025-11-24, 2025-11-25]
focus:
  themes: [our-impact, looking-inward]
  question: How consistently is the reading curriculum taught?
team:
  - name: Dana Whitfield
    role: headteacher
    school: brook-lane-primary
    lead: true
  - name: Owen Pryce
    role: assistant headteacher
    school: Moorside Academy
EOF
mv schools/hill-top-primary/reviews/2027-01 schools/hill-top-primary/reviews/2025-11
