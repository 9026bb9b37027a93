# -o writes the Markdown to the file, whole, and nothing else is left behind.
set -euo pipefail
head -n 1 partnership.md | grep -qx '# North Dales Learning Partnership: the partnership view'
grep -q '^```mermaid$' partnership.md
[[ -z $(find . -name '*.tmp*' -o -name '.lateral-*') ]]
