# Brook Lane was reviewed in 2025/26 and in 2026/27; its headteacher is on the team of Hill Top's
# review planned for January 2027, named by the school's name rather than its slug: a place given in
# the cycle, though the review has not begun.
set -e
mkdir -p schools/brook-lane-primary/reviews/2025-10
cp "$(dirname "$0")/../../data/brook-lane-2025-10-review.yaml" schools/brook-lane-primary/reviews/2025-10/review.yaml
sed -i 's/school: brook-lane-primary/school: Brook Lane Primary School/' schools/hill-top-primary/reviews/2027-01/review.yaml
