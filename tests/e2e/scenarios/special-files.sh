#!/usr/bin/env bash
# Special files where YAML files belong: a FIFO in place of each kind of file, for every command
# that reads it, is a located `path` error at once (never a hang: each run is bounded by
# `timeout`); a link to a file outside the repository is refused by every command and not one
# byte of that file is shown; a lateral.yaml that cannot be read stops the documents and the
# writing commands (exit 1, nothing written) and is never a reason to use an outer repository.
set -euo pipefail
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-special.XXXXXX")
trap 'rm -rf "$work"' EXIT
export LATERAL_TODAY=2026-11-23 NO_COLOR=1
fail() { echo "FAIL: $*" >&2; exit 1; }
review=brook-lane-primary/2026-10
dir=schools/brook-lane-primary/reviews/2026-10

# Runs one command (bounded) in the repository; sets $rc and $out (stdout and stderr).
run() {
  set +e
  out=$(cd "$work/repo" && timeout 20 "$LATERAL" "$@" </dev/null 2>&1)
  rc=$?
  set -e
  [[ $rc != 124 ]] || fail "lateral $* hung"
}

commands=(
  "check"
  "status"
  "profile --review $review"
  "action-plan --review $review"
  "evidence --review $review"
  "benchmark --review $review"
  "add-evidence --review $review --type lesson-observation --aspect our-impact/outcomes --by Owen_Pryce --summary Pupils_read_aloud."
  "benchmark our-impact/outcomes established --review $review --evidence rc-1 --evidence op-1 --commentary Secure."
  "action-plan add --review $review --aspect our-impact/inclusion --action Train_staff. --owner SENCo --success All_staff_trained. --due 2027-03-01"
  "action-plan set-status a1 done --review $review"
)

for file in lateral.yaml schools/brook-lane-primary/school.yaml $dir/review.yaml $dir/benchmark.yaml \
  $dir/actions.yaml $dir/evidence/rc-1.yaml; do
  for kind in fifo outside; do
    rm -rf "$work/repo" "$work/outside.yaml"
    cp -r "$LATERAL_SOURCE_DIR/tests/fixtures/minimal" "$work/repo"
    rm "$work/repo/$file"
    if [[ $kind == fifo ]]; then
      mkfifo "$work/repo/$file"
    else
      printf 'OUTSIDE-SECRET: not one byte of this is shown\n' >"$work/outside.yaml"
      ln -s "$work/outside.yaml" "$work/repo/$file"
    fi
    for c in "${commands[@]}"; do
      read -ra args <<<"$c"
      args=("${args[@]//_/ }")
      run "${args[@]}"
      [[ $out != *OUTSIDE-SECRET* ]] || fail "lateral $c showed the file outside the repository ($file)"
      # The listings (evidence, the grid) show what they could read; every other command says what it could not.
      [[ ${args[0]} == evidence || ${args[*]} == "benchmark --review $review" || $out == *"$file:1:1: error[path]"* || $out == *"problem"* || $out == *"error"* || $rc == 1 || $rc == 2 ]] ||
        fail "lateral $c with $file as $kind: no error (exit $rc): $out"
      [[ -p $work/repo/$file || -L $work/repo/$file ]] || fail "lateral $c replaced $file ($kind)"
      # The writing commands never change the outside file.
      [[ $kind == fifo ]] || grep -qx 'OUTSIDE-SECRET: not one byte of this is shown' "$work/outside.yaml" ||
        fail "lateral $c wrote outside the repository"
    done
    run check
    [[ $rc == 1 && $out == *"$file:1:1: error[path]"* ]] || fail "check with $file as $kind: exit $rc: $out"
  done
done

# An unreadable lateral.yaml stops the documents and the writing commands.
for kind in fifo directory dangling large; do
  rm -rf "$work/repo"
  cp -r "$LATERAL_SOURCE_DIR/tests/fixtures/minimal" "$work/repo"
  case $kind in
    fifo) rm "$work/repo/lateral.yaml" && mkfifo "$work/repo/lateral.yaml" ;;
    directory) rm "$work/repo/lateral.yaml" && mkdir "$work/repo/lateral.yaml" ;;
    dangling) rm "$work/repo/lateral.yaml" && ln -s gone.yaml "$work/repo/lateral.yaml" ;;
    large) { cat "$LATERAL_SOURCE_DIR/tests/fixtures/minimal/lateral.yaml"; head -c 1100000 /dev/zero | tr '\0' '#'; echo; } >"$work/repo/lateral.yaml" ;;
  esac
  before=$(cd "$work/repo/schools" && find . -type f | sort | xargs md5sum)
  for c in "${commands[@]:2}"; do
    read -ra args <<<"$c"
    args=("${args[@]//_/ }")
    [[ ${args[0]} != evidence && ${args[*]} != "benchmark --review $review" ]] || continue  # listings only read
    run "${args[@]}"
    [[ $rc == 1 && $out == *"lateral.yaml:1:1: error["* ]] || fail "lateral $c with lateral.yaml as $kind: exit $rc: $out"
  done
  after=$(cd "$work/repo/schools" && find . -type f | sort | xargs md5sum)
  [[ $before == "$after" ]] || fail "a command wrote although lateral.yaml is $kind"
done

# An inner repository whose lateral.yaml cannot be read is that repository, not its outer one.
rm -rf "$work/repo"
cp -r "$LATERAL_SOURCE_DIR/tests/fixtures/minimal" "$work/repo"
mkdir "$work/repo/inner" && cp -r "$work/repo/schools" "$work/repo/inner/"
mkfifo "$work/repo/inner/lateral.yaml"
set +e
out=$(cd "$work/repo/inner" && timeout 20 "$LATERAL" check 2>&1)
rc=$?
set -e
[[ $rc == 1 && $out == *"lateral.yaml:1:1: error[path]: \`lateral.yaml\` is a FIFO"* ]] || fail "inner repository: exit $rc: $out"
echo "special files: ok"
