# evidence as a file is reported, not passed over.
rm -r schools/brook-lane-primary/reviews/2026-10/evidence
echo x > schools/brook-lane-primary/reviews/2026-10/evidence
