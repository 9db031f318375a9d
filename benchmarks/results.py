"""Writing one benchmark's section of benchmarks/RESULTS.md, leaving the others as they are."""

from __future__ import annotations

import os
import platform
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
HEADER = "# Benchmark results\n\nEach section is rewritten by the script it names.\n"


def write_section(title: str, section: str, path: Path = RESULTS) -> None:
    """Replace the section headed ``title`` (a ``## `` line) with ``section``, or append it."""
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    if title in text:
        head, _, rest = text.partition(title)
        after = rest.find("\n## ")
        text = head.rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n" + (rest[after:] if after >= 0 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n"
    path.write_text(text, encoding="utf-8")


def machine() -> str:
    """CPU, cores, Python and system of this machine, for the record beside each figure."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"
