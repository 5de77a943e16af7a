"""Import run records: started, kept alive by a heartbeat, finished — or found dead.

A run still marked "running" whose process is gone (same machine, no such pid) or whose
heartbeat has been silent for an hour is marked "interrupted" by the next run. A live
one makes the next run refuse to start: two imports must not interleave.
"""

import os
import socket
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.models import ImportRun

SILENT_AFTER = timedelta(hours=1)


class RunRefused(RuntimeError):
    """The run could not start (bad sources file, database not ready, another run live)."""


def start_run(session: Session, now: datetime) -> ImportRun:
    """Close dead runs, refuse to overlap a live one, and record a new running run."""
    for other in session.scalars(select(ImportRun).where(ImportRun.status == "running")):
        if _alive(other, now):
            raise RunRefused(
                f"import run {other.id} is still running (pid {other.pid} on {other.hostname})"
            )
        other.status = "interrupted"
        other.finished_at = other.heartbeat_at or other.started_at
    run = ImportRun(
        started_at=now,
        status="running",
        dry_run=False,
        counts={},
        report={},
        hostname=socket.gethostname(),
        pid=os.getpid(),
        heartbeat_at=now,
    )
    session.add(run)
    session.flush()
    return run


def heartbeat(session: Session, run_id: int | None, now: datetime) -> None:
    """Show the run is alive; part of each product's transaction."""
    if run_id is not None:
        session.get(ImportRun, run_id).heartbeat_at = now


def finish_run(
    session: Session, run_id: int, now: datetime, report: dict, status: str = "finished"
) -> None:
    run = session.get(ImportRun, run_id)
    run.status, run.finished_at, run.heartbeat_at = status, now, now
    run.counts, run.report = report.get("summary", {}), report


def _alive(run: ImportRun, now: datetime) -> bool:
    if now - (run.heartbeat_at or run.started_at) > SILENT_AFTER:
        return False
    if run.hostname != socket.gethostname() or run.pid is None:
        return True
    try:
        os.kill(run.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
