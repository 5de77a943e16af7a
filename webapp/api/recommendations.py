"""POST /api/recommendations: the quiz's answers as JSON in, the recommendation as JSON out.

The body is checked by the same QuizForm as the results page, so both accept the same
answers and refuse the same mistakes, naming each field.
"""

from datetime import date

from flask import Blueprint, jsonify, request

from catalog.recommender import recommend
from catalog.recommender.record import recommendation_record
from webapp.cache import catalog_facts
from webapp.forms.quiz import QuizForm, formdata_from_json
from webapp.quiz import results_url

bp = Blueprint("api_recommendations", __name__, url_prefix="/api")
NOT_AN_OBJECT = "Send the answers as a JSON object, with Content-Type: application/json."


@bp.post("/recommendations")
def create():
    payload = _json_body()
    if not isinstance(payload, dict):
        return _invalid({"body": [NOT_AN_OBJECT]})
    data, problems = formdata_from_json(payload)
    form = QuizForm(data)
    if not form.validate() or problems:
        return _invalid({**form.errors, **problems})
    result = recommend(catalog_facts(), form.answers(), today=date.today())
    record = recommendation_record(result)
    record["share_url"] = results_url(result.answers, external=True)
    for shown, relaxation in zip(record["relaxations"], result.relaxations, strict=True):
        shown["share_url"] = results_url(relaxation.answers, external=True)
    return jsonify(record)


def _json_body():
    """The JSON body, or None when there is none that parses (the caller says why)."""
    try:
        return request.get_json(silent=True)
    except RecursionError:  # nested deeper than the parser goes: no quiz answers those
        return None


def _invalid(fields: dict):
    message = "Invalid answers: " + ", ".join(sorted(fields)) + "."
    return jsonify(error={"status": 400, "message": message, "fields": fields}), 400
