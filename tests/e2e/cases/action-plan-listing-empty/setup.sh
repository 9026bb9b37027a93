# Between the last review day and the workshop: no action yet.
printf '[]\n' > schools/thornbeck-primary/reviews/2026-10/actions.yaml
