"""The guide's pages in reading order, and which sources each one cites.

The words of a page live in its template (templates/guide/<slug>.html). This registry holds
what the rest of the site needs to know about a page: its title, a one-line summary, its
place in the reading order, when it was last reviewed, and the keys of the sources it cites
(catalog/data/guide_sources.json), in the order the page first cites them, so that its
numbered source markers read 1, 2, 3 down the page.
"""

from dataclasses import dataclass
from datetime import date

from catalog.guide_sources import GuideSource, read_guide_sources

REVIEWED_ON = date(2026, 11, 22)


def cites(keys: str) -> tuple[str, ...]:
    """Split a space-separated list of source keys (kept compact so the registry reads easily)."""
    return tuple(keys.split())


@dataclass(frozen=True)
class GuidePage:
    slug: str
    title: str
    summary: str
    source_keys: tuple[str, ...]
    reviewed_on: date = REVIEWED_ON


@dataclass(frozen=True)
class Reading:
    """One page as a reader meets it: its place in the guide and the sources it cites."""

    page: GuidePage
    position: int  # 1 for the first page
    total: int
    previous: GuidePage | None
    next: GuidePage | None
    sources: tuple[GuideSource, ...]

    @property
    def source_numbers(self) -> dict[str, int]:
        """Map each cited source's key to the number it carries on the page."""
        return {source.key: number for number, source in enumerate(self.sources, start=1)}


PAGES = (
    GuidePage(
        "what-is-inversion",
        "What inversion therapy is, and what the evidence says",
        "What hanging head-down is meant to do for a sore back, what has been measured, "
        "and what the trials and clinical guidelines conclude.",
        cites(
            "mayo-2017 teeter-exit teeter-faq teeter-manual nosse-1978 kane-1985 "
            "gianakopoulos-1985 cochrane-2013 prasad-2012 hra-backswing teeter-registry-release "
            "nice-ng59 cleveland-clinic"
        ),
    ),
    GuidePage(
        "who-should-not-invert",
        "Who should not invert",
        "The conditions that rule inversion out until a clinician says otherwise, and what "
        "being head-down does to blood pressure and eye pressure.",
        cites(
            "teeter-manual mayo-2017 cleveland-clinic inhomespinecare factorpt heng-1992 "
            "forensic-review pacific-1986 klatz lemarr-1984 gianakopoulos-1985 rheault-1985 "
            "eastoregonian-2017 newschannel5-2022 teeter-exit"
        ),
    ),
    GuidePage(
        "equipment-types",
        "Kinds of inversion equipment",
        "Tables, chairs, gravity boots, yoga trapezes and headstand benches: what holds you, "
        "how far each tips, the risks, and the room each needs.",
        cites(
            "inversionhelps-terms invertalign5-manual gist-itx9400 biologyinsights-pins "
            "cpsc-08-109 icon-2010-report dicks-recall eastoregonian-2017 teeter-faq "
            "spinalnm-2013 pacific-1986 dailymeal-2020 teeter-dex wisegeek brandname101 "
            "gravity-boots-history livestrong-irongym kfvs12-irongym grokipedia-doorway "
            "gist-boots yogabody-tutorial iowayoga-space engineerfix-swing medicmagz-rigging "
            "yogic-weight feetup-review feetup-blog teeter-exit lemarr-1984"
        ),
    ),
    GuidePage(
        "how-to-choose",
        "How to choose: room, fit, storage and budget",
        "Measure for the space a table sweeps, check the maker's height and weight rating, "
        "plan where it folds away, and know what the money and the claims mean.",
        cites(
            "teeter-faq henroar-wikihow iowayoga-space wisegeek fitro-limits getahealthyfitlife "
            "measuringstuff hangingupsidedown livestrong-irongym spinalnm-2013 kissena-2010 "
            "sportsrec-irongym cpsc-08-109 icon-2010-report teeter-returns dicks-recall "
            "backcareonline invertalign5-manual inversionhelps-terms gist-itx9400 "
            "biologyinsights-pins teeter-pilot-release teeter-engineering ul-4x-claim 222health "
            "teeter-manual openfda-teeter"
        ),
    ),
    GuidePage(
        "recalls",
        "Recalls and accidents",
        "The recalls, deaths and people stuck head-down that our sources record, and the "
        "checks they teach.",
        cites(
            "cpsc-08-109 icon-2010-report dicks-recall openfda-teeter bend-2010 big5-2013 "
            "eastoregonian-2017 newschannel5-2022 forensic-review cleveland-clinic teeter-exit"
        ),
    ),
    GuidePage(
        "how-to-start",
        "How to start gently",
        "A low angle, a minute or two, small weekly steps, a helper nearby, and a safe way "
        "back up.",
        cites(
            "cleveland-clinic henroar-wikihow lifegear-manual bestreviews-faq backcareonline "
            "mymedsupply-guide teeter-exit gianakopoulos-1985 teeter-manual"
        ),
    ),
    GuidePage(
        "exercises",
        "Exercises while inverted",
        "Four moves some experienced users do fully head-down on a table, and why they are "
        "not for beginners.",
        cites(
            "exercises-article lemarr-1984 lifegear-manual invertalign5-manual gianakopoulos-1985 "
            "teeter-manual teeter-exit backcareonline"
        ),
    ),
)


def list_pages() -> tuple[GuidePage, ...]:
    """Return every page in reading order."""
    return PAGES


def get_page(slug: str) -> GuidePage | None:
    return next((page for page in PAGES if page.slug == slug), None)


def read_page(slug: str) -> Reading | None:
    """Return the page with its neighbours and its sources, or None for an unknown slug."""
    page = get_page(slug)
    if page is None:
        return None
    index = PAGES.index(page)
    sources = read_guide_sources()
    return Reading(
        page=page,
        position=index + 1,
        total=len(PAGES),
        previous=PAGES[index - 1] if index > 0 else None,
        next=PAGES[index + 1] if index + 1 < len(PAGES) else None,
        sources=tuple(sources[key] for key in page.source_keys),
    )
