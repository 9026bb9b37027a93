# unresolved merge-conflict markers: one diagnostic per conflict, at its <<<<<<< line
set -e
cat > schools/hill-top-primary/school.yaml <<'YAML'
name: Hill Top Primary School
<<<<<<< HEAD
phase: primary
=======
phase: infant
>>>>>>> a1b2c3d (phase: infant)
inspection: good
YAML
