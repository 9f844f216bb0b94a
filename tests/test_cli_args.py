"""main.py's command line: the app's options alone start the app; a command runs headless."""

from __future__ import annotations

import pytest

import main


@pytest.mark.parametrize(
    ("argv", "command", "lang"),
    [
        ([], None, None),
        (["--lang", "zh_CN"], None, "zh_CN"),
        (["--ledger", "x.ledger", "--lang", "en", "-v"], None, "en"),
        (["stats", "x.ledger", "--month", "2026-10", "--json"], "stats", None),
        (
            [
                "--lang",
                "zh_CN",
                "report",
                "monthly",
                "x.ledger",
                "--month",
                "2026-10",
                "-o",
                "a.pdf",
            ],
            "report",
            "zh_CN",
        ),
    ],
)
def test_options_and_commands_parse(argv, command, lang):
    args = main.build_parser().parse_args(argv)
    assert (args.command, args.lang) == (command, lang)


@pytest.mark.parametrize("argv", [["reprot", "x.ledger"], ["--lang", "xx"]])
def test_a_wrong_command_line_exits_2_with_a_message(argv, capsys):
    with pytest.raises(SystemExit) as exited:
        main.build_parser().parse_args(argv)
    assert exited.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
