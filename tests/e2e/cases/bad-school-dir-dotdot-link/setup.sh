# a school directory that is a link leading out of the repository
set -e
mkdir -p ../elsewhere/reviews
printf 'name: Elsewhere\n' > ../elsewhere/school.yaml
ln -s ../../elsewhere schools/elsewhere
