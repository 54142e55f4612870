#!/usr/bin/env python3
"""The dashboard and the trail on a province's plans (issue 14).

Starts Planflow (the packaged jar) on a fresh PostgreSQL database (planflow_dash), starts --plans
drafting plans through the engine that survey every agency (about 150 tasks each), and has a
third of each plan's agencies answer their survey (as administrator, with the form's answer), so
that the history holds created, claimed and completed tasks and their answers. Then, as the demo's
leader (lanh-dao) and administrator, it times each page --requests times after a warm-up and
prints p50 and p95:

  overview      GET /quan-tri/bang-dieu-khien                 every plan and every agency
  plan          GET /quan-tri/bang-dieu-khien/{id}            one plan's stages, agencies, tasks
  plan .xlsx    GET /quan-tri/bang-dieu-khien/{id}/xuat-excel
  trail         GET /quan-tri/bang-dieu-khien/{id}/nhat-ky    one plan's trail, first page
  all trails    GET /quan-tri/nhat-ky                         across plans (administrator)

  docs/dashboard_scale.py [--plans 10] [--requests 20] [--jar target/planflow-….jar]
"""
import argparse
import os
import sys
import time
import urllib.request
from base64 import b64encode
from datetime import datetime, timedelta, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from storm import fresh_node, percentile, request, start_plan  # noqa: E402

DB = "planflow_dash"


def page(base, path, user, password):
    req = urllib.request.Request(base + path, headers={
        "Authorization": "Basic " + b64encode(f"{user}:{password}".encode()).decode()})
    started = time.perf_counter()
    with urllib.request.urlopen(req, timeout=300) as response:
        body = response.read()
    return (time.perf_counter() - started) * 1000, len(body)


def timed(base, path, user, password, requests):
    for _ in range(3):
        page(base, path, user, password)
    times, size = [], 0
    for _ in range(requests):
        took, size = page(base, path, user, password)
        times.append(took)
    return times, size


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plans", type=int, default=10)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--jar")
    options = parser.parse_args()

    node, sink, work = fresh_node(DB, options.jar)
    try:
        node.wait_up()
        base = node.base
        due = datetime.now(timezone.utc) + timedelta(days=60)
        starts = [start_plan(base, f"Bảng điều khiển {i}", due) for i in range(options.plans)]
        instances = request(base, "GET", "/engine-rest/process-instance?processDefinitionKey=resolution-drafting")
        plans = [instance["id"] for instance in instances]
        answered = 0
        for plan in plans:
            surveys = request(base, "GET", f"/engine-rest/task?processInstanceId={plan}"
                              "&taskDefinitionKey=submitSurveyReport")
            for task in surveys[: len(surveys) // 3]:
                request(base, "POST", f"/engine-rest/task/{task['id']}/complete",
                        {"variables": {"reportSummary": {"value": "Báo cáo khảo sát", "type": "String"}}})
                answered += 1
        tasks = request(base, "GET", "/engine-rest/history/task/count")["count"]
        print(f"{len(plans)} drafting plans (start p50 {percentile(starts, 50):.2f} s), {tasks:,} tasks in the history, {answered:,} surveys answered", flush=True)
        print("| page | p50 | p95 | size |")
        print("| --- | --- | --- | --- |")
        plan = plans[0]
        for name, path, user, password in [
                ("overview", "/quan-tri/bang-dieu-khien", "lanh-dao", "demo"),
                ("plan", f"/quan-tri/bang-dieu-khien/{plan}", "lanh-dao", "demo"),
                ("plan .xlsx", f"/quan-tri/bang-dieu-khien/{plan}/xuat-excel", "lanh-dao", "demo"),
                ("trail", f"/quan-tri/bang-dieu-khien/{plan}/nhat-ky", "lanh-dao", "demo"),
                ("all trails", "/quan-tri/nhat-ky", "admin", "admin")]:
            times, size = timed(base, path, user, password, options.requests)
            print(f"| {name} | {percentile(times, 50):.0f} ms | {percentile(times, 95):.0f} ms | {size / 1024:.0f} KB |",
                  flush=True)
    finally:
        node.stop()
        sink.terminate()
        print(f"logs: {work}")


if __name__ == "__main__":
    main()
