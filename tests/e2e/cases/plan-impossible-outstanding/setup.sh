set -e
sed -i '/Joanna Pike/,/lead: true/{/lead: true/d}' schools/kelderby-academy/school.yaml
