# Eleven records by one reviewer: listed nh-1, nh-2, ... nh-10, nh-11, as people count, not as text.
cd schools/moss-bank-primary/reviews/2026-11/evidence
for n in 3 4 5 6 7 8 9 10 11; do
  sed "s/in full sentences/in full sentences (visit $n)/" nh-1.yaml > "nh-$n.yaml"
done
