mkdir notes
echo "keep me" > notes/minutes.txt
