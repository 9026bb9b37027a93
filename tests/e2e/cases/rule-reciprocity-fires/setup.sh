# Brook Lane was reviewed in 2025/26 and in 2026/27 (the cycle of today, 2026-11-23, and the one
# before), and none of its staff is on another school's team in either: Hill Top's review planned for
# January has nobody from Brook Lane any more.
set -e
mkdir -p schools/brook-lane-primary/reviews/2025-10
cp "$(dirname "$0")/../../data/brook-lane-2025-10-review.yaml" schools/brook-lane-primary/reviews/2025-10/review.yaml
sed -i 's/school: brook-lane-primary/school: Moorside Academy/' schools/hill-top-primary/reviews/2027-01/review.yaml
