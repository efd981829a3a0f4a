"""Personal data in the registers: checks of Chinese resident ID numbers (GB 11643-1999) and phone
numbers. Pure functions, any thread.

A checker returns the normalized value or raises ``ValidationError`` (``field``, ``problem``) with a
message that says what is wrong, so an import reports it against its line.
"""

from __future__ import annotations

import re
from datetime import date

from app.errors import ValidationError

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"  # the check character for each sum modulo 11
_ID_RE = re.compile(r"^[1-9]\d{16}[\dX]$")


def resident_id_check(first17: str) -> str:
    """The check character (0-9 or X) of the 17 digits of a resident ID number (ISO 7064 MOD 11-2)."""
    return _ID_CHECK[sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True)) % 11]


def resident_id(value: str, *, field: str = "id_number", today: date | None = None) -> str:
    """``value`` as a valid 18-character resident ID number (a trailing x upper-cased): length and
    characters, a real birth date not in the future, and the check character."""
    number = value.strip().upper()
    if len(number) != 18:
        raise ValidationError(
            f"ID number {value!r} must have 18 characters, not {len(number)}", field=field, problem="length"
        )
    if not _ID_RE.match(number):
        raise ValidationError(
            f"ID number {value!r} must be 17 digits and a digit or X", field=field, problem="format"
        )
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise ValidationError(
            f"ID number {value!r} has no valid birth date ({number[6:14]})", field=field, problem="birth_date"
        ) from None
    if born.year < 1900 or born > (today or date.today()):
        raise ValidationError(
            f"ID number {value!r} has an impossible birth date ({number[6:14]})",
            field=field,
            problem="birth_date",
        )
    expected = resident_id_check(number[:17])
    if number[17] != expected:
        raise ValidationError(
            f"ID number {value!r} has a wrong check digit ({number[17]}, expected {expected})",
            field=field,
            problem="check_digit",
        )
    return number


_MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE_RE = re.compile(r"^0\d{2,3}-\d{7,8}(-\d{1,6})?$")  # area code, number, extension


def phone(value: str, *, field: str = "phone") -> str:
    """``value`` as a mainland phone number: a mobile number (11 digits from 13x to 19x, a leading
    +86 and spaces dropped) or a landline with its area code (010-12345678, extension optional)."""
    number = re.sub(r"[\s()]", "", value)
    if number.startswith("+86"):
        number = number[3:].lstrip("-")
    digits = number.replace("-", "")
    if _MOBILE_RE.match(digits):
        return digits
    if _LANDLINE_RE.match(number):
        return number
    raise ValidationError(
        f"phone number {value!r} must be a mobile number (11 digits, 13x-19x) or a landline with its "
        "area code (010-12345678)",
        field=field,
        problem="format",
    )
