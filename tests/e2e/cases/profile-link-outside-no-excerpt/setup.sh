# school.yaml is a link to a file outside the repository: refused, and not one byte of that file is shown
set -e
printf 'OUTSIDE-SECRET: never shown\n' > ../outside.yaml
rm schools/brook-lane-primary/school.yaml
ln -s ../../../outside.yaml schools/brook-lane-primary/school.yaml
