"""Who a kind of equipment suits and who it does not, from what carries the body.

General guidance drawn from the research notes (products_notes.md, sections 2 and 3), in
the guide's own words; it is about the kind of support, not about one model's quality.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Suitability:
    suits: tuple[str, ...]
    not_for: tuple[str, ...]


HEALTH = (
    'Anyone with a condition on our "who should not invert" list, until a clinician '
    "has cleared them"
)

BY_SUPPORT = {
    "table_bed": Suitability(
        suits=(
            "First-timers who want their whole back supported and a slow, controlled tilt",
            "People who want to stop at a gentle angle; most of the stretch comes by 60°",
        ),
        not_for=(
            "People with painful ankles, knees or hips: at steep angles the ankles carry "
            "your weight",
            "Small rooms: a table sweeps a larger space while it rotates than it occupies at rest",
            HEALTH,
        ),
    ),
    "seated": Suitability(
        suits=(
            "People whose ankles or knees cannot take hanging: the hips and thighs carry the load",
            "Anyone who finds lying down on a table and getting back up hard",
        ),
        not_for=(
            "People who want to hang fully head-down: chairs typically stop short of it",
            HEALTH,
        ),
    ),
    "ankles_only": Suitability(
        suits=(
            "Experienced, strong users who already invert, with a helper nearby and a bar "
            "rated for hanging upside down",
        ),
        not_for=(
            "Beginners: hooking on and off a bar upside down takes strength and practice",
            "Anyone who would be alone: a lost grip or a failed bar mount has no backstop",
            "People with ankle, knee or hip pain",
            HEALTH,
        ),
    ),
    "sling": Suitability(
        suits=(
            "People who already practise yoga and can fix an anchor into a joist, beam or concrete",
        ),
        not_for=(
            "Homes where the anchor would go into drywall, plaster or a drop ceiling",
            "Rooms with low ceilings: aerial-yoga guidance suggests 9 to 10 ft",
            HEALTH,
        ),
    ),
    "shoulders": Suitability(
        suits=("People who want headstand-style inversions without weight on the head and neck",),
        not_for=(
            "People without the core and arm strength to lift into the pose",
            "Anyone with shoulder problems",
            HEALTH,
        ),
    ),
    "anchor": Suitability(
        suits=("Pull-ups and hanging by the hands in a door frame it fits",),
        not_for=(
            "Hanging upside down in gravity boots: no source we hold says these bars are "
            "rated for it, so don't use one that way without the maker's written rating",
        ),
    ),
}


def suitability(product) -> Suitability:
    """Return who the product's kind of support suits and who it does not."""
    return BY_SUPPORT[product.support_level]
