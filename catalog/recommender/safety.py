"""The safety gate: the first thing the recommender decides, and what it means for the rest.

Any listed condition without a clinician's clearance gives `see_clinician`: no products,
only why and what to ask. With clearance, `caution`: gentle, angle-limited equipment and a
capped plan. Otherwise `ok`. The facts come from the studies and clinical advice in the
research notes (products_notes.md, section 3.5); the wording is ours.
"""

from dataclasses import dataclass

from catalog.recommender.answers import CONDITIONS, Answers

OK, CAUTION, SEE_CLINICIAN = "ok", "caution", "see_clinician"
FULL_INVERSION_DEG = 90
CAUTION_MAX_ANGLE_DEG = 30  # a stretch is already felt by 20-30 degrees
NO_INVERSION_DEG = 0


@dataclass(frozen=True)
class Citation:
    title: str
    url: str


CITATIONS = {
    "lemarr": Citation(
        "LeMarr, Golding & Adler (1984): blood and eye pressure of healthy adults hung head-down",
        "https://scilit.com/publications/fd1e8362021dfbf0a898f06c2188b12a",
    ),
    "pacific": Citation(
        "Pacific University (1986): eye and blood pressure in an inversion chair",
        "https://commons.pacificu.edu/work/sc/c687a824-c194-444f-b1a1-7a87a48400b2",
    ),
    "mayo": Citation(
        "Mayo Clinic expert answer on inversion therapy (2017)",
        "https://www.mayoclinic.org/diseases-conditions/back-pain/expert-answers/inversion-therapy/faq-20057951",
    ),
    "heng": Citation(
        "Heng et al. (1992): the heart's response to bent-knee inversion",
        "https://www.thieme-connect.com/products/ejournals/pdf/10.1055/s-2007-1021238.pdf",
    ),
    "gianakopoulos": Citation(
        "Gianakopoulos et al. (1985): side effects of inversion traction",
        "https://pubmed.ncbi.nlm.nih.gov/3155939/",
    ),
    "maker": Citation(
        "Teeter FitSpine XT1 user guide: who should not use the table",
        "https://manualspro.net/331716-teeter-fitspine-xt1-inversion-table-user-guide",
    ),
}


@dataclass(frozen=True)
class Condition:
    named: str  # the condition as it reads inside a sentence
    why: str  # what inversion does that matters for this condition
    ask: str  # the question to take to a clinician
    cites: tuple[str, ...]


EYE_PRESSURE = (
    "Head-down, the pressure inside the eyes roughly doubles: from 16.4 to 34 mmHg in healthy "
    "young adults, and from 12.5 to 25.1 mmHg even in an inversion chair."
)
BLOOD_PRESSURE = (
    "Head-down, blood pressure rises: from 110/77 to 130/90 mmHg on average in healthy young "
    "adults, within minutes."
)
CONDITION_FACTS = {
    "eye_disease": Condition(
        "an eye disease such as glaucoma",
        f"{EYE_PRESSURE} Mayo Clinic advises against inversion with glaucoma.",
        "Could a few minutes of doubled eye pressure harm my eyes?",
        ("lemarr", "pacific", "mayo"),
    ),
    "retinal_detachment": Condition(
        "retinal detachment",
        f"{EYE_PRESSURE} Makers list retinal detachment among the reasons not to invert.",
        "Is it safe for my retina to raise the pressure in my eyes for a few minutes?",
        ("lemarr", "maker"),
    ),
    "high_blood_pressure": Condition(
        "high blood pressure",
        f"{BLOOD_PRESSURE} Mayo Clinic advises against inversion with high blood pressure.",
        "Is my blood pressure controlled well enough for a short, gentle tilt?",
        ("lemarr", "mayo"),
    ),
    "heart_disease": Condition(
        "heart or circulatory disease",
        "Inverted, the heart fills less and pumps against more pressure, and blood pressure "
        "rises. Mayo Clinic advises against inversion with heart disease.",
        "Can my heart take the rise in blood pressure that tilting head-down brings?",
        ("heng", "mayo"),
    ),
    "stroke": Condition(
        "a past stroke",
        f"{BLOOD_PRESSURE} Makers list a past stroke, mini-stroke or bleeding inside the skull "
        "among the reasons not to invert.",
        "Does my stroke history make a rise in pressure in my head unsafe?",
        ("lemarr", "maker"),
    ),
    "pregnancy": Condition(
        "pregnancy",
        "Clinical advice is to avoid inversion during pregnancy, and makers list it too.",
        "Should I wait until after the pregnancy to try inversion?",
        ("maker",),
    ),
    "weak_bones": Condition(
        "weak bones",
        "Inverting puts your body weight on your ankles and joints in a new direction; makers "
        "list osteoporosis and fractures among the reasons not to invert.",
        "Are my bones strong enough to hang my weight from my ankles?",
        ("maker",),
    ),
    "hernia": Condition(
        "a hernia",
        "Makers list hernias, including hiatal hernia, among the reasons not to invert.",
        "Could inversion make my hernia worse?",
        ("maker",),
    ),
    "inner_ear_infection": Condition(
        "an inner-ear infection",
        "Tilting head-down raises pressure in the head and tests your balance; with an "
        "inner-ear infection, dizziness when you come back up is more likely.",
        "Should I wait until the infection has cleared?",
        ("lemarr", "maker"),
    ),
    "recent_surgery_or_injury": Condition(
        "a recent operation or injury",
        "Inversion stretches and loads the body in new ways; makers list recent fractures and "
        "surgical implants among the reasons not to invert.",
        "Has my surgery or injury healed enough to be stretched head-down?",
        ("maker",),
    ),
    "anticoagulants": Condition(
        "blood thinners",
        "Makers list blood thinners, including high-dose aspirin, among the reasons not to "
        "invert. Small bleeds around the eyes and on the white of an eye have been seen in "
        "inversion studies.",
        "With my blood thinner, is the rise in pressure in my head safe?",
        ("maker", "gianakopoulos", "pacific"),
    ),
}
NO_EXERCISES = (
    "Exercises while upside down need full inversion, which isn't for you while your "
    "clinician's caution applies; the plan below is for gentle stretching instead."
)
QUESTIONS = (
    "Is it safe for me to tilt head-down at all, and if so up to what angle?",
    "Would a chair, which keeps me seated and usually tilts less, be safer for me than a table?",
    "How long should a session be at first, and should someone be with me?",
)


@dataclass(frozen=True)
class SafetyVerdict:
    verdict: str  # ok | caution | see_clinician
    reasons: tuple[str, ...]
    max_angle_deg: int  # the steepest angle the plan may reach
    conditions: tuple[str, ...] = ()  # the condition keys that applied, in list order
    questions: tuple[str, ...] = ()  # what to ask a clinician
    citations: tuple[Citation, ...] = ()


def screen(answers: Answers) -> SafetyVerdict:
    """Decide whether to recommend anything, and how cautiously."""
    conditions = tuple(key for key in CONDITIONS if key in answers.conditions)
    citations = _citations(conditions)
    if conditions and not answers.cleared:
        reasons = (_listed(conditions, "and that no clinician has cleared you to invert yet"),)
        facts = tuple(CONDITION_FACTS[key].why for key in conditions)
        questions = QUESTIONS + tuple(CONDITION_FACTS[key].ask for key in conditions)
        return SafetyVerdict(
            SEE_CLINICIAN, reasons + facts, NO_INVERSION_DEG, conditions, questions, citations
        )
    if conditions:
        reasons = (
            _listed(conditions, "and that a clinician has cleared you to invert"),
            "So we suggest only chairs and equipment whose angle can be limited, never "
            f"gravity boots, and your plan starts low and stops at {CAUTION_MAX_ANGLE_DEG}°. "
            "If your clinician set other limits, theirs come first.",
            "Even seated in a chair, eye pressure doubled in one study: stop if your head or "
            "eyes feel full or pounding.",
        )
        if answers.goal == "exercises":
            reasons += (NO_EXERCISES,)
        return SafetyVerdict(
            CAUTION, reasons + _helper(answers), CAUTION_MAX_ANGLE_DEG, conditions, (), citations
        )
    reasons = (
        "None of the listed conditions applies to you, so nothing in our list rules inversion "
        "out. Stop if you feel pain, dizziness, or pounding in your head or eyes.",
    )
    return SafetyVerdict(OK, reasons + _helper(answers), FULL_INVERSION_DEG)


def _listed(conditions: tuple[str, ...], rest: str) -> str:
    names = [CONDITION_FACTS[key].named for key in conditions]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"You told us about {joined}, {rest}."


def _helper(answers: Answers) -> tuple[str, ...]:
    if not (answers.alone or answers.experience == "never"):
        return ()
    phone = " and keep a phone within reach" if answers.alone else ""
    return (
        f"Have someone nearby for your first sessions{phone}. People alone have been stuck "
        "head-down for 12 to 20 minutes, and in 2010 a man died trapped on his table.",
    )


def _citations(conditions: tuple[str, ...]) -> tuple[Citation, ...]:
    keys = dict.fromkeys(key for c in conditions for key in CONDITION_FACTS[c].cites)
    return tuple(CITATIONS[key] for key in keys)
