# a theme id used twice
set -e
mkdir frameworks
cat > frameworks/two-themes.yaml <<'EOF'
id: two-themes
version: 2
name: A two-theme enquiry framework
levels: []
themes:
  - id: our-impact
    name: Our Impact
    summary: what pupils learn
    required: true
    aspects:
      - id: outcomes
        name: Outcomes
        prompt: What do pupils learn?
  - id: looking-outward
    name: Looking Outward
    summary: working with others
    aspects:
      - id: families
        name: Families
        prompt: How does the school work with families?
evidence-types:
  - id: lesson-observation
    name: Lesson observation
settings:
  min-themes: 2
  team-min: 2
  team-max: 4
  lead-role: headteacher
  triangulation: 1
  evidence-range: 1
  workshop-days: 7
  review-months: 12
EOF
sed -i 's/^  - id: looking-outward/  - id: our-impact/' frameworks/two-themes.yaml
