#!/usr/bin/env bash
# The whole comparison on this machine, end to end, in one run:
#   1. builds benchmarks/target/benchmarks.jar;
#   2. installs PostgreSQL from the Debian package when it is missing (needs root), creates a
#      throw-away cluster on a free loopback port and starts it;
#   3. starts the standalone KalamDB-compatible server in Java on a free loopback port;
#   4. loads the same tables into both through their JDBC drivers (the in-process server of
#      jdbc:kalam:mem: is loaded inside each JMH fork);
#   5. runs the JMH suite: JSON to benchmarks/results/jmh.json, console to results/jmh.log;
#   6. renders the tables and the plot (benchmarks/comparison.png) into benchmarks/README.md
#      (results/ holds the raw JMH output and logs; the repository ignores it).
# Everything it starts is stopped again on exit, the PostgreSQL cluster deleted.
#
# usage: benchmarks/run.sh [JMH arguments]
#   no arguments: every benchmark with the iterations of its annotations (~15 minutes on 2 cores)
#   e.g.  benchmarks/run.sh FullScan -p target=KALAM_MEM,PGJDBC
# KALAM_BENCH_CLASSPATH, when set, goes before the benchmarks jar on every classpath: to measure
# builds of the driver or the server other than the ones installed in ~/.m2.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
results="$here/results"
jar="$here/target/benchmarks.jar"
classpath="${KALAM_BENCH_CLASSPATH:+$KALAM_BENCH_CLASSPATH:}$jar"
mkdir -p "$results"

log() { printf '[run.sh] %s\n' "$*" >&2; }

# The first port from $1 upwards on which nothing accepts connections.
free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
  done
  echo "$port"
}

# Polls (bounded) until a file contains a line; fails when the process dies or time runs out.
await_line() {
  local file=$1 text=$2 pid=$3 tries=600
  until grep -q "$text" "$file" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { log "process $pid exited; see $file"; return 1; }
    tries=$((tries - 1))
    [ "$tries" -gt 0 ] || { log "timed out waiting for '$text' in $file"; return 1; }
    sleep 0.1
  done
}

pg_bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

pgdata=""
pg_ctl=""
as_postgres=()
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" && wait "$server_pid" 2>/dev/null || true
  fi
  if [ -n "$pgdata" ] && [ -d "$pgdata" ]; then
    "${as_postgres[@]}" "$pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$pgdata"
  fi
}
trap cleanup EXIT

# ---- 1. build -----------------------------------------------------------------------------------
log "building the benchmarks jar"
mvn -B -q -o -f "$here/pom.xml" package -DskipTests 2>/dev/null \
  || mvn -B -q -f "$here/pom.xml" package -DskipTests

# ---- 2. PostgreSQL from Debian --------------------------------------------------------------------
if [ -z "$(pg_bin_dir)" ]; then
  [ "$(id -u)" = 0 ] || { log "PostgreSQL is not installed and this is not root: apt-get install postgresql first"; exit 1; }
  log "installing PostgreSQL from the Debian package"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
pg_bin="$(pg_bin_dir)"
pg_ctl="$pg_bin/pg_ctl"
pg_version="$("$pg_bin/postgres" --version)"
pg_port="$(free_port 55432)"
pgdata="$(mktemp -d /tmp/kalam-bench-pg.XXXXXX)"
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$pgdata"
  as_postgres=(runuser -u postgres --)
fi
log "starting $pg_version on 127.0.0.1:$pg_port ($pgdata)"
"${as_postgres[@]}" "$pg_bin/initdb" -D "$pgdata" -U postgres -A trust -E UTF8 --no-sync >"$results/postgres-initdb.log"
"${as_postgres[@]}" "$pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w -o \
  "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$pgdata -c shared_buffers=512MB -c max_wal_size=4GB" \
  start >/dev/null
"${as_postgres[@]}" "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -q -c "CREATE DATABASE bench"

# ---- 3. the standalone server in Java ------------------------------------------------------------
grpc_port="$(free_port 59188)"
log "starting the standalone KalamDB-compatible server on 127.0.0.1:$grpc_port"
java -Xmx6g -cp "$classpath" org.kalamdb.server.ServerMain --host 127.0.0.1 --port "$grpc_port" \
  >"$results/kalam-server.log" 2>&1 &
server_pid=$!
await_line "$results/kalam-server.log" "listening on" "$server_pid"

export KALAM_BENCH_PG_URL="jdbc:postgresql://127.0.0.1:$pg_port/bench?user=postgres&reWriteBatchedInserts=true"
export KALAM_BENCH_GRPC_URL="jdbc:kalam://127.0.0.1:$grpc_port"

# ---- 4. the same data on both --------------------------------------------------------------------
log "loading the tables into PostgreSQL and the standalone server"
java -cp "$classpath" org.kalamdb.jdbc.bench.jdbc.LoadData PGJDBC KALAM_GRPC 2>&1 | tee "$results/load.log"
"${as_postgres[@]}" "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d bench -q -c "VACUUM ANALYZE"

# ---- 5. JMH ---------------------------------------------------------------------------------------
log "running JMH $*"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
set +e
java -cp "$classpath" org.openjdk.jmh.Main -rf json -rff "$results/jmh.json" "$@" 2>&1 | tee "$results/jmh.log"
jmh_status=${PIPESTATUS[0]}
set -e
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

# ---- 6. the report --------------------------------------------------------------------------------
java -cp "$classpath" org.kalamdb.jdbc.bench.report.ReportRenderer \
  --json "$results/jmh.json" --log "$results/jmh.log" \
  --readme "$here/README.md" --plot "$here/comparison.png" \
  --postgres "$pg_version" --command "benchmarks/run.sh${*:+ $*}" \
  --load "1/5/15-minute load average before JMH: $load_before; after: $load_after"
exit "$jmh_status"
