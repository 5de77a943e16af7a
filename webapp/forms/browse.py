"""The catalog filter form (a GET form, so every filter state is a shareable URL)."""

from decimal import Decimal

from wtforms import BooleanField, DecimalField, Form, IntegerField, SelectField, SelectMultipleField
from wtforms.validators import NumberRange, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from catalog.queries import CatalogQuery
from catalog.units import length_to_inches, weight_to_pounds
from catalog.vocabulary import CATEGORIES

SORT_CHOICES = {
    "name": "Name",
    "price": "Price, lowest first",
    "-price": "Price, highest first",
    "footprint": "Floor space, smallest first",
    "capacity": "Weight capacity, highest first",
}


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
    max_length = DecimalField(
        "Longest it may be on the floor", validators=[Optional(), NumberRange(min=1, max=2_000)]
    )
    foldable = BooleanField("Must fold for storage", false_values=("", "0", "no", "false"))
    height = DecimalField("Your height", validators=[Optional(), NumberRange(min=20, max=300)])
    weight = DecimalField("Your weight", validators=[Optional(), NumberRange(min=20, max=1_500)])
    sort = SelectField("Sort by", choices=SORT_CHOICES, default="name")
    units = SelectField(
        "Units", choices={"imperial": "in / lb", "metric": "cm / kg"}, default="imperial"
    )
    page = IntegerField("Page", default=1, validators=[Optional(), NumberRange(min=1, max=100_000)])

    def to_query(self) -> CatalogQuery:
        """Return the catalog query these answers ask for, in inches and pounds."""
        system = self.units.data
        return CatalogQuery(
            categories=tuple(self.category.data or ()),
            max_price_cents=None if self.max_price.data is None else int(self.max_price.data * 100),
            max_floor_length_in=_maybe(length_to_inches, self.max_length.data, system),
            must_fold=bool(self.foldable.data),
            user_height_in=_maybe(length_to_inches, self.height.data, system),
            user_weight_lb=_maybe(weight_to_pounds, self.weight.data, system),
            sort=self.sort.data,
            page=self.page.data or 1,
        )


def _maybe(convert, value: Decimal | None, system: str) -> Decimal | None:
    return None if value is None else convert(value, system)
