"""Where `../shared` (the samples and data the project grew from) is, for the few tests that
read it and skip without it: $ACCORD_SHARED, else `shared` beside this checkout, else beside
the repository this checkout was cloned from (CI runs in a fresh clone elsewhere)."""

import os
import subprocess
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@cache
def shared_dir() -> Path | None:
    candidates = [os.environ.get("ACCORD_SHARED"), ROOT.parent / "shared"]
    try:
        origin = subprocess.run(
            ["git", "-C", str(ROOT), "remote", "get-url", "origin"],
            capture_output=True, text=True, timeout=10, check=False,
        ).stdout.strip()  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        origin = ""
    if origin and "://" not in origin and not origin.startswith("git@"):
        candidates.append(Path(origin).resolve().parent / "shared")
    for candidate in candidates:
        if candidate and (Path(candidate) / "samples").is_dir():
            return Path(candidate)
    return None
