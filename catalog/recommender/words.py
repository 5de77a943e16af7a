"""Sentences written only when someone reads them.

The recommender weighs every product, but a page shows the reasons for a few of them, so
a sentence that needs formatting is kept as a zero-argument function until it is read.
"""

from collections.abc import Callable

Words = str | Callable[[], str]


def say(words: Words) -> str:
    """Return the sentence, writing it now if it was put off."""
    return words if isinstance(words, str) else words()


def say_all(items) -> tuple[str, ...]:
    return tuple(say(words) for words in items)
