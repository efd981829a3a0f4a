"""The workstation's image cache over the image service: downloads once, stays within its bound,
maps "not on the server" to BlobMissing, refuses bytes that do not match their name, and is safe
from several worker threads at once."""

from __future__ import annotations

import threading

import pytest

from app import security
from app.blobs import BlobMissing
from app.errors import PermissionDenied
from app.rbac import Principal, Role, system_principal
from app.services import Services
from tests.images import ID_CARD, IMAGES, VOUCHER, sha256, upload_images
from widgets.common.blob_cache import BlobCache

ROOT = system_principal("test")


def test_downloads_once_and_stays_within_its_bound(services: Services) -> None:
    upload_images(services)
    cache = BlobCache(services.blobs, ROOT, max_bytes=len(ID_CARD) + len(VOUCHER) - 1)
    (_k1, id_sha, ext), (_k2, voucher_sha, _ext) = IMAGES
    assert cache.get(id_sha, ext) == ID_CARD and cache.get(id_sha, ext) == ID_CARD
    assert cache.downloads == 1
    assert cache.get(voucher_sha, ext) == VOUCHER  # the first is dropped to make room
    assert cache.cached() == len(VOUCHER)
    assert cache.get(id_sha, ext) == ID_CARD and cache.downloads == 3
    with pytest.raises(BlobMissing):  # nothing refers to it, nothing stored: not on the server
        cache.get("c" * 64, "jpg")


def test_an_upload_is_kept_and_not_sent_again(services: Services) -> None:
    cache = BlobCache(services.blobs, ROOT)
    calls: list[str] = []
    real = services.blobs.put

    def counting(*args: object, **kw: object) -> object:
        calls.append("put")
        return real(*args, **kw)  # type: ignore[arg-type]

    services.blobs.put = counting  # type: ignore[method-assign]
    assert cache.put(ID_CARD, "jpg") == sha256(ID_CARD)
    assert cache.put(ID_CARD, "jpg") == sha256(ID_CARD)
    assert calls == ["put"] and cache.get(sha256(ID_CARD), "jpg") == ID_CARD and cache.downloads == 0


def test_bytes_that_do_not_match_their_name_are_refused(services: Services) -> None:
    class Tampering:
        def get(self, actor: Principal, sha: str, ext: str) -> bytes:
            return b"something else"

    cache = BlobCache(Tampering(), ROOT)  # type: ignore[arg-type]
    with pytest.raises(BlobMissing):
        cache.get(IMAGES[0][1], "jpg")
    assert cache.cached() == 0


def test_a_refusal_is_the_services_error(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(security, "LOG2_N", 10)
    services.identity.create_user(ROOT, "keyer1", "K", "Str0ng!pass", [Role.KEYER], reason="t")
    keyer = services.identity.authenticate("keyer1", "Str0ng!pass")
    upload_images(services)
    with pytest.raises(PermissionDenied):
        BlobCache(services.blobs, keyer).get(IMAGES[0][1], "jpg")


def test_several_workers_at_once(services: Services) -> None:
    upload_images(services)
    cache = BlobCache(services.blobs, ROOT, max_bytes=len(ID_CARD) + 10)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(30):
                for _kind, sha, ext in IMAGES:
                    assert sha256(cache.get(sha, ext)) == sha
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == [] and cache.cached() <= len(ID_CARD) + 10
