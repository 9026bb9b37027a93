# a review directory named with an underscore
set -e
mv schools/hill-top-primary/reviews/2027-01 schools/hill-top-primary/reviews/jan_2027
