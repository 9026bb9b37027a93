test -f schools/brook-lane-primary/reviews/2026-10/evidence/rc-3.yaml
# `check` still sees the other school's error.
! "$LATERAL" check >/dev/null 2>&1
