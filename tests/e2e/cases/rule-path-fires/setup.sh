# a school directory whose name is not a slug
set -e
mv schools/hill-top-primary schools/Hill_Top
