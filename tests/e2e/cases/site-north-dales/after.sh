set -e
cd site
[[ $(head -1 .lateral-site) == '# a site written by `lateral site`: it rewrites this directory' ]]
diff <(tail -n +2 .lateral-site | sort) <(find . -name '*.html' | sed 's|^\./||' | sort)
[[ $(find . -name '*.html' | wc -l) == 16 ]]
for f in index.html partnership.html schools/thornbeck-primary/index.html schools/thornbeck-primary/2026-10/index.html \
  schools/thornbeck-primary/2026-10/action-plan.html; do
  [[ -f $f ]]
  grep -q 'For the North Dales Learning Partnership only.' "$f"
done
# Relative links only, each to a page of the site or an anchor.
! grep -rhoE '(href|src)="[^"]*"' . | grep -vE '^href="(#|(\.\./)*[a-z0-9/-]+\.html(#[^"]*)?")'
! grep -rqE '<script|<link|@import|url\(http' .
# Confidential evidence never appears: neither its id nor its words.
cd ..
for e in $(grep -l '^confidential: true' schools/*/reviews/*/evidence/*.yaml); do
  id=$(basename "$e" .yaml)
  ! grep -rqF "<strong>$id</strong>" site
  words=$(sed -n '/^summary:/,/^[a-z]/p' "$e" | sed -n 2p | sed 's/^ *//' | cut -c1-40)
  [[ -n $words ]]
  ! grep -rqF "$words" site
done
