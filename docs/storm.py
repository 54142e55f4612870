#!/usr/bin/env python3
"""The reminder storm (issue 13): N survey tasks whose reminders fall due at one moment.

Starts Planflow (the packaged jar) against PostgreSQL or H2 and a fast SMTP sink
(docs/smtp-sink.py), starts drafting plans that survey every agency with surveyDue = M + 1 day and
reminderBefore = P1D, so that every reminder (the agencies' and the lead's outline task) is due at
the moment M; then counts the reminders the sink accepts and prints one line of the table:
N, reminders/s, lateness after M (first, p50, p99, last), duplicates, and PostgreSQL's own commit
rate measured by pgbench right before (8 clients, one-row UPDATE transactions).

  docs/storm.py [--n 10000] [--settings stock|tuned] [--db postgres|h2] [--nodes 1|2]
                [--kill-after SECONDS] [--single]

--settings stock runs with Camunda's job-executor defaults and the outbox as it was (polled every
10 s, one SMTP connection per mail); tuned with what application.yaml ships. --nodes 2 runs two
instances on one database (PostgreSQL only); --kill-after S kills the second with kill -9 S seconds
after the moment. --single measures the lateness of one timer on an idle engine instead.
Every run uses a fresh database (PostgreSQL database planflow_storm, or a new H2 file).
"""
import argparse
import json
import math
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from base64 import b64encode
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AUTH = "Basic " + b64encode(b"admin:admin").decode()
PG = ["-h", "127.0.0.1", "-U", "postgres"]

# Camunda 7's own defaults, written out (the job executor's, exclusive timers, the execution tree
# prefetched), and the outbox as it was before issue 13
STOCK = ["--camunda.bpm.job-execution.max-jobs-per-acquisition=3",
         "--camunda.bpm.job-execution.core-pool-size=3",
         "--camunda.bpm.job-execution.max-pool-size=10",
         "--camunda.bpm.job-execution.queue-capacity=3",
         "--camunda.bpm.job-execution.wait-time-in-millis=5000",
         "--camunda.bpm.job-execution.max-wait=60000",
         "--camunda.bpm.job-execution.backoff-time-in-millis=0",
         "--camunda.bpm.job-execution.lock-time-in-millis=300000",
         "--planflow.jobs.exclusive-deadline-timers=true",
         "--planflow.engine.execution-tree-prefetch=true",
         "--planflow.notification.wake-on-commit=false",
         "--planflow.notification.mails-per-connection=1"]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def iso(moment):
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000+0000")


def request(base, method, path, body=None, timeout=600):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Authorization": AUTH, "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as response:
        return json.loads(response.read() or b"null")


def pgbench_tps():
    subprocess.run(["dropdb", *PG, "--if-exists", "planflow_pgbench"], check=True)
    subprocess.run(["createdb", *PG, "planflow_pgbench"], check=True)
    subprocess.run(["pgbench", *PG, "-i", "-q", "-s", "10", "planflow_pgbench"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as script:
        script.write("\\set aid random(1, 1000000)\nUPDATE pgbench_accounts SET abalance = abalance + 1 "
                     "WHERE aid = :aid;\n")
    out = subprocess.run(["pgbench", *PG, "-n", "-c", "8", "-j", "2", "-T", "10", "-f", script.name,
                          "planflow_pgbench"], check=True, capture_output=True, text=True).stdout
    subprocess.run(["dropdb", *PG, "--if-exists", "planflow_pgbench"], check=True)
    for line in out.splitlines():
        if line.startswith("tps = "):
            return float(line.split()[2])
    raise RuntimeError("pgbench printed no tps: " + out)


class Node:
    def __init__(self, name, jar, db_url, mail_port, settings, work, extra=()):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = open(os.path.join(work, f"{name}.log"), "w")
        args = ["java", "-Xmx2g", "-jar", jar, f"--server.port={self.port}",
                f"--spring.datasource.url={db_url}",
                f"--spring.mail.host=127.0.0.1", f"--spring.mail.port={mail_port}",
                "--spring.profiles.active=demo", f"--planflow.notification.public-url={self.base}"]
        if db_url.startswith("jdbc:postgresql"):
            args += ["--spring.datasource.username=postgres", "--spring.datasource.password="]
        if settings == "stock":
            args += STOCK
        args += list(extra)
        self.process = subprocess.Popen(args, stdout=self.log, stderr=subprocess.STDOUT, cwd=work)

    def wait_up(self, seconds=240):
        end = time.time() + seconds
        while time.time() < end:
            if self.process.poll() is not None:
                raise RuntimeError(f"the application stopped; see {self.log.name}")
            try:
                with urllib.request.urlopen(self.base + "/actuator/health", timeout=2) as response:
                    if b"UP" in response.read():
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(1)
        raise RuntimeError("the application did not start")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.kill()


def packaged_jar(jar=None):
    """The application's jar: the one given, else target's, built first when missing."""
    jar = jar or os.path.join(ROOT, "target", "planflow-0.1.0-SNAPSHOT.jar")
    if not os.path.exists(jar):
        subprocess.run([os.path.join(ROOT, "mvnw"), "-q", "-DskipTests", "package"], cwd=ROOT, check=True)
    return jar


def fresh_node(db, jar=None, extra=()):
    """One node of the packaged jar on a new PostgreSQL database db, mailing to a fresh SMTP sink.

    Returns (node, sink process, work folder with the logs)."""
    jar = packaged_jar(jar)
    work = tempfile.mkdtemp(prefix=f"{db}-")
    subprocess.run(["dropdb", *PG, "--if-exists", db], check=True)
    subprocess.run(["createdb", *PG, db], check=True)
    sink_port = free_port()
    sink = subprocess.Popen([sys.executable, os.path.join(ROOT, "docs", "smtp-sink.py"), str(sink_port),
                             os.path.join(work, "received.tsv")])
    node = Node("node", jar, f"jdbc:postgresql://127.0.0.1:5432/{db}", sink_port, "tuned", work, extra)
    return node, sink, work


def start_plan(base, title, survey_due, agencies=None):
    variables = {"title": {"value": title, "type": "String"},
                 "surveyDue": {"value": iso(survey_due), "type": "Date"},
                 "reminderBefore": {"value": "P1D", "type": "String"}}
    if agencies:
        variables["surveyAgencies"] = {"value": agencies, "type": "String"}
    started = time.time()
    request(base, "POST", "/engine-rest/process-definition/key/resolution-drafting/start",
            {"variables": variables})
    return time.time() - started


def due_count(base, moment):
    query = urllib.parse.urlencode({"timers": "true", "dueDates": "gt_" + iso(moment - timedelta(seconds=1))
                                    + ",lt_" + iso(moment + timedelta(seconds=1))})
    return request(base, "GET", "/engine-rest/job/count?" + query)["count"]


def received(log_path, moment):
    rows = []
    with open(log_path) as log:
        for line in log:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[2].startswith("[Nhắc hạn]"):
                rows.append((float(parts[0]) - moment.timestamp(), parts[1]))
    return rows


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(p / 100 * len(ordered)) - 1))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--settings", choices=["stock", "tuned"], default="tuned")
    parser.add_argument("--db", choices=["postgres", "h2"], default="postgres")
    parser.add_argument("--nodes", type=int, choices=[1, 2], default=1)
    parser.add_argument("--kill-after", type=float)
    parser.add_argument("--single", action="store_true")
    parser.add_argument("--jar", help="the application's jar; default target/planflow-0.1.0-SNAPSHOT.jar, built if missing")
    parser.add_argument("--app-arg", action="append", default=[], help="one more argument for the application")
    parser.add_argument("--timeout", type=int, default=1800, help="seconds to wait for the storm after the moment")
    options = parser.parse_args()

    jar = options.jar or os.path.join(ROOT, "target", "planflow-0.1.0-SNAPSHOT.jar")
    if not os.path.exists(jar):
        subprocess.run([os.path.join(ROOT, "mvnw"), "-q", "-DskipTests", "package"], cwd=ROOT, check=True)
    work = tempfile.mkdtemp(prefix="planflow-storm-")
    tps = pgbench_tps() if options.db == "postgres" else None
    if options.db == "postgres":
        subprocess.run(["dropdb", *PG, "--if-exists", "planflow_storm"], check=True)
        subprocess.run(["createdb", *PG, "planflow_storm"], check=True)
        db_url = "jdbc:postgresql://127.0.0.1:5432/planflow_storm"
    else:
        db_url = f"jdbc:h2:file:{work}/planflow;DB_CLOSE_ON_EXIT=FALSE"
    sink_port = free_port()
    sink_log = os.path.join(work, "received.tsv")
    open(sink_log, "w").close()
    sink = subprocess.Popen([sys.executable, os.path.join(ROOT, "docs", "smtp-sink.py"), str(sink_port), sink_log])
    nodes = [Node("node1", jar, db_url, sink_port, options.settings, work, options.app_arg)]
    try:
        nodes[0].wait_up()
        if options.nodes == 2:
            nodes.append(Node("node2", jar, db_url, sink_port, options.settings, work, options.app_arg))
            nodes[1].wait_up()
        base = nodes[0].base
        # warm up, and time one plan's start (its deadlines are a month away)
        took = start_plan(base, "Khởi động", datetime.now(timezone.utc) + timedelta(days=30))
        took = min(took, start_plan(base, "Khởi động 2", datetime.now(timezone.utc) + timedelta(days=30)))
        if options.single:
            return single(options, nodes, sink_log)
        per_plan = request(base, "GET", "/api/agencies")
        surveyed = len([a for a in per_plan if a["type"] in ("department", "commune", "district")
                        and a["id"] != "so-khcn"]) + 1
        plans = math.ceil(options.n / surveyed)
        lead = timedelta(seconds=plans * took * 1.3 + 30)
        moment = (datetime.now(timezone.utc) + lead).replace(microsecond=0)
        print(f"{plans} plans × {surveyed} reminders (one start took {took:.2f} s); the moment is "
              f"{moment:%H:%M:%S} UTC, in {lead.total_seconds():.0f} s", flush=True)
        with ThreadPoolExecutor(2) as pool:
            list(pool.map(lambda i: start_plan(nodes[i % len(nodes)].base, f"Bão nhắc hạn {i}",
                                               moment + timedelta(days=1)), range(plans)))
        if datetime.now(timezone.utc) >= moment:
            raise RuntimeError("starting the plans ran past the moment; the numbers would be wrong")
        expected = due_count(base, moment)
        print(f"{expected} reminders due at the moment; plans started "
              f"{(moment - datetime.now(timezone.utc)).total_seconds():.0f} s before it", flush=True)
        time.sleep(max(0.0, (moment - datetime.now(timezone.utc)).total_seconds()))
        killed = False
        deadline = time.time() + options.timeout
        last_count, last_change = -1, time.time()
        while time.time() < deadline:
            rows = received(sink_log, moment)
            if options.kill_after is not None and not killed and time.time() >= moment.timestamp() + options.kill_after:
                nodes[1].kill()
                killed = True
                print(f"node2 killed (kill -9) {options.kill_after} s after the moment, "
                      f"{len(rows)} reminders received by then", flush=True)
            distinct = len({message_id for _, message_id in rows})
            if distinct >= expected:
                time.sleep(5)  # anything sent twice would come now
                break
            if len(rows) != last_count:
                last_count, last_change = len(rows), time.time()
            time.sleep(0.5)
        rows = received(sink_log, moment)
        report(options, tps, expected, rows)
    finally:
        for node in nodes:
            node.stop()
        sink.terminate()
        print(f"logs: {work}")


def single(options, nodes, sink_log):
    """One reminder on an idle engine: started, then left alone for two minutes before it is due."""
    lateness = []
    for attempt in range(3):
        moment = (datetime.now(timezone.utc) + timedelta(seconds=120)).replace(microsecond=0)
        start_plan(nodes[0].base, f"Một nhắc hạn {attempt}", moment + timedelta(days=1), agencies="so-y-te")
        time.sleep(max(0.0, (moment - datetime.now(timezone.utc)).total_seconds()))
        end = time.time() + 120
        while time.time() < end:
            rows = [r for r in received(sink_log, moment) if r[0] > -1]
            if len(rows) >= 2:  # the agency's and the lead's outline task
                lateness.append(max(r[0] for r in rows))
                break
            time.sleep(0.1)
        else:
            lateness.append(float("inf"))
        open(sink_log, "w").close()
    print(f"| single timer, idle engine | {options.db} | {options.settings} | lateness "
          + ", ".join(f"{value:.1f} s" for value in lateness) + " |")


def report(options, tps, expected, rows):
    lateness = [late for late, _ in rows]
    distinct = len({message_id for _, message_id in rows})
    duplicates = len(rows) - distinct
    if not rows:
        print("no reminder arrived")
        return
    rate = distinct / max(lateness) if max(lateness) > 0 else float("inf")
    share = f"{100 * rate / tps:.1f}%" if tps else "—"
    nodes = f"{options.nodes} nodes" + (f", one killed at +{options.kill_after:.0f} s" if options.kill_after else "")
    print("| db | settings | nodes | N due | received once | reminders/s | first | p50 | p99 | last | duplicates "
          "| pgbench tps | share |")
    print(f"| {options.db} | {options.settings} | {nodes} | {expected} | {distinct} | {rate:.1f} | "
          f"{min(lateness):.1f} s | {percentile(lateness, 50):.1f} s | {percentile(lateness, 99):.1f} s | "
          f"{max(lateness):.1f} s | {duplicates} | {tps if tps else '—'} | {share} |", flush=True)


if __name__ == "__main__":
    main()
