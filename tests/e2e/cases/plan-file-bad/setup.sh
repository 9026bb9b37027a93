set -e
sed -i 's|^cycle: 2027/28|cycle: 2027/29|' plans/2027-28.yaml
sed -i '0,/^    why: /s//    whyy: /' plans/2027-28.yaml
