# Before the workshop, the capacity action (a6) is not yet agreed: that area for development is
# listed as having no action yet.
awk '/^- id: a6$/ { skip = 1; next } /^- id: / { skip = 0 } !skip' schools/thornbeck-primary/reviews/2026-10/actions.yaml > actions.tmp
mv actions.tmp schools/thornbeck-primary/reviews/2026-10/actions.yaml
if grep -q 'a6' schools/thornbeck-primary/reviews/2026-10/actions.yaml; then exit 1; fi
