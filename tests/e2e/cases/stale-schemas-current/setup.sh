# .lateral/schemas/ as this lateral writes it (the harness wrote it); a CRLF checkout of one file is not stale.
sed -i 's/$/\r/' .lateral/schemas/review.json
