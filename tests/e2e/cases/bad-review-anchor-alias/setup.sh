# an anchor and an alias
set -e
sed -i 's/^    role: headteacher/    role: \&r headteacher/; s/^    role: assistant headteacher/    role: *r/' schools/hill-top-primary/reviews/2027-01/review.yaml
