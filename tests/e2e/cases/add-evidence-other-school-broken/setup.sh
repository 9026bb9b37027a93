mkdir -p schools/far-moor-academy
printf 'name: [Far Moor Academy\n' > schools/far-moor-academy/school.yaml
# A school directory whose name is not a slug: the listing's error is not this school's either.
mkdir -p "schools/Bad Name"
printf 'name: Bad Name School\n' > "schools/Bad Name/school.yaml"
