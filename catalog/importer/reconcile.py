"""One value per field from many candidates, or a flagged disagreement.

Values that agree after normalisation count once ("2879.2" and "2879.20"; 300 lb and
136 kg). When sources disagree, nothing is picked silently: a retailer adapter is
trusted on its own shop, a sale (OpenGraph's lower price whose standard price equals the
JSON-LD price) is read as such, the retailer's own currency settles a currency dispute,
and anything else is withheld and reported.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from catalog.importer.candidate import Candidate, Money
from catalog.importer.sources import Retailer
from catalog.measures import AGREEMENT

UNCONTESTED = {"name", "brand"}  # reported, never applied: the first is enough


@dataclass(frozen=True)
class Decision:
    field: str
    value: object
    quote: str
    strategies: tuple[str, ...]


@dataclass(frozen=True)
class Conflict:
    field: str
    seen: tuple[str, ...]  # "jsonld: 299.99 EUR"
    outcome: str  # what the importer did about it


@dataclass
class Reconciled:
    decisions: dict[str, Decision] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    problems: list[dict] = field(default_factory=list)


def reconcile(candidates: list[Candidate], retailer: Retailer) -> Reconciled:
    """Decide each field the candidates speak about."""
    result = Reconciled()
    candidates = [_with_currency(c, retailer, result) for c in candidates]
    by_field: dict[str, list[Candidate]] = {}
    for candidate in sorted((c for c in candidates if c), key=lambda c: c.rank):
        by_field.setdefault(candidate.field, []).append(candidate)
    offered = list(by_field.get("price", []))
    if offered and _sale(by_field):
        note = "read as a sale: OpenGraph's lower price is current"
        result.conflicts.append(_conflict(offered, note))
    for name, group in by_field.items():
        _decide(result, name, group, retailer)
    return result


def _with_currency(candidate: Candidate, retailer: Retailer, result: Reconciled):
    """Give a bare amount the retailer's currency; drop it when the retailer has none."""
    money = candidate.value
    if not isinstance(money, Money) or money.currency:
        return candidate
    if retailer.currency:
        return Candidate(
            candidate.field,
            Money(money.cents, retailer.currency),
            candidate.quote,
            candidate.strategy,
            candidate.locator,
        )
    result.problems.append(
        {
            "label": candidate.field,
            "quote": candidate.quote,
            "problem": "no currency on the page and none set for this retailer",
        }
    )
    return None


def _sale(by_field: dict[str, list[Candidate]]) -> bool:
    """OpenGraph lower than JSON-LD, with OpenGraph's standard price equal to JSON-LD's."""
    og = [c for c in by_field["price"] if c.strategy == "opengraph"]
    ld = [c for c in by_field["price"] if c.strategy == "jsonld"]
    og_list = [c for c in by_field.get("list_price", []) if c.strategy == "opengraph"]
    if not (og and ld and og_list) or og[0].value.currency != ld[0].value.currency:
        return False
    if og[0].value.cents < ld[0].value.cents and og_list[0].value == ld[0].value:
        by_field["price"] = og + [
            c for c in by_field["price"] if c.strategy not in ("opengraph", "jsonld")
        ]
        by_field["list_price"] = [
            Candidate("list_price", ld[0].value, ld[0].quote, "jsonld", ld[0].locator)
        ]
        return True
    return False


def _decide(result: Reconciled, name: str, group: list[Candidate], retailer: Retailer) -> None:
    groups = _agreeing(group)
    if len(groups) == 1 or name in UNCONTESTED:
        result.decisions[name] = _decision(groups[0])
        return
    if group[0].strategy == "adapter":
        chosen, why = (
            [c for g in groups for c in g if c.strategy == "adapter"],
            "the retailer adapter is trusted on this shop",
        )
    elif name in ("price", "list_price"):
        chosen = [c for g in groups for c in g if c.value.currency == retailer.currency]
        agreeing = _agreeing(chosen)
        chosen = agreeing[0] if len(agreeing) == 1 else []
        why = (
            f"the retailer's own currency ({retailer.currency}) chosen"
            if chosen
            else "withheld: the sources disagree"
        )
    else:
        chosen, why = [], "withheld: the sources disagree"
    result.conflicts.append(_conflict(group, why))
    if chosen:
        result.decisions[name] = _decision(chosen)


def _agreeing(group: list[Candidate]) -> list[list[Candidate]]:
    groups: list[list[Candidate]] = []
    for candidate in group:
        home = next((g for g in groups if same_value(g[0].value, candidate.value)), None)
        if home is None:
            groups.append([candidate])
        else:
            home.append(candidate)
    return groups


def same_value(a, b) -> bool:
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return abs(a - b) <= AGREEMENT * max(abs(a), abs(b))
    return a == b


def _decision(group: list[Candidate]) -> Decision:
    top = group[0]
    strategies = tuple(dict.fromkeys(c.strategy for c in group))
    return Decision(top.field, top.value, top.quote, strategies)


def _conflict(group: list[Candidate], outcome: str) -> Conflict:
    seen = tuple(dict.fromkeys(f"{c.strategy}: {c.quote or c.value}" for c in group))
    return Conflict(group[0].field, seen, outcome)
