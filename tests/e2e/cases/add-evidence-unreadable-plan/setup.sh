set -e
sed -i 's/^  - name: Owen Pryce/\t- name: Owen Pryce/' schools/brook-lane-primary/reviews/2026-10/review.yaml
