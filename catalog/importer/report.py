"""The run report: every page's outcome, every change, held value and disagreement, with
a summary by outcome and by host. Stored on the ImportRun, written to --report, and
printed for people."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class RunReport:
    run_id: int | None
    dry_run: bool
    started_at: datetime
    pages: list[dict] = field(default_factory=list)
    changes: list[dict] = field(default_factory=list)
    held: list[dict] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, slug: str, readings: list, result) -> None:
        """Record one product: its pages' readings and what applying them did."""
        self.pages += [page_entry(slug, reading) for reading in readings]
        if result is None:
            return
        self.changes += result.changes
        self.held += [{"product": slug, **held} for held in result.held]
        self.conflicts += [{"product": slug, **c} for c in result.conflicts]
        self.events += [f"{slug}: {event}" for event in result.events]

    def summary(self) -> dict:
        hosts: dict[str, Counter] = {}
        for page in self.pages:
            hosts.setdefault(page["host"] or "(local files)", Counter())[page["outcome"]] += 1
        return {
            "pages": len(self.pages),
            "by_outcome": dict(Counter(page["outcome"] for page in self.pages)),
            "by_host": {host: dict(counts) for host, counts in sorted(hosts.items())},
            "requests": sum(page["requested"] for page in self.pages),
            "conditional_requests": sum(page["conditional"] for page in self.pages),
            "parsed": sum(page["parsed"] for page in self.pages),
            "changes": len(self.changes),
            "held": len(self.held),
            "conflicts": len(self.conflicts) + sum(len(p["conflicts"]) for p in self.pages),
            "errors": len(self.errors),
        }

    def as_json(self, finished_at: datetime | None = None) -> dict:
        return {
            "run_id": self.run_id,
            "dry_run": self.dry_run,
            "started_at": self.started_at.isoformat(),
            "finished_at": finished_at.isoformat() if finished_at else None,
            "summary": self.summary(),
            "changes": self.changes,
            "held": self.held,
            "conflicts": self.conflicts,
            "events": self.events,
            "errors": self.errors,
            "notes": self.notes,
            "pages": self.pages,
        }


def page_entry(slug: str, reading) -> dict:
    fetched, extraction, reconciled = reading.fetched, reading.extraction, reading.reconciled
    return {
        "product": slug,
        "url": reading.plan.spec.url,
        "host": reading.plan.host,
        "outcome": fetched.outcome,
        "reason": fetched.reason,
        "status": fetched.status,
        "requested": reading.requested,
        "conditional": fetched.conditional,
        "parsed": reading.parsed,
        "hops": [list(hop) for hop in fetched.hops],
        "final_url": fetched.final_url,
        "elapsed_ms": fetched.elapsed_ms,
        "encoding": extraction.encoding if extraction else None,
        "product_found": extraction.product if extraction else None,
        "images": extraction.images if extraction else [],
        "repairs": extraction.repairs if extraction else [],
        "problems": (extraction.problems if extraction else [])
        + (reconciled.problems if reconciled else []),
        "strategies": {name: list(d.strategies) for name, d in reading.accepted.items()},
        "rejected": [
            {"field": r.field, "quote": r.quote, "problem": r.problem} for r in reading.rejected
        ],
        "conflicts": [
            {"field": c.field, "seen": list(c.seen), "outcome": c.outcome}
            for c in reconciled.conflicts
        ]
        if reconciled
        else [],
        "notes": reading.notes,
    }


def summary_text(report: dict) -> str:
    """A few lines for the terminal: totals, outcomes, hosts, and what changed."""
    summary = report["summary"]
    title = "Dry run (nothing written)" if report["dry_run"] else f"Import run {report['run_id']}"
    counts = ", ".join(f"{k} {v}" for k, v in sorted(summary["by_outcome"].items()))
    lines = [
        f"{title}: {summary['pages']} pages, {summary['requests']} requests "
        f"({summary['conditional_requests']} conditional), {summary['parsed']} parsed",
        f"By outcome: {counts or 'none'}",
        "By host:",
        *(
            f"  {host}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items()))
            for host, c in summary["by_host"].items()
        ),
        f"{summary['changes']} changes, {summary['held']} held for review, "
        f"{summary['conflicts']} disagreements, {summary['errors']} errors",
    ]
    details = diff_lines(report)
    if details:
        lines.append(
            "Key: ~ changed, ? held for review, ! disagreement, * page event, x error, - note"
        )
    return "\n".join(lines + details)


def diff_lines(report: dict) -> list[str]:
    """The changes, held values and disagreements, one line each."""
    lines = [
        f"  ~ {c['product']} {c['field']}: {c['old']} -> {c['new']} ({c['quote']!r})"
        for c in report["changes"]
    ]
    lines += [f"  ? {h['product']} {h['field']}: held, {h['reason']}" for h in report["held"]]
    lines += [f"  ! {c['product']} {c['field']}: {c['outcome']}" for c in report["conflicts"]]
    lines += [f"  * {event}" for event in report["events"]]
    lines += [f"  x {error}" for error in report["errors"]]
    lines += [f"  - {note}" for note in report["notes"]]
    return lines
