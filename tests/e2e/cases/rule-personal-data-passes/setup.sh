# dates, times, years, URNs, percentages and evidence ids are not personal data
set -e
sed -i 's/^summary: .*/summary: On 2026-10-07 at 10:30, URN 900001 (rc-1, op-2); attendance rose 2.5% from 2019 to 2024, Year 6 of 2015-16, room 0113./' schools/brook-lane-primary/reviews/2026-10/evidence/op-2.yaml
