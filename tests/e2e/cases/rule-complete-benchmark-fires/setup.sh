# an aspect of a focus theme left unjudged after feedback was given
set -e
sed -i '1,4d' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
