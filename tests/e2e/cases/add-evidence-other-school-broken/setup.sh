mkdir -p schools/far-moor-academy
printf 'name: [Far Moor Academy\n' > schools/far-moor-academy/school.yaml
