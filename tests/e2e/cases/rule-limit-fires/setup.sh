# a file over 1 MiB
set -e
{ echo 'name: Hill Top Primary School'; echo 'context: |'; yes '  A line of context repeated until the file is larger than lateral reads.' | head -n 16000; } > schools/hill-top-primary/school.yaml
