set -e
rm plans/2027-28.yaml
