set -e
f=profile.html
! grep -q '<script' "$f"
! grep -q '<b>not bold' "$f"
! grep -q '<i>Primary' "$f"
grep -qF '&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;not bold&lt;/b&gt; &amp; &quot;quoted&quot; &#39;single&#39; R&amp;D 5 &gt; 3' "$f"
grep -qF '<h1 id="thornbeck-iprimaryi-school-style-peer-review-profile">Thornbeck &lt;i&gt;Primary&lt;/i&gt; &quot;School&quot; &lt;/style&gt;: peer review profile</h1>' "$f"
# One style sheet, closed once: the name in the running header cannot end it.
[[ $(grep -c '</style>' "$f") == 1 ]]
grep -qF '@page{@top-center{content:"Thornbeck \3c i>Primary\3c /i> \"School\" \3c /style> · peer review 2026-10 · profile"}}' "$f"
