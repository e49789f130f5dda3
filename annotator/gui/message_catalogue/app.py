"""The message templates of annotator.app, for the translation catalogue.

Written by `python -m annotator.gui.message_scan` (make translations); do not edit.
pyside6-lupdate reads the QT_TR_NOOP calls; gui.messages.shown translates them.
"""

from PySide6.QtCore import QT_TR_NOOP

TEMPLATES = (
    QT_TR_NOOP("      e.g. {source}: {reason}"),
    QT_TR_NOOP("  ... and {n} more"),
    QT_TR_NOOP("  {document} (same text as {first})"),
    QT_TR_NOOP("  {line}"),
    QT_TR_NOOP("  {source}: {reason}"),
    QT_TR_NOOP("--common {common}: there are only {count} documents"),
    QT_TR_NOOP("--common {common}: there is only 1 document"),
    QT_TR_NOOP("--map takes OLD=NEW, not {item!r}"),
    QT_TR_NOOP("--new-labels must be add or refuse, not {new_labels!r}"),
    QT_TR_NOOP("1 document"),
    QT_TR_NOOP("1 entity"),
    QT_TR_NOOP("1 mention"),
    QT_TR_NOOP("1 new organisation"),
    QT_TR_NOOP("1 new person"),
    QT_TR_NOOP("1 relation"),
    QT_TR_NOOP("Already in the project, not imported again: {n}"),
    QT_TR_NOOP("Kept with their own annotations, though another document has the same text: {n}"),
    QT_TR_NOOP("Labels only in the package's schema, unused there: {labels}"),
    QT_TR_NOOP("Labels renamed by the label map: {renamed}"),
    QT_TR_NOOP(
        "Left out {relations} of the package on a span of its curated layer: only the annotator's layer is merged."
    ),
    QT_TR_NOOP("Mapped {old} to {new}."),
    QT_TR_NOOP("New labels added to the schema: {labels}"),
    QT_TR_NOOP("New relation types added to the schema: {types}"),
    QT_TR_NOOP(
        "No document has been marked done by at least two annotators yet ({names}), so there is nothing to compare: give the same documents to two or more annotators (Team ▸ Create work packages, with several annotators per document) and merge their packages once they are done."
    ),
    QT_TR_NOOP(
        "No done or reviewed document has accepted annotations yet: annotate a few documents and mark them done, then train."
    ),
    QT_TR_NOOP(
        "No done or reviewed document has accepted annotations yet; unfinished documents that have some: {count}. An imported corpus arrives unfinished: mark them done (Document ▸ Mark every unfinished document of the list done, or the mark-done command), then train."
    ),
    QT_TR_NOOP("No suggester named {main!r} ran; choose one of: {choices}."),
    QT_TR_NOOP(
        "Of {relations} that linked {annotator}'s earlier layer with another layer, {kept} kept (now on the identical span of the merged layer) and {removed} removed, as their span is gone (undo brings them back)."
    ),
    QT_TR_NOOP(
        "Registry: the merged layer links {mentions} to registry entities; new here and now added, made or linked in the package: {entities}."
    ),
    QT_TR_NOOP("Relation types now allowing more labels: {types}"),
    QT_TR_NOOP("Skipped, by reason:"),
    QT_TR_NOOP(
        "The disk is full (or a file size limit was reached) while writing {target}{where}; nothing was written there and whatever it held before is unchanged. Free some space and try again."
    ),
    QT_TR_NOOP("The suggesters could not start: {payload}"),
    QT_TR_NOOP("Training was cancelled; the previous model is unchanged."),
    QT_TR_NOOP("Warnings, by reason:"),
    QT_TR_NOOP("a saved filter needs a name"),
    QT_TR_NOOP("agreement needs at least two annotators' layers in the project"),
    QT_TR_NOOP("already imported"),
    QT_TR_NOOP("an annotator is named twice"),
    QT_TR_NOOP(
        "annotations crossing another's edge: {n} (kept as the file has them; spans may nest but not cross, so nested tags or BIO layers cannot write both)"
    ),
    QT_TR_NOOP("cannot read the label map {path}: {exc}"),
    QT_TR_NOOP("desktop entries are for Linux and BSD desktops"),
    QT_TR_NOOP("empty file: no documents in it"),
    QT_TR_NOOP(
        "every format at once writes one layer: choose the auto, curated or majority layer, or export each format on its own with the separate layer"
    ),
    QT_TR_NOOP("jobs must be 0 (one per CPU), 1 (no workers) or more"),
    QT_TR_NOOP("level must be source, syllable or word, and blocks sentence or paragraph"),
    QT_TR_NOOP("line {line} on: nested too deeply to be read"),
    QT_TR_NOOP("name at least one annotator"),
    QT_TR_NOOP("no annotator's layer to export separately"),
    QT_TR_NOOP("no document of these files is in the project, so nothing was attached"),
    QT_TR_NOOP("no document of these files is in the project, so nothing was attached ({first})"),
    QT_TR_NOOP("no document with id {missing} in this project"),
    QT_TR_NOOP("no documents match; nothing to share out"),
    QT_TR_NOOP("no label {name!r} in this project; its labels: {names}"),
    QT_TR_NOOP("no layer of annotator {unknown!r} in this project; layers: {value}"),
    QT_TR_NOOP("no saved filter called {name!r}; saved filters: {known}"),
    QT_TR_NOOP("none"),
    QT_TR_NOOP("overlap must be between 1 and the number of annotators ({count})"),
    QT_TR_NOOP(
        "relation type {kind} between {head} and {tail}; import with --new-labels add to allow it"
    ),
    QT_TR_NOOP("relation type {name} (1 relation)"),
    QT_TR_NOOP("relation type {name} ({n} relations)"),
    QT_TR_NOOP("same text as {first}, imported just before"),
    QT_TR_NOOP("the demo articles could not be imported: {details}"),
    QT_TR_NOOP("the label map {path} is not valid JSON: {exc}"),
    QT_TR_NOOP("the label map {path} must map names to names"),
    QT_TR_NOOP("the label map {path}, line {number}: write OLD = NEW (got {written!r})"),
    QT_TR_NOOP("the layers policy needs at least one layer"),
    QT_TR_NOOP("the open project's own file: it is not an article and is not read"),
    QT_TR_NOOP(
        "too large: {size} MB is over the {limit} MB limit for a corpus file read whole (raise it with --max-corpus-size)"
    ),
    QT_TR_NOOP(
        "too large: {size} MB is over the {limit} MB limit for one plain-text article (raise it with --max-size if this really is one)"
    ),
    QT_TR_NOOP("two annotators' names give the same file name; rename one"),
    QT_TR_NOOP("unknown card language {card_language!r}; choose {choices}"),
    QT_TR_NOOP("unknown format {format!r}; choose one of {choices}"),
    QT_TR_NOOP(
        "unknown label {missing!r}; add it (annotator labels add) or import with --new-labels add"
    ),
    QT_TR_NOOP("unknown layer {layer!r}; choose one of {choices}"),
    QT_TR_NOOP("unknown layer {layer!r}; choose {choices}"),
    QT_TR_NOOP("unknown overlap policy {overlap!r}; choose {choices}"),
    QT_TR_NOOP("unknown relation type {kind!r}; import with --new-labels add to allow it"),
    QT_TR_NOOP("unknown tag scheme {scheme!r}; choose iob2 or bioes"),
    QT_TR_NOOP("unreadable folder: {why}"),
    QT_TR_NOOP("unreadable from here on: {why}"),
    QT_TR_NOOP("unreadable from line {line}: ({error})"),
    QT_TR_NOOP("unreadable: broken link to {readlink}"),
    QT_TR_NOOP("unreadable: nested too deeply to be read"),
    QT_TR_NOOP("unreadable: no such file or folder"),
    QT_TR_NOOP("unreadable: not a regular file (device, pipe or socket)"),
    QT_TR_NOOP("unreadable: permission denied"),
    QT_TR_NOOP("unreadable: the file could not be parsed ({error})"),
    QT_TR_NOOP("unreadable: this is a folder, not a file"),
    QT_TR_NOOP("unreadable: {value}"),
    QT_TR_NOOP(
        "{cause} The import stopped after 1 imported document, which is kept; run the same import again to finish it (files already imported are skipped)."
    ),
    QT_TR_NOOP(
        "{cause} The import stopped after {n} imported documents, which are kept; run the same import again to finish it (files already imported are skipped)."
    ),
    QT_TR_NOOP("{count} × {reason}"),
    QT_TR_NOOP(
        "{directory} holds {name}, which is not a statistics file: statistics replace their folder whole, so it was left as it is and nothing was written. Choose a new folder, or one that holds only earlier statistics."
    ),
    QT_TR_NOOP("{label} (1 span)"),
    QT_TR_NOOP("{label} ({count} spans)"),
    QT_TR_NOOP("{line} ({cost})"),
    QT_TR_NOOP(
        "{linked} linked by name, {suggested} suggested for confirmation; {persons}, {organisations}"
    ),
    QT_TR_NOOP(
        "{name} is a package of another project ({other!r}), not of this one; nothing was merged."
    ),
    QT_TR_NOOP(
        "{name} is a project, not a work package, so it was not merged. To compare annotations made elsewhere, import them with: annotator import PROJECT FILE --annotator NAME"
    ),
    QT_TR_NOOP(
        "{name} is an older copy of {annotator}'s package: last edited {edited}, while the copy merged on {merged} was last edited {before}. Merging it would put {annotator}'s earlier work back over their later work, so nothing was merged. To keep the older copy all the same, merge it again and confirm (or, on the command line, add --replace-newer)."
    ),
    QT_TR_NOOP(
        "{name} is the copy merged on {merged}, unchanged since: merging it again changed nothing."
    ),
    QT_TR_NOOP("{name} names no usable annotator: {exc}"),
    QT_TR_NOOP(
        "{name} uses what this project's schema lacks: {missing}. Nothing was merged. Add them to the project's label schema, or map each to one it has, on the command line: annotator package merge PROJECT PACKAGE --map OLD=NEW"
    ),
    QT_TR_NOOP("{name} was not merged: {exc}"),
    QT_TR_NOOP("{name}, {failure}"),
    QT_TR_NOOP("{n} documents"),
    QT_TR_NOOP("{n} entities"),
    QT_TR_NOOP("{n} mentions"),
    QT_TR_NOOP("{n} new organisations"),
    QT_TR_NOOP("{n} new persons"),
    QT_TR_NOOP("{n} relations"),
    QT_TR_NOOP(
        '{path}, line {number}: not a gold document (no "{field}" field). Each line needs "text" and "spans" (or "label", as the JSONL export writes it): [[start, end, label], ...].'
    ),
    QT_TR_NOOP(
        '{path}, line {number}: not a gold document ({exc}). Each line needs "text" and "spans" (or "label", as the JSONL export writes it): [[start, end, label], ...].'
    ),
    QT_TR_NOOP("{reason} Check that underthesea is installed, or raise the time limit."),
    QT_TR_NOOP("{taken} already exists; choose another --out folder or remove it"),
    QT_TR_NOOP("{target} already exists; choose another name or allow overwriting it"),
    QT_TR_NOOP(
        "{target} could not be written: {value}{where}. Nothing was written there and whatever it held before is unchanged."
    ),
    QT_TR_NOOP(
        "{target} holds the open project {project}: replacing the folder would delete it. Nothing was written; choose another folder for the export."
    ),
)
