"""`main.py --smoke-test --ledger FILE`: start the desktop app on a ledger, show its window, check
that what a built copy must carry inside (translations, fonts, icons) is found, and quit.

Exit 0 when all is well, else 1 with each missing piece on stderr. It is how .ci/run checks the
one-folder build (packaging/build.py), where a file left out of the build only shows at run time.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from ui.shell import fonts, icons
from ui.shell.app import AppController, setup_application


def missing_parts(language: str, asked: str | None) -> list[str]:
    """What the running copy lacks: the .qm files of the language asked for, the bundled font,
    any of the icons."""
    problems = []
    if asked and asked != "en" and language != asked:
        problems.append(f"no translations for {asked} in {fonts.FONT_DIR.parent / 'i18n'}")
    elif language == "zh_CN" and QCoreApplication.translate("App", "Branch Ledger") == (
        "Branch Ledger"
    ):
        problems.append("the Chinese translations did not load")
    if fonts.register_bundled_font() is None:
        problems.append(f"the bundled font {fonts.BUNDLED_SANS} did not load")
    problems += [
        f"the icon {name} is missing" for name in sorted(icons.NAMES) if icons.icon(name).isNull()
    ]
    return problems


def run_smoke(ledger_path: Path | None, lang: str | None) -> int:
    if ledger_path is None or not Path(ledger_path).is_file():
        print("--smoke-test needs --ledger with an existing ledger file", file=sys.stderr)
        return 2
    app, language = setup_application(lang)
    problems = missing_parts(language, lang)
    controller = AppController(language)
    if controller.open_path(Path(ledger_path)):
        painted: list[bool] = []

        def on_first_paint() -> None:
            painted.append(controller.window is not None and controller.window.isVisible())
            app.quit()

        controller.window.after_first_paint(on_first_paint)
        QTimer.singleShot(60_000, app.quit)  # never wait for ever on a window that never paints
        app.exec()
        if not any(painted):
            problems.append("the main window was not shown")
    else:
        problems.append(f"{ledger_path} could not be opened")
    controller.close()
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"started on {ledger_path} ({language}), window shown, resources found")
    return 1 if problems else 0
