# A repository started by hand, or a clone of one that never committed its schemas.
rm -rf .lateral/schemas
