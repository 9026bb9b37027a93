set -e
test -z "$(git status --porcelain -- schools/fell-view-primary/school.yaml)"
test "$(git status --porcelain)" = "?? schools/fell-view-primary/reviews/2026-11/"
