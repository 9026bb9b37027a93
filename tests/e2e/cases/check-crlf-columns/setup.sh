# with CRLF line ends, a diagnostic's column and excerpt are unchanged
set -e
sed -i 's/$/\r/' schools/hill-top-primary/reviews/2027-01/review.yaml
sed -i 's/^  question:/  questoin:/' schools/hill-top-primary/reviews/2027-01/review.yaml
