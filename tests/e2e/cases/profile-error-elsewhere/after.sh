set -e
head -1 profile.md | grep -qx '# Thornbeck Community Primary School: peer review profile'
