test -z "$(ls -A)"
