"""Bytes → text, with the encoding decided (or imposed) and bad input refused.

Order of decision: a byte-order mark (UTF-8, UTF-16, UTF-32) wins; then the
encoding the user imposed; then strict UTF-8; then, for an HTML page, the
charset it declares; then Windows-1252 (a superset of Latin-1 for the
characters French uses), and Latin-1 as the last resort (it decodes anything).
Binary input is refused before any of that.
"""

from __future__ import annotations

import codecs

import regex

from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", regex.I)
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32 and b != 27)
    return controls > max(8, len(head) // 100)


def decode(data: bytes, path: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data`` read from ``path``; return ``(text, encoding_used)``.

    Raises :class:`InputError` for empty, binary or undecodable input.
    """
    if not data.strip():
        raise InputError("the file is empty; give an article with text in it", path)
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return _check(data.decode(name), path), name
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"starts with a {name} byte-order mark but is not valid {name} "
                    f"(byte {exc.start}); re-save it as UTF-8",
                    path,
                ) from None
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(
                f"unknown encoding {encoding!r}; use a Python codec name such as utf-8, cp1252, latin-1",
                path,
            ) from None
        try:
            return _check(data.decode(encoding), path), codecs.lookup(encoding).name
        except UnicodeDecodeError as exc:
            raise InputError(
                f"cannot be decoded as {encoding} (byte {exc.start}: {data[exc.start:exc.start + 1]!r}); "
                "try another --encoding or leave it out to detect it",
                path,
            ) from None
    if _looks_binary(data):
        raise InputError(
            "looks like a binary file, not an article; give a .txt, .md, .html or .jsonl file", path
        )
    try:
        return _check(data.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    m = _META_CHARSET.search(data[:4096])
    if m:
        declared = m.group(1).decode("ascii", "replace")
        try:
            name = codecs.lookup(declared).name
            if name in ("latin-1", "iso8859-1", "ascii"):
                name = "cp1252"  # what browsers do with these labels
            return _check(data.decode(name), path), name
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return _check(data.decode("cp1252"), path), "cp1252"
    except UnicodeDecodeError:
        return _check(data.decode("latin-1"), path), "latin-1"


def _check(text: str, path: str) -> str:
    if not text.strip():
        raise InputError("the file holds no text; give an article with text in it", path)
    if len(_CONTROL.findall(text[:8192])) > max(8, min(len(text), 8192) // 100):
        raise InputError(
            "decodes to control characters: it is binary or in another encoding; "
            "try --encoding or give a text, Markdown, HTML or JSONL file",
            path,
        )
    return text
