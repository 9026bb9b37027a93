# A level in the self-evaluation of a review whose framework has no levels: the hint names the note.
sed -i '0,/^  note:/s//  level: good\n  note:/' schools/kestrel-vale-primary/reviews/2026-09/self-evaluation.yaml
grep -q 'level: good' schools/kestrel-vale-primary/reviews/2026-09/self-evaluation.yaml
