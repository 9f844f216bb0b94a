"""The documents (PDF, Excel) and the bureau's bundles."""

from exports.regex_defer import defer as _defer_unused_reportlab_regexes

# Before any module of this package imports reportlab (see exports.regex_defer).
_defer_unused_reportlab_regexes()
