# a misspelt theme in the focus
set -e
sed -i 's/themes: \[our-impact, looking-inward\]/themes: [our-impact, looking-inward, looking-forwards]/' schools/hill-top-primary/reviews/2027-01/review.yaml
