"""The server's TLS identity: ``serve --init`` makes a self-signed certificate (``cryptography``)
and prints its SHA-256 fingerprint, which the workstations pin (``--server-pin``): a workstation
trusts that one certificate and nothing else, so no certificate authority is involved. Main thread.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import os
import socket
import ssl
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

CERT, KEY = "server-cert.pem", "server-key.pem"
VALID_DAYS = 5 * 365


@dataclass(frozen=True)
class Identity:
    cert: Path
    key: Path
    fingerprint: str


def fingerprint_of_pem(pem: str | bytes) -> str:
    """``sha256:`` and the hex digest of the certificate's DER bytes (what the workstations pin)."""
    text = pem.decode() if isinstance(pem, bytes) else pem
    return "sha256:" + hashlib.sha256(ssl.PEM_cert_to_DER_cert(text)).hexdigest()


def normalize_pin(pin: str) -> str:
    """Accept ``sha256:ab12...``, upper case or colon-separated hex (as openssl prints it)."""
    digest = pin.strip().lower().removeprefix("sha256:").removeprefix("sha256/").replace(":", "")
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise ValueError(f"not a SHA-256 certificate fingerprint: {pin!r}")
    return "sha256:" + digest


def existing(folder: Path) -> Identity | None:
    cert, key = folder / CERT, folder / KEY
    if cert.exists() and key.exists():
        return Identity(cert, key, fingerprint_of_pem(cert.read_bytes()))
    return None


def init(folder: Path, names: list[str] | None = None, *, force: bool = False) -> Identity:
    """Make (or keep) the server's key and self-signed certificate in ``folder``. ``names``: host
    names and IP addresses the workstations use; localhost, 127.0.0.1 and this host are always in."""
    found = existing(folder)
    if found is not None and not force:
        return found
    folder.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    host = socket.gethostname()
    wanted = ["localhost", "127.0.0.1", "::1", host, *(names or [])]
    sans: list[x509.GeneralName] = []
    for name in dict.fromkeys(wanted):
        try:
            sans.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            sans.append(x509.DNSName(name))
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"bank-suite server {host}"[:64]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "bank-suite"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=VALID_DAYS))
        .add_extension(x509.SubjectAlternativeName(sans), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(key, hashes.SHA256())
    )
    key_path, cert_path = folder / KEY, folder / CERT
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(
            key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
    pem = cert.public_bytes(serialization.Encoding.PEM)
    cert_path.write_bytes(pem)
    return Identity(cert_path, key_path, fingerprint_of_pem(pem))
