<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Note about this document (saved automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{spans}, {relations}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled #{id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{message}, and rejected %Ln relation(s) with it</source>
        <translation>
            <numerusform>{message}, and rejected %Ln relation with it</numerusform>
            <numerusform>{message}, and rejected %Ln relations with it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{message}, and accepted %Ln span(s) with it</source>
        <translation>
            <numerusform>{message}, and accepted %Ln span with it</numerusform>
            <numerusform>{message}, and accepted %Ln spans with it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{message}; removed %Ln relation(s) the new label does not fit (Ctrl+Z takes it back)</source>
        <translation>
            <numerusform>{message}; removed %Ln relation the new label does not fit (Ctrl+Z takes it back)</numerusform>
            <numerusform>{message}; removed %Ln relations the new label does not fit (Ctrl+Z takes it back)</numerusform>
        </translation>
    </message>
    <message>
        <source>Already labelled {label}: selected it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted the {label} suggestion already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: the selection overlaps {n} {label} spans; select words over only one to correct its extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted {label} with its extent corrected: {surface}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected the extent of {label}: “{old}” → “{new}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection crosses a paragraph break, so it was not labelled {label}: label each paragraph&apos;s part (Label schema can allow it for this label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted as {label}: {surface}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {label}: {surface}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb} {spans} and {relations}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} in other annotators&apos; layers left to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Ctrl+Z takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln crossing suggestion(s) left pending, to decide one by one ({pairs})</source>
        <translation>
            <numerusform>%Ln crossing suggestion left pending, to decide by itself ({pairs})</numerusform>
            <numerusform>%Ln crossing suggestions left pending, to decide one by one ({pairs})</numerusform>
        </translation>
    </message>
    <message>
        <source>The {n} pending suggestions here are in other annotators&apos; layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending suggestions in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No span at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the target span first, or press Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection holds no word to label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text first, then press a label key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{surface}” crosses a paragraph break: most labels refuse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{surface}”: press a label key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all suggestions ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject all suggestions ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept suggestion	Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject suggestion	Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start relation…	R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete span	Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept relation	Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject relation	Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete relation	Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label selection as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a span first, then press R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation from {label} “{surface}”: click the target span, or the caret into it, Tab, Enter; Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the caret in the target span, then Tab and Enter; Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relation type links {head} and {tail}; pick another span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} already links these spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: Enter accepts, Backspace rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The same relation in %Ln layer(s): {names}</source>
        <translation>
            <numerusform>The same relation in %Ln layer: {names}</numerusform>
            <numerusform>The same relation in %Ln layers: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the relation {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curated layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %Ln layer(s): {names}</source>
        <translation>
            <numerusform>in %Ln layer: {names}</numerusform>
            <numerusform>in %Ln layers: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Word mode needs a word splitter; selecting syllables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target {label} “{surface}”: Enter links it, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested {label} “{surface}” ({source}): Enter accepts, Backspace rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as each document&apos;s source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syllable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outermost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>innermost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id in its corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: each document in the tokens, sentences, columns and label names it was imported with (syllables for documents that came without); syllable or word: tokenised again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag columns written with the layers policy (CoNLL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS and chunk columns (VLSP 2016 layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-DOCSTART- -X- O O before each document (CoNLL): by default where the document&apos;s source had it, and always for documents that came without tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any title (or words it contains, accents optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all annotators (or a comma list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all labels (or a comma list, e.g. PER,ROLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which annotators&apos; layer: auto (curated where it exists, else every layer), curated only, majority vote, or each annotator into a folder of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include pending suggestions (rejected ones never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this selection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, or train:dev:test such as 8:1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance label counts across splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write full source paths (they name your folders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: each document&apos;s source is written from the folder it was imported from; the full path stays in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used by the {format} format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation projects (*.db *.annot *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is writing to {name}.
Waiting for it to finish ({waited} s of at most {limit} s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a clean copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened the clean copy (%Ln change(s)).</source>
        <translation>
            <numerusform>Opened the clean copy (%Ln change).</numerusform>
            <numerusform>Opened the clean copy (%Ln changes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved; you are still working in this project. The copy: {copy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file was changed by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles and datasets (*.txt *.md *.html *.htm *.json *.jsonl *.conll *.ann *.csv *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about {seconds} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {documents}{eta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggesting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{suggestions} and {relations} in {documents} ({seconds} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled before the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {id}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln span(s) found were already there (pending, accepted or rejected; a rejected one is never proposed again).</source>
        <translation>
            <numerusform>The %Ln span found was already there (pending, accepted or rejected; a rejected one is never proposed again).</numerusform>
            <numerusform>The %Ln spans found were already there (pending, accepted or rejected; a rejected one is never proposed again).</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: {what} (Annotate ▸ Suggesters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The project&apos;s memory held back %Ln suggestion(s) rejected at least twice and never accepted with that label.</source>
        <translation>
            <numerusform>The project&apos;s memory held back %Ln suggestion rejected at least twice and never accepted with that label.</numerusform>
            <numerusform>The project&apos;s memory held back %Ln suggestions rejected at least twice and never accepted with that label.</numerusform>
        </translation>
    </message>
    <message>
        <source>Held back by the project&apos;s memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Withdrew %Ln pending suggestion(s) the project&apos;s memory now holds back (Ctrl+Z puts them back).</source>
        <translation>
            <numerusform>Withdrew %Ln pending suggestion the project&apos;s memory now holds back (Ctrl+Z puts it back).</numerusform>
            <numerusform>Withdrew %Ln pending suggestions the project&apos;s memory now holds back (Ctrl+Z puts them back).</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawn, as the project&apos;s memory now holds them back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: {stage}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model after the rules (where both propose, the rules win)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model before the rules (where both propose, the model wins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model alone, without the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained on {n} of {documents} in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the rules alone: {f1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {documents} held back to test it, it finds {recall} of the annotations made by hand, and {precision} of the spans it proposes are right (F1 {f1}{compared}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotation of its labels is in {documents} held back to test it, so there is nothing to score it against yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document could be held back to test it (it needs more finished documents), so there are no scores yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions under {percent}% were left out (Annotate ▸ Minimum confidence of suggestions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions will use {use}{reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all (micro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guidelines file {path} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editing the document note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring the document status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editing a label of the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a label from the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editing a relation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a relation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding an entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting an entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring an entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linking mentions to an entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merging entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming an entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding names of an entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing names of an entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merging an annotation layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curating annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curating an annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merging a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switching the annotation layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggesting a held-back surface again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holding a surface back again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing a label schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed again: %Ln relation(s) the new label does not fit.</source>
        <translation>
            <numerusform>Removed again: %Ln relation the new label does not fit.</numerusform>
            <numerusform>Removed again: %Ln relations the new label does not fit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored: %Ln relation(s) the new label did not fit.</source>
        <translation>
            <numerusform>Restored: %Ln relation the new label did not fit.</numerusform>
            <numerusform>Restored: %Ln relations the new label did not fit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>suggesting %Ln held-back surface(s) again</source>
        <translation>
            <numerusform>suggesting %Ln held-back surface again</numerusform>
            <numerusform>suggesting %Ln held-back surfaces again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) at once</source>
        <translation>
            <numerusform>%Ln edit at once</numerusform>
            <numerusform>%Ln edits at once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>withdrawing %Ln pending suggestion(s) the project&apos;s memory holds back</source>
        <translation>
            <numerusform>withdrawing %Ln pending suggestion the project&apos;s memory holds back</numerusform>
            <numerusform>withdrawing %Ln pending suggestions the project&apos;s memory holds back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removing %Ln annotation(s)</source>
        <translation>
            <numerusform>removing %Ln annotation</numerusform>
            <numerusform>removing %Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>label {label} on %Ln mention(s)</source>
        <translation>
            <numerusform>label {label} on %Ln mention</numerusform>
            <numerusform>label {label} on %Ln mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>accepting %Ln suggestion(s)</source>
        <translation>
            <numerusform>accepting %Ln suggestion</numerusform>
            <numerusform>accepting %Ln suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rejecting %Ln suggestion(s)</source>
        <translation>
            <numerusform>rejecting %Ln suggestion</numerusform>
            <numerusform>rejecting %Ln suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>returning %Ln annotation(s) to pending</source>
        <translation>
            <numerusform>returning %Ln annotation to pending</numerusform>
            <numerusform>returning %Ln annotations to pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>accepting %Ln suggested relation(s)</source>
        <translation>
            <numerusform>accepting %Ln suggested relation</numerusform>
            <numerusform>accepting %Ln suggested relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %Ln pending span(s)</source>
        <translation>
            <numerusform>with %Ln pending span</numerusform>
            <numerusform>with %Ln pending spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rejecting %Ln suggested relation(s)</source>
        <translation>
            <numerusform>rejecting %Ln suggested relation</numerusform>
            <numerusform>rejecting %Ln suggested relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>returning %Ln relation(s) to pending</source>
        <translation>
            <numerusform>returning %Ln relation to pending</numerusform>
            <numerusform>returning %Ln relations to pending</numerusform>
        </translation>
    </message>
    <message>
        <source>deleting the document “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curating {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>merging the layer of {annotator} (%Ln document(s))</source>
        <translation>
            <numerusform>merging the layer of {annotator} (%Ln document)</numerusform>
            <numerusform>merging the layer of {annotator} (%Ln documents)</numerusform>
        </translation>
    </message>
    <message>
        <source>merging the package {package} of {annotator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label {label} on {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing {label} from {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relabelling {text} from {old} to {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resizing {label} to {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepting {label} {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejecting {label} {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returning {label} {text} to pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepting {text} as {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation {type} from {head} to {tail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing relation {type} from {head} to {tail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking the document {status}: “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese Political Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label &amp;schema…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;relations as arcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room between lines for the &amp;label of the span under the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;panel layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done and go to next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen (in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark re&amp;viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every &amp;unfinished document of the list done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest for this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest for &amp;all unfinished documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>underthesea &amp;NER (slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held back by the memory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept all pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject all pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select whole &amp;words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train model from my annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation &amp;guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also run stock underthesea NER: slower, and it adds little to the rules and the model on political news; useful for sport, business or culture articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;ggesters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules and gazetteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The political-domain rules and lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s own model once trained, else the shipped base model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;The project&apos;s memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extends a suggestion to a longer name marked in a worked document, holds back one rejected twice and never accepted, and withdraws its copies still pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;confidence of suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}% or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept	Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject	Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore as a suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all like this (same text and label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this document ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In all unfinished documents ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject all like this (same text and label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject all from {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept the %Ln listed suggestion(s)</source>
        <translation>
            <numerusform>Accept the %Ln listed suggestion</numerusform>
            <numerusform>Accept the %Ln listed suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>political-domain rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>underthesea NER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shipped base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shipped name classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shipped event classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s memory of names marked before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base-model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¶{paragraph}:{line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} by {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph : line (as wrapped on screen), as the status bar shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¶{paragraph} · line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key (one character):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What {name} covers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the label {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the relation type {name} and its {relations}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove relation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label key (1, 2, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label the selection (over one span of that label: correct its extent, and accept it if a suggestion; Ctrl+Z takes it back); on a suggestion, accept it as that label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept the selected suggestion (span or relation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject the selected suggestion; delete an accepted span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the selected span or relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space / Shift+Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next / previous suggestion (at a document&apos;s last, the same key again goes to the next document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle through the spans at the caret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a relation from the selected span; then click or Tab+Enter the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel a relation, clear the selection, close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move by syllable (by word in word mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select by syllable (by word in word mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select the syllable (or word) under the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the document list: go to a document and open it (with Shift: pick several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That annotation belongs to another layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is {name}&apos;s layer, shown read-only; switch to your layer to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions go to annotators&apos; layers, not the curated one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one of the rules, the model and underthesea NER must run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window takes no keys while this runs: editing resumes when it ends or is cancelled (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents by annotator and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work by annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans by label, origin and state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions by suggester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most frequent surfaces per label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label counts per export split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans by label and state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions reviewed, by suggester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents done or reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} already in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      e.g. {source}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ... and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {document} (same text as {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--common {common}: there are only {count} documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map takes OLD=NEW, not {item!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--new-labels must be add or refuse, not {new_labels!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program (an import, another window, or another person&apos;s session) kept {file} locked for {seconds} s, so this change was not saved; everything saved before it is intact. Wait until it has finished, then do it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program (an import, another window, or another person&apos;s session) kept {file} locked, so this change was not saved; everything saved before it is intact. Wait until it has finished, then do it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read gazetteer file {name}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gazetteer file {name} has unknown kind {kind!r}; name the file after one of: {choices}, or add a line &apos;# kind: NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON nested too deeply (over {levels} levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON nested {levels} levels deep, over the limit of {limit}; it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept with their own annotations, though another document has the same text: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels renamed by the label map: {renamed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New labels added to the schema: {labels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New relation types added to the schema: {types}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No done or reviewed document has accepted annotations yet: annotate a few documents and mark them done, then train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggester named {main!r} ran; choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing {file} failed at the disk ({exc}). The disk may be full, removed, or the file may have reached a size limit. The last change was not saved and everything saved before it is intact; check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation types now allowing more labels: {types}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped, by reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {name} is full, so SQLite cannot create its working files beside it; the project is open for reading only, as its file says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the last change could not be saved to {file}; it was undone whole and everything saved before it is intact. Free some disk space and do it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the last change could not be saved; it was undone whole and everything saved before it is intact. Free some disk space and do it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of {owner} must be one visible character, not {key!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key {key!r} cannot be given to {owner}: it is reserved ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery log {log} beside {project} did not belong to it: {reason}. Applying it would have damaged the project, so it was moved to {moved} and not applied; {project} is exactly as its file says. If you restored this file from a copy on purpose, nothing more is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery log {log} beside {project} does not belong to it ({reason}); it was ignored, and the project is shown as its file says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored model cannot be read ({exc}); train it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored model names an unknown combination {name!r}; train it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggesters could not start: {payload}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no accepted annotations to learn from: mark annotated documents done first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no project at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training was cancelled; the previous model is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 position {u16} is outside a text of {utf16_length} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings, by reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a curated relation needs both its spans in the curated layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document appears twice in one merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document needs a title; type at least one letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label cannot be relabelled to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a package merge reads the package file; it cannot be replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a relation links two different spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a relation links two spans of the same document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a relation of document {doc_id} points at no span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a saved filter needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a span of document {doc_id} ends at {end}, past its text ({length} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {label} span cannot cross a paragraph break (exports would join two sentences); label each paragraph&apos;s part, or allow it for this label in the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {source_type} cannot be merged into an {target_type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {what} name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {what} name cannot start or end with spaces: {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an annotator needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entity cannot be merged into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entity needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown combination {combination!r}: use one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotated must be one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotations crossing another&apos;s edge here: {n} (kept as the file has them): {pairs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotator names cannot start with &apos;@&apos; ({cleaned!r}): those name layers of the tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary file: contains NUL bytes (if this is UTF-16 text, save it as UTF-8 or as UTF-16 with a byte-order mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary file: looks like a {kind}, not plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte offset {byte_offset} falls inside a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte offset {byte_offset} is outside a text of {count} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can no longer be reached ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot bring document {doc_id} back: its place was taken meanwhile ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the label map {path}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot redo this step any more: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot restore a document: no table {table} with {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot restore {name}: the registry changed ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot restore: the annotations changed meanwhile ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot undo this step any more: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop entries are for Linux and BSD desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {doc_id} does not exist in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {document}: metadata is not JSON ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {document}: text is not NFC; normalise it before storing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {document}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {missing} does not exist in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file: it contains only whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file: it has metadata header lines but no article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file: it has no content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file: no documents in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object with a &quot;text&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds {objects}, which this program never creates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is open only for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was opened only to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder is read-only (or on a read-only disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its source tokens do not line up with their ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its source tokens reach past its text of {length} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs must be 0 (one per CPU), 1 (no workers) or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level must be source, syllable or word, and blocks sentence or paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line} (byte {offset})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line} on: nested too deeply to be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; holds no list of spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a relation in user_data does not join two spans of the document: {relation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a span is written [start, end, label]; this one is {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equivalence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: &lt;/ENAMEX&gt; closes no open tag; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: &lt;ENAMEX TYPE=&quot;{label}&quot;&gt; is never closed; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: &lt;ENAMEX TYPE=&quot;{label}&quot;&gt; is not closed on its line (an entity does not run across lines); left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: &lt;ENAMEX&gt; has no TYPE; its text is kept, without a span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: a record of {size} MB is over the {limit} MB limit per record; it was skipped unread (raise the limit with --max-corpus-size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: an empty &lt;ENAMEX TYPE=&quot;{label}&quot;&gt; holds no text; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: spaces just inside &lt;ENAMEX TYPE=&quot;{label}&quot;&gt; are left out of its span (an export writes them outside the tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {number} has {count} columns where the file has {width}; it was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {number}: the {label} entity is on an empty token; it was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {number}: {cell!r} is not a tag; read as O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {number}: {rest!r} after the marker left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed annotation ({kind}: {exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed record ({kind}: {exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;text&quot; field holding a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;{field}&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (broken at column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (broken at line {line}, column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label {value} is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offset {value} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, document {doc_id}: {count} relations name no span of the tags; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}.ann, line {number} ({entity})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: its text {quoted!r} is not the text at its offsets {found!r}; read by its offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {kind} lines left out ({count}): only entities (T) and relations (R) are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document with id {missing} in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no layer of annotator {unknown!r} in this project; layers: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved filter called {name!r}; saved filters: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin {origin!r} is not one of {origins}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlap must be between 1 and the number of annotators ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position {cp} is outside a text of {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position {cp} is outside a text of {length} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as Windows-1258 (legacy Vietnamese), converted to Unicode NFC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region [{start}, {end}) {kind} does not fit the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation type {kind} between {head} and {tail}; import with --new-labels add to allow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation {kind} links span {head} to span {tail}, but there are {count} spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation {name} names unknown labels {unknown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation {rel_type} does not link {head_label} to {tail_label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation {rel_type} points to spans {head}, {tail} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation {relation_id} does not exist (it may have been deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same text as {first}, imported just before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema file is malformed: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema file is not valid JSON: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span [{start}, {end}) does not fit a text of {text_length} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span [{start}, {end}) {label} does not fit a text of {raw_len} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span {span_id} does not exist (it may have been deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the curated layer is made by curating, not by merging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {source}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--common {common}: there is only 1 document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 new organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the project, not imported again: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels only in the package&apos;s schema, unused there: {labels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out {relations} of the package on a span of its curated layer: only the annotator&apos;s layer is merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped {old} to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document has been marked done by at least two annotators yet ({names}), so there is nothing to compare: give the same documents to two or more annotators (Team ▸ Create work packages, with several annotators per document) and merge their packages once they are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No done or reviewed document has accepted annotations yet; unfinished documents that have some: {count}. An imported corpus arrives unfinished: mark them done (Document ▸ Mark every unfinished document of the list done, or the mark-done command), then train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of {relations} that linked {annotator}&apos;s earlier layer with another layer, {kept} kept (now on the identical span of the merged layer) and {removed} removed, as their span is gone (undo brings them back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: the merged layer links {mentions} to registry entities; new here and now added, made or linked in the package: {entities}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full (or a file size limit was reached) while writing {target}{where}; nothing was written there and whatever it held before is unchanged. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotations crossing another&apos;s edge: {n} (kept as the file has them; spans may nest but not cross, so nested tags or BIO layers cannot write both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every format at once writes one layer: choose the auto, curated or majority layer, or export each format on its own with the separate layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label {name!r} in this project; its labels: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{directory} holds {name}, which is not a statistics file: statistics replace their folder whole, so it was left as it is and nothing was written. Choose a new folder, or one that holds only earlier statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}, line {number}: not a gold document (no &quot;{field}&quot; field). Each line needs &quot;text&quot; and &quot;spans&quot; (or &quot;label&quot;, as the JSONL export writes it): [[start, end, label], ...].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}, line {number}: not a gold document ({exc}). Each line needs &quot;text&quot; and &quot;spans&quot; (or &quot;label&quot;, as the JSONL export writes it): [[start, end, label], ...].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} could not be written: {value}{where}. Nothing was written there and whatever it held before is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} holds the open project {project}: replacing the folder would delete it. Nothing was written; choose another folder for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {format} format needs {library} (Python module {module!r}), which is not installed: {install}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an identical {label} span is already there, so this one stays rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {doc_id} cannot be taken out of the search index: its text is damaged and the index holds its words with gaps; restore the project from a backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {document} cannot be stored: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invisible characters dropped (zero-width spaces, word joiners, soft hyphens, stray byte-order marks or joiners outside a word); a zero-width space between two words joins them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document of these files is in the project, so nothing was attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document of these files is in the project, so nothing was attached ({first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reader accepts this file ({suffix}); use --format to choose one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation type {name} (1 relation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation type {name} ({n} relations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation {kind} links span {head} to span {tail}, but there is only 1 span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo articles could not be imported: {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {parent} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key {key!r} is already used by label {clash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label map {path} is not valid JSON: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label map {path} must map names to names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label map {path}, line {number}: write OLD = NEW (got {written!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer of {annotator} repeats a span (same place and label twice): {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer saved for this step is no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layers policy needs at least one layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the numbers of words and tags differ: {words} and {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the open project&apos;s own file: it is not an article and is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package holds a span the project cannot take: {exc} (a value outside the schema, or the same place and label twice in the annotator&apos;s layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry already has an entity {uid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry has no entity {uid} (it may have been removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows have no tag column (one token per line and its tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved layer links mentions to registry entity {gone}, no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved layer no longer fits the project ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved layer uses label {label!r}, no longer in the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved layer uses relation type {kind!r}, no longer in the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store cannot apply a {kind} operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text cannot be normalised with exact offsets (an unusual sequence of combining characters); nothing of it was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text of document {doc_id} is damaged in the project file and cannot be read ({exc}); restore the project from a backup copy, or delete this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two texts differ in more than whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what} name {name!r} contains an invisible or control character (U+{code:04X} {character}) at position {position}; names may contain letters, digits, punctuation and spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a label named {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no label named {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no relation type named {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these two spans are already linked by {relation_type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this text is already labelled {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large: {size} MB is over the {limit} MB limit for a corpus file read whole (raise it with --max-corpus-size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large: {size} MB is over the {limit} MB limit for one plain-text article (raise it with --max-size if this really is one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary file: 1 control byte in {size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary file: {n} control bytes in {size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>composed 1 accent mark with its letter (Unicode NFC: a letter typed as a base letter and separate marks, such as o + U+0302 + U+0309, is stored as the one character ổ that search, rules and exports expect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>composed {n} accent marks with their letters (Unicode NFC: a letter typed as a base letter and separate marks, such as o + U+0302 + U+0309, is stored as the one character ổ that search, rules and exports expect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoded 1 HTML character reference (such as &amp;#39; for &apos; or &amp;amp; for &amp;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoded {n} HTML character references (such as &amp;#39; for &apos; or &amp;amp; for &amp;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped 1 invisible control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped {n} invisible control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept 1 invisible text-direction control (U+200E, U+200F, U+202A to U+202E or U+2066 to U+2069): it can reorder how its line is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept {n} invisible text-direction controls (U+200E, U+200F, U+202A to U+202E or U+2066 to U+2069): they can reorder how their lines are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like HTML (1 tag: {sample}); kept as literal text, not rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like HTML ({n} tags such as {sample}); kept as literal text, not rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two labels share a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two labels share a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undecodable: mostly UTF-8 but byte 0x{byte:02X} at {where} is not valid UTF-8; the file may be damaged or mix two encodings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undecodable: not UTF-8 (first bad byte at {where}) and byte 0x{byte:02X} does not exist in Windows-1258; convert the file to UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undecodable: not UTF-8 (first bad byte at {where}), and read as Windows-1258 it does not look like Vietnamese ({share:.0%} Vietnamese letters); convert the file to UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undecodable: the file starts with a {encoding} byte-order mark but is not valid {encoding} at byte {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} repeated span (same place and label) merged into one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} repeated spans (same place and label) merged into one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown card language {card_language!r}; choose {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format {format!r}; choose one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format {name!r}; known formats: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown label {label!r}; the schema has {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown label {missing!r}; add it (annotator labels add) or import with --new-labels add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown label {name!r}; the schema has {label_names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown layer {layer!r}; choose one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown layer {layer!r}; choose {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown overlap policy {overlap!r}; choose {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown relation type {kind!r}; import with --new-labels add to allow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown relation type {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tag scheme {scheme!r}; choose iob2 or bioes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable folder: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable from here on: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable from line {line}: ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable: broken link to {readlink}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable: nested too deeply to be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable: not a regular file (device, pipe or socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable: the file could not be parsed ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable: this is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was deleted or moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was overwritten by another copy of it (an older or a newer one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was overwritten by another project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was replaced by another file (or moved, and another put in its place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} × {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be changed: {reason}. Nothing was changed; to edit, save a copy in a folder you can write to (in the window: File ▸ Save project as…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be opened: the file or its folder cannot be read, or the folder does not allow the project&apos;s working files (-wal, -shm) to be created. Check the permissions, or copy the project to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be written: the file, its folder or its disk is read-only. Nothing was changed. Copy the project to a folder you can write to, or open it only to read and export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds a value too large to read ({exc}); it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is damaged: part of it cannot be read ({detail}). Nothing was changed. Restore it from a backup (for example a .bak file beside it, or a copy), or export what can still be read with `annotator export` after a copy is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} took too long to open and was stopped: a project file of this program opens in well under a second. It may be damaged or built to stall; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} tried to run SQL stored in the file itself, which this program never does; the statement was refused and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (1 span)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({count} spans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line} ({cost})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no text file {text_file} beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no tokens and ner_tags (ClassLabel) columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no token rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a package of another project ({other!r}), not of this one; nothing was merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a project, not a work package, so it was not merged. To compare annotations made elsewhere, import them with: annotator import PROJECT FILE --annotator NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not UTF-8 (byte {start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not UTF-8 (byte {start}); save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not UTF-8 (byte {start}); save it as UTF-8 and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a dataset file this tool wrote ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a spaCy DocBin ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} names no usable annotator: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} uses what this project&apos;s schema lacks: {missing}. Nothing was merged. Add them to the project&apos;s label schema, or map each to one it has, on the command line: annotator package merge PROJECT PACKAGE --map OLD=NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not merged: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, document {doc_id}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, item {number}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, line {line}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, line {number}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, line {number}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {failure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}.ann, line {number}: not read as brat writes it ({shape}); left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}.ann, line {number}: relation {relation} uses an entity that was left out or does not exist; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not valid JSON ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot read its structure: the file may have been cut short, or changed by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite does not recognise it as a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s check of its pages found 1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s check of its pages found {n} problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery log {log} beside {project} would have damaged it: it was written over another state of the file (an older copy put in place of the project while it was open, say). It was moved to {moved} and not applied; {project} is exactly as its file says. Edits made after the copy was put in place are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some of these rejections are no longer in the project (undone or deleted meanwhile); open the list of held-back suggestions again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These words would cross the {label} span “{surface}”: spans may nest but not cross; select words inside it, or around it whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {label} “{surface}” would cross the {other_label} “{other}”: spans may nest but not cross; accept or reject one of the two by itself first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was moved to {place} (the work saved so far is there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{objects} are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{objects} differ from what it creates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{objects} differs from what it creates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{objects} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be opened as a project: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: {strerror}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another program, not an annotation project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an empty file, not a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged or not a project: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a project file (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an annotation project (format {name!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an annotation project (it has no format record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} needs upgrading to this version&apos;s format, but its backup copy {name} could not be written ({exc}); the disk may be full. Nothing was changed: free some disk space and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was not opened: {problems}. SQL stored in a project file would run in your session (on open and on every edit), so nothing in it was run or changed. Ask whoever sent it for a clean copy, or make one: annotator clean-copy {path} CLEAN.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer version of the annotator (it has format steps {unknown}); update the program to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} {problem} while it was open, so no further change will be saved to it. Your work up to the last saved change is still readable here: save it to a new file with File ▸ Save project as… before closing the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} {problem} while it was open, so this change was NOT saved and no further change will be. Your work up to the last saved change is still readable here: save it to a new file with File ▸ Save project as… before closing the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problems}; {more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{project} has recent edits in {log} that cannot be read from a read-only folder; the project is shown without them. Copy both files to a folder you can write to, and open the copy, to get them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{project} is open for reading only: {reason}. Edits cannot be saved; to edit, save a copy in a folder you can write to (in the window: File ▸ Save project as…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Check that underthesea is installed, or raise the time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relation_type} does not link {head} to {tail}; it links {heads} to {tails}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the table {name} was redefined, so its data cannot be trusted to fit; no clean copy can be made. Ask whoever sent the file for another copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{taken} already exists; choose another --out folder or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name for the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} already exists; choose another name or allow overwriting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} cannot be created: its folder is read-only (or on a read-only disk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} cannot be opened for editing: {reason}. Nothing was changed. Copy it to a folder you can write to, or open it only to read and export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} could not be created: the disk is full (or a file size limit was reached). Nothing was left behind; free some space and create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is not an annotation project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is open in another program, but the recovery log beside it ({log}) does not belong to it: {reason}. Close the other program, then open the project again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} was made by an older version and must be upgraded before it can be read, which needs write access ({read_only_reason}). Copy it to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a colour; write it as #rrggbb, e.g. #c0392b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {value!r} is not one of {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: [{start}, {end}) does not fit a text of {count} characters; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: a discontinuous entity, read as the whole range it covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: its end ({end}) comes before its start ({start}); left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: its fragments are out of order; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} kept beside a document with the same text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{references} decoded in {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} waiting for the search index (indexed in the background)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few documents to validate on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeps the rules&apos; spans: letting the model decide did not validate better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validated {gain} micro F1 over rules-first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged {file}: {annotator}&apos;s layer on {documents} ({spans}, {relations}) replaces their earlier layer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {documents} of the package that this project does not hold (their text differs): {titles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{documents} took {annotator}&apos;s own status there, as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{documents} went from {before} to {after}, as {annotator}&apos;s own status there is {own} (a document&apos;s status sums up every annotator&apos;s): {titles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{documents} shared out among {annotators}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {documents} -&gt; {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) not matching the include patterns</source>
        <translation>
            <numerusform>%Ln file not matching the include patterns</numerusform>
            <numerusform>%Ln files not matching the include patterns</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, never decided by {annotator}: {count} of the package that this project still holds, pending in another layer; merged, each would only repeat one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, never decided by {annotator}: {count} of the package that another layer here has accepted or rejected since; merged, each would bring a decided suggestion back as pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, never decided by {annotator}: {count} of the package on a span left out, or repeating a relation this project holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents each pair shares (for agreement):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement needs at least two annotators&apos; layers in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an annotator is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no documents match; nothing to share out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status {unknown!r} is not one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the regular expression {pattern!r} is not valid: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two annotators&apos; names give the same file name; rename one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no annotator&apos;s layer to export separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {format} format needs {library} (Python module {module}), which is not installed: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else&apos;s work package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This work package was made for {owner}, but your edits are signed {me}. Edits in it are merged back as {owner}&apos;s layer, so working as {me} mixes two people&apos;s work. Whose name should your edits here carry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue as {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue as {me}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents compared: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa {fleiss}, Krippendorff&apos;s alpha {alpha}, span F1 {f1} (overlap {overlap}), relation F1 {relations}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} &amp; {b} ({documents}): F1 {f1} (overlap {overlap}; {agreed} agreed, {only_a} only {a}, {only_b} only {b}), kappa {kappa}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: F1 {f1}, kappa {kappa}, overlap F1 {overlap} ({counts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation {kind}: F1 {f1} ({counts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span F1 (exact match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cause} The import stopped after 1 imported document, which is kept; run the same import again to finish it (files already imported are skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cause} The import stopped after {n} imported documents, which are kept; run the same import again to finish it (files already imported are skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{linked} linked by name, {suggested} suggested for confirmation; {persons}, {organisations}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an older copy of {annotator}&apos;s package: last edited {edited}, while the copy merged on {merged} was last edited {before}. Merging it would put {annotator}&apos;s earlier work back over their later work, so nothing was merged. To keep the older copy all the same, merge it again and confirm (or, on the command line, add --replace-newer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is the copy merged on {merged}, unchanged since: merging it again changed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} new organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} new persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pending suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pending suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 suggested span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} suggested spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pending relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pending relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 suggested relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} suggested relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 finished document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} finished documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 unfinished document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} unfinished documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 HTML character reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} HTML character references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepting {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejecting {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returning {items} to pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correcting {label} to {text} and accepting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{what} in %Ln document(s)</source>
        <translation>
            <numerusform>{what} in %Ln document</numerusform>
            <numerusform>{what} in %Ln documents</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} in “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln document(s) done</source>
        <translation>
            <numerusform>Mark %Ln document done</numerusform>
            <numerusform>Mark %Ln documents done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %Ln document(s)</source>
        <translation>
            <numerusform>Reopen %Ln document</numerusform>
            <numerusform>Reopen %Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln document(s) reviewed</source>
        <translation>
            <numerusform>Mark %Ln document reviewed</numerusform>
            <numerusform>Mark %Ln documents reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln document(s)…</source>
        <translation>
            <numerusform>Delete %Ln document…</numerusform>
            <numerusform>Delete %Ln documents…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next suggest run proposes %Ln held-back surface(s) again: {names} (Ctrl+Z holds them back again).</source>
        <translation>
            <numerusform>The next suggest run proposes %Ln held-back surface again: {names} (Ctrl+Z holds it back again).</numerusform>
            <numerusform>The next suggest run proposes %Ln held-back surfaces again: {names} (Ctrl+Z holds them back again).</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep HTML character references (&amp;#39;, &amp;amp;, &amp;nbsp;…) as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By default the character references of plain text and of token corpora (CoNLL, PhoNER, VLSP, text-only JSONL) are decoded to the characters they stand for (&amp;#39; becomes &apos;, &amp;amp; becomes &amp;), once, at import; brat and JSONL with offsets keep them, as their offsets count them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents to export without an accepted annotation: {bare} of {documents}. Their files will hold the text alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of those, with pending suggestions only: {pending}. Pending suggestions are not exported (accept them first, or tick “Include pending suggestions”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export documents without annotations?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} edits this field; for {command}, press it in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} ({command}) works on the document: press it in the text, not in a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} already holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing it removes everything listed and writes the new dataset in its place; the old files stay until the new ones are completely written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder does not look like an earlier export (it has no {card}): check that nothing in it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a file, and an export is a folder of files, so it cannot go there and the file was left as it is. Type a new folder name under Folder, or choose a folder with Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export writes each annotator&apos;s layer into a folder of its own inside {path}. These folders are there already and will be replaced by the new export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else in {path} stays as it is; the old files stay until the new ones are completely written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the annotators&apos; folders?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not redone here: the next step to redo, {what}, is an edit of the documents, not of the schema. Close this window to redo it in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone here: the last step, {what}, is an edit of the documents, not of the schema. Close this window to undo it in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spans of yours on this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No curated spans on this document yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no spans on this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other layers have none either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other layers have {spans} ({layers}): choose All layers in the Layer box to see them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate people, their roles and events in Vietnamese political news, offline, and export training data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: {licence} (GNU General Public License, version 3 or any later version). This program is free software: you may share and change it under that licence. It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt}, PySide6 {pyside}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement between annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span F1 (exact match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotatorStatusBar</name>
    <message>
        <source>Annotator: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¶{paragraph} · line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap: whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click for the recent messages, whole (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap: syllables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate ▸ Select whole words (Ctrl+Shift+W) switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} on {host} (process {pid}) since {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing for search: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cannot find 1 damaged document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cannot find {count} damaged documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Also open in %Ln other window(s)</source>
        <translation>
            <numerusform>Also open in %Ln other window</numerusform>
            <numerusform>Also open in %Ln other windows</numerusform>
        </translation>
    </message>
    <message>
        <source>Search finds these documents once they are indexed; editing goes on as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document {id}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their stored text is damaged: restore the project from a backup copy, or delete them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Concordance</name>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>across %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsistencyDialog</name>
    <message>
        <source>Consistency check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents worked on (in progress, done, reviewed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface / place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unlabelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln surface(s) labelled inconsistently</source>
        <translation>
            <numerusform>%Ln surface labelled inconsistently</numerusform>
            <numerusform>%Ln surfaces labelled inconsistently</numerusform>
        </translation>
    </message>
    <message>
        <source>Every labelled surface is labelled the same way everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlabelled %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorpusTools</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label all occurrences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consistency check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and &amp;roles registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an annotation or some text first, or search the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Labelled %Ln occurrence(s) as </source>
        <translation>
            <numerusform>Labelled %Ln occurrence as </numerusform>
            <numerusform>Labelled %Ln occurrences as </numerusform>
        </translation>
    </message>
    <message>
        <source> (Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document list&apos;s filters hide the open document “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurationDialog</name>
    <message>
        <source>Curate document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all annotators agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a majority agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge what is agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected from curated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit curated layer in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {k} of {n} agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any annotator has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected rows into the curated layer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected rows out of the curated layer (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge automatically when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{annotators}; {spans} disputed; {c} in the curated layer; {relations} disputed; status: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; still at work: {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentCommandsMixin</name>
    <message>
        <source>This document still has {pending}. Marked done, they stay pending and exports leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t ask again (Preferences can turn it back on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{spans} and {relations}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{done}” marked done (Ctrl+Z takes it back) · now “{now}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every document in the list is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every document is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unfinished document in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the {documents} of the list done? Edit ▸ Undo (Ctrl+Z) takes them all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{documents} marked done (Ctrl+Z takes them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document {status} (Ctrl+Z takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}” with its {held}? Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}”? Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document deleted (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen (in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected documents are all finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{documents} reopened (Ctrl+Z takes them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{documents} marked reviewed (Ctrl+Z takes them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the {documents} with their annotations? Edit ▸ Undo (Ctrl+Z) brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{documents} deleted (Ctrl+Z brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only documents in this annotator&apos;s work (spans, an own status, or a package), with their own status and counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the documents read from this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter titles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All source files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents yet.
Add articles with File ▸ Import files… (Ctrl+I) or File ▸ Import folder…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTable</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations accepted in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions and suggested relations waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Preview to see what the export keeps and loses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export takes {chosen} of {documents}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other {others} have a status not ticked under Status, or a title without the words asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer of {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder holds files: Export asks before replacing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {parts} hold {documents} and not one span. Export only annotated documents (done, reviewed), or balance label counts across splits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing would be exported: no document has a chosen status ({statuses}) and matches the other choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status of {others} of {documents} is not ticked (new or in progress): tick it under Status to export those too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Export to write this dataset into {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the dataset to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format}: greyed out, {library} is not installed ({command})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence under {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted and suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All, rejected too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who proposed the annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (a relation shows when either end has it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected suggestions are kept: show them to restore one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence {percent}% or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only suggestions their suggester was less sure of, or as sure as this or more (by hand: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand or imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document (quoc finds Quốc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match diacritics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Who is annotating?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name signs every annotation you make, so a team can compare each person&apos;s work and merge it back. Use the same name in every project (Edit ▸ Preferences changes it and the language; they are kept in {path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo project: political news articles with suggestions to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new project for my own articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếng Việt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeldBackDialog</name>
    <message>
        <source>Held back by the project&apos;s memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejections of the selected rows stop counting: the next suggest run proposes them again, until they are rejected twice more. Ctrl+Z takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface / place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest suggest run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what the memory holds back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrew %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s memory holds nothing back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The project&apos;s memory holds back %Ln surface(s), each rejected at least twice with its label and never accepted with it, in every later document.</source>
        <translation>
            <numerusform>The project&apos;s memory holds back %Ln surface in every later document: it was rejected at least twice with its label and never accepted with it.</numerusform>
            <numerusform>The project&apos;s memory holds back %Ln surfaces in every later document, each rejected at least twice with its label and never accepted with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>No suggest run of this window yet: its column is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelAllDialog</name>
    <message>
        <source>Label all occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match diacritics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished documents (new or in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search results (with their filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As pending suggestions, to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also inside other annotations (nested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the words to find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the occurrences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Label %Ln occurrence(s)</source>
        <translation>
            <numerusform>Label %Ln occurrence</numerusform>
            <numerusform>Label %Ln occurrences</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln occurrence(s) will be labelled</source>
        <translation>
            <numerusform>%Ln occurrence will be labelled</numerusform>
            <numerusform>%Ln occurrences will be labelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln document(s).</source>
        <translation>
            <numerusform>in %Ln document.</numerusform>
            <numerusform>in %Ln documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>No occurrence can be labelled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left alone: %Ln already labelled %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left alone: %Ln rejected before as %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left alone: %Ln overlapping another %1 span.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left alone: %Ln inside or across another annotation.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left alone: %Ln would cut a syllable.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new document(s) will be in progress, as after an edit.</source>
        <translation>
            <numerusform>%Ln new document will be in progress, as after an edit.</numerusform>
            <numerusform>%Ln new documents will be in progress, as after an edit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not looked in: %Ln document(s) whose stored text is damaged: </source>
        <translation>
            <numerusform>Not looked in: %Ln document whose stored text is damaged: </numerusform>
            <numerusform>Not looked in: %Ln documents whose stored text is damaged: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not looked in: %Ln document(s) still being indexed for search; label again once indexing is done.</source>
        <translation>
            <numerusform>Not looked in: %Ln document still being indexed for search; label again once indexing is done.</numerusform>
            <numerusform>Not looked in: %Ln documents still being indexed for search; label again once indexing is done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is open. Choose one in the document list, or add articles with File ▸ Import files… or Import folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated with changes made in another window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageLogDialog</name>
    <message>
        <source>Recent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Create work packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an, binh, chi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only {status} ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words of the title (empty: any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy pending suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators per document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents everyone gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the packages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw relations as arcs above the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before marking a document done while suggestions are pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs every edit from now on, in this window and on the command line (stored in {path}). Empty: your login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space between paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time the annotator starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectLifecycleMixin</name>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project open elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is also open in another window ({who}, process {pid} on {host}). Both save every edit; each shows the other&apos;s edits within a second, and Ctrl+Z in a window undoes only that window&apos;s own edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalNotice</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link new mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split selected mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post / evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body / document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents / how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stands for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln name(s): choose one to see its posts and mentions.</source>
        <translation>
            <numerusform>%Ln name: choose it to see its posts and mentions.</numerusform>
            <numerusform>%Ln names: choose one to see its posts and mentions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every mention linked so far is a suggestion: tick Include suggestions to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one here yet: Link new mentions adds the people and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of the PER and ORG annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln post</numerusform>
            <numerusform>%Ln posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln mention(s)</source>
        <translation>
            <numerusform>, %Ln mention</numerusform>
            <numerusform>, %Ln mentions</numerusform>
        </translation>
    </message>
    <message>
        <source>date: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>To confirm (%Ln)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Registry: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to link: no PER or ORG annotation is new. Annotate people and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> organisations (or accept suggestions of them) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the mentions that belong to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person or organisation as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationTypeDialog</name>
    <message>
        <source>Relation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tail labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationsPanel</name>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveLabelDialog</name>
    <message>
        <source>Remove label {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete its {annotations}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label {name} is used by {annotations}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel them to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportNotice</name>
    <message>
        <source>Close this report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the relation {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing like it is pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accepted {count} {label} “{surface}” in %Ln document(s)</source>
        <translation>
            <numerusform>Accepted {count} {label} “{surface}” in %Ln document</numerusform>
            <numerusform>Accepted {count} {label} “{surface}” in %Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected {count} {label} “{surface}” in %Ln document(s)</source>
        <translation>
            <numerusform>Rejected {count} {label} “{surface}” in %Ln document</numerusform>
            <numerusform>Rejected {count} {label} “{surface}” in %Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %Ln listed suggestion(s)</source>
        <translation>
            <numerusform>Accepted %Ln listed suggestion</numerusform>
            <numerusform>Accepted %Ln listed suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected {spans} and {relations} from {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{text}, and rejected %Ln relation(s) with it</source>
        <translation>
            <numerusform>{text}, and rejected %Ln relation with it</numerusform>
            <numerusform>{text}, and rejected %Ln relations with it</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing from this suggester is pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>That was this document&apos;s last suggestion: back to its first undecided one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no more suggestions after this one ({count} in all): Space again goes to the next document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None after this one ({count} here), none in other documents: Space again goes back to the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no more suggestions before this one ({count} in all): Shift+Space again goes to the previous document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None before this one ({count} here), none in other documents: Shift+Space again goes back to the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more suggestions further on: back to this document&apos;s first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more suggestions further on: back to the first document with suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more suggestions before this: on to the last document with suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more suggestions in unfinished documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s) here</source>
        <translation>
            <numerusform>%Ln suggestion here</numerusform>
            <numerusform>%Ln suggestions here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaDialog</name>
    <message>
        <source>Label schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across ¶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tail labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a label {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{color} is not a colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is a single character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key {key} already belongs to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Words or a phrase (quoc hoi finds Quốc hội), or label:ROLE &quot;Bí thư&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match diacritics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotated or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not annotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words to find, or label:NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Searching… %Ln hit(s) so far</source>
        <translation>
            <numerusform>Searching… %Ln hit so far</numerusform>
            <numerusform>Searching… %Ln hits so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s)</source>
        <translation>
            <numerusform>%Ln hit</numerusform>
            <numerusform>%Ln hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %Ln document(s)</source>
        <translation>
            <numerusform> in %Ln document</numerusform>
            <numerusform> in %Ln documents</numerusform>
        </translation>
    </message>
    <message>
        <source>; only the first %1 are listed: narrow the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %Ln match(es) inside a syllable left out</source>
        <translation>
            <numerusform>; %Ln match inside a syllable left out</numerusform>
            <numerusform>; %Ln matches inside a syllable left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln document(s) not searched, their text is damaged (delete them or restore a backup): </source>
        <translation>
            <numerusform>; %Ln document not searched, its text is damaged (delete it or restore a backup): </numerusform>
            <numerusform>; %Ln documents not searched, their text is damaged (delete them or restore a backup): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; results may miss %Ln document(s) still being indexed for search</source>
        <translation>
            <numerusform>; results may miss %Ln document still being indexed for search</numerusform>
            <numerusform>; results may miss %Ln documents still being indexed for search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln document(s) with a damaged text cannot be found</source>
        <translation>
            <numerusform>; %Ln document with a damaged text cannot be found</numerusform>
            <numerusform>; %Ln documents with a damaged text cannot be found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open. Open one, or create a new project and import articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <source>Corpus statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count per split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSV and PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggesters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequent surfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save statistics into</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln file(s) to </source>
        <translation>
            <numerusform>Wrote %Ln file to </numerusform>
            <numerusform>Wrote %Ln files to </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create work &amp;packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Curate this document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose annotations the text and the lists show: all layers, yours, another annotator&apos;s (read-only) or the curated one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits in this project are now signed {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to choose whose annotations it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My layer ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge work packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {packages} merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an older copy of {annotator}&apos;s package: last edited {edited}, while the copy merged on {merged} was last edited {before}. Merge it all the same, putting {annotator}&apos;s earlier work back over their later work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older copy of a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{documents} changed status (the details say which and why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them were done or reviewed and no longer are, so the default export (done and reviewed) leaves them out.</source>
        <translation>
            <numerusform>%Ln of them was done or reviewed and no longer is, so the default export (done and reviewed) leaves it out.</numerusform>
            <numerusform>%Ln of them were done or reviewed and no longer are, so the default export (done and reviewed) leaves them out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document to curate first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewCommandsMixin</name>
    <message>
        <source>Reading size {size} pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time the annotator starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syllables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selections snap to {unit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
