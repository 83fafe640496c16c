"""Turning a file's bytes into text, or into a coded reason why not.

Order matters: a UTF-16 file is full of NUL bytes, so byte-order marks and the UTF-16 shape are
checked before the binary test; Latin-1 decodes anything, so it comes last and only after the
text has passed the control-character test.
"""

from __future__ import annotations

import codecs

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
            return _newlines(_strict(data, encoding)), encoding
    utf16 = _bomless_utf16(data)
    if utf16:
        return _newlines(_strict(data, utf16)), utf16
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise input_error("E105", detail=what)
    if b"\x00" in data[:8192]:
        raise input_error("E105", detail="it contains NUL bytes")
    try:
        return _newlines(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass  # not UTF-8: try the Windows and Latin-1 code pages below
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _control_ratio(text) < 0.01:
            return _newlines(text), encoding
    raise input_error("E107", detail="tried UTF-8, UTF-16, Windows-1252 and Latin-1")


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
    sample = text[:20000]
    controls = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f") or 0x7F <= ord(c) < 0xA0)
    return controls / max(1, len(sample))


def _newlines(text: str) -> str:
    # As Python's text mode reads files: \r\n and lone \r become \n.
    return text.replace("\r\n", "\n").replace("\r", "\n")
