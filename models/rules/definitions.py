"""The figure definitions (口径) of the bureau's sentence: stored, editable, printed with it.

Each figure of "全区教育系统共开展集中学习465次，…" is a definition: its label, which activities
(kinds and/or themes: an activity counts when it has any of the kinds — or no kinds are named —
and any of the themes — or no themes are named), whose attendance a 人次 figure counts
(`members`: Party members, 正式 or 预备 on the activity's date; `attendees`: everyone present or
late, 列席 not counted; `everyone`: present or late, 列席 and non-members on no roster included)
and the measure: 次 (`activities`), 人次 (`attendances`), 件 (`deeds_done`: good deeds done;
`deeds`: done or in progress).

They are the ledger's setting `sentence_figures` (a JSON list), so a district ledger counts every
school's rows by its own definitions. Themes are named by `models.records.themes.theme_key`: a
built-in theme's code (whatever a school calls it), an added theme's name. The values are counted
by models.rules.counting.sentence_figures (one module for every figure).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from models.file.schema import KIND_CODES
from models.text.i18n import translate
from models.vocabulary import kind_label, measure_unit, theme_label
from models.vocabulary_themes import MEASURES, THEME_CODES, WHOSE

SETTING_KEY = "sentence_figures"
MAX_FIGURES = 12
MAX_LABEL = 60


@dataclass(frozen=True)
class FigureDefinition:
    """One figure of the bureau's sentence."""

    label: str
    measure: str  # MEASURES
    kinds: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()  # theme keys: built-in codes or added themes' names
    whose: str = "attendees"  # WHOSE (for measure "attendances")

    def as_json(self) -> dict[str, Any]:
        value = asdict(self)
        value["kinds"] = list(self.kinds)
        value["themes"] = list(self.themes)
        return value


def default_definitions() -> list[FigureDefinition]:
    """The bureau's sentence as issue 10 / SPEC §3 define it (labels in the ledger's language
    when they are first stored; they are the user's text afterwards)."""
    return [
        FigureDefinition(
            translate("Definitions", "collective study"), "activities", ("collective_study",)
        ),
        FigureDefinition(
            translate("Definitions", "exchange of study experiences"), "activities", ("seminar",)
        ),
        FigureDefinition(
            translate("Definitions", "revolutionary tradition education"),
            "attendances",
            themes=("revolutionary_tradition",),
            whose="attendees",
        ),
        FigureDefinition(
            translate("Definitions", "Party member volunteer service"),
            "attendances",
            ("volunteer",),
            whose="members",
        ),
        FigureDefinition(
            translate("Definitions", "good and practical deeds for the people"), "deeds_done"
        ),
    ]


def parse_definitions(value: Any) -> tuple[list[FigureDefinition], dict[str, str]]:
    """The definitions in a stored or entered JSON value, and the problems found ({field: msg},
    fields `figures[N].label` …)."""
    errors: dict[str, str] = {}
    if not isinstance(value, list):
        return [], {SETTING_KEY: translate("Definitions", "The definitions must be a list.")}
    if len(value) > MAX_FIGURES:
        errors[SETTING_KEY] = translate("Definitions", "At most {n} figures.").format(n=MAX_FIGURES)
    result = []
    for i, item in enumerate(value[:MAX_FIGURES]):
        where = f"figures[{i}]"
        if not isinstance(item, dict):
            errors[where] = translate("Definitions", "A figure must be an object.")
            continue
        label = item.get("label")
        measure = item.get("measure")
        kinds = item.get("kinds") or []
        themes = item.get("themes") or []
        whose = item.get("whose") or "attendees"
        if not isinstance(label, str) or not " ".join(label.split()):
            errors[f"{where}.label"] = translate("Definitions", "Give the figure a label.")
            label = ""
        elif len(label) > MAX_LABEL or label.strip()[0] in "=+-@":
            errors[f"{where}.label"] = translate(
                "Definitions", "At most {n} characters, not starting with = + - or @."
            ).format(n=MAX_LABEL)
        if measure not in MEASURES:
            errors[f"{where}.measure"] = translate("Definitions", "Choose what is counted.")
        if not isinstance(kinds, list) or any(k not in KIND_CODES for k in kinds):
            errors[f"{where}.kinds"] = translate("Definitions", "Unknown kind of activity.")
            kinds = []
        if not isinstance(themes, list) or not all(
            isinstance(t, str) and t.strip() and len(t) <= 60 for t in themes
        ):
            errors[f"{where}.themes"] = translate("Definitions", "Unknown theme.")
            themes = []
        if whose not in WHOSE:
            errors[f"{where}.whose"] = translate("Definitions", "Choose whose attendance counts.")
            whose = "attendees"
        result.append(
            FigureDefinition(
                " ".join(str(label).split()),
                str(measure),
                tuple(dict.fromkeys(kinds)),
                tuple(dict.fromkeys(t.strip() for t in themes)),
                str(whose),
            )
        )
    return result, errors


def check_definitions(value: Any) -> str | None:
    """The first problem of a value for the setting, or None (for models.rules.settings)."""
    _defs, errors = parse_definitions(value)
    return next(iter(errors.values()), None)


def definitions() -> list[FigureDefinition]:
    """The ledger's definitions (the defaults until the user changes them; a stored value that
    cannot be read gives the defaults, never a half list)."""
    from models.rules.settings import get_setting

    value = get_setting(SETTING_KEY)
    if value is None:
        return default_definitions()
    defs, errors = parse_definitions(value)
    return defs if not errors else default_definitions()


def save_definitions(defs: list[FigureDefinition], who: str = "") -> None:
    """Store the definitions (validated, one transaction, audited: models.rules.settings)."""
    from models.rules.settings import set_setting

    set_setting(SETTING_KEY, [d.as_json() for d in defs], who=who)


def reset_definitions(who: str = "") -> None:
    save_definitions(default_definitions(), who=who)


def theme_text(key: str) -> str:
    return theme_label(key) if key in THEME_CODES else key


def describe(d: FigureDefinition) -> str:
    """The definition in words (口径说明), e.g. "人次 of Party members … at kind 党员志愿服务"."""
    if d.kinds and d.themes:
        scope = translate("Definitions", "activities of kind {kinds} with theme {themes}")
    elif d.kinds:
        scope = translate("Definitions", "activities of kind {kinds}")
    elif d.themes:
        scope = translate("Definitions", "activities with theme {themes}")
    else:
        scope = translate("Definitions", "all activities")
    sep = translate("Definitions", " or ")
    scope = scope.format(
        kinds=sep.join(kind_label(k) for k in d.kinds),
        themes=sep.join(theme_text(t) for t in d.themes),
    )
    if d.measure == "activities":
        text = translate("Definitions", "number of {scope}")
    elif d.measure == "attendances":
        text = translate("Definitions", "attendances of {whose} at {scope}")
    elif d.measure == "deeds_done":
        text = translate("Definitions", "good deeds done (items) at {scope}")
    else:
        text = translate("Definitions", "good deeds done or in progress (items) at {scope}")
    return text.format(scope=scope, whose=_whose_phrase(d.whose))


def _whose_phrase(whose: str) -> str:
    phrases = {
        "members": translate(
            "Definitions", "Party members (full or probationary on the activity's day)"
        ),
        "attendees": translate("Definitions", "everyone present (guests not counted)"),
        "everyone": translate(
            "Definitions", "everyone present, guests and non-members on no roster included"
        ),
    }
    return phrases.get(whose, whose)


@dataclass(frozen=True)
class SentenceFigure:
    """A definition and its value for a period (and branch)."""

    definition: FigureDefinition
    value: int = 0

    @property
    def label(self) -> str:
        return self.definition.label

    @property
    def unit(self) -> str:
        return measure_unit(self.definition.measure)

    def as_json(self) -> dict[str, Any]:
        """An item of `stats --json`'s `sentence`: label, definition (words and fields), value."""
        return {
            "label": self.label,
            "definition": describe(self.definition),
            "measure": self.definition.measure,
            "kinds": list(self.definition.kinds),
            "themes": list(self.definition.themes),
            "whose": self.definition.whose,
            "value": self.value,
        }


@dataclass
class SentenceValues:
    """The figures of the sentence for one period and branch (or the whole ledger)."""

    figures: list[SentenceFigure] = field(default_factory=list)

    def values(self) -> list[int]:
        return [f.value for f in self.figures]
