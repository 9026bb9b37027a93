# three themes, Our Impact among them
set -e
sed -i 's/themes: \[our-impact, looking-inward\]/themes: [looking-forward, our-impact, looking-inward]/' schools/hill-top-primary/reviews/2027-01/review.yaml
