"""The catalog filter form (a GET form, so every filter state is a shareable URL)."""

from wtforms import BooleanField, DecimalField, Form, IntegerField, SelectField, SelectMultipleField
from wtforms.validators import NumberRange, Optional, ValidationError
from wtforms.widgets import CheckboxInput, ListWidget

from catalog.queries import CatalogQuery
from catalog.vocabulary import CATEGORIES
from webapp.forms.measures import HEIGHT, ROOM, WEIGHT, MeasureField

SORT_CHOICES = {
    "name": "Name",
    "price": "Price, lowest first",
    "-price": "Price, highest first",
    "footprint": "Floor space, smallest first",
    "capacity": "Weight capacity, highest first",
}


MAX_PAGE = 100_000


def page_in_range(_form, field) -> None:
    """Whole-number check: NumberRange turns a 400-digit page into a float and overflows."""
    if field.data is not None and not 1 <= field.data <= MAX_PAGE:
        raise ValidationError(f"Choose a page from 1 to {MAX_PAGE}.")


class MultiCheckboxField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class CatalogFilterForm(Form):
    category = MultiCheckboxField("Kind of equipment", choices=CATEGORIES, validate_choice=True)
    max_price = DecimalField(
        "Most you want to spend (US$)",
        places=2,
        validators=[Optional(), NumberRange(min=0, max=100_000)],
    )
    max_length = MeasureField("Longest it may be on the floor", ROOM)
    foldable = BooleanField("Must fold for storage", false_values=("", "0", "no", "false"))
    height = MeasureField("Your height", HEIGHT)
    weight = MeasureField("Your weight", WEIGHT)
    sort = SelectField("Sort by", choices=SORT_CHOICES, default="name")
    units = SelectField(
        "Units", choices={"imperial": "in / lb", "metric": "cm / kg"}, default="imperial"
    )
    page = IntegerField("Page", default=1, validators=[Optional(), page_in_range])

    def to_query(self) -> CatalogQuery:
        """Return the catalog query these answers ask for, in inches and pounds."""
        return CatalogQuery(
            categories=tuple(self.category.data or ()),
            max_price_cents=None if self.max_price.data is None else int(self.max_price.data * 100),
            max_floor_length_in=self.max_length.amount,
            must_fold=bool(self.foldable.data),
            user_height_in=self.height.amount,
            user_weight_lb=self.weight.amount,
            sort=self.sort.data,
            page=self.page.data or 1,
        )
