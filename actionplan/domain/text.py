"""Text rules shared by the domain and the exchange: matching keys and tidy text."""

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_SPACES = re.compile(r"\s+", re.UNICODE)


def _match_key(text: str | None) -> str:
    """Return the key two names are compared by: ignoring case, spaces, punctuation and accents.

    "Workshop to Raise Awareness of Prevent", "workshop-to-raise awareness of prevent" and
    "WORKSHOP TO RAISE AWARENESS OF PREVENT" share one key.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", str(text))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub("", stripped.casefold())


match_key = lru_cache(maxsize=8192)(_match_key)  # undecorated above, so mutation testing reaches it


def tidy(text: object) -> str:
    """Trim text, non-breaking and other Unicode spaces included, and fold inner runs of space."""
    if text is None:
        return ""
    # The replace is redundant (\s matches a non-breaking space); it says what the rule is for.
    return _SPACES.sub(" ", str(text).replace("\xa0", " ")).strip()  # pragma: no mutate
