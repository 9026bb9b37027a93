# 103 unknown keys in one file: 100 are listed, then one limit diagnostic names the rest
set -e
for i in $(seq 1 103); do echo "extra-$i: x"; done >> schools/hill-top-primary/school.yaml
