#!/usr/bin/env bash
# Throwaway PostgreSQL 15 for local runs and CI (no Docker needed).
#
#   scripts/pg-throwaway.sh start  [DIR]   start (or reuse) a server; prints its connection string on stdout
#   scripts/pg-throwaway.sh status [DIR]   exit 0 and print the connection string if it is running
#   scripts/pg-throwaway.sh stop   [DIR]   stop it and remove DIR
#   scripts/pg-throwaway.sh crash  [DIR]   stop it as a crash would (pg_ctl -m immediate), keeping its data
#   scripts/pg-throwaway.sh resume [DIR]   start a crashed or stopped server again, on the same port
#
# DIR defaults to .pg/ in the repository (gitignored). The server listens on 127.0.0.1 only, on port
# 54329 or the next free one, with trust auth and fsync=off: never use it for data you want to keep.
# The connection string (Host=127.0.0.1;Port=N;Database=postgres;Username=postgres) is also written
# to DIR/connection-string. As root, the binaries run as the `postgres` OS user (initdb refuses root).
# crash and resume are for the fault-injection tests: a commit acknowledged under synchronous_commit=off but not
# yet written is lost by an immediate stop, as by a real crash (docs/event-store.md).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MARKER=".campaignsim-pg"
DEFAULT_PORT="${CAMPAIGNSIM_PG_PORT:-54329}"

die() { echo "pg-throwaway: $*" >&2; exit 1; }
log() { echo "pg-throwaway: $*" >&2; }

usage() {
  echo "usage: $0 start|status|stop|crash|resume [DIR]   (DIR defaults to $REPO_ROOT/.pg)" >&2
  exit 2
}

find_bin() {
  local name="$1" found
  found="$(command -v "$name" 2>/dev/null || true)"
  if [[ -z "$found" ]]; then
    # Debian's postgresql package keeps the server binaries off PATH.
    found="$(ls -1d /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -V | tail -n 1 || true)"
  fi
  [[ -n "$found" ]] || die "'$name' not found. Install the PostgreSQL server binaries (Debian/Ubuntu: apt-get install postgresql; macOS: brew install postgresql@15), or put them on PATH."
  echo "$found"
}

# Run a PostgreSQL binary as the unprivileged owner of the cluster.
as_owner() {
  if [[ "$(id -u)" -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Where the cluster and its socket live: DIR itself, or (when the postgres user cannot reach DIR,
# e.g. a checkout under /root, or the path is too long for a unix socket) a directory in /tmp
# recorded in DIR/rundir.
run_dir_of() {
  local dir="$1"
  if [[ -f "$dir/rundir" ]]; then cat "$dir/rundir"; else echo "$dir"; fi
}

is_running() {
  local dir="$1" run pg_ctl
  [[ -f "$dir/$MARKER" && -f "$dir/connection-string" ]] || return 1
  run="$(run_dir_of "$dir")"
  [[ -f "$run/data/postmaster.pid" ]] || return 1
  pg_ctl="$(find_bin pg_ctl)"
  as_owner "$pg_ctl" -D "$run/data" status >/dev/null 2>&1
}

cmd_status() {
  local dir="$1"
  if is_running "$dir"; then
    cat "$dir/connection-string"
  else
    log "no server running from $dir"
    return 1
  fi
}

cmd_start() {
  local dir="$1"
  local initdb pg_ctl
  initdb="$(find_bin initdb)"
  pg_ctl="$(find_bin pg_ctl)"
  if [[ "$(id -u)" -eq 0 ]]; then
    command -v runuser >/dev/null || die "running as root needs 'runuser' (Debian package util-linux)"
    id postgres >/dev/null 2>&1 || die "running as root needs a 'postgres' OS user to own the server (apt-get install postgresql creates it, or: useradd --system postgres)"
  fi

  if is_running "$dir"; then
    log "reusing the server already running from $dir"
    cat "$dir/connection-string"
    return 0
  fi

  if [[ -e "$dir" && ! -f "$dir/$MARKER" ]] && [[ -n "$(ls -A "$dir" 2>/dev/null)" ]]; then
    die "$dir exists, is not empty and was not made by this script; choose another DIR"
  fi
  # A leftover from a server that is no longer running (reboot, killed): start afresh.
  if [[ -f "$dir/$MARKER" ]]; then
    remove_dir "$dir"
  fi

  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  touch "$dir/$MARKER"

  local run="$dir"
  if [[ "$(id -u)" -eq 0 ]]; then
    chown postgres:postgres "$dir"
    if ! runuser -u postgres -- test -w "$dir" || (( ${#dir} > 80 )); then
      run="$(mktemp -d /tmp/campaignsim-pg.XXXXXX)"
      chown postgres:postgres "$run"
      echo "$run" >"$dir/rundir"
    fi
  elif (( ${#dir} > 80 )); then
    run="$(mktemp -d /tmp/campaignsim-pg.XXXXXX)"
    echo "$run" >"$dir/rundir"
  fi

  if ! as_owner "$initdb" -D "$run/data" -U postgres -A trust -E UTF8 --no-locale >"$run/initdb.log" 2>&1; then
    cat "$run/initdb.log" >&2
    die "initdb failed (log above)"
  fi

  local port="$DEFAULT_PORT" attempt
  for attempt in $(seq 1 20); do
    if port_in_use "$port"; then
      port=$((port + 1))
      continue
    fi
    if as_owner "$pg_ctl" -D "$run/data" -l "$run/server.log" -w -t 60 -o "$(server_options "$port" "$run")" start >&2; then
      local cs="Host=127.0.0.1;Port=$port;Database=postgres;Username=postgres"
      echo "$cs" >"$dir/connection-string"
      echo "$port" >"$dir/port"
      log "PostgreSQL $("$pg_ctl" --version | awk '{print $3}') running from $run on 127.0.0.1:$port"
      echo "$cs"
      return 0
    fi
    # Lost a race for the port? Try the next one; anything else is a real failure.
    if grep -qiE 'could not bind|address already in use' "$run/server.log" 2>/dev/null; then
      port=$((port + 1))
      continue
    fi
    tail -n 30 "$run/server.log" >&2 || true
    die "pg_ctl start failed (server log above: $run/server.log)"
  done
  die "no free port found from $DEFAULT_PORT to $port"
}

# The server's settings: loopback only, its socket in its run directory, durability traded for speed.
server_options() {
  echo "-c listen_addresses=127.0.0.1 -p $1 -k '$2' -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
}

cmd_crash() {
  local dir="$1" run pg_ctl
  [[ -f "$dir/$MARKER" && -f "$dir/port" ]] || die "no server made by this script in $dir"
  run="$(run_dir_of "$dir")"
  pg_ctl="$(find_bin pg_ctl)"
  as_owner "$pg_ctl" -D "$run/data" -m immediate -w stop >&2 || die "pg_ctl stop -m immediate failed"
}

cmd_resume() {
  local dir="$1" run pg_ctl port
  [[ -f "$dir/$MARKER" && -f "$dir/port" ]] || die "no server made by this script in $dir"
  run="$(run_dir_of "$dir")"
  port="$(cat "$dir/port")"
  pg_ctl="$(find_bin pg_ctl)"
  if ! as_owner "$pg_ctl" -D "$run/data" -l "$run/server.log" -w -t 60 -o "$(server_options "$port" "$run")" start >&2; then
    tail -n 30 "$run/server.log" >&2 || true
    die "pg_ctl start failed on port $port (server log above: $run/server.log)"
  fi
  cat "$dir/connection-string"
}

remove_dir() {
  local dir="$1" run
  run="$(run_dir_of "$dir")"
  if [[ "$run" != "$dir" && "$run" == /tmp/campaignsim-pg.* ]]; then
    rm -rf -- "$run"
  fi
  rm -rf -- "$dir"
}

cmd_stop() {
  local dir="$1" run pg_ctl
  if [[ ! -e "$dir" ]]; then
    log "nothing to stop in $dir"
    return 0
  fi
  [[ -f "$dir/$MARKER" ]] || die "$dir was not made by this script; not touching it"
  run="$(run_dir_of "$dir")"
  if [[ -f "$run/data/postmaster.pid" ]]; then
    pg_ctl="$(find_bin pg_ctl)"
    as_owner "$pg_ctl" -D "$run/data" -m fast -w stop >&2 || log "pg_ctl stop failed; removing $dir anyway"
  fi
  remove_dir "$dir"
  log "stopped and removed $dir"
}

[[ $# -ge 1 && $# -le 2 ]] || usage
cmd="$1"
dir="${2:-$REPO_ROOT/.pg}"
case "$cmd" in
  start) cmd_start "$dir" ;;
  status) cmd_status "$dir" ;;
  stop) cmd_stop "$dir" ;;
  crash) cmd_crash "$dir" ;;
  resume) cmd_resume "$dir" ;;
  *) usage ;;
esac
