#!/usr/bin/env bash
# A consistent backup of AP Assure's database (one transaction, so the application may keep running):
#   db/backup.sh [FILE]        default backups/apassure-<UTC time>.sql.gz
# Which database: see db/connection.sh (external with SPRING_DATASOURCE_*, else the embedded one).
# The dump has no CREATE DATABASE / USE, so it can be restored into any schema (db/restore.sh), and
# no DEFINER on triggers (V31's), so they belong to whoever restores it.
source "$(dirname "${BASH_SOURCE[0]}")/connection.sh"

out="${1:-$ROOT/backups/apassure-$(date -u +%Y%m%dT%H%M%SZ).sql.gz}"
mkdir -p "$(dirname "$out")"
connect
dump="$(client_program mariadb-dump)"

umask 077 # pupils' data: readable by this user only
partial="$out.partial"
"$dump" --host="$DB_HOST" --port="$DB_PORT" --user="$DB_USER" \
    --single-transaction --quick --routines --triggers --hex-blob --no-tablespaces \
    --default-character-set=utf8mb4 "$DB_NAME" \
    | sed -E 's/DEFINER=`[^`]*`(@`[^`]*`)?//g' | gzip -c >"$partial"
mv "$partial" "$out"
echo "Backup of $DB_NAME written to $out"
