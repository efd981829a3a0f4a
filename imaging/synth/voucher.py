"""Drawing one synthetic voucher from its ``Template`` and ``VoucherData``: the printed form, then the
printed and hand-written values, the seal and the QR code. Any thread.

Ground truth: ``render_voucher`` returns with the image the homography ``H`` (3x3) that maps
template millimetres (origin top-left of the voucher, x right, y down) to image pixels, in the edge
convention of ``imaging.synth.geometry``: ``H = diag(dpi / 25.4, dpi / 25.4, 1)``. The printed QR
symbol (without its quiet zone) covers exactly ``template.qr``.
"""

from __future__ import annotations

import cv2
import numpy as np

from imaging.synth.data import BANKS, VoucherData
from imaging.synth.form import blank_form
from imaging.synth.geometry import Matrix
from imaging.synth.ink import PRINT_INK, draw_qr, handwrite, print_text, random_writer
from imaging.synth.paint import BGR, px_per_mm
from imaging.synth.seal import stamp_seal
from imaging.templates import Template


def render_voucher(
    template: Template, data: VoucherData, *, dpi: float = 200, rng: np.random.Generator
) -> tuple[BGR, Matrix]:
    """Draw the voucher. Returns the BGR image and the homography template mm -> image px
    (``diag(dpi / 25.4, dpi / 25.4, 1)``, pixel edges on integers)."""
    if data.template_code != template.code:
        raise ValueError(f"data for template {data.template_code!r} rendered on template {template.code!r}")
    if not 20 <= dpi <= 1200:
        raise ValueError(f"dpi must be 20..1200, got {dpi}")
    s = px_per_mm(dpi)
    bank_index = next((i for i, b in enumerate(BANKS) if b.name == data.bank), 0)
    page = blank_form(template, float(dpi), bank_index, data.payload.copy)
    page *= rng.uniform(0.975, 1.0, 3).astype(np.float32)  # paper batch and scanner white balance
    writer = random_writer(data.ink, rng)
    print_role = "serif" if rng.random() < 0.6 else "sans"
    for region in template.regions:
        text = data.fields.get(region.name, "")
        if region.kind == "seal":
            stamp_seal(page, region, data, s, rng)
        elif region.kind in ("amount_words", "amount_figures", "date"):
            handwrite(page, region.box, text, s, writer, rng)
        elif region.kind == "number":
            print_text(page, region.box, text, s, "mono", rng, (150, 28, 36))
        elif region.kind == "account":
            print_text(page, region.box, text, s, "mono", rng, PRINT_INK)
        else:
            print_text(page, region.box, text, s, print_role, rng, PRINT_INK)
    if template.qr is not None and data.qr_content:
        draw_qr(page, data.qr_content, template.qr, s)
    out = np.asarray(cv2.cvtColor(page, cv2.COLOR_RGB2BGR).astype(np.uint8))  # every step stays in 0..255
    return out, np.diag([s, s, 1.0])
