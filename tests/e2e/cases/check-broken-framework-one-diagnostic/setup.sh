set -e
mkdir frameworks
cp "$(dirname "$0")/../../data/two-themes.yaml" frameworks/two-themes.yaml
sed -i 's/^themes:/themse:/' frameworks/two-themes.yaml
sed -i 's/^focus:/framework:\n  id: two-themes\n  version: "1"\nfocus:/' schools/brook-lane-primary/reviews/2026-10/review.yaml
