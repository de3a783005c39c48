#!/usr/bin/env bash
# Adds a migration to both providers and regenerates the idempotent SQL Server script.
#   db/migrations.sh add NAME     a new migration in db/Licensing.Db.Sqlite and db/Licensing.Db.SqlServer
#   db/migrations.sh script       only regenerate db/sqlserver/licensing.sql
#   db/migrations.sh reset        (before the first release only) fold everything back into one Initial
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
ef() { dotnet ef "$@"; }
case "${1:-}" in
  add)
    name="${2:?migration name}"
    for p in Sqlite SqlServer; do
      ef migrations add "$name" --project "db/Licensing.Db.$p" --startup-project "db/Licensing.Db.$p" --output-dir Migrations
    done ;;
  reset)
    rm -rf db/Licensing.Db.Sqlite/Migrations db/Licensing.Db.SqlServer/Migrations
    "$0" add Initial ;;
  script) ;;
  *) echo "usage: $0 add NAME | script | reset" >&2; exit 2 ;;
esac
mkdir -p db/sqlserver
ef migrations script --idempotent --project db/Licensing.Db.SqlServer --startup-project db/Licensing.Db.SqlServer -o db/sqlserver/licensing.sql
