"""The workstation's side of the image service: uploads and downloads for one signed-in user, with a
small bounded cache of images already downloaded or uploaded. Any thread: the docks' workers call it
(never the GUI thread: a download may cross the network), and one lock guards the cache.

``get`` and ``put`` have the shape the image helpers (``widgets.common.images``,
``widgets.authz.images``) and the template editor use. An image the server does not hold (or holds
damaged) is ``BlobMissing``, which those helpers show as "not in the image store"; any other refusal
(not yours to see) or a server that cannot be reached is raised as the service's ``SuiteError``.
Images are immutable (named by their SHA-256), so a cached copy never goes stale.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

from app.blobs import BlobMissing
from app.errors import NotFound
from app.rbac import Principal
from app.services.blobs import BlobService

MAX_CACHED_BYTES = 96 << 20  # a few requests' images and a batch of page thumbnails' sources
MAX_ONE = 24 << 20  # a larger image is passed through, never cached


class BlobCache:
    def __init__(
        self,
        blobs: BlobService,
        principal: Principal,
        *,
        max_bytes: int = MAX_CACHED_BYTES,
        max_one: int = MAX_ONE,
    ) -> None:
        self.blobs = blobs
        self.principal = principal
        self.max_bytes = max_bytes
        self.max_one = min(max_one, max_bytes)
        self._lock = threading.Lock()
        self._cache: OrderedDict[tuple[str, str], bytes] = OrderedDict()
        self._size = 0
        self.downloads = 0  # calls that went to the service (tests and diagnostics)

    def get(self, sha: str, ext: str) -> bytes:
        """The image's bytes, from the cache or the service. Raises BlobMissing if the server does not
        hold it, the service's error if it refuses."""
        key = (sha, ext)
        with self._lock:
            data = self._cache.get(key)
            if data is not None:
                self._cache.move_to_end(key)
                return data
        try:
            data = self.blobs.get(self.principal, sha, ext)
        except NotFound as exc:
            raise BlobMissing(f"{sha}.{ext}: {exc.message}") from exc
        finally:
            with self._lock:
                self.downloads += 1
        if hashlib.sha256(data).hexdigest() != sha:  # what came over the wire is what was asked for
            raise BlobMissing(f"{sha}.{ext}: the bytes received do not match their name")
        self._keep(key, data)
        return data

    def put(self, data: bytes, ext: str) -> str:
        """Upload an image (the server checks it and refuses a hostile file with a ValidationError
        naming the reason); its SHA-256."""
        sha = hashlib.sha256(data).hexdigest()
        key = (sha, ext)
        with self._lock:
            known = key in self._cache
        if not known:
            self.blobs.put(self.principal, data, ext, sha)
            self._keep(key, data)
        return sha

    def cached(self) -> int:
        with self._lock:
            return self._size

    def _keep(self, key: tuple[str, str], data: bytes) -> None:
        if len(data) > self.max_one:
            return
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return
            self._cache[key] = data
            self._size += len(data)
            while self._size > self.max_bytes:
                _old, dropped = self._cache.popitem(last=False)
                self._size -= len(dropped)
