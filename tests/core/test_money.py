"""Amounts in Chinese financial capitals (大写金额) and in figures (app.money): the spelling rules, the
inverse, and the round trip over the whole range."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.money import MAX_FEN, amount_from_words, amount_in_figures, amount_in_words


@pytest.mark.parametrize(
    ("fen", "words"),
    [
        (1234500, "人民币壹万贰仟叁佰肆拾伍元整"),
        (100530, "人民币壹仟零伍元叁角整"),
        (5, "人民币伍分"),
        (0, "人民币零元整"),
        (50, "人民币伍角整"),
        (35, "人民币叁角伍分"),
        (100, "人民币壹元整"),
        (101, "人民币壹元零壹分"),
        (110, "人民币壹元壹角整"),
        (1000, "人民币壹拾元整"),
        (1010, "人民币壹拾元零壹角整"),
        (1580, "人民币壹拾伍元捌角整"),
        (101000, "人民币壹仟零壹拾元整"),
        (140950, "人民币壹仟肆佰零玖元伍角整"),
        (600714, "人民币陆仟零柒元壹角肆分"),
        (168032, "人民币壹仟陆佰捌拾元零叁角贰分"),
        (1640902, "人民币壹万陆仟肆佰零玖元零贰分"),
        (32504, "人民币叁佰贰拾伍元零肆分"),
        (10700053, "人民币壹拾万柒仟元零伍角叁分"),
        (1000100, "人民币壹万零壹元整"),
        (10010000, "人民币壹拾万零壹佰元整"),
        (100000000, "人民币壹佰万元整"),
        (500000000, "人民币伍佰万元整"),
        (10000000000, "人民币壹亿元整"),
        (10001000000, "人民币壹亿零壹万元整"),
        (10100000000, "人民币壹亿零壹佰万元整"),
        (11000000000, "人民币壹亿壹仟万元整"),
        (20000001000, "人民币贰亿零壹拾元整"),
        (12345678901, "人民币壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元零壹分"),
        (1000000000000, "人民币壹佰亿元整"),
        (123456789012345, "人民币壹万贰仟叁佰肆拾伍亿陆仟柒佰捌拾玖万零壹佰贰拾叁元肆角伍分"),
    ],
)
def test_amount_in_words(fen: int, words: str) -> None:
    assert amount_in_words(fen) == words
    assert amount_from_words(words) == fen


@pytest.mark.parametrize("bad", [-1, True, 10**15, 1.5])
def test_amount_in_words_refuses_what_is_not_an_amount(bad: object) -> None:
    with pytest.raises(ValueError):
        amount_in_words(bad)  # type: ignore[arg-type]


def test_amount_in_figures() -> None:
    assert amount_in_figures(1234500) == "¥12,345.00"
    assert amount_in_figures(5) == "¥0.05"
    assert amount_in_figures(500_000_000) == "¥5,000,000.00"
    for bad in (-1, 1.5, True, MAX_FEN + 1, "100"):
        with pytest.raises(ValueError):
            amount_in_figures(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fen", "words"),
    [
        # zero and 整
        (0, "人民币零元整"),
        (10, "人民币壹角整"),
        (1, "人民币壹分"),
        (11, "人民币壹角壹分"),
        # 零 inside a group, at most one for a run of zeros
        (10000100, "人民币壹拾万零壹元整"),
        (1000000100, "人民币壹仟万零壹元整"),
        (100100, "人民币壹仟零壹元整"),
        (1000500, "人民币壹万零伍元整"),
        (1050000, "人民币壹万零伍佰元整"),
        (1100000, "人民币壹万壹仟元整"),
        # 零 before 角 and before 分
        (1001, "人民币壹拾元零壹分"),
        (1011, "人民币壹拾元零壹角壹分"),
        (1111, "人民币壹拾壹元壹角壹分"),
        (101, "人民币壹元零壹分"),
        (111, "人民币壹元壹角壹分"),
        # the 万 and 亿 boundaries
        (999999, "人民币玖仟玖佰玖拾玖元玖角玖分"),
        (1000000, "人民币壹万元整"),
        (9999999900, "人民币玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元整"),
        (10000000000, "人民币壹亿元整"),
        (10000000100, "人民币壹亿零壹元整"),
        (10000100000, "人民币壹亿零壹仟元整"),
        (100000000000000, "人民币壹万亿元整"),
        (100010000000000, "人民币壹万零壹亿元整"),
        (100000000000001, "人民币壹万亿元零壹分"),
        (MAX_FEN, "人民币玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    ],
)
def test_edge_cases_spell_and_read_back(fen: int, words: str) -> None:
    assert amount_in_words(fen) == words
    assert amount_from_words(words) == fen


@given(st.integers(min_value=0, max_value=MAX_FEN))
def test_round_trip_over_the_whole_range(fen: int) -> None:
    words = amount_in_words(fen)
    assert words.startswith("人民币")
    assert words.endswith("整") != (fen % 10 != 0)  # 整 closes exactly the amounts without 分
    assert amount_from_words(words) == fen


@given(st.integers(min_value=0, max_value=10**6))
def test_round_trip_of_everyday_amounts(fen: int) -> None:
    assert amount_from_words(amount_in_words(fen)) == fen


@given(st.integers(min_value=0, max_value=MAX_FEN), st.integers(min_value=0, max_value=MAX_FEN))
def test_different_amounts_are_spelled_differently(a: int, b: int) -> None:
    assert (amount_in_words(a) == amount_in_words(b)) == (a == b)


def test_reading_accepts_the_usual_variants() -> None:
    assert amount_from_words("壹仟零伍元叁角整") == 100530  # without 人民币
    assert amount_from_words(" 人民币壹仟零伍元叁角正 ") == 100530  # 正 for 整, white space
    assert amount_from_words("人民币伍分") == 5


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "人民币",
        "人民币整",
        "人民币零元",  # no 整
        "人民币壹万元",  # no 整
        "人民币壹仟伍元整",  # the zero hundreds and tens need a 零
        "人民币壹仟零零伍元整",  # one 零 for a run of zeros
        "人民币拾元整",  # 拾 without its digit
        "人民币壹拾元零整",
        "人民币壹元零伍角整",  # no 零 before a 角 after a yuan that does not end in 0
        "人民币壹拾元叁角整",  # ... and one after a yuan that does
        "人民币零伍分",  # no 零 without yuan
        "人民币壹拾万零元整",
        "人民币壹亿亿元整",
        "人民币贰壹元整",
        "人民币壹元整整",
        "人民币壹元伍",
        "人民币壹元伍角伍",
        "人民币壹元叁角叁角整",
        "人民币1000元整",
        "美元壹元整",
        "壹元整 人民币",
        "人民币壹拾万亿元整",  # above MAX_FEN
    ],
)
def test_reading_refuses_what_is_not_spelled_right(bad: str) -> None:
    with pytest.raises(ValueError, match="not an amount"):
        amount_from_words(bad)


@pytest.mark.parametrize("bad", [-1, True, False, MAX_FEN + 1, 1.5, "100", None])
def test_only_whole_fen_in_range_are_amounts(bad: object) -> None:
    with pytest.raises(ValueError):
        amount_in_words(bad)  # type: ignore[arg-type]
