"""Dates as attribution lines write them, in the languages articles show.

``November 3, 2017`` · ``Nov 3, 2017`` · ``3 novembre 2017`` · ``1er mai 2019`` ·
``4 Août 2015`` · ``16 марта 2018 г.`` · ``3 november 2017`` (Dutch) ·
``3. November 2017`` (German) · ``3 de noviembre de 2017`` · ``10:14 AM · Nov 3, 2017``.
"""

from __future__ import annotations

import unicodedata

import regex

_MONTHS: dict[str, int] = {}


def _add(month: int, *names: str) -> None:
    for n in names:
        _MONTHS[n] = month


# English, French, Dutch, German, Spanish, Italian, Portuguese, Russian (genitive and nominative)
_add(1, "january", "jan", "janvier", "janv", "januari", "januar", "jänner", "enero", "gennaio", "janeiro",
     "января", "январь", "янв")
_add(2, "february", "feb", "fevrier", "fevr", "fev", "februari", "februar", "febrero", "febbraio",
     "fevereiro", "февраля", "февраль", "фев")
_add(3, "march", "mar", "mars", "maart", "marz", "maerz", "marzo", "marco", "марта", "март")
_add(4, "april", "apr", "avril", "avr", "abril", "aprile", "апреля", "апрель", "апр")
_add(5, "may", "mai", "mei", "mayo", "maggio", "maio", "мая", "май")
_add(6, "june", "jun", "juin", "juni", "junio", "giugno", "junho", "июня", "июнь")
_add(7, "july", "jul", "juillet", "juil", "juli", "julio", "luglio", "julho", "июля", "июль")
_add(8, "august", "aug", "aout", "augustus", "agosto", "августа", "август", "авг")
_add(9, "september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro", "сентября",
     "сентябрь", "сен")
_add(10, "october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "outubro", "октября",
     "октябрь", "окт")
_add(11, "november", "nov", "novembre", "noviembre", "novembro", "ноября", "ноябрь", "ноя")
_add(12, "december", "dec", "decembre", "dezember", "diciembre", "dicembre", "dezembro", "декабря",
     "декабрь", "дек")

_MONTH = r"(?P<month>\p{L}{3,10})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|e|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_TIME = r"(?:\d{1,2}[:h]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?\s*[·•-]?\s*)?"
DATE_RE = regex.compile(
    _TIME
    + r"(?:"
    + rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}"  # November 3, 2017
    + "|"
    + rf"{_DAY}\s+(?:de\s+)?{_MONTH}(?:\s+de)?,?\s+{_YEAR}(?:\s*г\.?)?"  # 3 novembre 2017 / 16 марта 2018 г.
    + "|"
    + rf"{_MONTH}\s+{_YEAR}"  # November 2017
    + r")",
    regex.I | regex.V1,
)


def _month_number(word: str) -> int | None:
    key = unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode() or word.lower()
    if word.lower() in _MONTHS:
        return _MONTHS[word.lower()]
    return _MONTHS.get(key)


def parse_date(text: str, pos: int = 0) -> tuple[int, int, str | None] | None:
    """Find a date starting at ``pos`` (after optional spaces/``·``).

    Returns ``(start, end, iso)`` where ``iso`` is ``YYYY-MM-DD`` (``YYYY-MM``
    without a day) or ``None`` if the month name is unknown.
    """
    m = DATE_RE.match(text, pos)
    if m is None:
        return None
    month = _month_number(m.group("month"))
    if month is None:
        return None
    year = int(m.group("year"))
    day = m.group("day")
    if day is None:
        return m.start(), m.end(), f"{year:04d}-{month:02d}"
    d = int(day)
    if not 1 <= d <= 31:
        return None
    return m.start(), m.end(), f"{year:04d}-{month:02d}-{d:02d}"
