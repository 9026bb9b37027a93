# Credited to the team member LATERAL_REVIEWER names, as review.yaml spells the name.
grep -qx 'by: Owen Pryce' schools/brook-lane-primary/reviews/2026-10/evidence/op-3.yaml
