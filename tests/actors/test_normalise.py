from __future__ import annotations

from faultlines.actors.normalise import is_acronym, normalise, slug


def test_normalise_unifies_articles_hyphens_and_apostrophes() -> None:
    assert normalise("Ahrar ash-Sham") == normalise("Ahrar al Sham") == "ahrar al sham"
    assert normalise("Hay'at Tahrir al-Sham") == normalise("Hayat Tahrir Al-Sham")
    assert normalise("the Islamic State’s") == "islamic state"
    assert normalise("Médecins Sans Frontières") == "medecins sans frontieres"


def test_normalise_slug_and_acronyms() -> None:
    assert slug("The Liwa al-Fajr Brigade") == "liwa-al-fajr-brigade"
    assert is_acronym("ISIS") and is_acronym("PMUs") and not is_acronym("Daesh")
