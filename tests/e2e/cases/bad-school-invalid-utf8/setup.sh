# invalid UTF-8 on the second line, after multi-byte characters
set -e
printf 'name: Caf\xc3\xa9 \xc3\xa0 Hill Top\nphase: pri\xffmary\n' > schools/hill-top-primary/school.yaml
