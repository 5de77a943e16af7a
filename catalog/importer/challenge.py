"""Bot walls and challenge pages: they answer 200 or 403 but show no product.

Such a page is recorded as `blocked` and never read for prices or stock, so a wall can
never make a product look sold out (changedetection.io #1843).
"""

import re

_MARKERS = re.compile(
    rb"cf-browser-verification|challenge-platform|cf_chl_opt|attention required! \| cloudflare"
    rb"|<title>\s*just a moment\.\.\.\s*</title>|captcha-delivery\.com|px-captcha"
    rb"|incapsula incident|pardon our interruption|verify (?:that )?you are (?:a )?human"
    rb"|are you a robot|<title>\s*access denied\s*</title>|request unsuccessful\. incapsula",
    re.I,
)
SCAN_BYTES = 32_768


def is_challenge(body: bytes) -> bool:
    """Whether the start of the page is a bot check rather than content."""
    return bool(_MARKERS.search(body[:SCAN_BYTES]))
