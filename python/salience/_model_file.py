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
whose magic, version, sizes or checksum are wrong before it reads the table, and reads no
more than the sizes state: at most ``LARGEST_HEADER`` bytes of header and ``LARGEST_TABLE``
bytes of table, so a device or a pipe that never ends (``/dev/zero``) is refused, not read
until memory runs out.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import secrets
import stat
import struct
from collections.abc import Callable
from typing import Any, BinaryIO

MAGIC = b"\x89SALIENCE\r\n\x1a\n"
FORMAT_VERSION = 1
# A header holds a dozen options: a megabyte is far more than any model's.
LARGEST_HEADER = 2**20
# Far more than the table of any corpus that fits in memory; save() refuses a larger one.
LARGEST_TABLE = 2**34
# No option needs a longer number (a count is at most 2**64 - 1, 20 digits; a double's
# shortest repr is at most 24 characters), and Python refuses ints past 4,300 digits.
_LONGEST_NUMBER = 32
_DIGEST_SIZE = 32
_FIXED_SIZE = len(MAGIC) + 12
_READ_CHUNK = 2**20
# A temporary name of bounded length (the target's own name may take the whole 255 bytes
# a directory entry allows), unlikely to meet another writer's.
_TEMPORARY_PREFIX = ".salience-"
_TEMPORARY_SUFFIX = ".tmp"
_TEMPORARY_ATTEMPTS = 100


class ModelFileError(ValueError):
    """A file that is not a salience model this version can read: another kind of file, a
    damaged one, or one written by a newer salience."""


def write(
    path: str | os.PathLike[str], options: dict[str, Any], table: bytes, version: str
) -> None:
    """Writes a model file atomically: a reader sees the old file or the whole new one.

    A symbolic link is followed: the file it points to is replaced, and the link kept. An
    existing file keeps its permission bits; a new one gets those the umask leaves of 0666.
    Raises FileExistsError when ``path`` is something other than a regular file (a
    directory, a device, a pipe, a socket), which is left as it is.
    """
    if len(table) > LARGEST_TABLE:
        raise ValueError(
            f"the fitted table is {len(table):,} bytes; a model file holds at most "
            f"{LARGEST_TABLE:,}: fit with max_terms to keep fewer terms"
        )
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
    target = os.path.realpath(path)
    mode = _mode_to_keep(path, target)
    descriptor, temporary = _create_temporary(os.path.dirname(target))
    try:
        with os.fdopen(descriptor, "wb") as out:
            if mode is not None:
                os.fchmod(out.fileno(), mode)
            out.write(body)
            out.write(hashlib.sha256(body).digest())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


_FILE_TYPES = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
)


def _file_type(mode: int) -> str:
    for test, name in _FILE_TYPES:
        if test(mode):
            return name
    return "not a regular file"


def _mode_to_keep(path: str | os.PathLike[str], target: str) -> int | None:
    """The permission bits of the regular file at ``target`` (None when there is none);
    FileExistsError when something else is there."""
    try:
        status = os.stat(target)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(status.st_mode):
        name = os.fspath(path)
        what = _file_type(status.st_mode)
        found = (
            f"{name} leads to {target}, which is {what}"
            if os.path.islink(name)
            else f"{name} is {what}"
        )
        raise FileExistsError(
            errno.EEXIST, f"{found}: save() replaces only a regular file, or writes a new one"
        )
    return stat.S_IMODE(status.st_mode)


def _create_temporary(directory: str) -> tuple[int, str]:
    """A new file in ``directory``, open for writing, with the permissions the umask leaves
    of 0666 (as open() gives a new file), and its path."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(_TEMPORARY_ATTEMPTS):
        name = f"{_TEMPORARY_PREFIX}{secrets.token_hex(8)}{_TEMPORARY_SUFFIX}"
        temporary = os.path.join(directory, name)
        try:
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, f"no free temporary file name in {directory}")


def read(path: str | os.PathLike[str]) -> tuple[dict[str, Any], bytes]:
    """The options and the table of a model file. Raises ModelFileError for a file that is
    not one, and OSError (FileNotFoundError, ...) when it cannot be read."""
    name = os.fspath(path)

    def refuse(reason: str) -> ModelFileError:
        return ModelFileError(f"{name} is not a salience model file this can read: {reason}")

    with open(path, "rb") as file:
        status = os.fstat(file.fileno())
        # A regular file's size is checked against the sizes it states before they are
        # read; anything else (a pipe, a device) is read no further than they state.
        size = status.st_size if stat.S_ISREG(status.st_mode) else None
        checksum = hashlib.sha256()
        fixed = _read_up_to(file, _FIXED_SIZE)
        if not fixed.startswith(MAGIC):
            if fixed.startswith(MAGIC[:9]):
                raise refuse(
                    "its header is damaged (was it copied as text, changing line endings?)"
                )
            raise refuse("it does not start with salience's magic bytes (another kind of file?)")
        if len(fixed) < _FIXED_SIZE:
            raise refuse(f"it is cut short at {len(fixed)} bytes")
        format_version, header_size = struct.unpack_from("<IQ", fixed, len(MAGIC))
        if format_version != FORMAT_VERSION:
            raise refuse(
                f"it is in format {format_version}, and this version of salience reads format "
                f"{FORMAT_VERSION}: load it with the salience that wrote it, or upgrade"
            )
        if header_size > LARGEST_HEADER:
            raise refuse(
                f"its header is said to be {header_size:,} bytes, and a model's is at most "
                f"{LARGEST_HEADER:,}"
            )
        if size is not None and size < _FIXED_SIZE + header_size + 8 + _DIGEST_SIZE:
            raise refuse(f"it is cut short at {size} bytes")
        checksum.update(fixed)
        header_and_size = _read_up_to(file, header_size + 8)
        if len(header_and_size) < header_size + 8:
            raise refuse(f"it is cut short at {_FIXED_SIZE + len(header_and_size)} bytes")
        checksum.update(header_and_size)
        (table_size,) = struct.unpack_from("<Q", header_and_size, header_size)
        table_at = _FIXED_SIZE + header_size + 8
        if table_size > LARGEST_TABLE:
            raise refuse(
                f"its table is said to be {table_size:,} bytes, and a model's is at most "
                f"{LARGEST_TABLE:,}"
            )
        stated = table_at + table_size + _DIGEST_SIZE
        if size is not None and size != stated:
            raise refuse(
                f"it is {size} bytes long, but its sizes add up to {stated} "
                "(cut short, or bytes appended)"
            )
        table = _read_up_to(file, table_size)
        digest = _read_up_to(file, _DIGEST_SIZE)
        if len(table) + len(digest) < table_size + _DIGEST_SIZE:
            got = table_at + len(table) + len(digest)
            raise refuse(f"it is cut short at {got} bytes, and its sizes add up to {stated}")
        if size is None and file.read(1):
            raise refuse(f"it goes on past the {stated} bytes its sizes add up to")
    checksum.update(table)
    if checksum.digest() != digest:
        raise refuse("its checksum does not match its contents (the file is damaged)")
    options = _options(header_and_size[:header_size], refuse)
    return options, table


def _read_up_to(file: BinaryIO, size: int) -> bytes:
    """``size`` bytes of ``file``, or fewer at its end; memory grows with what is read, not
    with ``size``."""
    if size <= _READ_CHUNK:
        return file.read(size)
    chunks = []
    left = size
    while left > 0:
        chunk = file.read(min(left, _READ_CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _bounded_number(text: str) -> str:
    if len(text) > _LONGEST_NUMBER:
        raise ValueError(
            f"it holds a number of {len(text):,} characters, and no option needs more than "
            f"{_LONGEST_NUMBER}"
        )
    return text


def _options(header: bytes, refuse: Callable[[str], ModelFileError]) -> dict[str, Any]:
    """The options of a model's header, or ModelFileError from ``refuse`` for any defect."""
    try:
        parsed = json.loads(
            header.decode(),
            parse_int=lambda text: int(_bounded_number(text)),
            parse_float=lambda text: float(_bounded_number(text)),
        )
        options = parsed["options"]
    except RecursionError:
        raise refuse("its header nests JSON deeper than Python can read") from None
    except (ValueError, KeyError, TypeError) as error:  # UnicodeDecodeError, JSONDecodeError too
        raise refuse(f"its header is not the JSON of a model ({error})") from None
    if not isinstance(options, dict):
        raise refuse("its header's options are not a JSON object")
    return options
