# a pupil number, an e-mail address, phone numbers and a date of birth in evidence
set -e
sed -i 's/^summary: .*/summary: Spoke with pupil A123456789012, whose parent (jo.bloggs@example.com, 07700 900123 or +44 113 496 0000) said the date of birth is 03\/04\/2015./' schools/brook-lane-primary/reviews/2026-10/evidence/op-2.yaml
