"""Does an image look like the kind of document a teller said it is? Any thread; a pure function of
the image's bytes, injected into the authorization service by the composition (``app`` does not
import imaging). The verdict never refuses a request: it flags the image to the authorizer.

- ``id_card`` (居民身份证, ISO/IEC 7810 ID-1, 85.6 x 54 mm): its outline is card-shaped (long side
  / short side 1.45-1.75), it is no wider than a card where the file gives its resolution, and it
  carries no voucher QR code.
- ``voucher`` (凭证): it carries the bank's voucher QR code (``imaging.payload``); an image without
  one that has the shape of an ID card is flagged (a card photographed in place of the voucher).

Other kinds are not checked.

The QR code is looked for with zxing-cpp alone, on the plain image: the check runs inside a teller's
submit on the server, where ZBar and OpenCV after it, on an image with no code (every ID card),
cost eight times as much (3.9 ms against 30 ms for a 640x400 photo) for a flag that is advice.
"""

from __future__ import annotations

from imaging.loader import LoadError, iter_pages
from imaging.payload import PayloadError, parse_payload
from imaging.qr import decode

CARD_RATIO = (1.45, 1.75)  # ID-1 is 1.586; a photo of a card, cropped loosely, stays in this range
CARD_MAX_MM = 110.0  # long side of a scanned card with its margin (the card itself: 85.6 mm)
MM_PER_INCH = 25.4
KIND_DECODERS = ("zxing",)  # the first of imaging.qr's chain (see the module docstring)


def kind_problem(data: bytes, kind: str) -> str | None:
    """Why ``data`` does not look like a ``kind`` (a stable code: ``voucher_qr``, ``shape``,
    ``size``, ``card_shape``, ``unreadable``), or None."""
    if kind not in ("id_card", "voucher"):
        return None
    try:
        page = next(iter_pages(data))  # the first page: the document itself
    except (LoadError, StopIteration):
        return "unreadable"
    h, w = page.image.shape[:2]
    ratio = max(w, h) / max(1, min(w, h))
    card_shaped = CARD_RATIO[0] <= ratio <= CARD_RATIO[1]
    found = decode(page.image, retries=False, decoders=KIND_DECODERS)
    has_voucher_qr = any(_is_voucher(t) for t in found.texts)
    if kind == "id_card":
        if has_voucher_qr:
            return "voucher_qr"
        if not card_shaped:
            return "shape"
        if page.dpi and max(w, h) / page.dpi * MM_PER_INCH > CARD_MAX_MM:
            return "size"
        return None
    if not has_voucher_qr and card_shaped:
        return "card_shape"
    return None


def _is_voucher(text: str) -> bool:
    try:
        parse_payload(text)
    except PayloadError:
        return False
    return True
