src=$(cd "$(dirname "$0")/../../../.." && pwd)
set -e
grep -qx "framework: frameworks/enquiry.yaml" lateral.yaml
head -1 frameworks/enquiry.yaml | grep -qx "# yaml-language-server: \$schema=../.lateral/schemas/framework.json"
diff <(tail -n +2 ../ours.yaml) <(tail -n +2 frameworks/enquiry.yaml)
diff <(printf "# keep this line\n*.pdf\n.lateral/cache/\n.*.lateral-*.tmp\n") .gitignore
