"""When things happened: publication dates, and event dates resolved against them.

Three steps, each its own module::

    find_publication_date(text)              # publication.py: "Published March 4, 2017", datelines
    find_date_expressions(text)              # expressions.py: "last Tuesday evening", "in September"
    resolve(expression, anchor=date(...))    # resolve.py: -> EventDate(start, end, precision, text)

A relative expression without an anchor stays relative: its text is kept and its dates are None.
Precision follows ACLED: 1 a day, 2 a week (or a few days), 3 a month or longer.
"""

from faultlines.dates.expressions import DateExpression, find_date_expressions
from faultlines.dates.publication import find_publication_date
from faultlines.dates.resolve import DateParseError, parse_anchor, resolve

__all__ = [
    "DateExpression",
    "DateParseError",
    "find_date_expressions",
    "find_publication_date",
    "parse_anchor",
    "resolve",
]
