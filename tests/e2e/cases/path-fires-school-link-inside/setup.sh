# a symbolic link to a school directory inside the repository is not a second school
set -e
ln -s hill-top-primary schools/hill-top-copy
