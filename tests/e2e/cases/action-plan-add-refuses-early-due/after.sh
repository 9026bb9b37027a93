# A refusal writes nothing.
test -z "$(git status --porcelain)" || { git status --porcelain; exit 1; }
