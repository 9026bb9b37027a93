# a misspelt key
set -e
sed -i 's/^partnership:/partnersip:/' lateral.yaml
