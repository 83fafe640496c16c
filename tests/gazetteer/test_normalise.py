from faultlines.gazetteer.normalise import is_latin, name_key, strip_articles, translit_key


def test_normalise_name_key_folds_case_diacritics_and_punctuation():
    assert name_key("Al-Bāb") == name_key("al Bab") == "al bab"
    assert name_key("U.S.") == "us"
    assert name_key("‘Ayn al ‘Arab") == "ayn al arab"


def test_normalise_strip_articles_drops_arabic_articles():
    assert strip_articles("deir ez zor") == "deir zor"
    assert strip_articles("al") == "al"


def test_normalise_translit_key_meets_transliteration_variants():
    assert translit_key("Deir ez-Zor") == translit_key("Dayr az Zawr") == translit_key("Deir Ezzor")
    assert translit_key("Hatimlat") == translit_key("Hatmilat")
    assert translit_key("Raqqa") == translit_key("Ar Raqqah")
    assert translit_key("Manbij") == translit_key("Menbij")


def test_normalise_translit_key_is_empty_for_short_names():
    assert translit_key("Bab") == ""


def test_normalise_is_latin_rejects_other_scripts():
    assert is_latin("Ḩalab")
    assert not is_latin("حلب")
