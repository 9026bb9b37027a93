# An action without an owner: an error in the review, so no plan is written.
sed -i '0,/^  owner: curriculum lead$/{/^  owner: curriculum lead$/d}' schools/thornbeck-primary/reviews/2026-10/actions.yaml
if grep -q 'owner: curriculum lead' schools/thornbeck-primary/reviews/2026-10/actions.yaml; then exit 1; fi
