set -e
git diff --stat
test "$(git diff --numstat | cut -f1-2)" = "$(printf "2\t5")"
