printf "id: broken\nversion: 1\nname: Broken\nlevels: []\n" > ../broken.yaml
