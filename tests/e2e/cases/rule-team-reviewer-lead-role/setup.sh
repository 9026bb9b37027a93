set -e
sed -i '/name: Mark Ellison/,/role:/{s/role: assistant headteacher/role: assistant headteacher\n    lead: true/}' schools/kelderby-academy/school.yaml
