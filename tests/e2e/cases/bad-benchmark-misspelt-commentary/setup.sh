# a misspelt key: did you mean `commentary`?
set -e
sed -i '0,/  commentary:/s//  comentary:/' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
