"""The first-run checklist on the overview: add people → record the first meeting → print the
month → make a bundle. Each step ticks itself: the first two from the ledger (people beyond the
secretary, any record), the last two when the app has printed or saved a monthly summary or
made a bundle of this ledger (remembered per ledger in the user's settings, since printing
leaves nothing in the ledger; an archived month also counts as printed). Dismissible; it
stays away once dismissed or once all is done.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.shell.icons import icon

translate = QCoreApplication.translate

STEPS = ("people", "meeting", "print", "bundle")
_KEY = "firstRun/{path}/{what}"


def _key(ledger_path: object, what: str) -> str:
    # QSettings keys may not hold slashes freely: the path is kept as one key segment.
    safe = str(ledger_path).replace("\\", "|").replace("/", "|")
    return _KEY.format(path=safe, what=what)


def mark_done(ctx, step: str) -> None:
    """Remember that `step` ("print" or "bundle") was done for this ledger."""
    QSettings().setValue(_key(ctx.ledger.path, step), True)


def is_marked(ctx, what: str) -> bool:
    return bool(QSettings().value(_key(ctx.ledger.path, what), False, type=bool))


def steps_done(ctx, people: int, activities: int, archived: int = 0) -> dict[str, bool]:
    return {
        "people": people >= 2,  # the secretary from setup, and at least one more
        "meeting": activities >= 1,
        "print": archived > 0 or is_marked(ctx, "print"),  # a month is archived once printed
        "bundle": is_marked(ctx, "bundle"),
    }


class FirstRunChecklist(QGroupBox):
    """Four steps with a tick each, a button to go to each, and 隐藏 to dismiss it."""

    step_requested = Signal(str)  # one of STEPS

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(translate("FirstRun", "Getting started"), parent)
        self.ctx = ctx
        self.setObjectName("firstRunChecklist")
        self.done: dict[str, bool] = dict.fromkeys(STEPS, False)
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        texts = {
            "people": (
                translate("FirstRun", "1. Add the people of the branch"),
                translate("FirstRun", "People"),
            ),
            "meeting": (
                translate("FirstRun", "2. Record the first meeting"),
                translate("FirstRun", "New record"),
            ),
            "print": (
                translate("FirstRun", "3. Print the month's summary"),
                translate("FirstRun", "Reports"),
            ),
            "bundle": (
                translate("FirstRun", "4. Make a bundle for the bureau"),
                translate("FirstRun", "Make bundle"),
            ),
        }
        self.ticks: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        for row, step in enumerate(STEPS):
            text, button_text = texts[step]
            tick = QLabel(self)
            tick.setFixedWidth(20)
            label = QLabel(text, self)
            button = QPushButton(button_text, self)
            button.setObjectName(f"firstRun_{step}")
            button.clicked.connect(lambda _c=False, s=step: self.step_requested.emit(s))
            grid.addWidget(tick, row, 0)
            grid.addWidget(label, row, 1)
            grid.addWidget(button, row, 2)
            self.ticks[step], self.labels[step], self.buttons[step] = tick, label, button
        layout.addLayout(grid)
        bottom = QHBoxLayout()
        hint = QLabel(translate("FirstRun", "Each step ticks itself when it is done."), self)
        hint.setStyleSheet("color: palette(mid);")
        self.dismiss_button = QPushButton(translate("FirstRun", "Hide this list"), self)
        self.dismiss_button.setObjectName("firstRunDismiss")
        self.dismiss_button.clicked.connect(self.dismiss)
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.dismiss_button)
        layout.addLayout(bottom)

    def update_steps(self, people: int, activities: int, archived: int = 0) -> None:
        """Tick what is done; hide the list when dismissed or all done."""
        self.done = steps_done(self.ctx, people, activities, archived)
        for step, done in self.done.items():
            if done:
                self.ticks[step].setPixmap(icon("done").pixmap(16, 16))
                self.ticks[step].setAccessibleName(translate("FirstRun", "Done"))
            else:
                self.ticks[step].clear()
                self.ticks[step].setText("○")
                self.ticks[step].setAccessibleName(translate("FirstRun", "Not done yet"))
            font = self.labels[step].font()
            font.setStrikeOut(done)
            self.labels[step].setFont(font)
            self.buttons[step].setEnabled(not done or step == "print")
        dismissed = is_marked(self.ctx, "dismissed")
        self.setVisible(not dismissed and not all(self.done.values()))

    def dismiss(self) -> None:
        mark_done(self.ctx, "dismissed")
        self.hide()
