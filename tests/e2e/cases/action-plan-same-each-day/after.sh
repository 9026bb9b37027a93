# The next day, and a month on (no action falls due in between), the plan is the same bytes.
for day in 2026-11-24 2026-12-20; do
  LATERAL_TODAY=$day "$LATERAL" action-plan --review thornbeck-primary/2026-10 > later.md || exit 1
  diff -u action-plan.md later.md || exit 1
done
# Only the overdue list says what is overdue; no line carries today's date.
! grep -n "23 November 2026" action-plan.md
