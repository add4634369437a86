#!/usr/bin/env bash
# Contract test of `parkplan serve`'s OpenAPI document against the running server, with
# schemathesis (PyPI; `python3 -m pip install schemathesis`):
#
#   tools/bench/serve_load_contract.sh STORE [PARKPLAN] [MAX_EXAMPLES]
#
# Copies STORE (never written), adds an admin user (token: the last line of `users add`),
# starts `parkplan serve --port 0 --host 127.0.0.1` on the copy, and runs schemathesis on
# /openapi.json with the token: no 5xx, status codes, content types and bodies as the document
# says. Deterministic (fixed seed), bounded (MAX_EXAMPLES per operation, default 20; 50 s at most).
# Exit status: schemathesis's (0 = the server keeps its contract).
set -euo pipefail
store=${1:?usage: serve_load_contract.sh STORE [PARKPLAN] [MAX_EXAMPLES]}
parkplan=${2:-.build/debug/parkplan}
examples=${3:-20}
command -v schemathesis >/dev/null || { echo "schemathesis missing: python3 -m pip install schemathesis" >&2; exit 2; }

work=$(mktemp -d)
server=""
cleanup() { if [ -n "$server" ]; then kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT
cp "$store" "$work/contract.gpkg"
token=$("$parkplan" users add contract --role admin --store "$work/contract.gpkg" | tail -n 1)
"$parkplan" serve --store "$work/contract.gpkg" --port 0 --host 127.0.0.1 >"$work/serve.out" 2>"$work/serve.err" &
server=$!
for _ in $(seq 600); do
  grep -q '^serving ' "$work/serve.out" && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.err" >&2; exit 1; }
  sleep 0.1
done
port=$(sed -n 's/^serving .*:\([0-9]*\)$/\1/p' "$work/serve.out" | head -n 1)
[ -n "$port" ] || { echo "parkplan serve printed no port" >&2; exit 1; }
schemathesis run "http://127.0.0.1:$port/openapi.json" \
  -H "Authorization: Bearer $token" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
  --phases examples,coverage,fuzzing -n "$examples" --seed 1 --max-time 50 --workers 2 \
  --request-timeout 30 --no-color
