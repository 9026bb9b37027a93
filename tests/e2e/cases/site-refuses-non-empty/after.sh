set -e
[[ $(ls -A notes) == minutes.txt ]]
[[ $(cat notes/minutes.txt) == "keep me" ]]
