LATERAL_TODAY=2026-11-24 "$LATERAL" partnership > later.md || exit 1
diff -u partnership.md later.md || exit 1
! grep -n "23 November 2026" partnership.md
