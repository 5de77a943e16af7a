"""The recommendation quiz: the questions, and the results page a link can reopen."""

from datetime import date

from flask import Blueprint, render_template, request, url_for

from catalog.recommender import recommend
from catalog.recommender.answers import FIT_FIELDS, Answers
from catalog.vocabulary import CATEGORIES
from webapp.cache import catalog_facts
from webapp.forms.quiz import QuizForm
from webapp.units import current_units

bp = Blueprint("quiz", __name__)

# The results page lists at most this many of the products ranked below the picks, and of
# those left out; the API returns them all. (A catalog of thousands would otherwise make a
# page of megabytes that nobody reads to the end.)
LISTED_AT_MOST = 50


@bp.get("/quiz")
def index():
    """The questions, filled in with any answers in the query (from "change my answers")."""
    return render_template("quiz/index.html", form=QuizForm(request.args, units=current_units()))


@bp.get("/quiz/results")
def results():
    form = QuizForm(request.args, units=current_units())
    if not form.validate():
        return render_template("quiz/index.html", form=form, invalid=True), 400
    result = recommend(catalog_facts(), form.answers(), today=date.today())
    return render_template(
        "quiz/results.html",
        result=result,
        links=result_links(result),
        names={x.facts.slug: x.facts.name for x in result.excluded},
        categories=CATEGORIES,
        listed_at_most=LISTED_AT_MOST,
    )


def results_url(answers: Answers, external: bool = False) -> str:
    """Return the link that reopens the results for these answers."""
    return url_for("quiz.results", _external=external, **answers.as_query())


def result_links(result) -> dict:
    """Return every link the results page offers, built from the answers."""
    query = result.answers.as_query()
    fit = {name: query[name] for name in FIT_FIELDS if name in query}
    picks = [match.product.slug for match in result.picks]
    return {
        "share": results_url(result.answers, external=True),
        "change": url_for("quiz.index", **query),
        "compare": url_for("compare.index", products=",".join(picks), **fit) if picks else None,
        "relaxations": [results_url(r.answers) for r in result.relaxations],
    }
