"""Plan templates as data: themes, objectives, the course catalogue and standard requirements."""

import json
from functools import cache
from importlib import resources
from typing import Any

from actionplan.errors import ValidationError
from actionplan.i18n import _

TEMPLATE_NAMES = ("prevent", "blank")


@cache
def load_template(name: str) -> dict[str, Any]:
    """The template called ``name`` ("prevent" or "blank") as plain data."""
    if name not in TEMPLATE_NAMES:
        raise ValidationError(
            _("There is no template called '{name}': choose one of {names}.").format(
                name=name, names=", ".join(TEMPLATE_NAMES)
            ),
            field="template",
        )
    text = resources.files(__package__).joinpath(f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)
