"""main.py's fast path for starting the app parses exactly what the full command line parses."""

from __future__ import annotations

import pytest

import main


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--lang", "zh_CN"],
        ["--ledger", "x.ledger", "--lang", "en", "-v"],
        ["stats", "x.ledger", "--month", "2026-10", "--json"],
        ["--lang", "zh_CN", "report", "monthly", "x.ledger", "--month", "2026-10", "-o", "a.pdf"],
        ["--ledger", "x.ledger", "check", "y.ledger"],
    ],
)
def test_fast_path_parses_like_the_full_parser(argv):
    assert vars(main.parse_args(argv)) == vars(main.build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [["reprot", "x.ledger"], ["--lang", "xx"], ["--help"]])
def test_errors_and_help_still_exit_as_before(argv, capsys):
    with pytest.raises(SystemExit) as fast:
        main.parse_args(argv)
    fast_out = capsys.readouterr()
    with pytest.raises(SystemExit) as full:
        main.build_parser().parse_args(argv)
    full_out = capsys.readouterr()
    assert fast.value.code == full.value.code
    if argv[0] != "--lang":  # the options-only usage line is shorter; the error is the same
        assert fast_out == full_out
    assert fast_out.err.splitlines()[-1:] == full_out.err.splitlines()[-1:]
