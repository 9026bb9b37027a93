# a focus without Our Impact and with one theme only
set -e
sed -i 's/themes: \[our-impact, looking-inward\]/themes: [looking-inward]/' schools/hill-top-primary/reviews/2027-01/review.yaml
