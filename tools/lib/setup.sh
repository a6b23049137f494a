# Sourced by tools/demo, tools/test, tools/bench and tools/fuzz: installs what is missing (Debian 12 packages
# only, and only those not installed yet, so a second run is quick) and builds Release into build/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

VANBAN_PACKAGES=(g++ cmake ninja-build pkg-config libicu-dev libre2-dev nlohmann-json3-dev catch2 libcli11-dev
                 libssl-dev libmimalloc-dev libsimdjson-dev python3)

ensure_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing: ${missing[*]}" >&2
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  fi
}

# build DIR [cmake args…]: configure (once) and build.
build() {
  local dir="$1"; shift
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >&2
  fi
  cmake --build "$dir" -j "$(nproc)" >&2
}

# build_sanitized DIR: the same with AddressSanitizer and UBSan, optimised lightly (-O1, line
# tables only) so that the pass builds and runs in minutes and its reports still name lines.
build_sanitized() {
  build "$1" -DVANBAN_SANITIZE=ON -DCMAKE_BUILD_TYPE=Sanitize -DCMAKE_CXX_FLAGS_SANITIZE="-O1 -g1"
}
