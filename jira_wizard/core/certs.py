"""Who issued a certificate, read from its DER bytes, for the diagnostic report.

A company that inspects encrypted traffic presents its own certificate for
every host, issued by its own authority. Naming the issuer of the
certificate each Atlassian host presented shows at a glance whether that
happens. Python's ``ssl`` decodes a certificate only after verifying it
itself, and the OS store (``truststore``) verifies outside it on Windows
and macOS, so this reads the few fields needed from the DER encoding
directly (X.509: RFC 5280 §4.1; DER: ITU-T X.690 §8, §10).

    Certificate  ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signature }
    TBSCertificate ::= SEQUENCE { [0] version OPTIONAL, serialNumber,
                                  signature, issuer Name, validity, subject Name, ... }
    Name ::= SEQUENCE OF SET OF SEQUENCE { type OID, value DirectoryString }
"""

from __future__ import annotations

from dataclasses import dataclass

_SEQUENCE = 0x30
_SET = 0x31
_OID = 0x06
_VERSION = 0xA0

#: The attribute types worth showing, in the order they are shown.
_NAMES = {
    bytes([0x55, 0x04, 0x03]): "CN",
    bytes([0x55, 0x04, 0x0B]): "OU",
    bytes([0x55, 0x04, 0x0A]): "O",
    bytes([0x55, 0x04, 0x06]): "C",
}
_ORDER = ("CN", "OU", "O", "C")


@dataclass(frozen=True)
class CertificateNames:
    issuer: str
    subject: str


class _Malformed(ValueError):
    pass


def certificate_names(der: bytes) -> CertificateNames | None:
    """The issuer and subject, such as ``CN=R11, O=Let's Encrypt, C=US``."""
    try:
        certificate = _only(der, _SEQUENCE)
        tbs = _only_first(certificate, _SEQUENCE)
        fields = list(_elements(tbs))
        if fields and fields[0][0] == _VERSION:
            fields = fields[1:]
        # serialNumber, signature, issuer, validity, subject
        if len(fields) < 5:
            raise _Malformed("too few fields")
        return CertificateNames(_name(fields[2][1]), _name(fields[4][1]))
    except (_Malformed, IndexError, UnicodeDecodeError):
        return None


def _name(content: bytes) -> str:
    found: dict[str, str] = {}
    for tag, rdn in _elements(content):
        if tag != _SET:
            raise _Malformed("a name part is not a SET")
        for _, attribute in _elements(rdn):
            parts = list(_elements(attribute))
            if len(parts) != 2 or parts[0][0] != _OID:
                raise _Malformed("an attribute is not OID and value")
            label = _NAMES.get(parts[0][1])
            if label is not None and label not in found:
                found[label] = _text(*parts[1])
    return ", ".join(f"{label}={found[label]}" for label in _ORDER if label in found)


def _text(tag: int, value: bytes) -> str:
    if tag == 0x1E:  # BMPString
        return value.decode("utf-16-be")
    if tag == 0x0C:  # UTF8String
        return value.decode("utf-8")
    return value.decode("latin-1")  # Printable, IA5, Teletex


def _only(data: bytes, tag: int) -> bytes:
    elements = list(_elements(data))
    if len(elements) != 1 or elements[0][0] != tag:
        raise _Malformed("not a single element of the expected kind")
    return elements[0][1]


def _only_first(data: bytes, tag: int) -> bytes:
    first = next(iter(_elements(data)), None)
    if first is None or first[0] != tag:
        raise _Malformed("the first element is not of the expected kind")
    return first[1]


def _elements(data: bytes) -> list[tuple[int, bytes]]:
    """The (tag, content) pairs of a DER encoding, one level deep."""
    found: list[tuple[int, bytes]] = []
    offset = 0
    while offset < len(data):
        tag = data[offset]
        length, offset = _length(data, offset + 1)
        if offset + length > len(data):
            raise _Malformed("an element runs past the end")
        found.append((tag, data[offset : offset + length]))
        offset += length
    return found


def _length(data: bytes, offset: int) -> tuple[int, int]:
    first = data[offset]
    if first < 0x80:
        return first, offset + 1
    count = first & 0x7F
    if count == 0 or count > 4:
        raise _Malformed("an indefinite or huge length")
    value = int.from_bytes(data[offset + 1 : offset + 1 + count], "big")
    return value, offset + 1 + count
