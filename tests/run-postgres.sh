#!/usr/bin/env bash
# Runs a command against a throw-away PostgreSQL server:
#   tests/run-postgres.sh dotnet test tests/ThiDua.Data.Tests --artifacts-path /tmp/art
# initdb into a temporary folder, start it on 127.0.0.1 on a free port, create a database, export THIDUA_TEST_PG
# (an Npgsql connection string), run the command, then stop the server and remove the folder whatever happens.
# As root the server runs as the unprivileged user `postgres` (initdb refuses root), created when missing.
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 <command> [arguments…]" >&2
  exit 2
fi

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$PGBIN/initdb" ]; then
  echo "PostgreSQL not found in $PGBIN (apt-get install -y postgresql-15, or set PGBIN)" >&2
  exit 2
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/thidua-pg.XXXXXX")
as_server=()
if [ "$(id -u)" -eq 0 ]; then
  id -u postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  chown postgres "$dir"
  as_server=(runuser -u postgres --)
fi

cleanup() {
  "${as_server[@]}" "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT INT TERM

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=""
for _ in $(seq 1 50); do
  candidate=$((20000 + RANDOM % 40000))
  if port_is_free "$candidate"; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "no free port found" >&2; exit 1; }

"${as_server[@]}" "$PGBIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
"${as_server[@]}" "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=300" start >/dev/null \
  || { cat "$dir/server.log" >&2; exit 1; }
"$PGBIN/createdb" -h 127.0.0.1 -p "$port" -U postgres thidua

export THIDUA_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=thidua"
echo "PostgreSQL on 127.0.0.1:$port (THIDUA_TEST_PG set)" >&2
set +e
"$@"
status=$?
set -e
exit $status
