"""Builds a smaller ICU data library for the wheel: the system's libicudata with only the data
salience uses.

ICU's data library holds every locale's names, currencies, units, time zones, collation and
charset converters (31 MB for ICU 72); salience reads character properties, case folding,
normalization and the break iterators with their dictionaries (4.4 MB). This script reads
the data package out of the system library, removes what salience does not use with ICU's
own `icupkg` (which refuses to remove an item that a kept one needs), and turns the rest
back into a library of the same name and symbol with `genccode`, so that ICU's common
library loads it as it would the original:

    python scripts/trim_icu_data.py build/icu-data    # writes build/icu-data/libicudata.so.72

scripts/build_wheel.sh puts that folder on LD_LIBRARY_PATH for auditwheel, which then bundles
this library instead of the system's. Needs Debian's icu-devtools (icupkg, genccode), binutils
and a C compiler. Every test of the package runs against the trimmed data in the wheel test
(scripts/test_wheel.sh), so anything removed that salience needs fails a test there.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

# Top-level folders of locale data that salience never opens: display names of languages,
# regions, currencies and units, time zones, collation, transliteration, number spelling.
UNUSED_TREES = ("curr/", "lang/", "region/", "unit/", "zone/", "coll/", "translit/", "rbnf/")
# Files at the top that salience never opens: charset converters (it reads UTF-8 only), the
# converter alias table, character names, confusables.
UNUSED_SUFFIXES = (".cnv",)
UNUSED_FILES = {"cnvalias.icu", "unames.icu", "confusables.cfu"}
# Top-level resource bundles that locale handling reads; the other top-level bundles are each
# a locale's main data (dates, numbers, ...), which salience does not use.
LOCALE_INFRASTRUCTURE = {
    "root.res",
    "res_index.res",
    "pool.res",
    "likelySubtags.res",
    "supplementalData.res",
    "metadata.res",
    "keyTypeData.res",
    "plurals.res",
    "numberingSystems.res",
    "icuver.res",
    "icustd.res",
}


def system_library() -> Path:
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    found = re.search(r"libicudata\.so\.\d+ .*=> (\S+)", listing)
    if not found:
        sys.exit("trim_icu_data: no libicudata in the loader's cache (apt-get install libicu-dev)")
    return Path(found.group(1)).resolve()


def read_data_package(library: Path) -> tuple[str, bytes]:
    """The symbol icudtNN_dat and its bytes, read from the library's file."""
    symbols = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(library)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt\d+_dat)$", symbols, flags=re.MULTILINE)
    if not found:
        sys.exit(f"trim_icu_data: {library} defines no icudtNN_dat")
    address, size, symbol = int(found.group(1), 16), int(found.group(2), 16), found.group(3)
    # The symbol's file offset: its address less that of its section, plus the section's offset.
    sections = subprocess.run(
        ["readelf", "-S", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            section_address, section_offset = int(fields[3], 16), int(fields[4], 16)
            offset = address - section_address + section_offset
            return symbol, library.read_bytes()[offset : offset + size]
    sys.exit(f"trim_icu_data: {library} has no .rodata section")


def unused(item: str) -> bool:
    if item.startswith(UNUSED_TREES) or item.endswith(UNUSED_SUFFIXES) or item in UNUSED_FILES:
        return True
    return "/" not in item and item.endswith(".res") and item not in LOCALE_INFRASTRUCTURE


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path, help="folder for libicudata.so.NN")
    out = parser.parse_args().out
    library = system_library()
    symbol, package = read_data_package(library)
    name = symbol.removesuffix("_dat") + "l"  # icudt72l: little-endian ASCII, as on x86 and ARM
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        (work / "full").mkdir()
        (work / "full" / f"{name}.dat").write_bytes(package)
        items = subprocess.run(
            ["icupkg", "-l", f"full/{name}.dat"],
            cwd=work,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        removed = [item for item in items if unused(item)]
        (work / "remove.txt").write_text("\n".join(removed) + "\n", encoding="utf-8")
        subprocess.run(
            ["icupkg", "-r", "remove.txt", f"full/{name}.dat", f"{name}.dat"], cwd=work, check=True
        )
        subprocess.run(
            ["genccode", "--assembly", "gcc", "-e", symbol.removesuffix("_dat"), f"{name}.dat"],
            cwd=work,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        out.mkdir(parents=True, exist_ok=True)
        trimmed = out.resolve() / library.name
        soname = re.sub(r"(\.so\.\d+).*", r"\1", library.name)
        subprocess.run(
            [
                "cc",
                "-shared",
                "-o",
                str(trimmed),
                f"-Wl,-soname,{soname}",
                "-Wl,-z,noexecstack",
                f"{name}_dat.S",
            ],
            cwd=work,
            check=True,
        )
        (out / soname).unlink(missing_ok=True)
        (out / soname).symlink_to(trimmed.name)
        sizes = f"{len(package) / 1e6:.1f} MB -> {trimmed.stat().st_size / 1e6:.1f} MB"
        kept = f"{len(items) - len(removed)} of {len(items)} items kept"
        print(f"trim_icu_data: {library.name}: {sizes} ({kept}) in {trimmed}")


if __name__ == "__main__":
    main()
