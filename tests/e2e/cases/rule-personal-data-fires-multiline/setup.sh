# a pupil number on the third line of a block of text
set -e
sed -i 's/^summary: .*/summary: |\n  Parents at the gate said staff are easy to talk to.\n  One mentioned pupil Z765432109876 by number.\n  Nothing else of note./' schools/brook-lane-primary/reviews/2026-10/evidence/op-2.yaml
