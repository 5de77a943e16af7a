"""Progress while a run works: a bar on a terminal, plain log lines anywhere else."""

import sys
from typing import TextIO


class LogLines:
    """One line per page, for cron mail and CI logs."""

    def __init__(self, stream: TextIO = sys.stderr):
        self.stream, self.total, self.done = stream, 0, 0

    def start(self, total_pages: int) -> None:
        self.total = total_pages

    def page(self, slug: str, reading) -> None:
        self.done += 1
        fetched = reading.fetched
        detail = fetched.reason or ("parsed" if reading.parsed else "not parsed")
        where = f"[{self.done}/{self.total}] {slug}"
        line = f"{where} {fetched.outcome}: {reading.plan.spec.url} ({detail})"
        print(line, file=self.stream, flush=True)

    def finish(self) -> None:
        pass


class TerminalBar(LogLines):
    """A bar redrawn in place on an interactive terminal."""

    WIDTH = 30

    def page(self, slug: str, reading) -> None:
        self.done += 1
        filled = self.WIDTH * self.done // max(self.total, 1)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        label = f"{slug} {reading.fetched.outcome}"[:40]
        self.stream.write(f"\r[{bar}] {self.done}/{self.total} {label:<40}")
        self.stream.flush()

    def finish(self) -> None:
        self.stream.write("\n")
        self.stream.flush()


class Silent(LogLines):
    def page(self, slug: str, reading) -> None:
        pass


def progress_for(stream: TextIO = sys.stderr) -> LogLines:
    """A bar when `stream` is a terminal, log lines otherwise."""
    return TerminalBar(stream) if stream.isatty() else LogLines(stream)
