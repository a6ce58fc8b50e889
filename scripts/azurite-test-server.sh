#!/usr/bin/env bash
# A throw-away Azurite (Azure Blob Storage emulator, npm package azurite 3.37.0) for the test suites.
#   scripts/azurite-test-server.sh start DIR   → blob service on 127.0.0.1:<free port>, data in DIR, print the connection string
#   scripts/azurite-test-server.sh stop DIR    → stop it (the folder is left for the caller to delete)
# Installs azurite with npm into .tools/azurite of the repo when it is not there yet (AZURITE_HOME overrides the folder).
# Started with --disableTelemetry (without it Azurite ignores SIGTERM) and --skipApiVersionCheck (the SDK may be newer
# than the emulator; the service also pins its API version, see docs/deploy-azure.md).
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?folder}
root=$(cd "$(dirname "$0")/.." && pwd)
version=3.37.0
home=${AZURITE_HOME:-$root/.tools/azurite}
bin="$home/node_modules/.bin/azurite-blob"
# The emulator's well-known development account (public, documented; not a secret).
account=devstoreaccount1
key='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
case "$cmd" in
  start)
    command -v node >/dev/null 2>&1 || { echo "node (Node.js 20+) is required for Azurite" >&2; exit 3; }
    if [ ! -x "$bin" ] || ! grep -q "\"version\": \"$version\"" "$home/node_modules/azurite/package.json" 2>/dev/null; then
      mkdir -p "$home"
      npm install --prefix "$home" --no-audit --no-fund --loglevel=error "azurite@$version" >"$home/npm-install.log" 2>&1 \
        || { cat "$home/npm-install.log" >&2; exit 1; }
    fi
    mkdir -p "$dir/data"
    for _ in $(seq 1 20); do
      port=$(( 20000 + RANDOM % 40000 ))
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi # taken
      setsid "$bin" --blobHost 127.0.0.1 --blobPort "$port" --location "$dir/data" --silent \
        --disableTelemetry --skipApiVersionCheck </dev/null >"$dir/azurite.log" 2>&1 &
      echo $! >"$dir/azurite.pid"
      for _ in $(seq 1 300); do
        if ! kill -0 "$(cat "$dir/azurite.pid")" 2>/dev/null; then break; fi
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
          echo "DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$port/$account;"
          exit 0
        fi
        sleep 0.1
      done
      kill "$(cat "$dir/azurite.pid")" 2>/dev/null || true
    done
    cat "$dir/azurite.log" >&2 || true
    exit 1 ;;
  stop)
    [ -f "$dir/azurite.pid" ] || exit 0
    pid=$(cat "$dir/azurite.pid")
    kill "$pid" 2>/dev/null || exit 0
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || exit 0; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
