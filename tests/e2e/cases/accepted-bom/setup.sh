# a byte-order mark
set -e
printf '\xef\xbb\xbf' | cat - schools/hill-top-primary/reviews/2027-01/review.yaml > schools/hill-top-primary/reviews/2027-01/review.yaml.new && mv schools/hill-top-primary/reviews/2027-01/review.yaml.new schools/hill-top-primary/reviews/2027-01/review.yaml
