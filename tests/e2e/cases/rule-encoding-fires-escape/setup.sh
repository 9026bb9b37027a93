# control characters written as escapes, and a bidirectional override (raw and escaped), in three file kinds
set -e
r=schools/brook-lane-primary/reviews/2026-10
printf 'name: "Hill Top\\e]0;title\\a Primary School"\nphase: primary\n' > schools/hill-top-primary/school.yaml
sed -i 's/^summary: .*/summary: "Pupils read aloud.\\x00"/' $r/evidence/op-1.yaml
sed -i 's/^  - name: Owen Pryce/  - name: "Owen \\u202EPryce"/' $r/review.yaml
sed -i 's/^name: .*/name: Brook Lane \xe2\x80\xaePrimary/' schools/brook-lane-primary/school.yaml
