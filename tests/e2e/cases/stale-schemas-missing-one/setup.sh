# Two schemas deleted by hand: one diagnostic names both.
rm .lateral/schemas/evidence.json .lateral/schemas/status.json
