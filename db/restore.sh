#!/usr/bin/env bash
# Restores a backup made by db/backup.sh:
#   db/restore.sh FILE [SCHEMA]
# SCHEMA defaults to the configured one (see db/connection.sh). It is created when missing; tables in
# it that the backup also holds are replaced. Stop the application before restoring over its own schema.
source "$(dirname "${BASH_SOURCE[0]}")/connection.sh"

[[ $# -ge 1 ]] || die "usage: db/restore.sh FILE [SCHEMA]"
file="$1"
[[ -r "$file" ]] || die "cannot read $file"
connect
target="${2:-$DB_NAME}"
[[ "$target" =~ ^[A-Za-z0-9_]+$ ]] || die "schema name may hold letters, digits and _ only"
client="$(client_program mariadb)"

"$client" --host="$DB_HOST" --port="$DB_PORT" --user="$DB_USER" \
    -e "CREATE DATABASE IF NOT EXISTS \`$target\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
case "$file" in
    *.gz) gzip -dc "$file" ;;
    *) cat "$file" ;;
esac | "$client" --host="$DB_HOST" --port="$DB_PORT" --user="$DB_USER" \
    --default-character-set=utf8mb4 "$target"
echo "Restored $file into $target"
