"""M/M/1 queue in SimPy: the peer of bench/kernel.bench.ts's 'mm1' tasks.

Written the way SimPy's documentation writes queues: a source process creates one process
per customer, which requests a Resource of capacity 1, holds it for an exponential service
time and releases it. Arrival rate LAMBDA = 0.9, service rate MU = 1 (utilisation 0.9), so
the mean time in system is 1 / (MU - LAMBDA) = 10.

Times env.run() only, so interpreter start-up and imports are not billed: wall time
(perf_counter) and this process's CPU time (process_time), for runs on a shared machine.
Prints one JSON line:
{"simpy": version, "customers": n, "seconds": [...], "cpuSeconds": [...], "meanSojourn": w}.

Usage: /usr/bin/python3 bench/peers/mm1_simpy.py --customers 1000000 --reps 3 --seed 42
"""

import argparse
import json
import random
import time

import simpy

LAMBDA = 0.9
MU = 1.0


def run_once(customers, seed):
    rng = random.Random(seed)
    env = simpy.Environment()
    server = simpy.Resource(env, capacity=1)
    totals = {"sojourn": 0.0, "served": 0}

    def customer(env, server):
        arrived = env.now
        with server.request() as req:
            yield req
            yield env.timeout(rng.expovariate(MU))
        totals["sojourn"] += env.now - arrived
        totals["served"] += 1

    def source(env, server):
        for _ in range(customers):
            yield env.timeout(rng.expovariate(LAMBDA))
            env.process(customer(env, server))

    env.process(source(env, server))
    start = time.perf_counter()
    cpu_start = time.process_time()
    env.run()
    cpu_seconds = time.process_time() - cpu_start
    seconds = time.perf_counter() - start
    assert totals["served"] == customers, totals
    return seconds, cpu_seconds, totals["sojourn"] / customers


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--reps", type=int, default=1)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    seconds = []
    cpu_seconds = []
    sojourn = 0.0
    for rep in range(args.reps):
        s, c, sojourn = run_once(args.customers, args.seed + rep)
        seconds.append(s)
        cpu_seconds.append(c)
    print(json.dumps({
        "simpy": simpy.__version__,
        "customers": args.customers,
        "seconds": seconds,
        "cpuSeconds": cpu_seconds,
        "meanSojourn": sojourn,
    }))


if __name__ == "__main__":
    main()
