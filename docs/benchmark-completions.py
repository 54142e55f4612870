#!/usr/bin/env python3
"""The whole province answering at once, against a running Planflow (./mvnw spring-boot:run, demo).

Starts PLANS drafting plans that survey every department and district, then has every agency's
official complete its survey task through /engine-rest from CLIENTS threads at the same moment.
Prints completions per second and how many came back other than 204 (refused or failed).
Usage: docs/benchmark-completions.py [base-url] [plans] [clients]
It creates real plans in that database: point it at a scratch database, not production.
"""
import base64
import json
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
PLANS = int(sys.argv[2]) if len(sys.argv) > 2 else 3
CLIENTS = int(sys.argv[3]) if len(sys.argv) > 3 else 16


def call(method, path, user, password, body=None):
    request = urllib.request.Request(BASE + path, method=method,
                                     data=None if body is None else json.dumps(body).encode())
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    request.add_header("Authorization", "Basic " + token)
    request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=300) as response:
            raw = response.read()
            return response.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")


def main():
    tasks = []
    for i in range(PLANS):
        status, plan = call("POST", "/engine-rest/process-definition/key/resolution-drafting/start", "admin", "admin",
                            {"variables": {"title": {"value": f"Đo tải đồng thời {i}", "type": "String"}}})
        assert status == 200, (status, plan)
        _, found = call("GET", f"/engine-rest/task?processInstanceId={plan['id']}&taskDefinitionKey=submitSurveyReport",
                        "admin", "admin")
        for task in found:
            _, links = call("GET", f"/engine-rest/task/{task['id']}/identity-links?type=candidate", "admin", "admin")
            tasks.append((task["id"], links[0]["groupId"]))

    def complete(task):
        task_id, agency = task
        status, body = call("POST", f"/engine-rest/task/{task_id}/complete", agency, "demo",
                            {"variables": {"reportSummary": {"value": f"Báo cáo của {agency}", "type": "String"}}})
        return status

    start = time.monotonic()
    with ThreadPoolExecutor(CLIENTS) as pool:
        statuses = Counter(pool.map(complete, tasks))
    took = time.monotonic() - start
    failures = sum(count for status, count in statuses.items() if status != 204)
    print(f"{PLANS} plans x {len(tasks) // max(PLANS, 1)} agencies = {len(tasks)} completions from {CLIENTS} clients: "
          f"{took:.1f} s, {len(tasks) / took:.1f} completions/s, {failures} not accepted {dict(statuses)}")


if __name__ == "__main__":
    main()
