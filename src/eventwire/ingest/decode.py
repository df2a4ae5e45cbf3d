"""Bytes -> text: size, emptiness, binary sniffing and charset detection for every reader.

Every check raises one of the :class:`~eventwire.errors.InputError` subclasses with a message that
says what was wrong with which input.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata

from ..errors import BinaryInputError, EmptyInputError, EncodingError, InputTooLargeError

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20_000_000

# Magic numbers of common non-text formats (prefix -> name used in the error message).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"BM", "a BMP image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"PK\x03\x04", "a zip archive (or an Office document)"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"MZ", "a Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"fLaC", "a FLAC file"),
    (b"\x00asm", "a WebAssembly module"),
)
_RIFF_KINDS = {b"WEBP": "a WebP image", b"WAVE": "a WAV file", b"AVI ": "an AVI video"}

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SNIFF_BYTES = 65_536
_ALLOWED_CONTROL = frozenset(b"\t\n\r\x0b\x0c\x1b")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def check_size(size: int, *, max_bytes: int, source: str) -> None:
    """Raise :class:`InputTooLargeError` when ``size`` bytes exceed ``max_bytes``."""
    if size > max_bytes:
        raise InputTooLargeError(
            f"{source}: {size:,} bytes is over the size limit of {max_bytes:,} bytes (max_bytes)"
        )


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"`` / ``"utf-16-be"`` when ``data`` (no BOM) reads as UTF-16 text: its NUL bytes
    (the high bytes of ASCII letters, spaces and punctuation) sit on one parity of offsets only,
    and the decoded sample reads as text. None otherwise (binary has NULs on both parities)."""
    head = data[:_SNIFF_BYTES]
    head = head[: len(head) - len(head) % 2]
    nuls = head.count(0)
    if len(head) < 8 or nuls < len(head) // 20:
        return None
    odd = head[1::2].count(0)
    for enc, on_parity in (("utf-16-le", odd), ("utf-16-be", nuls - odd)):
        if on_parity >= 0.98 * nuls:
            try:
                sample = head.decode(enc)
            except UnicodeDecodeError:
                continue
            if looks_like_text(sample):
                return enc
    return None


def sniff_binary(data: bytes, *, source: str) -> None:
    """Raise :class:`BinaryInputError` when ``data`` looks like a non-text format."""
    head = data[:_SNIFF_BYTES]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            if magic in (b"BM", b"MZ") and not _mostly_control(head):
                continue  # "BM..." / "MZ..." can start a text too; only binary if it reads as such
            raise BinaryInputError(f"{source}: this is {name}, not a text or HTML page")
    if head.startswith(b"RIFF") and head[8:12] in _RIFF_KINDS:
        raise BinaryInputError(f"{source}: this is {_RIFF_KINDS[head[8:12]]}, not a text or HTML page")
    if _bom_encoding(head) in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        return  # NULs are expected in UTF-16/32 text
    if utf16_without_bom(head):
        return
    if b"\x00" in head:
        raise BinaryInputError(f"{source}: the input contains NUL bytes: it is binary, not text")
    if _mostly_control(head):
        raise BinaryInputError(f"{source}: too many control characters: the input is binary, not text")


def _mostly_control(head: bytes, *, ratio: float = 0.1) -> bool:
    if not head:
        return False
    control = sum(1 for b in head if b < 0x20 and b not in _ALLOWED_CONTROL) + head.count(0x7F)
    return control / len(head) > ratio


def _usable_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    # as browsers do (WHATWG Encoding): a page labelled latin-1 / ASCII is read as windows-1252
    return "cp1252" if codec in ("iso8859-1", "ascii", "latin-1") else codec


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset the HTTP header, an HTML ``<meta>`` or the XML declaration names (if known)."""
    if content_type:
        m = _HEADER_CHARSET.search(content_type)
        if m and (codec := _usable_codec(m.group(1))):
            return codec
    head = data[:4096]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        m = pattern.search(head)
        if m and (codec := _usable_codec(m.group(1).decode("ascii", "replace"))):
            return codec
    return None


def looks_like_text(text: str) -> bool:
    """True when a decoded string reads as human text: few controls, C1 codes, odd symbols."""
    sample = text[:_SNIFF_BYTES]
    if not sample:
        return True
    bad = 0
    for ch in sample:
        if ch in "\t\n\r\x0b\x0c":
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Co", "Cs", "Cn") or ch == "\ufffd":
            bad += 1
    return bad / len(sample) <= 0.01


def reads_as_words(text: str) -> bool:
    """A guessed decoding must give words: spaces between them (or CJK script, which has none)."""
    sample = text[:_SNIFF_BYTES]
    if len(sample) < 200:
        return True
    spaces = sum(1 for ch in sample if ch.isspace())
    if spaces / len(sample) >= 0.03:
        return True
    cjk = sum(1 for ch in sample if "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af")
    return cjk / len(sample) >= 0.3


def _detect(data: bytes) -> tuple[str, str] | None:
    """charset_normalizer's best guess as (text, encoding), or None."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - charset_normalizer comes with trafilatura/httpx
        return None
    best = from_bytes(data[:2_000_000]).best()
    if best is None or best.encoding is None:
        return None
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes, *, source: str, content_type: str | None = None) -> str:
    """Decode ``data`` to text, or raise EmptyInputError / BinaryInputError / EncodingError.

    Order: a BOM; UTF-8; the declared charset (HTTP header, HTML meta, XML declaration);
    charset_normalizer's detection; cp1252. A BOM or UTF-8 is taken when the bytes decode; the
    others only when the result reads as text (few control / unassigned characters, spaced words).
    """
    if not data.strip():
        raise EmptyInputError(f"{source}: the input is empty (or only whitespace)")
    sniff_binary(data, source=source)
    # a BOM or valid UTF-8 proves itself by decoding; anything else must also read as text
    strict = ["utf-8"]
    bom = _bom_encoding(data)
    if bom:
        strict.insert(0, {"utf-8": "utf-8-sig"}.get(bom, bom[:6]))  # utf-16 / utf-32 consume the BOM
    elif b"\x00" in data[:_SNIFF_BYTES] and (utf16 := utf16_without_bom(data)):
        strict.insert(0, utf16)
    text: str | None = None
    for enc in strict:
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    declared = declared_charset(data, content_type)
    if text is None and declared and declared not in strict:
        try:
            decoded = data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            decoded = None
        if decoded is not None and looks_like_text(decoded):
            text = decoded
    if text is None:
        guess = _detect(data)
        if guess is not None and looks_like_text(guess[0]) and reads_as_words(guess[0]):
            text = guess[0]
            log.debug("%s: decoded as %s (detected)", source, guess[1])
    if text is None:
        try:
            decoded = data.decode("cp1252")
        except UnicodeDecodeError:
            decoded = None
        if decoded is not None and looks_like_text(decoded) and reads_as_words(decoded):
            text = decoded
    if text is None:
        raise EncodingError(
            f"{source}: not valid UTF-8, and no other encoding (declared: {declared or 'none'}, "
            "detected, cp1252) gives readable text"
        )
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise EmptyInputError(f"{source}: the input is empty (or only whitespace)")
    return text


GZIP_MAGIC = b"\x1f\x8b"


def gunzip_capped(data: bytes, *, max_bytes: int, source: str) -> bytes:
    """``data`` (gzip, one member or several) decompressed a bounded piece at a time, as ``fetch`` does:
    a file that inflates past ``max_bytes`` (a compression bomb: kilobytes that become gigabytes) raises
    :class:`InputTooLargeError` before it is in memory; a damaged or cut-off file raises
    :class:`EncodingError` naming it."""
    import zlib

    out: list[bytes] = []
    size = 0
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
    rest = data
    try:
        while rest:
            piece = inflater.decompress(rest, max_bytes + 1 - size)
            size += len(piece)
            if size > max_bytes:
                raise InputTooLargeError(f"{source}: decompresses to over the size limit of {max_bytes:,} bytes "
                                         "(max_bytes)")
            out.append(piece)
            if inflater.eof:
                rest = inflater.unused_data
                if not rest.startswith(GZIP_MAGIC):
                    break  # padding after the last member: ignored, as gzip(1) does
                inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)  # the next member
            else:
                rest = inflater.unconsumed_tail
    except zlib.error as exc:
        raise EncodingError(f"{source}: a damaged gzip file ({exc})") from None
    if not inflater.eof:
        raise EncodingError(f"{source}: the gzip file is cut off (truncated after {size:,} bytes)")
    return b"".join(out)


def gunzip_head(data: bytes, *, n: int = 2048) -> bytes:
    """The first ``n`` decompressed bytes of gzip ``data`` (what a format sniffer needs); b"" if damaged."""
    import zlib

    try:
        return zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(data, n)
    except zlib.error:
        return b""
