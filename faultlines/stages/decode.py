"""Turning a file's bytes into text, or into a coded reason why not.

Order matters: a UTF-16 file is full of NUL bytes, so byte-order marks and the UTF-16 shape are
checked before the binary test; a file mixing UTF-8 with another encoding is refused (E107)
before any single-byte code page turns half of it into mojibake; the CJK encodings come before
the Western code pages, which would decode their bytes into Latin nonsense (and the text would
be flagged as a language it is not); Latin-1 decodes anything, so it comes last and only after
the text has passed the control-character test, which looks at the whole file, not its start.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter

from faultlines.errors import input_error

# Leading bytes of common binary formats, for a message that says what the file looks like.
_MAGIC = {
    b"%PDF": "looks like a PDF",
    b"PK\x03\x04": "looks like a ZIP or Office document",
    b"\x89PNG": "looks like a PNG image",
    b"\xff\xd8\xff": "looks like a JPEG image",
    b"GIF8": "looks like a GIF image",
    b"\x7fELF": "looks like a program",
    b"\x1f\x8b": "looks like a gzip archive",
    b"{\\rtf": "looks like an RTF document",
    b"\xd0\xcf\x11\xe0": "looks like an old Office document",
}

# Legacy multi-byte encodings of Chinese, Japanese and Korean, tried before the Western code
# pages (which would decode their bytes into Latin mojibake).
# The narrower encodings first: GB18030 decodes nearly any byte pairs, theirs included. (Big5
# is not told apart from GB18030 here: a Big5 file reads as nonsense Chinese; re-save it as UTF-8.)
_CJK_ENCODINGS = ("shift_jis", "euc-kr", "gb18030")
_CJK_SCRIPTS = (
    ("hiragana", 0x3040, 0x309F),
    ("katakana", 0x30A0, 0x30FF),
    ("han", 0x3400, 0x4DBF),
    ("han", 0x4E00, 0x9FFF),
    ("han", 0xF900, 0xFAFF),
    ("hangul", 0xAC00, 0xD7AF),
    ("katakana", 0xFF66, 0xFF9F),  # half-width
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_WINDOW = 8192
_MAX_CONTROLS = 0.1  # a window of text with more than this share of controls is binary
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_MIN_UTF8_SEQUENCES = 2

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding used) with universal newlines; raise InputError E105/E106/E107."""
    if not data.strip():
        raise input_error("E106")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_strict(data, encoding), encoding), encoding
    utf16 = _bomless_utf16(data)
    if utf16:
        return _checked(_strict(data, utf16), utf16), utf16
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise input_error("E105", detail=what)
    nul = data.find(b"\x00")  # the whole file: binary may follow a text header
    if nul >= 0:
        raise input_error("E105", detail=f"it contains NUL bytes (the first at byte {nul})")
    try:
        return _checked(data.decode("utf-8"), "utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        bad = e.start  # not UTF-8: mixed, another multi-byte encoding, or a single-byte code page
    for encoding in _CJK_ENCODINGS:
        text = _cjk_text(data, encoding)
        if text is not None:
            return _checked(text, encoding), encoding
    if _has_utf8_sequences(data):
        # Valid UTF-8 characters beside invalid bytes: two encodings in one file. Any single
        # decoding turns one of them into mojibake, so refuse rather than store it.
        raise input_error(
            "E107", detail=f"UTF-8 mixed with another encoding (or one not recognised), the first invalid byte at {bad}"
        )
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _control_ratio(text) < 0.01:
            return _checked(text, encoding), encoding
    raise input_error("E107", detail="tried UTF-8, UTF-16, Shift-JIS, EUC-KR, GB18030, Windows-1252 and Latin-1")


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise input_error("E107", detail=f"invalid {encoding} at byte {e.start}") from e


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: ASCII text with every other byte NUL."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / len(sample[0::2])
    odd_nul = sample[1::2].count(0) / len(sample[1::2])
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _control_ratio(text: str) -> float:
    """The share of control characters over the whole text (a regex count runs at C speed)."""
    return len(_CONTROL.findall(text)) / max(1, len(text))


def _checked(text: str, encoding: str) -> str:
    """``text`` with universal newlines, unless a stretch of it is control characters: binary
    content after a text header decodes, as Latin-1 does anything, but is no report."""
    for start in range(0, len(text), _WINDOW):
        window = text[start : start + _WINDOW]
        if len(_CONTROL.findall(window)) > _MAX_CONTROLS * len(window):
            detail = f"control characters from character {start} on, read as {encoding}"
            raise input_error("E105", detail=detail)
    return _newlines(text)


def _has_utf8_sequences(data: bytes) -> bool:
    """Whether ``data`` holds a few well-formed multi-byte UTF-8 characters (single-byte code
    pages almost never put a lead byte before the right number of continuation bytes)."""
    return len(_UTF8_SEQUENCE.findall(data, 0, 1 << 20)) >= _MIN_UTF8_SEQUENCES


def _cjk_text(data: bytes, encoding: str) -> str | None:
    """The text if ``data`` is strictly valid ``encoding`` and reads as that encoding's language;
    else None. These codecs also decode Western code pages, and one another's bytes, into
    nonsense, so each must show what its language always has: Japanese its hiragana, Korean its
    Hangul and the spaces between its words, Chinese its ideographs."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    sample = text[:20000]
    letters = [c for c in sample if c.isalpha()]
    scripts = Counter(_script(c) for c in letters if ord(c) > 0x7F)
    wide = sum(scripts.values())
    if wide < 2 or wide < 0.3 * len(letters):
        return None  # a Western file whose few accented letters happen to pair into ideographs
    if encoding == "shift_jis":
        plausible = (
            scripts["hiragana"] >= 0.15 * wide
            and scripts["han"] + scripts["hiragana"] + scripts["katakana"] >= 0.9 * wide
        )
    elif encoding == "euc-kr":
        plausible = scripts["hangul"] >= 0.7 * wide and sample.count(" ") >= 0.1 * wide
    else:
        plausible = scripts["han"] >= 0.9 * wide
    return text if plausible else None


def _script(char: str) -> str:
    code = ord(char)
    for name, low, high in _CJK_SCRIPTS:
        if low <= code <= high:
            return name
    return "other"


def _newlines(text: str) -> str:
    # As Python's text mode reads files: \r\n and lone \r become \n.
    return text.replace("\r\n", "\n").replace("\r", "\n")
