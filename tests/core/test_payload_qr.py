"""Voucher QR payloads and the decoder chain on real rendered codes."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
import zxingcpp
from hypothesis import given
from hypothesis import strategies as st

from imaging.payload import PayloadError, VoucherPayload, parse_payload
from imaging.qr import DECODERS, decode

PAYLOAD = VoucherPayload("TR", "20261123000123", 2, "6222020200112233445", 1234500)


def page(*texts: str, size: int = 1200, scale: int = 6) -> np.ndarray:
    """A white page with the QR codes printed along the top."""
    img = np.full((size, size), 255, np.uint8)
    x = 60
    for text in texts:
        code = np.array(zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode).to_image(scale=scale))
        h, w = code.shape
        img[60 : 60 + h, x : x + w] = code
        x += w + 80
    return img


def test_payload_round_trip_and_check() -> None:
    text = PAYLOAD.encode()
    assert text.startswith("BSV1;T=TR;N=20261123000123;C=2;") and parse_payload(text) == PAYLOAD
    assert parse_payload(VoucherPayload("CD", "000001", 1, None, None).encode()).amount_fen is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("https://example.com/x", "foreign"),
        ("BSV1;T=TR;N=1", "no_check"),
        (PAYLOAD.encode().replace("C=2", "C=3"), "bad_check"),
        ("BSV1;T=TR;N=123;C=1;A=;M=;K=00000000", "bad_check"),
    ],
)
def test_bad_payloads_say_why(text: str, reason: str) -> None:
    with pytest.raises(PayloadError) as exc:
        parse_payload(text)
    assert exc.value.reason == reason


def test_a_well_signed_but_malformed_field_is_refused() -> None:
    import zlib

    body = "BSV1;T=tr;N=123;C=1;A=;M="
    with pytest.raises(PayloadError) as exc:
        parse_payload(f"{body};K={zlib.crc32(body.encode()):08X}")
    assert exc.value.reason == "bad_field"


@given(st.text(max_size=80))
def test_parser_accepts_only_what_it_would_write(text: str) -> None:
    try:
        payload = parse_payload(text)
    except PayloadError as exc:
        assert exc.reason in {"foreign", "no_check", "bad_check", "bad_layout", "bad_field"}
        return
    assert payload.encode() == text.strip()


def test_every_decoder_reads_a_clean_code() -> None:
    img = page(PAYLOAD.encode())
    for name, fn in DECODERS.items():
        assert [sym.text for sym in fn(img)] == [PAYLOAD.encode()], name
    result = decode(img)
    assert result.texts == (PAYLOAD.encode(),) and result.decoder == "zxing" and result.attempts == 1


def test_cross_check_and_two_codes_on_one_page() -> None:
    other = VoucherPayload("CD", "000777", 1, None, 500).encode()
    result = decode(page(PAYLOAD.encode(), other), cross_check=True)
    assert set(result.texts) == {PAYLOAD.encode(), other} and result.attempts == 3


def test_preprocessing_rescues_a_speckled_scan() -> None:
    rng = np.random.default_rng(3)
    img = page(PAYLOAD.encode(), scale=3)
    speckled = np.where(rng.random(img.shape) < 0.3, rng.choice([0, 255], img.shape), img).astype(np.uint8)
    assert not any(fn(speckled) for fn in DECODERS.values())  # every decoder fails on the raw scan
    result = decode(speckled)
    assert result.texts == (PAYLOAD.encode(),) and result.decoder.endswith("+median") and result.attempts > 3


def test_rotated_code_is_read_on_the_fast_path() -> None:
    m = cv2.getRotationMatrix2D((160, 160), 28, 1.0)
    rotated = cv2.warpAffine(page(PAYLOAD.encode(), scale=3), m, (1200, 1200), borderValue=255)
    assert decode(rotated).texts == (PAYLOAD.encode(),)


def test_blank_page_finds_nothing_quickly_enough() -> None:
    result = decode(np.full((800, 600), 255, np.uint8))
    assert result.texts == () and result.decoder == ""


def test_colour_image_is_accepted() -> None:
    img = cv2.cvtColor(page(PAYLOAD.encode()), cv2.COLOR_GRAY2BGR)
    assert decode(img).texts == (PAYLOAD.encode(),)
