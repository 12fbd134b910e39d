# Shared by tools/serve and tools/test: make sure .venv exists and matches requirements.lock.
# Installs exact versions with hash checking; reinstalls only when the lock file changes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${AIM_VENV:-$ROOT/.venv}"
export PIP_DISABLE_PIP_VERSION_CHECK=1
# Silence the MkDocs 2.0 / Material end-of-life banner printed on every run (see README).
export NO_MKDOCS_2_WARNING=1

# find_python: print the path of a Python 3.11 interpreter, or fail with an instruction.
find_python() {
  for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
      command -v "$candidate"
      return 0
    fi
  done
  echo "Python 3.11 is required: install it (Debian: apt-get install python3.11)." >&2
  return 1
}

# make_venv: create the virtual environment, installing Debian's venv module if needed.
make_venv() {
  local python="$1"
  if ! "$python" -m venv "$VENV" 2>/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv
      "$python" -m venv "$VENV"
    else
      echo "Python's venv module is missing: run 'sudo apt-get install python3-venv', then retry." >&2
      return 1
    fi
  fi
}

want="$(sha256sum "$ROOT/requirements.lock" | cut -d' ' -f1)"
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$VENV/.lock-sha256" 2>/dev/null)" != "$want" ]; then
  echo "Setting up $VENV from requirements.lock ..."
  make_venv "$(find_python)"
  "$VENV/bin/python" -m pip install --quiet --require-hashes --no-deps -r "$ROOT/requirements.lock"
  echo "$want" >"$VENV/.lock-sha256"
fi
export PATH="$VENV/bin:$PATH"
cd "$ROOT"
