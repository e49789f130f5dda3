"""Every training format at once: one folder, one sub-folder per format, one loss report.

A trainer comparing models wants the same documents, split the same way, in
CoNLL (syllables and words), JSONL, brat, spaCy and Hugging Face, without six
commands that could each pick other documents. `run_bundle` runs the one
export of each format with the same selection, split and seed into a
temporary folder that becomes the bundle only when all of them are written
(`atomic`), and writes `LOSS_REPORT.md` beside them: what each format left
out, format by format. A format whose optional package is missing is not
written, and the report says why (it is never left out silently).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from annotator.app.card_language import say
from annotator.app.exporting.atomic import atomic_directory
from annotator.app.exporting.report import ExportStats, LossReport
from annotator.app.exporting.run import ExportOptions, ProgressFn, default_directory, run_export
from annotator.app.team.layers import SEPARATE
from annotator.core.errors import ExportError
from annotator.formats.extras import unavailable_reason

BUNDLE = "all"
REPORT_FILE = "LOSS_REPORT.md"


@dataclass(frozen=True)
class BundlePart:
    """One format of the bundle: its folder name, format and token level (None: the options')."""

    folder: str
    format: str
    level: str | None = None


PARTS = (
    BundlePart("conll-syllable", "conll", "syllable"),
    BundlePart("conll-word", "conll", "word"),
    BundlePart("jsonl", "jsonl"),
    BundlePart("brat", "brat"),
    BundlePart("spacy", "spacy"),
    BundlePart("hf", "hf"),
)


@dataclass(frozen=True)
class PartResult:
    """What one format of the bundle wrote and lost, or why it was not written."""

    part: BundlePart
    report: LossReport | None = None
    stats: ExportStats | None = None
    missing: str = ""


@dataclass(frozen=True)
class BundleResult:
    directory: Path | None
    parts: tuple[PartResult, ...]

    def report_lines(self, language: str = "en") -> list[str]:
        """The loss report of every format, format by format."""
        out = []
        for result in self.parts:
            out.append(f"{result.part.folder}:")
            if result.missing:
                out.append(
                    "  " + say("not written: {reason}", language).format(reason=result.missing)
                )
                continue
            assert result.report is not None
            out.extend(f"  {line}" for line in result.report.lines(language))
        return out


def bundle_options(options: ExportOptions, part: BundlePart, out: Path | None) -> ExportOptions:
    """The options of one format: the bundle's selection, split and seed, its format and level."""
    tokens = replace(options.tokens, level=part.level) if part.level else options.tokens
    return replace(options, format=part.format, tokens=tokens, out=out, overwrite=False)


def run_bundle(
    project: Any,
    options: ExportOptions,
    *,
    progress: ProgressFn | None = None,
    dry_run: bool = False,
    confirm: Callable[[BundleResult], bool] | None = None,
) -> BundleResult:
    """Write every format of PARTS under `options.out`; with `dry_run`, only report.

    `confirm(result)` sees the reports before the bundle is put in place;
    returning False drops it (the result then has no directory).
    """
    if options.selection.layer == SEPARATE:
        raise ExportError(
            "every format at once writes one layer: choose the auto, curated or majority "
            "layer, or export each format on its own with the separate layer"
        )
    for part in PARTS:
        if not unavailable_reason(part.format):
            bundle_options(options, part, None).check()
    if dry_run:
        return BundleResult(None, tuple(_parts(project, options, None, progress, dry_run=True)))
    target = Path(options.out) if options.out else default_directory(project, options)
    try:
        with atomic_directory(target, overwrite=options.overwrite) as temp:
            result = BundleResult(target, tuple(_parts(project, options, temp, progress)))
            (temp / REPORT_FILE).write_text(_report_file(result, options), encoding="utf-8")
            if confirm is not None and not confirm(result):
                raise _Declined(result)
    except _Declined as declined:
        return BundleResult(None, declined.result.parts)
    return result


def _parts(
    project: Any,
    options: ExportOptions,
    temp: Path | None,
    progress: ProgressFn | None,
    *,
    dry_run: bool = False,
) -> list[PartResult]:
    results = []
    for number, part in enumerate(PARTS):
        missing = unavailable_reason(part.format)
        if missing:
            results.append(PartResult(part, missing=missing))
            continue
        out = temp / part.folder if temp is not None else None
        one = run_export(
            project,
            bundle_options(options, part, out),
            progress=_offset(progress, number),
            dry_run=dry_run,
        )
        results.append(PartResult(part, one.report, one.stats))
    return results


def _offset(progress: ProgressFn | None, number: int) -> ProgressFn | None:
    """Progress over the whole bundle: the formats one after the other."""
    if progress is None:
        return None
    parts = len(PARTS)
    return lambda done, total: progress(number * total + done, parts * total)


def _report_file(result: BundleResult, options: ExportOptions) -> str:
    language = options.card_language
    documents: dict[str, int] = next(
        (dict(p.stats.documents) for p in result.parts if p.stats is not None), {}
    )
    counts = ", ".join(f"{split} {n}" for split, n in documents.items())
    lines = [
        f"# {say('Loss report of every format', language)}",
        "",
        say("documents: {counts}", language).format(counts=counts or "0"),
        "",
        "```",
        *result.report_lines(language),
        "```",
        "",
    ]
    return "\n".join(lines)


class _Declined(Exception):
    """The caller declined the bundle after seeing its report."""

    def __init__(self, result: BundleResult) -> None:
        super().__init__()
        self.result = result
