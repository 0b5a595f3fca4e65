"""Shared plumbing for the benchmark scripts: pick a database, fill it once, time things."""

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PG_SERVER = os.environ.get("ACCORD_BENCH_PG", "postgres://postgres@127.0.0.1:5432")


def engine_main(script: str, description: str, run: Callable[[argparse.Namespace], None]) -> None:
    """The command line both scale benches share: `--engine sqlite|postgres|both`, the scale,
    the repeats. Each engine runs in a child process of `script` (Django reads DATABASE_URL
    once, at start-up), which calls `run`."""
    parser = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--engine", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--agreements", type=int, default=500_000)
    parser.add_argument("--organisations", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run(args)
        return
    for engine in ["sqlite", "postgres"] if args.engine == "both" else [args.engine]:
        command = [sys.executable, script, "--child", "--engine", engine]
        for flag in ("agreements", "organisations", "repeat"):
            command += [f"--{flag}", str(getattr(args, flag))]
        subprocess.run(command, check=True)


def scale_database(args: argparse.Namespace) -> str:
    """The database of this scale and engine, filled once (`ensure_scale`), set up for Django."""
    name = (
        f"accord_bench_{args.agreements}"
        if args.engine == "postgres"
        else f"scale-{args.agreements}"
    )
    setup_django(database_url(args.engine, name))
    from django.db import connection

    print(f"\n== {args.engine}: {connection.settings_dict['NAME']}")
    ensure_scale(agreements=args.agreements, organisations=args.organisations)
    return name


def database_url(engine: str, name: str) -> str:
    if engine == "sqlite":
        OUT.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{OUT / (name + '.sqlite3')}"
    _ensure_pg_database(name)
    return f"{PG_SERVER}/{name}"


def _ensure_pg_database(name: str) -> None:
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def accord(url: str, *args: str) -> None:
    """Run an `accord` command against `url` in a child process (settings read it at start)."""
    env = {**os.environ, "DATABASE_URL": url}
    subprocess.run([sys.executable, "-m", "accord.cli", *args], check=True, env=env, cwd=ROOT)


def setup_django(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "accord.settings")
    import django

    django.setup()


def ensure_scale(*, agreements: int, organisations: int) -> None:
    """Migrate, then fill the database with `seed_scale` up to `agreements` (once: a later
    run finds them there) and say how long that took."""
    from django.core.management import call_command

    from accord.agreements.models import Agreement

    call_command("migrate", verbosity=0)
    have = Agreement.objects.count()
    if have < agreements:
        from tqdm import tqdm

        from accord.demo.scale import scale_seed

        started = time.perf_counter()
        with tqdm(total=agreements - have, unit=" agreements", file=sys.stderr) as bar:
            scale_seed(
                organisations=organisations, agreements=agreements - have, progress=bar.update
            )
        seconds = time.perf_counter() - started
        print(f"seed_scale: {organisations:,} organisations, {agreements - have:,}")
        print(f"  agreements with parties, areas, activities: {seconds:.0f} s")


@dataclass
class Timing:
    median_ms: float
    p95_ms: float
    queries: int


def measure(fn: Callable[[], Any], *, repeat: int, warmup: int = 2) -> Timing:
    from django.db import connection

    for _ in range(warmup):
        fn()
    # a wrapper, not the debug query log: a request through the test client resets that log
    executed: list[str] = []

    def count(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        fn()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
    return Timing(statistics.median(samples), p95, len(executed))
