"""Amounts of money as a Chinese bank writes them: in financial capitals (大写金额,
``人民币壹万零伍元叁角整``) and in figures (小写金额, ``¥10,005.30``), and back from capitals to fen. Any
thread (pure functions).

Amounts are integers in fen (分, 1/100 yuan), 0 .. ``MAX_FEN``. The capitals follow 《支付结算办法》 and,
where it leaves a choice, the usual counter practice:

- 拾 always has its digit (壹拾元, 壹拾万);
- a run of zeros inside the yuan part is one 零 (壹仟零伍元); none at the end of a 万/亿 group
  (壹拾万柒仟元), one where the next group starts below its thousands (壹万零壹元, 壹亿零壹佰万元);
- yuan ending in 0 before a non-zero 角 take 零 (壹仟陆佰捌拾元零叁角贰分), a zero 角 before a non-zero
  分 takes 零 (叁佰贰拾伍元零肆分); without yuan there is no 零 (伍角整, 叁角伍分, 伍分);
- 整 closes an amount without 分; zero is 人民币零元整.
"""

from __future__ import annotations

__all__ = ["MAX_FEN", "amount_from_words", "amount_in_figures", "amount_in_words"]

MAX_FEN = 10**15 - 1  # below 10 万亿 yuan: the largest amount the capitals are written for here

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_PLACES = ("", "拾", "佰", "仟")
_UNITS = {"拾": 10, "佰": 100, "仟": 1000}
_PREFIX = "人民币"


def _four_digits(n: int) -> str:
    """0 < n < 10000, without its leading zeros; inner zero runs become one 零."""
    out: list[str] = []
    zero = False
    for place in (3, 2, 1, 0):
        d = n // 10**place % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(_DIGITS[d] + _PLACES[place])
    return "".join(out)


def _integer_words(n: int) -> str:
    """0 < n: the yuan part in capitals, without 元."""
    if n >= 10**8:
        hi, lo = divmod(n, 10**8)
        return _integer_words(hi) + "亿" + (("零" if lo < 10**7 else "") + _integer_words(lo) if lo else "")
    if n >= 10**4:
        hi, lo = divmod(n, 10**4)
        return _four_digits(hi) + "万" + (("零" if lo < 1000 else "") + _four_digits(lo) if lo else "")
    return _four_digits(n)


def _check_fen(fen: object) -> int:
    if isinstance(fen, bool) or not isinstance(fen, int) or not 0 <= fen <= MAX_FEN:
        raise ValueError(f"amount in fen must be an integer 0..{MAX_FEN}, got {fen!r}")
    return fen


def amount_in_words(fen: int) -> str:
    """The amount in Chinese financial capitals (大写金额), as written on vouchers.

    ``12345_00 -> 人民币壹万贰仟叁佰肆拾伍元整``, ``1005_30 -> 人民币壹仟零伍元叁角整``, ``5 -> 人民币伍分``.
    ``ValueError`` for anything but an integer 0 .. ``MAX_FEN`` (``bool`` is no amount).
    """
    yuan, rest = divmod(_check_fen(fen), 100)
    jiao, cents = divmod(rest, 10)
    out = [_PREFIX]
    if yuan:
        out.append(_integer_words(yuan) + "元")
    if not jiao and not cents:
        out.append("整" if yuan else "零元整")
        return "".join(out)
    if jiao:
        if yuan and yuan % 10 == 0:
            out.append("零")
        out.append(_DIGITS[jiao] + "角")
    elif yuan:
        out.append("零")
    out.append(_DIGITS[cents] + "分" if cents else "整")
    return "".join(out)


def _integer_value(words: str) -> int:
    """The value of an integer in capitals (壹万零伍, 贰亿零壹拾); lenient, the caller re-spells it."""
    total = 0  # complete 亿 groups
    wan = 0  # complete 万 groups below the last 亿
    section = 0  # below 万
    digit: int | None = None
    for ch in words:
        if ch in _DIGITS:
            if digit is not None and digit != 0 and _DIGITS.index(ch) != 0:
                raise ValueError("two digits in a row")
            digit = _DIGITS.index(ch)
        elif ch in _UNITS:
            if not digit:
                raise ValueError(f"{ch} without its digit")
            section += digit * _UNITS[ch]
            digit = None
        elif ch == "万":
            wan = (wan + section + (digit or 0)) * 10**4
            section, digit = 0, None
        elif ch == "亿":
            total = (total + wan + section + (digit or 0)) * 10**8
            wan, section, digit = 0, 0, None
        else:
            raise ValueError(f"{ch!r} is no digit or place")
    return total + wan + section + (digit or 0)


def amount_from_words(words: str) -> int:
    """The amount in fen written in financial capitals: the inverse of ``amount_in_words``.

    ``人民币壹仟零伍元叁角整 -> 100530``. The ``人民币`` prefix may be left out, surrounding white space
    is ignored and 正 may stand for 整 (both are in use); otherwise the text must be spelled exactly
    as ``amount_in_words`` spells its value (so a misplaced or missing 零, a missing 整 or a
    stray character is refused: on a voucher that is an error to correct, not a variant).
    ``ValueError`` if it is not an amount.
    """
    text = words.strip().removeprefix(_PREFIX).replace("正", "整")
    try:
        body = text.removesuffix("整")
        yuan_words, sep, rest = body.partition("元")
        if not sep:
            yuan_words, rest = "", body
        jiao = cents = 0
        rest = rest.removeprefix("零")
        if "角" in rest:
            jiao_words, _, rest = rest.partition("角")
            jiao = _DIGITS.index(jiao_words) if len(jiao_words) == 1 else -1
            rest = rest.removeprefix("零")
        if "分" in rest:
            cent_words, _, rest = rest.partition("分")
            cents = _DIGITS.index(cent_words) if len(cent_words) == 1 else -1
        if rest or jiao < 0 or cents < 0:
            raise ValueError("text after the amount")
        fen = _integer_value(yuan_words) * 100 + jiao * 10 + cents
        spelled = amount_in_words(fen)
    except ValueError:
        spelled = None
    if spelled is None or spelled != _PREFIX + text:
        raise ValueError(f"not an amount in Chinese financial capitals: {words!r}")
    return fen


def amount_in_figures(fen: int) -> str:
    """The amount in figures (小写金额) as printed beside the capitals: ``1234500 -> ¥12,345.00``.
    ``ValueError`` for what ``amount_in_words`` refuses."""
    fen = _check_fen(fen)
    return f"¥{fen // 100:,}.{fen % 100:02d}"
