# an unknown rule name
set -e
printf 'rules:\n  overall-grade: off\n' >> lateral.yaml
