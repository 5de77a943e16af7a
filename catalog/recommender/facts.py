"""The figures the recommender reads, copied once per request from each product.

Reading a mapped attribute goes through SQLAlchemy's instrumentation on every access;
the recommender reads the same two dozen figures several times per product (fit, rules,
score, and again for each relaxation it proves), so it reads them once into a plain tuple.
The tuple has the same attribute names as Product, so catalog.fit checks it unchanged.
"""

from collections import namedtuple
from operator import itemgetter

FIGURES = (
    "slug",
    "brand",
    "model",
    "category",
    "support_level",
    "status",
    "price_cents",
    "price_currency",
    "price_seen",
    "max_user_weight_lb",
    "user_height_min_in",
    "user_height_max_in",
    "max_angle_deg",
    "angle_control",
    "in_use_length_in",
    "in_use_width_in",
    "in_use_height_in",
    "sweep_length_in",
    "sweep_width_in",
    "sweep_height_in",
    "folded_length_in",
    "folded_width_in",
    "min_ceiling_in",
    "foldable",
    "needs",
)
_figures = itemgetter(*FIGURES)
_Facts = namedtuple("_Facts", (*FIGURES, "name", "product"))


class Facts(_Facts):
    """One product's figures (None: not published), its name, and the product itself."""

    __slots__ = ()


def read_facts(product) -> Facts:
    """Copy the product's figures; facts already read are returned as they are."""
    if isinstance(product, Facts):
        return product
    loaded = vars(product)  # SQLAlchemy keeps loaded column values in the instance dict
    try:
        values = _figures(loaded)
    except KeyError:  # not loaded (or never set): read it the normal way
        values = [loaded[name] if name in loaded else getattr(product, name) for name in FIGURES]
    return Facts._make((*values, f"{values[1]} {values[2]}", product))
