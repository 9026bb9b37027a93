# Owen Pryce's place goes to Ruth Calder a second time.
sed -i 's/- name: Owen Pryce/- name: Ruth Calder/' schools/brook-lane-primary/reviews/2026-10/review.yaml
grep -c 'name: Ruth Calder' schools/brook-lane-primary/reviews/2026-10/review.yaml | grep -qx 2
