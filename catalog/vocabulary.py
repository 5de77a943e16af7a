"""The closed word lists of the catalog, each value with the plain words shown to shoppers."""

CATEGORIES = {
    "table": "Inversion table",
    "chair": "Inversion chair",
    "boots": "Gravity boots",
    "doorway_bar": "Doorway bar",
    "trapeze": "Yoga trapeze",
    "headstand_bench": "Headstand bench",
}

CATEGORY_PLURALS = {
    "table": "Inversion tables",
    "chair": "Inversion chairs",
    "boots": "Gravity boots",
    "doorway_bar": "Doorway bars",
    "trapeze": "Yoga trapezes",
    "headstand_bench": "Headstand benches",
}

# What carries the body while inverted, from most to least supported.
SUPPORT_LEVELS = {
    "table_bed": "Full back support on a table bed, ankles held",
    "seated": "Seated, with hips and thighs held",
    "sling": "Hips carried by a fabric sling",
    "shoulders": "Shoulders carried on a padded cut-out",
    "ankles_only": "Hanging by the ankles only",
    "anchor": "Carries no one by itself: it is what boots hang from",
}

ANGLE_CONTROLS = {
    "tether": "Tether strap that stops rotation at a chosen angle",
    "pin_presets": "Pin with preset angle positions",
    "none": "No way to limit the angle",
}

NEEDS = {
    "nothing": "Nothing else: it stands on the floor",
    "bar": "A bar to hang from, rated for the user",
    "door_frame": "A door frame it fits",
    "overhead_anchor": "An overhead anchor in a joist, beam or concrete",
    "wall": "A wall to lean against",
}

STATUSES = {
    "current": "On sale",
    "discontinued": "No longer sold",
}

AVAILABILITY = {
    "in_stock": "In stock",
    "limited": "Limited stock",
    "preorder": "Pre-order",
    "backorder": "Back-order",
    "out_of_stock": "Out of stock",
    "discontinued": "Discontinued",
    "unknown": "Availability unknown",
}

# How much weight a source's word carries (see products_notes.md, section 0).
SOURCE_TIERS = {
    "manufacturer": "Maker or manual",
    "retailer": "Retailer, press or news",
    "affiliate": "Affiliate or review article (weakest)",
    "clinical": "Peer-reviewed study or clinical body",
    "encyclopedia": "Encyclopedia",
}

UNIT_SYSTEMS = ("imperial", "metric")
