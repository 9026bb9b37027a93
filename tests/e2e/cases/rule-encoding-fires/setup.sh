# invalid UTF-8 (a Latin-1 byte)
set -e
printf 'name: Hill Top Primary School\ncontext: Caf\xe9 and library\n' > schools/hill-top-primary/school.yaml
