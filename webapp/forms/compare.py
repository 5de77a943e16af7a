"""The comparison's GET form: the products, "differences only", and the shopper's answers.

Answers use the quiz's names (height, weight, room_length, room_width, ceiling, units), so
quiz results can link straight here. Each is read as people write it ("5'10\"", "178 cm",
"10 ft"); a bare number is in the page's unit system.
"""

from wtforms import Form, HiddenField, SelectField

from catalog.fit import FitProfile
from catalog.units import METRIC
from webapp.forms.measures import CEILING, HEIGHT, ROOM, WEIGHT, MeasureField

# Every query parameter the comparison reads besides `products`, in canonical order.
QUERY_NAMES = ("only", "height", "weight", "room_length", "room_width", "ceiling", "units")


class CompareForm(Form):
    products = HiddenField()
    only = HiddenField()
    height = MeasureField("Your height", HEIGHT)
    weight = MeasureField("Your weight", WEIGHT)
    room_length = MeasureField("Room length", ROOM)
    room_width = MeasureField("Room width", ROOM)
    ceiling = MeasureField("Ceiling height", CEILING)
    units = SelectField(
        "Units", choices={"imperial": "in / lb / ft", METRIC: "cm / kg / m"}, default="imperial"
    )

    def __init__(self, formdata=None, *, units: str = "imperial", **kwargs):
        super().__init__(formdata, **kwargs)
        self.units.data = units  # the page's units: the query's `units`, else the cookie

    @property
    def answers(self) -> tuple[MeasureField, ...]:
        return (self.height, self.weight, self.room_length, self.room_width, self.ceiling)

    @property
    def only_differences(self) -> bool:
        return self.only.data == "differences"

    def profile(self) -> FitProfile:
        """The answers that could be read, in inches and pounds."""
        return FitProfile(*(field.amount for field in self.answers))
