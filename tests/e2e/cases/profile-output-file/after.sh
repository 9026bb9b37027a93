set -e
dir=schools/kestrel-vale-primary/reviews/2026-09
head -1 "$dir/profile.md" | grep -qx '# Kestrel Vale Primary School: peer review profile'
# Written whole: it ends with its last line, and the atomic write left no temporary file behind.
[[ $(tail -c 1 "$dir/profile.md" | od -An -tx1) == ' 0a' ]]
[[ $(ls -A "$dir" | tr '\n' ' ') == 'actions.yaml benchmark.yaml evidence process-feedback.yaml profile.md review.yaml self-evaluation.yaml ' ]]
