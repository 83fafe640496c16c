"""Cleaning: boilerplate is located (never removed), the header is read, offsets never move."""

from __future__ import annotations

from testdata import source_document

from faultlines.stages.clean import clean
from faultlines.stages.language import detect_language

PAGE = """Fighters abandon posts near Tal Afar

By Layla Example

MOSUL, Iraq, Aug. 16 (Test Wire) - Dozens of militants left their positions west of the city on Tuesday, officials said.
Advertisement
READ MORE: Ten things to know about the offensive
Residents said the roads north were crowded with fleeing families.
Story continues below advertisement
Fighters gather in a square in Tal Afar on Aug. 2, 2017. John Photographer/AFP/Getty Images
Subscribe to our newsletter for the latest updates sent to your inbox.
Share this article
© 2017 Test Wire. All rights reserved.
Leave a comment
seven × 3 =
"""


def test_clean_blanks_boilerplate_lines_and_keeps_length() -> None:
    cleaned = clean(source_document(PAGE))
    assert len(cleaned.body) == len(PAGE)
    assert all(PAGE[s.start : s.end] == s.text for s in cleaned.boilerplate)
    removed = {s.text.strip() for s in cleaned.boilerplate}
    assert {"Advertisement", "Story continues below advertisement", "Share this article", "Leave a comment"} <= removed
    assert "READ MORE: Ten things to know about the offensive" in removed
    assert "© 2017 Test Wire. All rights reserved." in removed
    assert "seven × 3 =" in removed
    assert "Residents said the roads north" in cleaned.body
    assert "Advertisement" not in cleaned.body and "newsletter" not in cleaned.body


def test_clean_keeps_caption_but_drops_its_photo_credit() -> None:
    cleaned = clean(source_document(PAGE))
    [caption] = cleaned.captions
    assert caption.text == "Fighters gather in a square in Tal Afar on Aug. 2, 2017."
    assert "John Photographer/AFP/Getty Images" in {s.text for s in cleaned.boilerplate}
    assert caption.text in cleaned.body


def test_clean_reads_title_byline_and_dateline() -> None:
    cleaned = clean(source_document(PAGE))
    assert cleaned.title is not None and cleaned.title.text == "Fighters abandon posts near Tal Afar"
    assert cleaned.byline is not None and cleaned.byline.text == "Layla Example"
    assert cleaned.dateline is not None and cleaned.dateline.text.startswith("MOSUL, Iraq, Aug. 16 (Test Wire)")
    for span in (cleaned.title, cleaned.byline, cleaned.dateline):
        assert PAGE[span.start : span.end] == span.text


def test_clean_sentence_mentioning_an_advert_is_kept() -> None:
    text = "The group posted an advertisement for recruits on its channel.\nNothing else happened.\n"
    assert clean(source_document(text)).boilerplate == ()


def test_clean_reads_source_line_as_outlet() -> None:
    text = (
        "Rifts widen inside the group\n\nFighters argued over pay in Raqqa, a defector said.\n\nSource: Example News\n"
    )
    cleaned = clean(source_document(text))
    assert cleaned.outlet is not None and cleaned.outlet.text == "Example News"


def test_language_english_with_a_line_of_arabic_is_english() -> None:
    text = "Language / اللغة العربية\n" + "The militants withdrew from the village after two days of fighting. " * 5
    assert detect_language(text)[0] == "en"


def test_language_flags_other_languages() -> None:
    assert (
        detect_language("Les combattants ont quitté la ville après des affrontements avec les forces kurdes.")[0]
        == "fr"
    )
    assert (
        detect_language("Die Kämpfer haben die Stadt nach schweren Gefechten mit den kurdischen Einheiten verlassen.")[
            0
        ]
        == "de"
    )
    assert detect_language("انسحب المقاتلون من المدينة بعد اشتباكات عنيفة مع القوات الكردية")[0] == "ar"
    assert detect_language("Боевики покинули город после тяжелых боев")[0] == "ru"


def test_clean_takes_a_publication_date_the_text_states() -> None:
    text = (
        "Families flee the old city\n\nPublished March 4, 2017\n\nThousands left on foot on Friday, aid groups said.\n"
    )
    cleaned = clean(source_document(text))
    assert cleaned.source.published == "2017-03-04" and cleaned.source.published_from == "text"
    assert (
        cleaned.published is not None
        and text[cleaned.published.start : cleaned.published.end] == cleaned.published.text
    )


def test_clean_invents_no_publication_date() -> None:
    text = "Families flee the old city\n\nThousands left on foot last Friday, aid groups said on July 18, 2014.\n"
    cleaned = clean(source_document(text))
    assert cleaned.source.published is None and cleaned.published is None


def test_clean_reads_a_backtick_typed_for_an_apostrophe_as_one() -> None:
    text = "Maybe people wouldn`t be shooting each other, she said. Code: `ls` and don´t."
    cleaned = clean(source_document(text))
    assert len(cleaned.body) == len(text)
    assert "wouldn't be shooting" in cleaned.body and "don't" in cleaned.body
    assert "`ls`" in cleaned.body  # a backtick that stands beside no letter on both sides stays
    assert cleaned.source.text == text  # the original keeps what was written


def test_clean_finds_a_dateline_glued_to_the_headline() -> None:
    # A page that lost its line breaks: the dateline's city is glued to the headline's last word.
    text = (
        "Two soldiers killed in ambush in NigeriaMAIDUGURI, Nigeria, May 4 (Sahel Wire) -- Gunmen ambushed an "
        "army patrol near Konduga on Sunday, killing two soldiers."
    )
    dateline = clean(source_document(text)).dateline
    assert dateline is not None and dateline.text == "MAIDUGURI, Nigeria, May 4 (Sahel Wire) --"
    assert text[dateline.start : dateline.end] == dateline.text


def test_clean_a_capitalised_word_after_a_sentence_is_no_dateline_without_its_dash() -> None:
    text = "Officials in the capital met on Monday.NATO said it would send observers to the border."
    assert clean(source_document(text)).dateline is None
