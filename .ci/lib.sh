# Shared by the gates in .ci/checks: build shuati (sets $bin), make a work folder ($work, removed on exit) and a
# throwaway virtual environment ($work/venv) holding one PyPI package.
gate_setup() {  # $1: the gate's name, $2: the PyPI package
  swift build -q
  bin="$(swift build --show-bin-path)/shuati"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  python3 -m venv "$work/venv"
  "$work/venv/bin/pip" install -q --disable-pip-version-check "$2" >"$work/pip.log" 2>&1 \
    || { cat "$work/pip.log"; echo "$1: could not install the PyPI package '$2'"; exit 1; }
}
