"""Labels on import: renamed only when asked, added to the schema rather than losing a document.

A corpus names its labels as it likes (PATIENT_ID, MISC, LOCATION). A label
the project lacks is added to the schema (`new_labels="add"`, the default)
and listed in the report, or the document is refused with that reason
(`"refuse"`). A relation type the project lacks is added the same way, and
a known type that does not yet allow a pair of labels is widened to allow
it. Nothing is renamed unless a label map says so (`LOCATION = LOC`); the
map is kept with the document's source tokens, so an export at level
source writes the names the corpus used.

Every change to the schema goes through the one write path (PutLabel,
PutRelationType), logged as part of the import: it is not an undo step.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.errors import AnnotatorError, ImportFailure
from annotator.core.messages import joined, message
from annotator.core.model import SourceDocument
from annotator.core.schema import LabelSchema, RelationType, free_color

if TYPE_CHECKING:  # the write path is loaded only by an import that changes the schema
    from annotator.core.operations import PutRelationType

ADD = "add"
REFUSE = "refuse"
NEW_LABEL_MODES = (ADD, REFUSE)

_SEPARATORS = re.compile(r"\t|\s*(?:=|->|→)\s*")


def read_label_map(path: Path) -> dict[str, str]:
    """A renaming of labels from a file: a JSON object, or `OLD = NEW` lines.

    Lines may also use `->`, `→` or a tab between the names (names may hold
    spaces); blank lines and lines starting with `#` are skipped.
    """
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise AnnotatorError("cannot read the label map {path}: {exc}", path=path, exc=exc) from exc
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise AnnotatorError(
                "the label map {path} is not valid JSON: {exc}", path=path, exc=exc
            ) from exc
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
            raise AnnotatorError("the label map {path} must map names to names", path=path)
        return {k.strip(): v.strip() for k, v in data.items()}
    mapping: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = _SEPARATORS.split(line.strip(), maxsplit=1)
        if len(parts) != 2:
            parts = line.split(None, 1)
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            raise AnnotatorError(
                "the label map {path}, line {number}: write OLD = NEW (got {written!r})",
                path=path,
                number=number,
                written=line.strip(),
            )
        mapping[parts[0].strip()] = parts[1].strip()
    return mapping


@dataclass
class SchemaChanges:
    """What an import did to the schema, for its report."""

    labels_added: Counter[str] = field(default_factory=Counter)  # label -> spans imported with it
    types_added: list[str] = field(default_factory=list)
    types_widened: list[str] = field(default_factory=list)
    renamed: Counter[tuple[str, str]] = field(default_factory=Counter)  # (old, new) -> spans

    def lines(self) -> list[str]:
        """The report's lines (Messages: the window translates them)."""
        out: list[str] = []
        if self.labels_added:
            listed = [
                message("{label} (1 span)", label=k)
                if v == 1
                else message("{label} ({count} spans)", label=k, count=v)
                for k, v in sorted(self.labels_added.items())
            ]
            out.append(message("New labels added to the schema: {labels}", labels=joined(listed)))
        if self.types_added:
            out.append(
                message(
                    "New relation types added to the schema: {types}",
                    types=", ".join(self.types_added),
                )
            )
        if self.types_widened:
            out.append(
                message(
                    "Relation types now allowing more labels: {types}",
                    types="; ".join(self.types_widened),
                )
            )
        if self.renamed:
            renames = ", ".join(f"{a} → {b} ({n})" for (a, b), n in sorted(self.renamed.items()))
            out.append(message("Labels renamed by the label map: {renamed}", renamed=renames))
        return out


class LabelPolicy:
    """Renames a document's labels as the map says and makes sure the schema holds them."""

    def __init__(
        self,
        project: Any,
        *,
        mapping: dict[str, str] | None = None,
        new_labels: str = ADD,
        changes: SchemaChanges | None = None,
    ) -> None:
        if new_labels not in NEW_LABEL_MODES:
            raise AnnotatorError(
                "--new-labels must be add or refuse, not {new_labels!r}", new_labels=new_labels
            )
        self.project = project
        self.mapping = dict(mapping or {})
        self.mode = new_labels
        self.changes = changes or SchemaChanges()
        self._session: Any = None
        self._schema: LabelSchema = project.schema()

    def prepare(self, source: SourceDocument) -> SourceDocument:
        """The document with its labels renamed; the schema made to hold it (or ImportFailure)."""
        if self.mapping:
            source = self._renamed(source)
        if not source.spans and not source.relations:
            return source  # a plain article: nothing to rename or add
        labels = {label for _, _, label in source.spans}
        missing = sorted(labels - set(self._schema.label_names()))
        if missing and self.mode == REFUSE:
            raise ImportFailure(
                "unknown label {missing!r}; add it (annotator labels add) or import with "
                "--new-labels add",
                missing=missing[0],
            )
        for label in missing:
            from annotator.core.operations import PutLabel

            self._apply(PutLabel(name=label, color=free_color(self._schema)))
            self.changes.labels_added[label] += 0
        for label in labels & set(self.changes.labels_added):
            self.changes.labels_added[label] += sum(1 for s in source.spans if s[2] == label)
        for head, tail, kind in source.relations:
            self._relation(kind, source.spans[head][2], source.spans[tail][2])
        return source

    def _relation(self, kind: str, head: str, tail: str) -> None:
        try:
            known: RelationType | None = self._schema.relation(kind)
        except AnnotatorError:
            known = None
        if known is not None and known.allows(head, tail):
            return
        if self.mode == REFUSE:
            if known is None:
                raise ImportFailure(
                    "unknown relation type {kind!r}; import with --new-labels add to allow it",
                    kind=kind,
                )
            raise ImportFailure(
                "relation type {kind} between {head} and {tail}; import with --new-labels add to "
                "allow it",
                kind=kind,
                head=head,
                tail=tail,
            )
        if known is None:
            from annotator.core.operations import PutRelationType

            self._apply(PutRelationType(name=kind))
            self.changes.types_added.append(kind)
            return
        heads = known.head_labels + (
            (head,) if known.head_labels and head not in known.head_labels else ()
        )
        tails = known.tail_labels + (
            (tail,) if known.tail_labels and tail not in known.tail_labels else ()
        )
        self._apply(replace_type(known, heads, tails))
        self.changes.types_widened.append(f"{kind} ({head} → {tail})")

    def _apply(self, op: Any) -> None:
        if self._session is None:
            self._session = self.project.session()
        self._session.apply(op, undoable=False)
        self._schema = self.project.schema()

    def _renamed(self, source: SourceDocument) -> SourceDocument:
        mapping = self.mapping
        spans = tuple((s, e, mapping.get(label, label)) for s, e, label in source.spans)
        relations = tuple((h, t, mapping.get(kind, kind)) for h, t, kind in source.relations)
        used = {label for *_, label in source.spans if label in mapping}
        for label in used:
            self.changes.renamed[(label, mapping[label])] += sum(
                1 for s in source.spans if s[2] == label
            )
        tokens = source.tokens
        if tokens is not None and used:
            targets = Counter(mapping[label] for label in used)
            back = tuple((mapping[old], old) for old in sorted(used) if targets[mapping[old]] == 1)
            tokens = replace(tokens, layout=replace(tokens.layout, labels=back))
        return replace(source, spans=spans, relations=relations, tokens=tokens)


def replace_type(
    known: RelationType, heads: tuple[str, ...], tails: tuple[str, ...]
) -> PutRelationType:
    """The operation that gives a relation type new head and tail labels, all else kept."""
    from annotator.core.operations import PutRelationType

    return PutRelationType(
        name=known.name,
        head_labels=heads,
        tail_labels=tails,
        description=known.description,
        key=known.key,
    )
