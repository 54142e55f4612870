#!/usr/bin/env python3
"""The outbox's delivery ceiling: N reminders already rendered and queued at one moment (copies of
a real reminder, each its own outbox row), sent by the application to the project's SMTP sink
(docs/smtp-sink.py). No engine job is involved, so the rate bounds every design that still sends
one mail per reminder through this sink on this machine.

Usage: docs/benchmark.sh outbox [--n 10000] [--jar JAR]
Starts the packaged jar on a fresh PostgreSQL database planflow_ceiling (dropped at the end), has
one real reminder sent, copies it N times straight into pf_notification, and prints how fast the
copies arrive, the CPU seconds the application, the sink and PostgreSQL's processes spent meanwhile,
and pgbench's commit rate measured right before.
"""
import argparse
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import storm  # noqa: E402

COPY = """INSERT INTO pf_notification (task_id, kind, moment, process_instance_id, plan_title, task_name,
  agency_id, agency_name, due, recipients, subject, body_text, body_html, status, attempts, created_at,
  next_attempt_at)
SELECT 'ceiling-' || g, p.kind, p.moment, p.process_instance_id, p.plan_title, p.task_name, p.agency_id,
  p.agency_name, p.due, p.recipients, p.subject, p.body_text, p.body_html, 'PENDING', 0, now(), now()
FROM pf_notification p, generate_series(1, {n}) g
WHERE p.id = (SELECT min(id) FROM pf_notification WHERE kind = 'REMINDER')"""


def cpu_seconds(pids):
    total = 0.0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (FileNotFoundError, ProcessLookupError):
            pass
    return total


def postgres_pids():
    return subprocess.run(["pgrep", "-x", "postgres"], capture_output=True, text=True).stdout.split()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--jar", help="the application's jar; default target's, built if missing")
    options = parser.parse_args()
    tps = storm.pgbench_tps()
    node, sink, work = storm.fresh_node("planflow_ceiling", options.jar)
    log = os.path.join(work, "received.tsv")
    try:
        node.wait_up()
        moment = (datetime.now(timezone.utc) + timedelta(seconds=25)).replace(microsecond=0)
        storm.start_plan(node.base, "Trần gửi thư", moment + timedelta(days=1), agencies="so-y-te")
        waiting = time.time() + 180
        while len(storm.received(log, moment)) < 2:  # the agency's reminder and the lead's
            if time.time() > waiting:
                raise RuntimeError(f"the real reminder never reached the sink; see {node.log.name}")
            time.sleep(0.5)
        before = len(storm.received(log, moment))
        pids = postgres_pids()
        start = (cpu_seconds([node.process.pid]), cpu_seconds([sink.pid]), cpu_seconds(pids))
        subprocess.run(["psql", *storm.PG, "-q", "-d", "planflow_ceiling", "-c", COPY.format(n=options.n)],
                       check=True)
        end = time.time() + 900
        while time.time() < end and len(storm.received(log, moment)) < before + options.n:
            time.sleep(0.5)
        spent = [after - first for first, after in zip(start, (cpu_seconds([node.process.pid]),
                                                               cpu_seconds([sink.pid]), cpu_seconds(pids)))]
        rows = storm.received(log, moment)[before:]
        arrivals = sorted(moment.timestamp() + late for late, _ in rows)
        distinct = len({message_id for _, message_id in rows})
        rate = len(rows) / (arrivals[-1] - arrivals[0]) if len(rows) > 1 else 0
        print("| N queued | received | distinct | mails/s (first to last) | CPU s: application | sink | PostgreSQL"
              " (the copy's insert included) | pgbench commits/s |")
        print(f"| {options.n} | {len(rows)} | {distinct} | {rate:.0f} | {spent[0]:.1f} | {spent[1]:.1f} | "
              f"{spent[2]:.1f} | {tps:.0f} |")
    finally:
        node.stop()
        sink.terminate()
        subprocess.run(["dropdb", *storm.PG, "--if-exists", "planflow_ceiling"], check=False)
        print(f"logs: {work}")


if __name__ == "__main__":
    main()
