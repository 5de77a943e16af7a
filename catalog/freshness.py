"""How fresh the catalog is: when each product page was last checked and how that went,
the last import runs with the changes they made, and prices waiting for review."""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog import units
from catalog.fields import FIELDS_BY_NAME
from catalog.models import HeldChange, ImportRun, Product, ProductPage
from catalog.price_history import OUTCOME_WORDS
from catalog.provenance import web_link


@dataclass(frozen=True)
class PageCheck:
    product_slug: str
    product_name: str
    host: str
    link: str | None  # the page's address when it is safe to link (http/https)
    checked_at: datetime | None
    outcome: str | None
    words: str
    reason: str | None
    status: str  # active | gone | retired
    failures: int


@dataclass(frozen=True)
class ChangeLine:
    product_slug: str
    product_name: str
    field: str
    old: str
    new: str
    quote: str


@dataclass(frozen=True)
class RunSummary:
    id: int
    started_at: datetime
    finished_at: datetime | None
    status: str
    by_outcome: dict
    pages: int
    changes: tuple[ChangeLine, ...]
    held: int
    conflicts: int


def page_checks(session: Session) -> tuple[PageCheck, ...]:
    """Every listed product page, by product name, with its last check."""
    statement = select(ProductPage, Product).join(Product).where(ProductPage.status != "retired")
    rows = session.execute(statement.order_by(Product.brand, Product.model, ProductPage.url)).all()
    return tuple(
        PageCheck(
            product.slug,
            product.name,
            page.host or "a saved copy",
            web_link(page.url),
            page.last_checked_at,
            page.last_outcome,
            OUTCOME_WORDS.get(page.last_outcome, "not checked yet"),
            page.last_reason,
            page.status,
            page.failure_streak,
        )
        for page, product in rows
    )


def recent_runs(session: Session, system: str, limit: int = 8) -> tuple[RunSummary, ...]:
    """The latest import runs, newest first, with their changes in `system` units."""
    runs = session.scalars(
        select(ImportRun).order_by(ImportRun.started_at.desc(), ImportRun.id.desc()).limit(limit)
    )
    names = dict(session.execute(select(Product.slug, Product.brand + " " + Product.model)).all())
    summaries = []
    for run in runs:
        summary = run.counts or {}
        changes = tuple(_change_line(c, names, system) for c in run.report.get("changes", []))
        summaries.append(
            RunSummary(
                run.id,
                run.started_at,
                run.finished_at,
                run.status,
                summary.get("by_outcome", {}),
                summary.get("pages", 0),
                changes,
                summary.get("held", 0),
                summary.get("conflicts", 0),
            )
        )
    return tuple(summaries)


@dataclass(frozen=True)
class HeldLine:
    product_slug: str
    product_name: str
    current: str
    proposed: str
    reason: str
    host: str
    first_seen_at: datetime
    times_seen: int


def pending_holds(session: Session) -> tuple[HeldLine, ...]:
    """Prices the importer saw but holds until a maintainer confirms them."""
    statement = select(HeldChange, Product).join(Product).where(HeldChange.status == "pending")
    rows = session.execute(statement.order_by(HeldChange.first_seen_at, HeldChange.id))
    return tuple(_held_line(held, product) for held, product in rows)


def _held_line(held: HeldChange, product) -> HeldLine:
    def money(value: dict) -> str:
        return units.format_money(value.get("price_cents"), value.get("currency")) or "none"

    host = held.page.host if held.page and held.page.host else "a saved copy"
    return HeldLine(
        product.slug,
        product.name,
        money(held.current),
        money(held.proposed),
        held.reason,
        host,
        held.first_seen_at,
        held.times_seen,
    )


def _change_line(change: dict, names: dict, system: str) -> ChangeLine:
    name = change["field"]
    field = FIELDS_BY_NAME.get(name)
    label = field.label if field else name.replace("_", " ")
    old = _shown(field, change.get("old"), change.get("old_currency"), system)
    new = _shown(field, change.get("new"), change.get("currency"), system)
    slug = change["product"]
    return ChangeLine(slug, names.get(slug, slug), label, old, new, change.get("quote") or "")


def _shown(field, value, currency, system: str) -> str:
    if value is None:
        return "not published"
    kind = field.kind if field else "text"
    if kind == "money":
        return units.format_money(int(value), currency)
    formatters = {
        "length": units.format_length,
        "height": units.format_height,
        "weight": units.format_weight,
    }
    if kind in formatters:
        return formatters[kind](Decimal(str(value)), system)
    if kind == "choice":
        return field.choices.get(value, str(value))
    return str(value)
