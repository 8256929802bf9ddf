#!/usr/bin/env bash
# Assembles a large corpus of real source code offline, from what the machine's package managers
# serve: Python from Debian's python3-* packages, JavaScript and TypeScript from npm packages (moved
# out of node_modules so the audit reads them as product code). The corpus is never committed
# (bench/corpus is ignored by git). Prints the corpus size when done.
#
#   bash bench/assemble-corpus.sh [CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-bench/corpus}

python_packages=(python3-django python3-sympy python3-botocore python3-pandas python3-twisted python3-sqlalchemy)
npm_packages=(express fastify @nestjs/core next typescript lodash axios openai @anthropic-ai/sdk stripe
              aws-sdk @mui/material @mui/icons-material rxjs @angular/core)

if [ -d "$corpus" ] && [ -n "$(ls -A "$corpus" 2>/dev/null)" ]; then
  echo "corpus already in $corpus (delete it to assemble again)"
else
  mkdir -p "$corpus/python" "$corpus/js"
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${python_packages[@]}" >/dev/null
  else
    echo "not root: using the python3 packages already installed" >&2
  fi
  cp -r /usr/lib/python3/dist-packages/. "$corpus/python/"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm init -y >/dev/null && npm install --no-audit --no-fund --ignore-scripts --legacy-peer-deps "${npm_packages[@]}" >/dev/null)
  cp -r "$tmp/node_modules/." "$corpus/js/"
  rm -rf "$tmp"
fi
echo "corpus: $(find "$corpus" -type f | wc -l) files, $(( $(du -sb "$corpus" | cut -f1) / 1024 / 1024 )) MiB in $corpus"
