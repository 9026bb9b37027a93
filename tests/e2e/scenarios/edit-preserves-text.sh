#!/usr/bin/env bash
# The writing commands edit text, not documents: benchmark.yaml and actions.yaml are written by
# hand with comments, blank lines, four-space indentation, CRLF line ends and no final newline;
# `benchmark` (a new judgement and two replaced ones) and `action-plan add` / `set-status` then
# change them, and `git diff` shows only the lines the changes are about. New lines copy the
# files' indentation and line ends; the files still end without a newline.
set -euo pipefail
lateral=${LATERAL:?}
src=${LATERAL_SOURCE_DIR:?}
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-edit.XXXXXX")
trap 'if [[ $? == 0 ]]; then rm -rf "$work"; else echo "kept: $work"; fi' EXIT
export NO_COLOR=1 LATERAL_TODAY=2026-11-24 HOME=$work/home GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.invalid GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.invalid
fail() { echo "FAIL: $*"; exit 1; }

cp -r "$src/tests/fixtures/workflow" "$work/repo"
rm -rf "$work/repo/.lateral/cache"  # a parse cache left in the source tree by a run of lateral there
cd "$work/repo"
benchmark=schools/moss-bank-primary/reviews/2026-11/benchmark.yaml
actions=schools/fell-view-primary/reviews/2025-10/actions.yaml
# crlf: the lines on stdin joined by CRLF, without a final line end.
crlf() { sed 's/$/\r/' | head -c -2; }
crlf >"$benchmark" <<'EOF'
# yaml-language-server: $schema=../../../../.lateral/schemas/benchmark.json
# The team's judgements, written by hand.

our-impact/outcomes:      # agreed on day 1
    level: established
    # the commentary was rewritten twice
    commentary: |
        Pupils read fluently (nh-1).

        Year 6 pupils talk about the books they chose (tbarker-1).
    evidence: [nh-1, tbarker-1]   # two kinds


# ---- Looking Inward ----
looking-inward/teaching:
    level: established
    commentary: Questioning in reading lessons is consistent.
    evidence:
        - nh-1   # the only one so far
    share: false
EOF
crlf >"$actions" <<'EOF'
# yaml-language-server: $schema=../../../../.lateral/schemas/actions.json
# Agreed at the workshop on 13 October 2025.

-   id: a1
    aspect: our-impact/inclusion
    action: Plan adaptations for pupils with SEND in every mathematics unit
    owner: SENCo
    success: Every unit plan names its adaptations
    due: 2026-03-27
    status: done
    done: 2026-03-20

# the capacity action is the one the governors watch
-   id: a2
    aspect: looking-forward/capacity
    action: Train a second mathematics leader
    owner: headteacher   # or the deputy
    success: Two leaders can run the mathematics plan
    due: 2026-07-17
    status: in-progress
EOF
git init -q && git add -A && git commit -qm 'Written by hand'
"$lateral" check >/dev/null 2>&1 || fail "the hand-written files do not check"

"$lateral" benchmark --review moss-bank-primary/2026-11 our-impact/behaviour leading --evidence tbarker-1 \
  --evidence nh-1 --commentary 'Pupils are calm and kind: "polite" was the word visitors used.' >/dev/null
"$lateral" benchmark --review moss-bank-primary/2026-11 our-impact/outcomes leading \
  --commentary 'Pupils read widely and talk about books in depth (nh-1, tbarker-1).' >/dev/null
"$lateral" benchmark --review moss-bank-primary/2026-11 looking-inward/teaching --share >/dev/null
"$lateral" action-plan --review fell-view-primary/2025-10 set-status a2 done >/dev/null
id=$("$lateral" action-plan --review fell-view-primary/2025-10 add --aspect looking-forward/capacity \
  --action 'Share the plan with the governors' --owner headteacher --success 'Governors can explain the plan' \
  --due 2027-03-26)
[[ $id == a3 ]] || fail "new action id: $id"

# Only the changed lines changed (CRs shown as ^M).
expected=$(cat <<'EOF'
diff --git a/schools/fell-view-primary/reviews/2025-10/actions.yaml b/schools/fell-view-primary/reviews/2025-10/actions.yaml
--- a/schools/fell-view-primary/reviews/2025-10/actions.yaml
+++ b/schools/fell-view-primary/reviews/2025-10/actions.yaml
@@ -20 +20,10 @@
-    status: in-progress
\ No newline at end of file
+    status: done^M
+    done: 2026-11-24^M
+^M
+-   id: a3^M
+    aspect: looking-forward/capacity^M
+    action: Share the plan with the governors^M
+    owner: headteacher^M
+    success: Governors can explain the plan^M
+    due: 2027-03-26^M
+    status: planned
\ No newline at end of file
diff --git a/schools/moss-bank-primary/reviews/2026-11/benchmark.yaml b/schools/moss-bank-primary/reviews/2026-11/benchmark.yaml
--- a/schools/moss-bank-primary/reviews/2026-11/benchmark.yaml
+++ b/schools/moss-bank-primary/reviews/2026-11/benchmark.yaml
@@ -5 +5 @@ our-impact/outcomes:      # agreed on day 1
-    level: established^M
+    level: leading^M
@@ -8,3 +8 @@ our-impact/outcomes:      # agreed on day 1
-        Pupils read fluently (nh-1).^M
-^M
-        Year 6 pupils talk about the books they chose (tbarker-1).^M
+        Pupils read widely and talk about books in depth (nh-1, tbarker-1).^M
@@ -11,0 +10,4 @@ our-impact/outcomes:      # agreed on day 1
+our-impact/behaviour:^M
+    level: leading^M
+    commentary: "Pupils are calm and kind: \"polite\" was the word visitors used."^M
+    evidence: [tbarker-1, nh-1]^M
@@ -20 +22 @@ looking-inward/teaching:
-    share: false
\ No newline at end of file
+    share: true
\ No newline at end of file
EOF
)
actual=$(git diff -U0 | grep -v '^index ' | sed 's/\r$/^M/')
if [[ $actual != "$expected" ]]; then
  diff <(echo "$expected") <(echo "$actual") || true
  fail "git diff shows more (or other) than the changed lines"
fi
# Every line still ends with CRLF but the last; the BOM-less, newline-less ends are kept.
for f in "$benchmark" "$actions"; do
  [[ $(tail -c 1 "$f" | od -An -c | tr -d ' ') != '\n' ]] || fail "$f gained a final newline"
  [[ $(grep -c $'\r$' "$f") == $(($(wc -l <"$f"))) ]] || fail "$f has a line end other than CRLF"
done
"$lateral" check >/dev/null 2>&1 || fail "the edited files do not check"
echo "ok: only the changed lines changed"
