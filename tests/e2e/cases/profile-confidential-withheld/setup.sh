# rk-4 (school data), cited by two judgements, becomes confidential; sh-5 already is, and no
# judgement cites it.
printf 'confidential: true\n' >> schools/thornbeck-primary/reviews/2026-10/evidence/rk-4.yaml
