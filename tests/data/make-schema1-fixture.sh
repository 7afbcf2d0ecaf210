#!/usr/bin/env bash
# Writes project-schema1.gpkg: a project as schema version 1 left it (no map_views, no
# import_presets), with a unit, a project and an event, for the upgrade test. Run once when the
# fixture has to be remade; the committed file is the fixture.
# Usage: tests/data/make-schema1-fixture.sh build/app/investatlas-cli
set -euo pipefail
cli=$1
out=$(dirname "$0")/project-schema1.gpkg
rm -f "$out"
"$cli" new "$out"
# GDAL's SQL (ogrinfo -sql) has the ST_* functions the R-tree triggers call.
sql() { ogrinfo -q "$out" -sql "$1" >/dev/null; }
sql "DROP TABLE map_views"
sql "DROP TABLE import_presets"
sql "DELETE FROM gpkg_contents WHERE table_name IN ('map_views','import_presets')"
sql "UPDATE investatlas_meta SET value = '1' WHERE key = 'schema_version'"
sql "INSERT INTO units (name, adcode, kind, city) VALUES ('莲都区', '331102', 'district', '丽水市')"
sql "INSERT INTO projects (name, unit_id, chain, investment_wan, stage, lead_date, signed_date, confidential) VALUES ('示例半导体项目', 1, '半导体', 52000, 'signed', '2022-03-01', '2022-06-15', 0)"
sql "INSERT INTO project_events (project_id, event_date, kind, stage, text, author) VALUES (1, '2022-06-15', 'stage', 'signed', '签约', '招商一科')"
sqlite3 "$out" "PRAGMA journal_mode=DELETE; VACUUM;" >/dev/null
echo "wrote $out"
