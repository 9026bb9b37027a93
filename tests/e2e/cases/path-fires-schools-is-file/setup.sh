# schools is a file, not the directory of the schools
set -e
rm -rf schools
printf 'brook-lane-primary\n' > schools
