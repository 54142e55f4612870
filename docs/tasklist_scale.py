#!/usr/bin/env python3
"""Tasklist at scale (issue 13): an agency's "Việc của đơn vị tôi" at 100,000 and 1,000,000 open tasks.

Starts Planflow (the packaged jar) on a fresh PostgreSQL database (planflow_scale), starts --plans
drafting plans through the engine that survey every agency (each start timed: the 150-agency
start), then grows the open-task table to each --sizes figure by copying those tasks as other
provinces' work: every copy gets new ids and its candidate groups and task authorizations renamed
to agencies of another province ("so-xd@17"), and its task-local variables copied with it, so the
measured agency's own work stays the same while the tables grow, as on one installation serving
many provinces.

At each size it signs in as one agency's official and times, over REST as Tasklist asks:
  page   POST /engine-rest/filter/{id}/list?firstResult=0&maxResults=15, Accept: application/hal+json
         (the first page with its count and the filter's variables, in one request)
  count  GET /engine-rest/filter/{id}/count
each --requests times after a warm-up, and prints p50 and p95. --explain prints PostgreSQL's plan
of the engine's two statements (as the engine logged them) at each size.

  docs/tasklist_scale.py [--sizes 100000,1000000] [--plans 20] [--requests 200] [--explain]
"""
import argparse
import json
import os
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from base64 import b64encode
from datetime import datetime, timedelta, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from storm import PG, fresh_node, percentile, request, start_plan  # noqa: E402

DB = "planflow_scale"
TASK_RESOURCE = 7  # Resources.TASK


def psql(sql, db=DB):
    return subprocess.run(["psql", *PG, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-At", "-d", db, "-c", sql],
                          check=True, stdout=subprocess.PIPE, text=True).stdout.strip()


def grow(generation_from, generation_to):
    """Copies the engine-made tasks (ids without '@') as generations [from, to] of other provinces."""
    span = f"generate_series({generation_from}, {generation_to}) k"
    rename = "jsonb_build_object('id_', t.id_ || '@' || k"
    psql(f"""
begin;
insert into act_ru_task select (jsonb_populate_record(null::act_ru_task, to_jsonb(t) || {rename},
    'due_date_', t.due_date_ + (k % 90) * interval '1 day'))).*
  from act_ru_task t, {span} where t.id_ not like '%@%';
insert into act_ru_identitylink select (jsonb_populate_record(null::act_ru_identitylink, to_jsonb(t) || {rename},
    'task_id_', t.task_id_ || '@' || k, 'group_id_', t.group_id_ || '@' || k, 'user_id_', t.user_id_ || '@' || k))).*
  from act_ru_identitylink t, {span} where t.task_id_ is not null and t.id_ not like '%@%';
insert into act_ru_authorization select (jsonb_populate_record(null::act_ru_authorization, to_jsonb(t) || {rename},
    'resource_id_', t.resource_id_ || '@' || k, 'group_id_', t.group_id_ || '@' || k,
    'user_id_', case when t.user_id_ = '*' then '*' else t.user_id_ || '@' || k end))).*
  from act_ru_authorization t, {span}
  where t.resource_type_ = {TASK_RESOURCE} and t.id_ not like '%@%'
    and t.resource_id_ in (select id_ from act_ru_task where id_ not like '%@%');
insert into act_ru_variable select (jsonb_populate_record(null::act_ru_variable, to_jsonb(t) || {rename},
    'task_id_', t.task_id_ || '@' || k, 'var_scope_', t.var_scope_ || '@' || k))).*
  from act_ru_variable t, {span} where t.task_id_ is not null and t.id_ not like '%@%';
commit;
""")
    for table in ("act_ru_task", "act_ru_identitylink", "act_ru_authorization", "act_ru_variable"):
        psql("vacuum analyze " + table)


def timed(base, method, path, user, body=None, accept="application/json"):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method, headers={
        "Authorization": "Basic " + b64encode(f"{user}:demo".encode()).decode(),
        "Content-Type": "application/json", "Accept": accept})
    started = time.perf_counter()
    with urllib.request.urlopen(req, timeout=120) as response:
        payload = json.loads(response.read())
    return (time.perf_counter() - started) * 1000, payload


def measure(base, filter_id, user, requests):
    page_path = f"/engine-rest/filter/{filter_id}/list?firstResult=0&maxResults=15"
    count_path = f"/engine-rest/filter/{filter_id}/count"
    for _ in range(10):
        timed(base, "POST", page_path, user, {}, "application/hal+json")
        timed(base, "GET", count_path, user)
    pages, counts, seen = [], [], None
    for _ in range(requests):
        took, payload = timed(base, "POST", page_path, user, {}, "application/hal+json")
        pages.append(took)
        seen = (payload["count"], len(payload["_embedded"]["task"]))
        took, payload = timed(base, "GET", count_path, user)
        counts.append(took)
    return pages, counts, seen


TASK_QUERY_LOGGER = "--logging.level.org.camunda.bpm.engine.impl.persistence.entity.TaskEntity=DEBUG"


def explain(node_log):
    """Prints EXPLAIN ANALYZE of the last task page and count statements the engine logged (MyBatis)."""
    statements, pending = {}, None
    with open(node_log) as log:
        for line in log:
            if "==>  Preparing: " in line:
                sql = line.split("==>  Preparing: ", 1)[1].strip()
                pending = sql if "ACT_RU_TASK RES" in sql else None
            elif "==> Parameters: " in line and pending:
                values = [value.rsplit("(", 1)[0] for value in
                          line.split("==> Parameters: ", 1)[1].rstrip("\n").split(", ")] \
                    if line.split("==> Parameters: ", 1)[1].strip() else []
                sql = pending
                for value in values:
                    sql = sql.replace("?", value if value.isdigit() else "'" + value.replace("'", "''") + "'", 1)
                statements["count" if "count(" in sql.lower() else "page"] = sql
                pending = None
    for kind, sql in sorted(statements.items()):
        print(f"--- {kind}: {sql}")
        print(psql("explain (analyze, buffers) " + sql))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--plans", type=int, default=20)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--user", help="the agency whose official looks; default: the first surveyed department")
    parser.add_argument("--explain", action="store_true")
    parser.add_argument("--jar")
    parser.add_argument("--app-arg", action="append", default=[])
    options = parser.parse_args()
    sizes = [int(size) for size in options.sizes.split(",")]

    node, sink, work = fresh_node(DB, options.jar,
                                  options.app_arg + ([TASK_QUERY_LOGGER] if options.explain else []))
    try:
        node.wait_up()
        base = node.base
        agencies = request(base, "GET", "/api/agencies")
        user = options.user or next(a["id"] for a in agencies if a["type"] == "department" and a["id"] != "so-khcn")
        due = datetime.now(timezone.utc) + timedelta(days=60)
        starts = [start_plan(base, f"Quy mô {i}", due) for i in range(options.plans)]
        surveyed = len(request(base, "GET", "/engine-rest/task?processInstanceBusinessKey="
                               + urllib.parse.quote("Quy mô 0"))) - 1
        print(f"{options.plans} drafting plans started through the engine, each surveying {surveyed} agencies: "
              f"start p50 {percentile(starts, 50):.2f} s, max {max(starts):.2f} s (the first {starts[0]:.2f} s)",
              flush=True)
        filter_id = request(base, "GET", "/engine-rest/filter?name=" + urllib.parse.quote("Việc của đơn vị tôi"))[0]["id"]
        engine_made = int(psql("select count(*) from act_ru_task"))
        print(f"{engine_made} open tasks made by the engine; measured as {user} (its open tasks: "
              f"{psql(f'select count(*) from act_ru_identitylink where group_id_ = {chr(39)}{user}{chr(39)}')})",
              flush=True)
        print("| open tasks | authorizations | page + count p50 | p95 | count alone p50 | p95 | tasks counted / on the page |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        generation = 0
        for size in sizes:
            target = max(0, -(-size // engine_made) - 1)
            started = time.time()
            while generation < target:
                step = min(target, generation + 50)
                grow(generation + 1, step)
                generation = step
            grown = time.time() - started
            tasks = int(psql("select count(*) from act_ru_task"))
            authorizations = int(psql("select count(*) from act_ru_authorization"))
            pages, counts, seen = measure(base, filter_id, user, options.requests)
            print(f"| {tasks:,} | {authorizations:,} | {percentile(pages, 50):.1f} ms | {percentile(pages, 95):.1f} ms "
                  f"| {percentile(counts, 50):.1f} ms | {percentile(counts, 95):.1f} ms | {seen[0]} / {seen[1]} |"
                  f"{f'  (grown in {grown:.0f} s)' if grown > 1 else ''}", flush=True)
            if options.explain:
                explain(node.log.name)
    finally:
        node.stop()
        sink.terminate()
        print(f"logs: {work}")


if __name__ == "__main__":
    main()
