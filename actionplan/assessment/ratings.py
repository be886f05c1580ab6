"""The rating scale of a self-assessment, and how a section's ratings are summed up (pure rules)."""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from actionplan.domain.text import match_key
from actionplan.i18n import _


class Rating(StrEnum):
    """How far the partnership meets one benchmark question; the value is the word exports use."""

    NOT_ASSESSED = "not assessed"
    NOT_MET = "not met"
    PARTIALLY_MET = "partially met"
    MET = "met"
    EXCEEDING = "exceeding"

    @property
    def label(self) -> str:
        return {
            Rating.NOT_ASSESSED: _("Not assessed"),
            Rating.NOT_MET: _("Not met"),
            Rating.PARTIALLY_MET: _("Partially met"),
            Rating.MET: _("Met"),
            Rating.EXCEEDING: _("Exceeding"),
        }[self]

    @property
    def meaning(self) -> str:
        """What the rating means, for tooltips, the workbook's legend and the docs."""
        return {
            Rating.NOT_ASSESSED: _("Not looked at yet, or does not apply."),
            Rating.NOT_MET: _("Not in place."),
            Rating.PARTIALLY_MET: _("In place in part: incomplete, out of date or weakly evidenced."),
            Rating.MET: _("In place, current and evidenced."),
            Rating.EXCEEDING: _("Met, and its impact evaluated or the practice shared with others."),
        }[self]

    @property
    def score(self) -> int | None:
        """1 (not met) to 4 (exceeding); None when not assessed (left out of averages)."""
        return {
            Rating.NOT_ASSESSED: None,
            Rating.NOT_MET: 1,
            Rating.PARTIALLY_MET: 2,
            Rating.MET: 3,
            Rating.EXCEEDING: 4,
        }[self]

    @property
    def is_gap(self) -> bool:
        """Not met or partially met: work to do, which can become an action in the plan."""
        return self in (Rating.NOT_MET, Rating.PARTIALLY_MET)

    @property
    def letter(self) -> str:
        """A short mark beside the colour, so colour is never the only signal."""
        return {
            Rating.NOT_ASSESSED: "–",
            Rating.NOT_MET: "✗",
            Rating.PARTIALLY_MET: "◐",
            Rating.MET: "✓",
            Rating.EXCEEDING: "★",
        }[self]


RATED = (Rating.NOT_MET, Rating.PARTIALLY_MET, Rating.MET, Rating.EXCEEDING)

# Words colleagues write in a returned workbook, beyond the labels themselves.
_SPELLINGS = {
    "notassessed": Rating.NOT_ASSESSED,
    "na": Rating.NOT_ASSESSED,
    "notapplicable": Rating.NOT_ASSESSED,
    "0": Rating.NOT_ASSESSED,
    "notmet": Rating.NOT_MET,
    "doesnotmeet": Rating.NOT_MET,
    "red": Rating.NOT_MET,
    "1": Rating.NOT_MET,
    "partiallymet": Rating.PARTIALLY_MET,
    "partmet": Rating.PARTIALLY_MET,
    "partially": Rating.PARTIALLY_MET,
    "partiallymeets": Rating.PARTIALLY_MET,
    "amber": Rating.PARTIALLY_MET,
    "2": Rating.PARTIALLY_MET,
    "met": Rating.MET,
    "meets": Rating.MET,
    "green": Rating.MET,
    "3": Rating.MET,
    "exceeding": Rating.EXCEEDING,
    "exceeds": Rating.EXCEEDING,
    "exceeded": Rating.EXCEEDING,
    "blue": Rating.EXCEEDING,
    "4": Rating.EXCEEDING,
}


def parse_rating(value: object) -> Rating:
    """A rating from its word in any case or spacing, a RAG colour or its score (0 to 4).

    Raises:
        ValueError: with a sentence naming the words accepted.
    """
    if isinstance(value, Rating):
        return value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    key = match_key(str(value if value is not None else ""))
    found = _SPELLINGS.get(key)
    if found is None:
        raise ValueError(
            _("“{value}” is not a rating: write {words}.").format(
                value=value, words=", ".join(r.label for r in Rating)
            )
        )
    return found


@dataclass(frozen=True)
class Summary:
    """The ratings of a group of questions (a section, or the whole assessment).

    ``rating`` is the lowest rating given, because a benchmark is only as strong as its
    weakest part; ``score`` the mean of the scores given (1 to 4). Both are None until a
    question is rated.
    """

    questions: int
    counts: dict[Rating, int]
    score: float | None
    rating: Rating | None

    @property
    def assessed(self) -> int:
        return self.questions - self.counts.get(Rating.NOT_ASSESSED, 0)

    @property
    def gaps(self) -> int:
        return sum(n for rating, n in self.counts.items() if rating.is_gap)

    def to_json(self) -> dict[str, object]:
        return {
            "questions": self.questions,
            "assessed": self.assessed,
            **{rating.value: self.counts.get(rating, 0) for rating in Rating},
            "gaps": self.gaps,
            "score": None if self.score is None else round(self.score, 2),
            "rating": self.rating.value if self.rating else None,
        }


def summarise(ratings: Iterable[Rating]) -> Summary:
    """Counts by rating, the mean score and the lowest rating given (see ``Summary``)."""
    given = list(ratings)
    counts = Counter(given)
    scores = [r.score for r in given if r.score is not None]
    rated = [r for r in given if r is not Rating.NOT_ASSESSED]
    return Summary(
        questions=len(given),
        counts={rating: counts.get(rating, 0) for rating in Rating},
        score=sum(scores) / len(scores) if scores else None,
        rating=min(rated, key=lambda r: r.score or 0) if rated else None,
    )
