# a school with no review at all
set -e
rm -r schools/hill-top-primary/reviews
