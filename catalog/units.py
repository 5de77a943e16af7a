"""Exact conversions between the units makers publish and the units shoppers think in.

Stored values are inches and pounds. Conversions use the exact definitions
(1 in = 2.54 cm, 1 lb = 0.45359237 kg) in Decimal arithmetic; only display rounds.
"""

from decimal import ROUND_HALF_EVEN, Decimal, localcontext

CM_PER_INCH = Decimal("2.54")
KG_PER_POUND = Decimal("0.45359237")
INCHES_PER_FOOT = 12
IMPERIAL, METRIC = "imperial", "metric"


def _divide(numerator: Decimal, denominator: Decimal) -> Decimal:
    with localcontext() as context:
        context.prec = 28
        return Decimal(numerator) / denominator


def cm_to_in(cm: Decimal | int | str) -> Decimal:
    return _divide(Decimal(cm), CM_PER_INCH)


def in_to_cm(inches: Decimal | int | str) -> Decimal:
    return Decimal(inches) * CM_PER_INCH


def kg_to_lb(kg: Decimal | int | str) -> Decimal:
    return _divide(Decimal(kg), KG_PER_POUND)


def lb_to_kg(lb: Decimal | int | str) -> Decimal:
    return Decimal(lb) * KG_PER_POUND


def round_to(value: Decimal, places: int) -> Decimal:
    """Round half-even to `places` decimals and drop trailing zeros (142.20 -> 142.2)."""
    quantum = Decimal(1).scaleb(-places)
    rounded = Decimal(value).quantize(quantum, rounding=ROUND_HALF_EVEN)
    return rounded.normalize() + Decimal(0) if rounded == rounded.to_integral() else rounded


def number(value: Decimal, places: int = 1) -> str:
    """Format a number for reading: at most `places` decimals, no trailing zeros."""
    text = f"{round_to(value, places):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_length(inches: Decimal | None, system: str) -> str | None:
    """'87 in' or '221 cm'; None stays None."""
    if inches is None:
        return None
    if system == METRIC:
        return f"{number(in_to_cm(inches))} cm"
    return f"{number(inches)} in"


def format_height(inches: Decimal | None, system: str) -> str | None:
    """A person's height: "4 ft 8 in" or "142 cm"; None stays None."""
    if inches is None:
        return None
    if system == METRIC:
        return f"{number(in_to_cm(inches))} cm"
    feet, rest = divmod(Decimal(inches), INCHES_PER_FOOT)
    return f"{int(feet)} ft {number(rest)} in" if rest else f"{int(feet)} ft"


def format_weight(lb: Decimal | None, system: str) -> str | None:
    """'300 lb' or '136.1 kg'; None stays None."""
    if lb is None:
        return None
    if system == METRIC:
        return f"{number(lb_to_kg(lb))} kg"
    return f"{number(lb)} lb"


def format_money(cents: int | None, currency: str | None) -> str | None:
    """'$299.99' for US dollars, '299.99 EUR' otherwise; None stays None."""
    if cents is None:
        return None
    amount = f"{Decimal(cents) / 100:,.2f}"
    return f"${amount}" if currency in (None, "USD") else f"{amount} {currency}"


def length_to_inches(value: Decimal, system: str) -> Decimal:
    """Read a length a shopper typed in `system` as inches."""
    return cm_to_in(value) if system == METRIC else Decimal(value)


def weight_to_pounds(value: Decimal, system: str) -> Decimal:
    """Read a weight a shopper typed in `system` as pounds."""
    return kg_to_lb(value) if system == METRIC else Decimal(value)
