# a file over 1 MiB
set -e
{ echo 'name: Hill Top'; echo 'context: |'; yes '  A line of context repeated until the file is far too large to be a school.' | head -n 20000; } > schools/hill-top-primary/school.yaml
