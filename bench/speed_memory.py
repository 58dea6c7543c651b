"""Peak memory of this process, as the growth harness measures it (Linux)."""

from __future__ import annotations

import resource


def reset_peak_rss() -> bool:
    """Make the peak RSS the current RSS (Linux >= 4.0), so the load's transients drop out."""
    try:
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")
        return True
    except OSError:
        return False


def peak_rss_bytes() -> int:
    """This process's peak RSS: VmHWM, the kernel's high-water mark of its own memory.

    resource.getrusage's ru_maxrss is the same figure, except that it also keeps the peak of
    the process image that exec replaced, here the parent's forked copy, so for a child it
    reports at least the parent's RSS. Both are in the JSON.
    """
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return ru_maxrss_bytes()


def ru_maxrss_bytes() -> int:
    """getrusage's peak RSS of this process (see peak_rss_bytes for how it differs)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
