"""The command line says what is wrong with the setup instead of printing a traceback."""

import os
import subprocess
import sys
from pathlib import Path


def accord(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | env
    return subprocess.run(
        [sys.executable, "-m", "accord.cli", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )


def test_a_database_without_tables_is_explained(tmp_path: Path) -> None:
    result = accord("stats", ACCORD_VAR_DIR=str(tmp_path))
    assert result.returncode == 1
    assert "run `accord migrate`" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_malformed_database_url_is_explained(tmp_path: Path) -> None:
    result = accord("stats", DATABASE_URL="nonsense://x", ACCORD_VAR_DIR=str(tmp_path))
    assert result.returncode != 0
    assert "DATABASE_URL is not a database URL Accord can use" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_threshold_setting_is_explained(tmp_path: Path) -> None:
    result = accord("stats", ACCORD_EXPIRING_DAYS="six months", ACCORD_VAR_DIR=str(tmp_path))
    assert "ACCORD_EXPIRING_DAYS must be a whole number" in result.stderr
    assert "Traceback" not in result.stderr


def test_stats_json_on_a_fresh_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    assert accord("migrate", "--verbosity", "0", DATABASE_URL=url).returncode == 0
    result = accord("stats", "--json", DATABASE_URL=url)
    assert result.returncode == 0, result.stderr
    assert '"total": 0' in result.stdout
