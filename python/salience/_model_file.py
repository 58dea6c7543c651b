"""The file a :class:`salience.Summarizer` is saved to and loaded from.

Format 1, all integers little-endian::

    offset  size  field
    0       13    magic: b"\\x89SALIENCE\\r\\n\\x1a\\n"
    13      4     format version: uint32, 1
    17      8     header size H: uint64
    25      H     header: UTF-8 JSON {"format": 1, "salience": "<version that wrote it>",
                  "options": {<the Summarizer's keyword options>}}
    25+H    8     table size T: uint64 (0: not fitted)
    33+H    T     the fitted document frequencies, as salience/corpus.h serializes them
    33+H+T  32    SHA-256 of every byte before it

The magic's first byte is not ASCII and its line endings catch a file mangled by a text-mode
transfer, as PNG's do; the checksum catches any other damage. A reader refuses a file
whose magic, version, sizes or checksum are wrong before it reads the table.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import tempfile
from pathlib import Path
from typing import Any

MAGIC = b"\x89SALIENCE\r\n\x1a\n"
FORMAT_VERSION = 1
_DIGEST_SIZE = 32


class ModelFileError(ValueError):
    """A file that is not a salience model this version can read: another kind of file, a
    damaged one, or one written by a newer salience."""


def write(
    path: str | os.PathLike[str], options: dict[str, Any], table: bytes, version: str
) -> None:
    """Writes a model file atomically: a reader sees the old file or the whole new one."""
    header = json.dumps(
        {"format": FORMAT_VERSION, "salience": version, "options": options}, sort_keys=True
    ).encode()
    body = b"".join(
        [
            MAGIC,
            struct.pack("<IQ", FORMAT_VERSION, len(header)),
            header,
            struct.pack("<Q", len(table)),
            table,
        ]
    )
    target = Path(path)
    descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(descriptor, "wb") as out:
            out.write(body)
            out.write(hashlib.sha256(body).digest())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read(path: str | os.PathLike[str]) -> tuple[dict[str, Any], bytes]:
    """The options and the table of a model file. Raises ModelFileError for a file that is
    not one, and OSError (FileNotFoundError, ...) when it cannot be read."""
    data = Path(path).read_bytes()

    def refuse(reason: str) -> ModelFileError:
        name = os.fspath(path)
        return ModelFileError(f"{name} is not a salience model file this can read: {reason}")

    if not data.startswith(MAGIC):
        if data.startswith(MAGIC[:9]):
            raise refuse("its header is damaged (was it copied as text, changing line endings?)")
        raise refuse("it does not start with salience's magic bytes (another kind of file?)")
    fixed = len(MAGIC) + 12
    if len(data) < fixed:
        raise refuse(f"it is cut short at {len(data)} bytes")
    format_version, header_size = struct.unpack_from("<IQ", data, len(MAGIC))
    if format_version != FORMAT_VERSION:
        raise refuse(
            f"it is in format {format_version}, and this version of salience reads format "
            f"{FORMAT_VERSION}: load it with the salience that wrote it, or upgrade"
        )
    if len(data) < fixed + header_size + 8 + _DIGEST_SIZE:
        raise refuse(f"it is cut short at {len(data)} bytes")
    table_at = fixed + header_size + 8
    (table_size,) = struct.unpack_from("<Q", data, fixed + header_size)
    if len(data) != table_at + table_size + _DIGEST_SIZE:
        raise refuse(
            f"it is {len(data)} bytes long, but its sizes add up to "
            f"{table_at + table_size + _DIGEST_SIZE} (cut short, or bytes appended)"
        )
    body, digest = data[:-_DIGEST_SIZE], data[-_DIGEST_SIZE:]
    if hashlib.sha256(body).digest() != digest:
        raise refuse("its checksum does not match its contents (the file is damaged)")
    try:
        header = json.loads(data[fixed : fixed + header_size].decode())
        options = header["options"]
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as error:
        raise refuse(f"its header is not the JSON of a model ({error})") from None
    if not isinstance(options, dict):
        raise refuse("its header's options are not a JSON object")
    return options, data[table_at : table_at + table_size]
