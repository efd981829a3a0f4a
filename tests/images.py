"""Two small real images for tests that submit authorization requests: a request names only images
the server holds, and the image service stores only what the imaging loader reads."""

from __future__ import annotations

import hashlib

import cv2
import numpy as np
import pytest

from app.rbac import system_principal
from app.services import Services


def _jpeg(text: str) -> bytes:
    image = np.full((120, 200, 3), 235, np.uint8)
    cv2.putText(image, text, (10, 70), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (40, 40, 40), 2)
    ok, buf = cv2.imencode(".jpg", image)
    assert ok
    return bytes(buf)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


ID_CARD = _jpeg("ID CARD")
VOUCHER = _jpeg("VOUCHER")
IMAGES = (("id_card", sha256(ID_CARD), "jpg"), ("voucher", sha256(VOUCHER), "jpg"))


def upload_images(services: Services) -> None:
    """Store ``IMAGES`` through the image service, as the request form does before a submit."""
    for data in (ID_CARD, VOUCHER):
        services.blobs.put(system_principal("test"), data, "jpg", sha256(data))


def upload_if_services(request: pytest.FixtureRequest) -> None:
    """For a module's autouse fixture: store ``IMAGES`` if the test uses the ``services`` fixture."""
    if "services" in request.fixturenames:
        upload_images(request.getfixturevalue("services"))
