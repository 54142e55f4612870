#!/usr/bin/env bash
# Times the two heaviest requests against a running Planflow (./mvnw spring-boot:run):
# importing the 2024 plan's 46-task table (46 plan-task instances, their tasks and timers, in one
# transaction) and starting a drafting plan that surveys every department and district.
# Usage: docs/benchmark.sh [base-url] [rounds]     e.g. docs/benchmark.sh http://localhost:8080 5
# It creates real plans in that database: point it at a scratch database, not production.
set -euo pipefail
# docs/benchmark.sh storm [options]: the reminder storm (docs/storm.py --help), e.g.
#   docs/benchmark.sh storm --n 10000 --settings stock      Camunda's job-executor defaults
#   docs/benchmark.sh storm --n 10000                        the settings application.yaml ships
#   docs/benchmark.sh storm --nodes 2 --kill-after 10        two nodes, one killed with kill -9
#   docs/benchmark.sh storm --single                         one timer on an idle engine
# docs/benchmark.sh tasklist [options]: an agency's Tasklist filter at 100,000 and 1,000,000 open
#   tasks, and the 150-agency start (docs/tasklist_scale.py --help)
# docs/benchmark.sh dashboard [options]: the dashboard, a plan's page and workbook, and the trails on
#   ten 150-agency drafting plans (docs/dashboard_scale.py --help)
# docs/benchmark.sh outbox [--n 10000]: the outbox's delivery ceiling, N rendered reminders queued at
#   once and sent to the sink, no engine job involved (docs/outbox_ceiling.py)
# docs/benchmark.sh all: every row of the README's tables, one run each (about 45 minutes): the
#   storm at stock settings and ours, two nodes, two nodes with one killed, H2, one idle timer at
#   stock and ours, then Tasklist at 100,000 and 1,000,000 open tasks with the 150-agency start
if [ "${1:-}" = all ]; then
  here="$(dirname "$0")"
  for row in "--settings stock" "" "--nodes 2" "--nodes 2 --kill-after 10" "--db h2"; do
    # shellcheck disable=SC2086
    python3 "$here/storm.py" --n 10000 $row | grep -E '^\||killed'
  done
  python3 "$here/storm.py" --single --settings stock | grep '^|'
  python3 "$here/storm.py" --single | grep '^|'
  exec python3 "$here/tasklist_scale.py"
fi
if [ "${1:-}" = storm ]; then
  shift
  exec python3 "$(dirname "$0")/storm.py" "$@"
fi
if [ "${1:-}" = outbox ]; then
  shift
  exec python3 "$(dirname "$0")/outbox_ceiling.py" "$@"
fi
if [ "${1:-}" = dashboard ]; then
  shift
  exec python3 "$(dirname "$0")/dashboard_scale.py" "$@"
fi
if [ "${1:-}" = tasklist ]; then
  shift
  exec python3 "$(dirname "$0")/tasklist_scale.py" "$@"
fi
base="${1:-http://localhost:8080}"
rounds="${2:-5}"
table="$(dirname "$0")/../src/test/resources/plans/ke-hoach-1004-2024.xlsx"

for i in $(seq "$rounds"); do
  curl -s -o /dev/null -w "POST /api/plans (46 tasks): %{http_code} in %{time_total}s\n" -u admin:admin \
    -F "file=@$table" -F "title=Đo thời gian nhập $i" "$base/api/plans"
done
for i in $(seq "$rounds"); do
  curl -s -o /dev/null -w "start resolution-drafting (every agency): %{http_code} in %{time_total}s\n" -u admin:admin \
    -H 'Content-Type: application/json' -d '{}' \
    "$base/engine-rest/process-definition/key/resolution-drafting/start"
done
