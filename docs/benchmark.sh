#!/usr/bin/env bash
# Times the two heaviest requests against a running Planflow (./mvnw spring-boot:run):
# importing the 2024 plan's 46-task table (46 plan-task instances, their tasks and timers, in one
# transaction) and starting a drafting plan that surveys every department and district.
# Usage: docs/benchmark.sh [base-url] [rounds]     e.g. docs/benchmark.sh http://localhost:8080 5
# It creates real plans in that database: point it at a scratch database, not production.
set -euo pipefail
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
