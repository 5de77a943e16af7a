"""A recommendation as plain JSON-ready values, for the API."""

from catalog.export import json_number


def recommendation_record(result) -> dict:
    """Return the verdict, picks, the rest that fit, exclusions, relaxations and plan."""
    safety, plan = result.safety, result.plan
    return {
        "units": result.answers.units,
        "safety": {
            "verdict": safety.verdict,
            "reasons": list(safety.reasons),
            "max_angle_deg": safety.max_angle_deg,
            "conditions": list(safety.conditions),
            "questions_for_clinician": list(safety.questions),
            "sources": [{"title": c.title, "url": c.url} for c in safety.citations],
        },
        "recommendations": [_pick(match) for match in result.picks],
        "others": [_other(match) for match in result.others],
        "excluded": [
            {"slug": x.facts.slug, "name": x.facts.name, "reasons": list(x.reasons)}
            for x in result.excluded
        ],
        "relaxations": [
            {
                "description": r.description,
                "changes": {name: json_number(value) for name, value in r.changes.items()},
                "unlocks": list(r.unlocks),
            }
            for r in result.relaxations
        ],
        "plan": [_step(step) for step in plan.steps] if plan else [],
        "plan_for": plan.slug if plan else None,
        "plan_notes": list(plan.notes) if plan else [],
        "notes": list(result.notes),
    }


def _pick(match) -> dict:
    return {
        **_other(match),
        "reasons": list(match.reasons),
        "cautions": list(match.cautions),
        "unknowns": list(match.unknowns),
    }


def _other(match) -> dict:
    facts = match.facts
    return {
        "slug": facts.slug,
        "name": facts.name,
        "category": facts.category,
        "score": match.score,
    }


def _step(step) -> dict:
    return {
        "week": step.week,
        "angle_deg": step.angle_deg,
        "minutes": json_number(step.minutes),
        "sessions_per_day": step.sessions_per_day,
        "note": step.note,
    }
