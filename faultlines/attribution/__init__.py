"""Who says so: attribution chains, and the numbers (claims) they vouch for.

    Attributor(doc, outlet="Global News").at(offset)   # assign.py: the chain for a statement
    find_quantities(doc, analysis.text)                # quantities.py: numbers, what they count
    find_casualties(doc)                               # casualties.py: killed and injured people

Cues (cues.py) are read from spaCy's dependency parse; names (names.py) are made canonical
within a document ("the Post" -> "Washington Post"). Verbs and their stance live in verbs.py;
the words every rule reads are data, in :mod:`faultlines.lang.en.attribution`.
"""

from faultlines.attribution.assign import Attributor

__all__ = ["Attributor"]
