#!/usr/bin/env python3
"""One table per budget kind across the quality harness's reports: salience, Lead and the best
peer on every set.

Reads the reports bench/run_quality.sh writes (bench/results/quality_<set>[_clean]_<k>sent_<W>
words.md) and writes bench/results/quality_summary.md: a row per set with salience's R-1, R-2
and R-Lsum, Lead's, the best peer's (the peer with the highest R-1; salience and Lead are not
peers) and the share of chosen sentences that open with an unresolved reference. Where a peer
was skipped on a full set, the row of the same set's first-N table (every peer) follows it.
Nothing is recomputed: the numbers are the reports'.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from common import RESULTS_DIR, command_line, table_head, table_row, utc_now, write_report

# The sets of run_quality.sh, in its order, with what they hold.
SETS = {
    "cnndm_dev": "news (CNN/DailyMail)",
    "cnndm_dev_clean": "news, boilerplate removed",
    "fewsum": "reviews of one product (FewSum)",
    "qmsum_topics": "meeting topic segments (QMSum)",
    "scisummnet": "scientific papers (ScisummNet)",
    "ami": "whole meetings (AMI)",
}
REPORT_NAME = re.compile(r"quality_(?P<set>.+?)(?:_n(?P<limit>\d+))?_\d+sent_\d+words\.md")
BUDGET_KINDS = {"sentences": "Sentence budget", "words": "Word budget"}
PEERS_EXCLUDED = ("salience", "lead")


@dataclass(frozen=True)
class Row:
    """One system's numbers in one table of a report."""

    system: str
    rouge: tuple[str, str, str]  # R-Lsum as the report prints them
    unresolved: str

    @property
    def rouge1(self) -> float:
        return float(self.rouge[0])


@dataclass(frozen=True)
class Report:
    """What the summary needs of one report of quality.py."""

    path: Path
    set_name: str
    limit: int | None
    documents: int
    skipped: tuple[str, ...]
    tables: dict[str, tuple[str, list[Row]]]  # budget kind -> (budget label, rows)


def budget_kind(label: str) -> str:
    if label.endswith(" sentences"):
        return "sentences"
    if " words" in label:
        return "words"
    return "ratio"


def split_cells(line: str) -> list[str]:
    """The cells of a Markdown table row (an escaped \\| stays in its cell)."""
    return [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]


def parse_report(path: Path) -> Report | None:
    """The report's tables, or None when the file name is not a run_quality.sh report."""
    match = REPORT_NAME.fullmatch(path.name)
    if match is None:
        return None
    lines = path.read_text(encoding="utf-8").splitlines()
    documents = next(
        (int(m.group(1)) for line in lines if (m := re.search(r"n = (\d+) documents", line))), 0
    )
    skipped = tuple(
        line.removeprefix("- skipped: ").split(" ", 1)[0]
        for line in lines
        if line.startswith("- skipped: ")
    )
    tables: dict[str, tuple[str, list[Row]]] = {}
    label, columns, rows = "", [], []
    for line in [*lines, ""]:
        if line.startswith("## "):
            label, columns, rows = line[3:], [], []
        elif line.startswith("|") and label:
            cells = split_cells(line)
            if not columns:
                columns = cells
            elif not set(cells[0]) <= set("-:"):
                at = {name: columns.index(name) for name in ("R-1", "R-2", "R-Lsum")}
                rouge = (cells[at["R-1"]], cells[at["R-2"]], cells[at["R-Lsum"]])
                unresolved = cells[columns.index("unresolved refs")]
                rows.append(Row(cells[0], rouge, unresolved))
        elif label and rows:
            tables[budget_kind(label)] = (label, rows)
            label = ""
    limit = int(match.group("limit")) if match.group("limit") else None
    return Report(path, match.group("set"), limit, documents, skipped, tables)


def set_order(report: Report) -> tuple[int, str, int]:
    known = list(SETS)
    index = known.index(report.set_name) if report.set_name in known else len(known)
    return (index, report.set_name, report.limit or 0)


def rouge_cell(row: Row | None) -> str:
    return " / ".join(row.rouge) if row is not None else "—"


def summary_rows(reports: Sequence[Report], kind: str) -> list[str]:
    full = {r.set_name for r in reports if r.limit is None}
    skipped = {r.set_name for r in reports if r.limit is None and r.skipped}
    lines: list[str] = []
    for report in sorted(reports, key=set_order):
        if kind not in report.tables:
            continue
        # A first-N table only stands beside a full set that left a peer out.
        if report.limit is not None and report.set_name in full - skipped:
            continue
        label, rows = report.tables[kind]
        by_name = {row.system: row for row in rows}
        peers = [row for row in rows if row.system not in PEERS_EXCLUDED]
        best = max(peers, key=lambda row: row.rouge1, default=None)
        salience, lead = by_name.get("salience"), by_name.get("lead")
        name = f"{report.set_name}: {SETS.get(report.set_name, report.set_name)}"
        if report.limit is not None:
            name += f", first {report.limit} with every peer"
        elif report.skipped:
            name += f" ({', '.join(report.skipped)} skipped)"
        budget = label.split(" (")[0]
        unresolved = " / ".join(
            row.unresolved if row is not None else "—" for row in (salience, lead, best)
        )
        lines.append(
            table_row(
                [
                    name,
                    budget,
                    report.documents,
                    *(salience.rouge if salience is not None else ("—",) * 3),
                    rouge_cell(lead),
                    f"{best.system} {rouge_cell(best)}" if best is not None else "—",
                    unresolved,
                    f"`{report.path.name}`",
                ]
            )
        )
    return lines


def render(reports: Sequence[Report]) -> str:
    lines = [
        "# Quality across the development sets",
        "",
        f"- command: `{command_line()}`, {utc_now()}; the numbers are those of the reports "
        "named in the last column (bench/results/, written by bench/run_quality.sh: each "
        "gives its command, versions, date and every system)",
        "- rouge-score F1 x100 (R-1 / R-2 / R-Lsum); best peer: the peer with the highest "
        "R-1 (salience and Lead are not peers); unresolved: the share of chosen sentences "
        "that open with a pronoun, demonstrative or connective whose sentence before was not "
        "chosen, for salience / Lead / the best peer",
        "- where a slow peer was skipped on a full set, the row below it is the same set's "
        "first N documents with every system",
    ]
    columns = ["set", "budget", "n", "salience R-1", "R-2", "R-Lsum", "Lead R-1 / R-2 / R-Lsum"]
    columns += ["best peer R-1 / R-2 / R-Lsum", "unresolved: salience / Lead / peer", "report"]
    for kind, title in BUDGET_KINDS.items():
        rows = summary_rows(reports, kind)
        if rows:
            lines += ["", f"## {title}", "", *table_head(columns, "llrrrrllll"), *rows]
    return "\n".join([*lines, ""])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "reports",
        nargs="*",
        type=Path,
        help="reports to read (default: bench/results/quality_*sent_*words.md)",
    )
    parser.add_argument(
        "--out", type=Path, default=RESULTS_DIR / "quality_summary.md", help="Markdown output"
    )
    args = parser.parse_args(argv)
    paths = args.reports or sorted(RESULTS_DIR.glob("quality_*sent_*words.md"))
    reports = [r for r in map(parse_report, paths) if r is not None]
    if not reports:
        raise SystemExit("no quality_<set>_<k>sent_<W>words.md reports to summarize")
    write_report(render(reports), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
