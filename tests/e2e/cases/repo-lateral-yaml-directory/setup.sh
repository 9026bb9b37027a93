# an inner repository whose lateral.yaml is a directory is an error there, never a reason to check the outer repository
set -e
mkdir inner
cp -r schools inner/
mkdir inner/lateral.yaml
