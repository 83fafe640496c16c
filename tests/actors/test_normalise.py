from __future__ import annotations

from faultlines.actors.normalise import first_key_word, is_acronym, normalise, slug


def test_normalise_unifies_articles_hyphens_and_apostrophes() -> None:
    assert normalise("Ahrar ash-Sham") == normalise("Ahrar al Sham") == "ahrar al sham"
    assert normalise("Hay'at Tahrir al-Sham") == normalise("Hayat Tahrir Al-Sham")
    assert normalise("the Islamic State’s") == "islamic state"
    assert normalise("Médecins Sans Frontières") == "medecins sans frontieres"


def test_normalise_slug_and_acronyms() -> None:
    assert slug("The Liwa al-Fajr Brigade") == "liwa-al-fajr-brigade"
    assert is_acronym("ISIS") and is_acronym("PMUs") and not is_acronym("Daesh")


def test_normalise_first_key_word_never_skips_where_a_nominal_starts(kb) -> None:
    from faultlines.actors.generic import _nominal_starts
    from faultlines.actors.patterns import tokens_of

    starts = _nominal_starts(kb)
    for entry in kb:
        for nominal in entry.nominals:
            first = tokens_of(nominal)[0]
            assert first_key_word(first) in (None, *starts), nominal
    assert first_key_word("The") is None and first_key_word("’s") is None
    assert first_key_word("Pro-government") == "pro"
