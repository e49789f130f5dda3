"""An aide's title takes the title of whom they serve: `[Đặc phái viên của Tổng thống Mỹ]`."""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line


def join_aides(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """`Đặc phái viên của Tổng thống Mỹ`: an aide's title takes the title of whom they serve."""
    out: list[Candidate] = []
    for c in spans:
        last = out[-1] if out else None
        if (
            last is not None
            and c.label == last.label == "ROLE"
            and line.match(last.start, "aides") == last.end
            and (
                c.start == last.end
                or c.start == last.end + 1
                and line.is_(last.end, "của", "nguyên")
            )
        ):
            out[-1] = Candidate(last.start, c.end, "ROLE")
            continue
        out.append(c)
    return out
