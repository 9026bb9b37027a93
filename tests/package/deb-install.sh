#!/usr/bin/env bash
# Builds lateral's .deb with CPack, installs it on this machine with apt-get (as a user would), and
# checks the installed tool: `lateral --version`, `lateral check` on a copy of examples/north-dales,
# the man page (`man -w lateral`), the completions and the built-in framework file. Removes the
# package afterwards unless it was installed before or KEEP_INSTALLED=1.
#   bash tests/package/deb-install.sh            build in a temporary directory (Release)
#   BUILD_DIR=build bash tests/package/deb-install.sh   package an existing build directory
# Needs root (or sudo), dpkg and apt-get; exits 77 (skipped) without them, unless CI=true.
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
skip() {
  if [[ ${CI:-} == true ]]; then echo "FAIL: $1 (CI=true)"; exit 1; fi
  echo "skipped: $1"; exit 77
}
command -v dpkg >/dev/null && command -v apt-get >/dev/null || skip "not a Debian system (no dpkg/apt-get)"
command -v cpack >/dev/null || skip "cpack missing"
sudo=""
if [[ $(id -u) != 0 ]]; then
  sudo -n true 2>/dev/null || skip "installing a package needs root or password-less sudo"
  sudo="sudo -n"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-deb.XXXXXX")
build=${BUILD_DIR:-$work/build}
installed_before=$(dpkg-query -W -f='${Status}' lateral 2>/dev/null | grep -c "install ok installed" || true)
cleanup() {
  local status=$?
  if [[ $installed_before == 0 && ${KEEP_INSTALLED:-} != 1 ]]; then
    $sudo apt-get remove -y -qq lateral >/dev/null 2>&1 || true
  fi
  if [[ $status == 0 ]]; then rm -rf "$work"; else echo "kept: $work"; fi
}
trap cleanup EXIT

echo "== building the package"
if [[ -z ${BUILD_DIR:-} ]]; then
  cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLATERAL_BUILD_TESTS=OFF \
    -DLATERAL_BUILD_BENCH=OFF >/dev/null
fi
# The compiler's output goes to a log, shown only when the build fails.
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" >"$work/build.log" 2>&1 ||
  { tail -n 60 "$work/build.log"; echo "FAIL: the build failed"; exit 1; }
rm -f "$build"/lateral_*.deb
(cd "$build" && cpack -G DEB >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; echo "FAIL: cpack"; exit 1; }
debs=("$build"/lateral_*.deb)
[[ -f ${debs[0]} && ${#debs[@]} == 1 ]] || { echo "FAIL: expected one lateral_*.deb in $build"; exit 1; }
deb=${debs[0]}
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# What the package says and holds.
info=$(dpkg-deb --info "$deb")
for field in "Package: lateral" "Maintainer:" "Description: school-to-school peer reviews"; do
  grep -q "^ $field" <<<"$info" || { echo "FAIL: the package has no '$field'"; echo "$info"; exit 1; }
done
depends=$(dpkg-deb --field "$deb" Depends)
for lib in libyaml-cpp0.7 libfmt9; do
  grep -q "$lib" <<<"$depends" || { echo "FAIL: Depends lacks $lib: $depends"; exit 1; }
done
contents=$(dpkg-deb --contents "$deb" | awk '{print $NF}')
for path in ./usr/bin/lateral ./usr/share/man/man1/lateral.1.gz ./usr/share/bash-completion/completions/lateral \
  ./usr/share/zsh/vendor-completions/_lateral ./usr/share/fish/vendor_completions.d/lateral.fish \
  ./usr/share/lateral/frameworks/default.yaml; do
  grep -qxF "$path" <<<"$contents" || { echo "FAIL: the package lacks $path"; echo "$contents"; exit 1; }
done

echo "== installing it with apt-get"
# apt-get needs a path with a slash to take a file rather than a package name.
(cd "$(dirname "$deb")" && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "./$(basename "$deb")" >/dev/null)
dpkg-query -W -f='${Status}\n' lateral | grep -q "install ok installed" || { echo "FAIL: lateral is not installed"; exit 1; }

# docs/install.md's blocks marked `<!-- run by: tests/package/deb-install.sh -->`, in order: 1 from
# source, 2 the package, 3 checking the installation.
install_block() {
  awk -v want="$1" '$0 == "<!-- run by: tests/package/deb-install.sh -->" {n++; next}
    n == want && !on && /^```/ {on = 1; next} on && /^```/ {exit} on {print}' "$src/docs/install.md"
}
# The package it names is the one CPack writes.
grep -qF "./build/$(basename "$deb")" <(install_block 2) ||
  { echo "FAIL: docs/install.md installs another file than $(basename "$deb"):"; install_block 2; exit 1; }
# Its `cmake --install build` (into a temporary prefix rather than /usr/local) puts what it says.
grep -q '^sudo cmake --install build' <(install_block 1) || { echo "FAIL: docs/install.md has no cmake --install"; exit 1; }
cmake --install "$build" --prefix "$work/prefix" >/dev/null
for path in bin/lateral share/man/man1/lateral.1.gz share/bash-completion/completions/lateral \
  share/zsh/vendor-completions/_lateral share/fish/vendor_completions.d/lateral.fish share/lateral/frameworks/default.yaml; do
  [[ -f $work/prefix/$path ]] || { echo "FAIL: cmake --install put no $path"; exit 1; }
done

echo "== running the installed lateral"
# docs/install.md's check of the installation, as written, next to a copy of examples/.
mkdir -p "$work/user"
cp -r "$src/examples" "$work/user/examples"
(cd "$work/user" && PATH=/usr/bin:$PATH MANPAGER=cat LATERAL_TODAY=2026-11-23 NO_COLOR=1 \
  bash -e -o pipefail <(install_block 3) >"$work/user.out" 2>&1) ||
  { cat "$work/user.out"; echo "FAIL: docs/install.md's check of the installation"; exit 1; }
version=$(/usr/bin/lateral --version)
[[ $version =~ ^lateral\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "FAIL: lateral --version printed '$version'"; exit 1; }
echo "$version"
cp -r "$src/examples/north-dales" "$work/north-dales"
(cd "$work/north-dales" && LATERAL_TODAY=2026-11-23 NO_COLOR=1 /usr/bin/lateral check) ||
  { echo "FAIL: lateral check on examples/north-dales"; exit 1; }
man_page=$(man -w lateral) || { echo "FAIL: man -w lateral finds no page"; exit 1; }
[[ $man_page == /usr/share/man/man1/lateral.1.gz ]] || { echo "FAIL: man -w lateral gives $man_page"; exit 1; }
man -l "$man_page" 2>/dev/null | grep -q 'lateral check' || { echo "FAIL: the man page has no lateral check"; exit 1; }
echo "man page: $man_page"
bash -c 'source /usr/share/bash-completion/completions/lateral && complete -p lateral' >/dev/null ||
  { echo "FAIL: the installed bash completion does not load"; exit 1; }
cmp -s /usr/share/lateral/frameworks/default.yaml <(/usr/bin/lateral framework show --id default) ||
  { echo "FAIL: share/lateral/frameworks/default.yaml is not the built-in framework"; exit 1; }
echo "deb-install: the package installs and runs"
