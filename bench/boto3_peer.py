#!/usr/bin/env python3
"""The script a user would write instead of `securityir plan` / `apply`: the peer row of bench/run.

Usage: python3 bench/boto3_peer.py INPUT.json

INPUT.json (written by the benchmark, BenchmarkSuite's PeerBench):
  {"endpoint": "http://127.0.0.1:PORT", "region": "us-east-1", "threads": 8, "apply": true,
   "routes": [{"from": "Submitted", "to": "Containment, Eradication and Recovery",
               "steps": [{"status": "Detection and Analysis", "operation": "UpdateCaseStatus"},
                         {"status": "Containment, Eradication and Recovery",
                          "operation": "UpdateCaseStatus"}]}],
   "cases": [{"caseId": "1234567890", "status": "Containment, Eradication and Recovery"}]}

For every case it reads the live status with get_case. A case already in its declared status needs
nothing; otherwise the route from the live status to the declared one gives the moves (the routes
are the bench's own expected plan, the documented lifecycle's shortest path, so this script makes
the same calls as securityir's plan). With "apply" it makes those moves, one call per step
(update_case_status, or close_case for Closed), and checks that each answer reports the step's
status. A case without a route is counted as unplanned and left alone. threads = 1 runs a plain
loop; more runs the cases on a concurrent.futures.ThreadPoolExecutor sharing one client (boto3
clients are thread-safe; sessions are not).

Timing: from after the imports and the client's creation to the last answer, so Python's and
boto3's own start-up are left out, as in the issue's table (the bench also times the whole process).
Prints one JSON line: {"seconds", "threads", "cases", "pending", "moved", "unplanned", "retries",
"calls": {operation: count}, "errors": [...]} (errors name the case id and the error code only).

Credentials are dummies: the emulator does not check signatures. Retries: botocore's "standard"
mode (3 attempts, exponential backoff with jitter, a retry quota), the mode AWS recommends and the
one the AWS SDK for Java v2 under securityir's gateway also implements. Not "adaptive": it adds a
client-side token bucket that only slows calls down after throttling, is documented as
experimental, and the bench injects no throttling, so it could not change these figures. Any retry
that happens shows in "retries" and in the emulator's call log.
"""

import collections
import concurrent.futures
import json
import sys
import time

import boto3
import botocore.config
import botocore.exceptions


def main(path):
    with open(path, encoding="utf-8") as f:
        spec = json.load(f)
    threads = int(spec["threads"])
    routes = {(r["from"], r["to"]): r["steps"] for r in spec["routes"]}
    client = boto3.client(
        "security-ir",
        endpoint_url=spec["endpoint"],
        region_name=spec["region"],
        aws_access_key_id="bench",
        aws_secret_access_key="bench",
        config=botocore.config.Config(
            retries={"mode": "standard"},
            # botocore keeps 10 connections per client; more threads than that would queue on it.
            max_pool_connections=max(10, threads),
        ),
    )
    apply = bool(spec["apply"])

    def one(case):
        return reconcile(client, routes, case, apply)

    start = time.perf_counter()
    if threads == 1:
        results = [one(case) for case in spec["cases"]]
    else:
        with concurrent.futures.ThreadPoolExecutor(max_workers=threads) as pool:
            results = list(pool.map(one, spec["cases"]))
    seconds = time.perf_counter() - start

    calls = collections.Counter()
    totals = collections.Counter()
    errors = []
    for result in results:
        calls.update(result["calls"])
        for key in ("pending", "moved", "unplanned", "retries"):
            totals[key] += result[key]
        errors.extend(result["errors"])
    print(
        json.dumps(
            {
                "seconds": seconds,
                "threads": threads,
                "cases": len(results),
                "pending": totals["pending"],
                "moved": totals["moved"],
                "unplanned": totals["unplanned"],
                "retries": totals["retries"],
                "calls": dict(calls),
                "errors": errors,
            }
        )
    )
    return 1 if errors else 0


def reconcile(client, routes, case, apply):
    """Reads one case and, with apply, walks its route; returns what it did, never raises."""
    case_id = case["caseId"]
    declared = case["status"]
    result = {"calls": collections.Counter(), "pending": 0, "moved": 0, "unplanned": 0,
              "retries": 0, "errors": []}
    try:
        live = call(result, "GetCase", client.get_case, caseId=case_id)["caseStatus"]
        if live == declared:
            return result
        steps = routes.get((live, declared))
        if steps is None:
            result["unplanned"] += 1
            return result
        result["pending"] += 1
        if not apply:
            return result
        for step in steps:
            if step["operation"] == "CloseCase":
                answer = call(result, "CloseCase", client.close_case, caseId=case_id)
            else:
                answer = call(result, "UpdateCaseStatus", client.update_case_status,
                              caseId=case_id, caseStatus=step["status"])
            if answer.get("caseStatus") != step["status"]:
                result["errors"].append(
                    f"{case_id}: {step['operation']} answered {answer.get('caseStatus')!r},"
                    f" expected {step['status']!r}")
                return result
        result["moved"] += 1
    except botocore.exceptions.ClientError as e:
        result["errors"].append(f"{case_id}: {e.response.get('Error', {}).get('Code', 'error')}")
    except botocore.exceptions.BotoCoreError as e:
        result["errors"].append(f"{case_id}: {type(e).__name__}")
    return result


def call(result, operation, method, **params):
    result["calls"][operation] += 1
    answer = method(**params)
    result["retries"] += answer.get("ResponseMetadata", {}).get("RetryAttempts", 0)
    return answer


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python3 bench/boto3_peer.py INPUT.json", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
