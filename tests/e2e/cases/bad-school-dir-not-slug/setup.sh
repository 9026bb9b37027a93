# a school directory with capitals and a space
set -e
mv schools/hill-top-primary 'schools/Hill Top'
