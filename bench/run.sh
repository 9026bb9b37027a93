#!/usr/bin/env bash
# Measures lateral at the size of a national programme, next to the floor (reading and
# event-parsing the same files) and the tools a user would otherwise reach for (ajv, yamllint), and
# prints one table of figures, each with the command that produced it. See docs/performance.md.
#
#   bash bench/run.sh           the issue's corpus: 1,300 schools x 3 reviews x 30 evidence records
#                               (about 138,000 files), and the doubled corpus for memory growth
#   bash bench/run.sh quick     the same figures on 60 schools (about 6,400 files), in a minute or two
#
# Environment: BENCH_DIR (corpora and logs; default /tmp/lateral-bench), BENCH_RUNS (timed runs per
# repeated figure; default 3), BENCH_SEED (default 1), BENCH_SCHOOLS (overrides the mode's size),
# BENCH_REV (a git revision: measure lateral as committed there, built from `git archive` in
# $BENCH_DIR/build-REV, instead of the working tree; the bench tools still come from the working tree).
# It installs what is missing (Debian packages: hyperfine, yamllint, time, nodejs, npm; npm packages
# from bench/package-lock.json), builds in build-bench/ (Release), and writes the table to
# $BENCH_DIR/results.md too.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
mode=${1:-full}
case $mode in
  full) schools=1300 ;;
  quick) schools=60 ;;
  *) echo "usage: bash bench/run.sh [full|quick]" >&2; exit 2 ;;
esac
schools=${BENCH_SCHOOLS:-$schools}
reviews=3 evidence=30
runs=${BENCH_RUNS:-3}
seed=${BENCH_SEED:-1}
work=${BENCH_DIR:-/tmp/lateral-bench}
today=2026-11-23 # the date lateral-bench-generate writes its corpus for (see its --help)
threads=$(nproc)

say() { printf '== %s\n' "$*" >&2; }

# --- tools ---------------------------------------------------------------------------------------
sudo=""
if [[ $(id -u) != 0 ]]; then sudo="sudo"; fi
missing=()
for p in libcli11-dev libyaml-cpp-dev libfmt-dev nlohmann-json3-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Tools by command: Node may come from elsewhere than Debian's nodejs package, with its own npm.
for pair in g++:g++ cmake:cmake ninja:ninja-build hyperfine:hyperfine yamllint:yamllint /usr/bin/time:time \
  node:nodejs npm:npm python3:python3; do
  command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
done
if ((${#missing[@]})); then
  say "installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [[ ! -x $ROOT/bench/node_modules/.bin/ajv ]]; then
  say "npm ci (bench/)"
  (cd "$ROOT/bench" && npm ci --no-audit --no-fund --silent)
fi

say "building lateral and the bench tools (build-bench/, Release)"
mkdir -p "$work"
if ! { cmake -S "$ROOT" -B "$ROOT/build-bench" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLATERAL_BUILD_TESTS=OFF \
  -DLATERAL_BUILD_BENCH=ON && ninja -C "$ROOT/build-bench" -j "$threads" lateral lateral-bench-generate lateral-bench-floor; } \
  >"$work/build.log" 2>&1; then
  tail -n 30 "$work/build.log" >&2
  echo "bench/run.sh: the build failed (log: $work/build.log)" >&2
  exit 1
fi
export PATH="$ROOT/build-bench/cli:$ROOT/build-bench/bench:$ROOT/bench/node_modules/.bin:$PATH"
commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$ROOT" status --porcelain --untracked-files=no -- lib cli 2>/dev/null | wc -l)
if [[ -n ${BENCH_REV:-} ]]; then
  commit=$(git -C "$ROOT" rev-parse --short "$BENCH_REV")
  dirty=0
  say "building lateral as committed at $commit ($work/build-$commit, Release)"
  rm -rf "$work/src-$commit" && mkdir -p "$work/src-$commit"
  git -C "$ROOT" archive "$commit" | tar -x -C "$work/src-$commit"
  if ! { cmake -S "$work/src-$commit" -B "$work/build-$commit" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DLATERAL_BUILD_TESTS=OFF -DLATERAL_BUILD_BENCH=OFF && ninja -C "$work/build-$commit" -j "$threads" lateral; } \
    >"$work/build-$commit.log" 2>&1; then
    tail -n 30 "$work/build-$commit.log" >&2
    echo "bench/run.sh: the build of $commit failed (log: $work/build-$commit.log)" >&2
    exit 1
  fi
  export PATH="$work/build-$commit/cli:$PATH"
fi

# --- corpora -------------------------------------------------------------------------------------
cd "$work"
# Two runs in one directory would delete each other's corpus and cache mid-measurement.
exec 9>"$work/.lock"
if ! flock -n 9; then
  echo "bench/run.sh: another run is using $work; wait for it or set BENCH_DIR" >&2
  exit 1
fi
logs=$work/logs
rm -rf "$logs" && mkdir -p "$logs"
C=c$schools C2=c$((schools * 2))
for n in "$schools" $((schools * 2)); do
  say "generating c$n: $n schools x $reviews reviews x $evidence evidence"
  rm -rf "c$n"
  lateral-bench-generate --schools "$n" --reviews "$reviews" --evidence "$evidence" --seed "$seed" "c$n" >"$logs/generate-$n.log"
done
read_line=$(lateral-bench-floor read "$C")
files=$(sed -E 's/.* files=([0-9]+) .*/\1/' <<<"$read_line")
bytes=$(sed -E 's/.* bytes=([0-9]+) .*/\1/' <<<"$read_line")

# --- measuring -----------------------------------------------------------------------------------
declare -A T SD CPU # seconds: mean wall time, its standard deviation, and CPU time (user + system), by figure
rows=()             # "figure|time|per file|CPU|command"
notes=()

fmt_s() { python3 -c 'import sys; s=float(sys.argv[1]); print(f"{s*1000:.1f} ms" if s < 1 else f"{s:.2f} s")' "$1"; }
per_file() { python3 -c 'import sys; print(f"{float(sys.argv[1])/int(sys.argv[2])*1e6:.1f} µs")' "$1" "$2"; }
ratio() { python3 -c 'import sys; print(f"{float(sys.argv[1])/float(sys.argv[2]):.2f}")' "$1" "$2"; }
# row FIGURE TIME PER-FILE COMMAND [KEY]: one line of the table; KEY adds the CPU time measured for it.
row() { rows+=("$1|$2|$3|${5:+$(fmt_s "${CPU[$5]}")}|$4"); }

# hf KEY COMMAND [hyperfine options...]: the mean and deviation of COMMAND's wall time over $runs runs.
hf() {
  local key=$1 cmd=$2
  shift 2
  local count=(--runs "$runs")
  if [[ " $* " == *" --runs "* ]]; then count=(); fi
  hyperfine --style basic "${count[@]}" --export-json "$logs/$key.json" "$@" "$cmd" >"$logs/$key.log" 2>&1 || {
    echo "hyperfine failed on: $cmd (see $logs/$key.log)" >&2
    return 1
  }
  T[$key]=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["mean"])' "$logs/$key.json")
  SD[$key]=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["stddev"] or 0)' "$logs/$key.json")
  CPU[$key]=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print(r["user"]+r["system"])' "$logs/$key.json")
}
timed() { fmt_s "${T[$1]}"; }
dev() { python3 -c 'import sys; print(f"±{float(sys.argv[1])/float(sys.argv[2])*100:.0f}%")' "${SD[$1]}" "${T[$1]}"; }

# once KEY COMMAND: one timed run (for the slow outside tools), output kept in logs/KEY.out.
once() {
  local key=$1 cmd=$2 start end
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S' -o "$logs/$key.time" bash -c "$cmd" >"$logs/$key.out" 2>&1 || true
  end=$(date +%s%N)
  T[$key]=$(python3 -c 'import sys; print((int(sys.argv[2])-int(sys.argv[1]))/1e9)' "$start" "$end")
  SD[$key]=0
  CPU[$key]=$(tail -1 "$logs/$key.time" | python3 -c 'import sys; u,s=sys.stdin.read().split(); print(float(u)+float(s))')
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
lat="lateral --repo $C --today $today"

say "lateral --version"
hf version "lateral --version" -N --warmup 10 --runs 100
row "\`lateral --version\`" "$(timed version)" "" "lateral --version" version

say "is the corpus clean?"
set +e
$lat check --strict --format json >"$logs/check.json" 2>"$logs/check.err"
status=$?
set -e
clean=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$logs/check.json" 2>/dev/null || echo "?")
if [[ $status != 0 || $clean != 0 ]]; then
  notes+=("WARNING: \`check --strict\` on $C exited $status with $clean diagnostics (see $logs/check.json): the figures below time a corpus that is not clean")
fi

say "floor: read"
hf read "lateral-bench-floor read $C" --warmup 1
row "floor: read every file once, 1 thread" "$(timed read) $(dev read)" "$(per_file "${T[read]}" "$files")" "lateral-bench-floor read $C" read
say "floor: events ($threads threads)"
hf events "lateral-bench-floor events $C --threads $threads" --warmup 1
row "floor: yaml-cpp event parser, $threads threads" "$(timed events) $(dev events)" "$(per_file "${T[events]}" "$files")" "lateral-bench-floor events $C --threads $threads" events

# Cold: without a cache. Until lateral has --no-cache, remove the cache before each run instead.
if lateral check --help 2>/dev/null | grep -q -- '--no-cache'; then
  cold_cmd="$lat check --no-cache"
  cold_prepare="true"
else
  cold_cmd="$lat check"
  cold_prepare="rm -rf $C/.lateral/cache"
  notes+=("lateral has no \`check --no-cache\` yet: the cold figures run \`check\` with $C/.lateral/cache removed before each run")
fi
say "cold check"
hf cold "$cold_cmd" --warmup 1 --prepare "$cold_prepare" -i
row "cold \`check\` (no cache)" "$(timed cold) $(dev cold)" "$(per_file "${T[cold]}" "$files")" "$cold_cmd" cold

say "warm check"
rm -rf "$C/.lateral/cache"
hf warm "$lat check" --warmup 1 -i
row "warm \`check\` (second run, nothing changed)" "$(timed warm) $(dev warm)" "$(per_file "${T[warm]}" "$files")" "$lat check" warm

# One review in the middle of the corpus, its school's latest: the one edited and shown below.
mid=$(printf 'school-%0*d' $((${#schools} > 4 ? ${#schools} : 4)) $((schools / 2 + 1)))
review_dir=$(printf '%s\n' "$C/schools/$mid/reviews/"* | tail -1)
review=$mid/$(basename "$review_dir")
first_ev=$(ls "$review_dir/evidence" | head -1)

# One evidence record changes between runs: new content and mtime, the same inode.
say "check after one evidence file changes"
touched=$review_dir/evidence/$first_ev
cp "$touched" "$logs/touched.orig"
edit="{ cat $logs/touched.orig; echo \"# edited by bench/run.sh \$(date +%s%N)\"; } > $touched"
hf changed "$lat check" --warmup 1 --prepare "$edit" -i
cp "$logs/touched.orig" "$touched"
row "\`check\` after one evidence file changes" "$(timed changed) $(dev changed)" "" "$lat check (prepare: rewrite $touched)" changed

say "peak memory"
mem() {
  local corpus=$1 prepare=$2
  bash -c "$prepare"
  /usr/bin/time -f %M -o "$logs/mem-$corpus" ${cold_cmd//$C/$corpus} >/dev/null 2>&1 || true
  cat "$logs/mem-$corpus"
}
mem1=$(mem "$C" "$cold_prepare")
mem2=$(mem "$C2" "${cold_prepare//$C/$C2}")
mb() { python3 -c 'import sys; print(f"{int(sys.argv[1])/1024:.0f} MB")' "$1"; }
row "peak memory, cold \`check\`, $C" "$(mb "$mem1")" "" "/usr/bin/time -f %M ${cold_cmd}"
row "peak memory, cold \`check\`, $C2 (doubled)" "$(mb "$mem2")" "" "/usr/bin/time -f %M ${cold_cmd//$C/$C2}"

# ajv-cli 5: one run per file kind, as its -d takes one glob; js-yaml 3 turns unquoted dates into
# Date objects, so files with dates fail `type: string` (reported below as it happens).
say "ajv-cli"
kinds=(lateral school review self-evaluation evidence benchmark actions process-feedback)
globs=("$C/lateral.yaml" "$C/schools/*/school.yaml" "$C/schools/*/reviews/*/review.yaml"
  "$C/schools/*/reviews/*/self-evaluation.yaml" "$C/schools/*/reviews/*/evidence/*.yaml"
  "$C/schools/*/reviews/*/benchmark.yaml" "$C/schools/*/reviews/*/actions.yaml"
  "$C/schools/*/reviews/*/process-feedback.yaml")
ajv_all=""
for i in "${!kinds[@]}"; do
  ajv_all+="ajv validate --spec=draft7 -c ajv-formats -s $C/.lateral/schemas/${kinds[$i]}.json -d '${globs[$i]}'; "
done
once ajvcli "$ajv_all"
ajv_valid=$(grep -c ' valid$' "$logs/ajvcli.out" || true)
ajv_invalid=$(grep -c ' invalid$' "$logs/ajvcli.out" || true)
ajv_files=$((ajv_valid + ajv_invalid))
row "ajv-cli 5, 8 runs (one per file kind): $ajv_valid valid, $ajv_invalid invalid" "$(timed ajvcli)" "$(per_file "${T[ajvcli]}" "$ajv_files")" \
  "ajv validate --spec=draft7 -c ajv-formats -s $C/.lateral/schemas/evidence.json -d '$C/schools/*/reviews/*/evidence/*.yaml' (and so on for each kind)" ajvcli
if ((ajv_invalid)); then
  first=$(grep -m1 -A8 ' invalid$' "$logs/ajvcli.out" | grep -m1 "message" | sed -E "s/.*message: '(.*)'.*/\1/")
  notes+=("ajv-cli reported $ajv_invalid of $ajv_files files invalid (first message: \"$first\"): its js-yaml 3 reads unquoted dates as Date objects, and ajv stops at a file's first error, so these files were only partly validated")
fi

say "ajv + yaml (Node script)"
once ajvnode "node $ROOT/bench/ajv-validate.mjs $C"
node_line=$(grep -m1 '^files=' "$logs/ajvnode.out" || echo "files=0 valid=0 invalid=0")
node_files=$(sed -E 's/files=([0-9]+).*/\1/' <<<"$node_line")
node_valid=$(sed -E 's/.*valid=([0-9]+) invalid.*/\1/' <<<"$node_line")
node_invalid=$(sed -E 's/.*invalid=([0-9]+).*/\1/' <<<"$node_line")
row "ajv 8 + yaml 2, one Node process: $node_valid valid, $node_invalid invalid" "$(timed ajvnode)" "$(per_file "${T[ajvnode]}" "$node_files")" "node REPO/bench/ajv-validate.mjs $C" ajvnode

# The faster of the two, per file, is the one lateral is held against.
ajv_best=$(python3 -c 'import sys; a=float(sys.argv[1])/max(int(sys.argv[2]),1); b=float(sys.argv[3])/max(int(sys.argv[4]),1); print("cli" if a <= b else "node")' \
  "${T[ajvcli]}" "$ajv_files" "${T[ajvnode]}" "$node_files")
if [[ $ajv_best == cli ]]; then ajv_pf=$(python3 -c 'import sys; print(float(sys.argv[1])/int(sys.argv[2]))' "${T[ajvcli]}" "$ajv_files"); ajv_name="ajv-cli"
else ajv_pf=$(python3 -c 'import sys; print(float(sys.argv[1])/int(sys.argv[2]))' "${T[ajvnode]}" "$node_files"); ajv_name="ajv + yaml (Node)"; fi

say "yamllint"
once yamllint "yamllint -f parsable $C" yamllint
problems=$(wc -l <"$logs/yamllint.out")
row "yamllint $(yamllint --version | cut -d' ' -f2) (default rules): $problems problems reported" "$(timed yamllint)" "$(per_file "${T[yamllint]}" "$files")" "yamllint -f parsable $C" yamllint

# Interactive commands on one review of the corpus. Until a command is built it prints n/a.
ev_type=$(sed -n 's/^type: //p' "$review_dir/evidence/$first_ev")
ev_by=$(sed -n 's/^by: //p' "$review_dir/evidence/$first_ev")
ev_aspect=$(sed -n 's/^aspects: \[\([^],]*\).*/\1/p' "$review_dir/evidence/$first_ev")
interactive() {
  local key=$1 cmd=$2 label=$3 rc=0
  bash -c "$cmd" >"$logs/$key.try" 2>&1 || rc=$?
  if ((rc != 0)); then
    row "$label" "n/a" "" "$cmd (exit $rc: $(grep -m1 . "$logs/$key.try" | cut -c1-80))"
    return
  fi
  hf "$key" "$cmd" # the run above was the warm-up
  row "$label" "$(timed "$key") $(dev "$key")" "" "$cmd" "$key"
}
ls "$review_dir/evidence" >"$logs/evidence-before"
say "add-evidence, benchmark, profile on $review"
interactive add_evidence "$lat add-evidence --review $review --type $ev_type --aspect $ev_aspect --by '$ev_by' --summary 'Pupils explained their reasoning to a partner.'" "\`add-evidence\` on one review"
interactive benchmark "$lat benchmark --review $review" "\`benchmark\` (the grid) on one review"
interactive profile "$lat profile --review $review" "\`profile\` on one review"
interactive profile_html "$lat profile --review $review --format html" "\`profile --format html\` on one review"
# The site of the whole corpus (issue 15): every school's history, every review's profile and
# action plan, the partnership view and the index. One run (it takes tens of seconds), into a
# directory of its own that the next run rewrites as a previous site.
say "site of $C"
site_dir=$work/site-$C
rm -rf "$site_dir"
start=$(date +%s%N)
/usr/bin/time -f '%U %S %M' -o "$logs/site.time" $lat site -o "$site_dir" >"$logs/site.out" 2>&1 || true
end=$(date +%s%N)
T[site]=$(python3 -c 'import sys; print((int(sys.argv[2])-int(sys.argv[1]))/1e9)' "$start" "$end")
read -r site_user site_sys site_mem < <(tail -1 "$logs/site.time")
CPU[site]=$(python3 -c 'import sys; print(float(sys.argv[1])+float(sys.argv[2]))' "$site_user" "$site_sys")
site_pages=$(find "$site_dir" -name '*.html' | wc -l)
row "\`site\` of the whole corpus: $site_pages pages" "$(timed site)" "" "$lat site -o $site_dir" site
row "peak memory, \`site\`" "$(mb "$site_mem")" "" "/usr/bin/time -f %M $lat site -o $site_dir"
# Recording a judgement rewrites benchmark.yaml: kept, and put back afterwards.
bench_aspect=$(grep -m1 -o '^[a-z0-9-]*/[a-z0-9-]*' "$review_dir/benchmark.yaml")
bench_level=$(grep -m1 -A1 "^$bench_aspect:" "$review_dir/benchmark.yaml" | sed -n 's/^  level: //p')
cp "$review_dir/benchmark.yaml" "$logs/benchmark.orig"
interactive benchmark_record "$lat benchmark --review $review $bench_aspect $bench_level --commentary 'Pupils explained their reasoning (see the evidence).'" "\`benchmark\` (replace a judgement) on one review"
cp "$logs/benchmark.orig" "$review_dir/benchmark.yaml"
# add-evidence wrote new records: remove them, so the corpus stays as generated.
comm -13 "$logs/evidence-before" <(ls "$review_dir/evidence") | while read -r f; do rm -f "$review_dir/evidence/$f"; done

# The whole-repository views (issue 16): `history` reads one school; `status` and `partnership` read
# every school through the parse cache, as a warm `check` does, and are held to it (its figure
# above, from the same run). `plan` proposes the round for a partnership whose schools offer
# reviewers (bench/plan-corpus.mjs: the benchmark corpus has no `reviewers`).
say "history, status, partnership on $C"
interactive history "$lat history $mid" "\`history\` of one school"
interactive status "$lat status" "\`status\` (through the cache)"
interactive partnership "$lat partnership" "\`partnership\` (through the cache)"
P=$work/p$schools
if [[ ! -f $P/lateral.yaml ]]; then
  say "generating $P (bench/plan-corpus.mjs, $schools schools)"
  node "$ROOT/bench/plan-corpus.mjs" "$P" "$schools"
fi
say "plan 2027/28 for $schools schools"
interactive plan "lateral --repo $P --today $today plan 2027/28" "\`plan\` for $schools schools"
peak() { # KEY COMMAND: the peak resident memory of one run, in KB
  /usr/bin/time -f %M -o "$logs/mem-$1" bash -c "$2" >/dev/null 2>&1 || true
  tail -1 "$logs/mem-$1"
}
declare -A MEM
for k in status partnership plan; do
  case $k in
    plan) MEM[$k]=$(peak $k "lateral --repo $P --today $today plan 2027/28") ;;
    *) MEM[$k]=$(peak $k "$lat $k") ;;
  esac
  row "peak memory, \`$k\`" "$(mb "${MEM[$k]}")" "" "/usr/bin/time -f %M $([[ $k == plan ]] && echo "lateral --repo $P --today $today plan 2027/28" || echo "$lat $k")"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# --- the table -----------------------------------------------------------------------------------
goal() { # NAME VALUE OPERATOR LIMIT [THE SAME RATIO BY CPU TIME]
  local met
  met=$(python3 -c 'import sys; v,l=float(sys.argv[1]),float(sys.argv[3]); print("met" if (v<=l if sys.argv[2]=="<=" else v>=l if sys.argv[2]==">=" else v<l) else "missed")' "$2" "$3" "$4")
  printf '| %s | %s | %s %s | %s | %s |\n' "$1" "$2" "$3" "$4" "$met" "${5:-}"
}
pf_cold=$(python3 -c 'import sys; print(float(sys.argv[1])/int(sys.argv[2]))' "${T[cold]}" "$files")
pf_warm=$(python3 -c 'import sys; print(float(sys.argv[1])/int(sys.argv[2]))' "${T[warm]}" "$files")
pf_lint=$(python3 -c 'import sys; print(float(sys.argv[1])/int(sys.argv[2]))' "${T[yamllint]}" "$files")
# The same per-file figures by CPU time (user + system), steadier than wall time on a busy machine.
if [[ $ajv_best == cli ]]; then ajv_cpu=$(python3 -c 'import sys; print(float(sys.argv[1])/int(sys.argv[2]))' "${CPU[ajvcli]}" "$ajv_files")
else ajv_cpu=$(python3 -c 'import sys; print(float(sys.argv[1])/int(sys.argv[2]))' "${CPU[ajvnode]}" "$node_files"); fi
cpu_cold=$(python3 -c 'import sys; print(float(sys.argv[1])/int(sys.argv[2]))' "${CPU[cold]}" "$files")
cpu_warm=$(python3 -c 'import sys; print(float(sys.argv[1])/int(sys.argv[2]))' "${CPU[warm]}" "$files")
cpu_lint=$(python3 -c 'import sys; print(float(sys.argv[1])/int(sys.argv[2]))' "${CPU[yamllint]}" "$files")
ms() { python3 -c 'import sys; print(f"{float(sys.argv[1])*1000:.1f}")' "$1"; }
{
  echo "$(lateral --version | head -1) at commit $commit$( ((dirty)) && echo " (with uncommitted changes in lib/ or cli/)"), Release; $(nproc) cores; load average $load_before before, $load_after after"
  echo "corpus $C: $schools schools x $reviews reviews x $evidence evidence, seed $seed: $files YAML files, $bytes bytes; $C2 doubles it"
  echo "commands run in $work with $(dirname "$(command -v lateral)"), build-bench/bench and bench/node_modules/.bin on PATH; REPO = the lateral source tree; repeated figures are hyperfine means of $runs runs after a warm-up (± standard deviation), ajv and yamllint one run each"
  echo
  echo "| figure | time | per file | CPU | command |"
  echo "| --- | --- | --- | --- | --- |"
  echo "| corpus | $files files | $((bytes / files)) bytes | | lateral-bench-generate --schools $schools --reviews $reviews --evidence $evidence --seed $seed $C |"
  for r in "${rows[@]}"; do
    IFS='|' read -r a b c d e <<<"$r"
    printf '| %s | %s | %s | %s | `%s` |\n' "$a" "$b" "$c" "$d" "$e"
  done
  echo
  echo "| ratio (goal) | value | goal | | by CPU time |"
  echo "| --- | --- | --- | --- | --- |"
  goal "cold check / event-parser floor" "$(ratio "${T[cold]}" "${T[events]}")" "<=" 1.5 "$(ratio "${CPU[cold]}" "${CPU[events]}")"
  goal "$ajv_name per file / cold check per file" "$(ratio "$ajv_pf" "$pf_cold")" ">=" 1.25 "$(ratio "$ajv_cpu" "$cpu_cold")"
  goal "yamllint per file / cold check per file" "$(ratio "$pf_lint" "$pf_cold")" ">=" 30 "$(ratio "$cpu_lint" "$cpu_cold")"
  goal "$ajv_name per file / warm check per file" "$(ratio "$ajv_pf" "$pf_warm")" ">=" 5 "$(ratio "$ajv_cpu" "$cpu_warm")"
  goal "check after one change / warm check" "$(ratio "${T[changed]}" "${T[warm]}")" "<=" 1.2 "$(ratio "${CPU[changed]}" "${CPU[warm]}")"
  goal "peak memory, $C (MB)" "$(python3 -c 'import sys; print(f"{int(sys.argv[1])/1024:.0f}")' "$mem1")" "<" 150
  goal "peak memory growth, $C2 / $C" "$(ratio "$mem2" "$mem1")" "<" 2
  declare -A what=([add_evidence]="\`add-evidence\`" [benchmark]="\`benchmark\` (the grid)"
    [benchmark_record]="\`benchmark\` (replace a judgement)" [profile]="\`profile\`"
    [profile_html]="\`profile --format html\`")
  for k in add_evidence benchmark benchmark_record profile profile_html; do
    if [[ -n ${T[$k]:-} ]]; then goal "${what[$k]} on one review (ms)" "$(ms "${T[$k]}")" "<" 50
    else printf '| %s on one review (ms) | n/a | < 50 | not built yet | |\n' "${what[$k]}"; fi
  done
  goal "\`lateral --version\` (ms)" "$(ms "${T[version]}")" "<" 5
  if [[ -n ${T[history]:-} ]]; then goal "\`history\` of one school (ms)" "$(ms "${T[history]}")" "<" 50; fi
  for k in status partnership; do
    if [[ -n ${T[$k]:-} ]]; then goal "\`$k\` / warm check" "$(ratio "${T[$k]}" "${T[warm]}")" "<=" 1.5 "$(ratio "${CPU[$k]}" "${CPU[warm]}")"; fi
  done
  if [[ -n ${T[plan]:-} ]]; then goal "\`plan\` for $schools schools (s)" "$(python3 -c 'import sys; print(f"{float(sys.argv[1]):.2f}")' "${T[plan]}")" "<" 10; fi
  for k in status partnership plan; do
    if [[ ${MEM[$k]:-} =~ ^[0-9]+$ ]]; then goal "peak memory, \`$k\` (MB)" "$(python3 -c 'import sys; print(f"{int(sys.argv[1])/1024:.0f}")' "${MEM[$k]}")" "<" 150; fi
  done
  goal "\`site\` of $C (s)" "$(python3 -c 'import sys; print(f"{float(sys.argv[1]):.1f}")' "${T[site]}")" "<" 60
  for n in "${notes[@]}"; do printf '\nNote: %s\n' "$n"; done
} | tee "$work/results.md"
