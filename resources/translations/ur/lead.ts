<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>ChangesList</name>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContestsPane</name>
    <message>
        <source>No contests in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the annotator (needed to dismiss; they read it in History)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uphold: save the gold answer shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uphold: remove the item&apos;s gold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss with the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the contested item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the images (in the zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the audio files (in the zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the export leaves out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the download, or close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export report could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONL holds every item with its accepted answers as the task server stores them: nothing is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the project to see what the export holds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>Annotators must answer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlapping spans of one label count as a match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap (IoU) for a match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance for a match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a field to the schema to edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a label&apos;s {key}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldList</name>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a field (Insert in the list, Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the field (Delete in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the field up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the field down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatRow</name>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answers as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take items with a problem too, with what could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it an item whose answer has a problem is left out whole; each problem is listed either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked for inside the folder; or choose the annotations file apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the annotations file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation files ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoldEditor</name>
    <message>
        <source>Choose an item to see its gold answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What annotators who miss this item read, e.g. what to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the gold answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark gold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed and marked: the answer of {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hint is longer than {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold · edited, not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not gold · edited, not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not gold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoldPage</name>
    <message>
        <source>Gold set</source>
        <extracomment>An item was shown in the editor (its id), for hosts and tests.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the gold answer (or mark the item gold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark the item as gold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected submission&apos;s answer the gold answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the items and contests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the item list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the item&apos;s submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the project&apos;s contests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold set of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the schema: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the contests: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contests ({n} open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the item: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 edited gold answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} edited gold answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is answered yet: answer at least one field to make the gold answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the gold answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is gold now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark this item as gold?

Earlier gold answers to it stop counting for the annotators&apos; skills, the answers their verdicts rejected are accepted and paid, and its open contests are upheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is no longer gold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is still gold: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an accepted answer can become gold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of {who} is now the gold answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 earlier verdict was scored again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} earlier verdicts were scored again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contests it settles, upheld: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import items</source>
        <extracomment>The version of the project&apos;s schema as last read or told (`set_schema_version`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder, or a CSV or JSONL file — Enter checks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder or file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out content the project already has (safe to run again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to import to see the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to import (a folder, or a CSV or JSONL file)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import (after the current file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the import to finish or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import items into {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of audio files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of image files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV or JSONL file of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts (*.csv *.tsv *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a {format} file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: {plan}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent until you start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped: {why} Run it again to send the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s schema is version {now} now; the plan was made under version {was}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why} Nothing was sent: the plan is made again; check it and start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {format} file — Enter checks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset&apos;s folder — Enter checks it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <source>Load more</source>
        <extracomment>Holding an arrow key in the table loads only the row it stops on. How the list calls the server: `run(fn, *args, done=..., failure=...)` off the GUI thread (`failure`: what the page says if it fails, with the error as `{e}`). A page of items arrived.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the items: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read more items: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items in this view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} items so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}

from {source}
id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}

id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{missed} of {answered} gold answers missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answers} answers, {accepted} accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonDialog</name>
    <message>
        <source>Edit the schema as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema as the task server stores it. Apply replaces the form&apos;s content (Ctrl+Z in the editor brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelStudioDialog</name>
    <message>
        <source>Import a Label Studio config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Label Studio labeling config (XML), or paste one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a config file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label Studio config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Label Studio config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label Studio configs (*.xml *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config could not be read: {e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelsTable</name>
    <message>
        <source>Value</source>
        <extracomment>Colours offered for a new label, in order (distinct on white and on photos).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a label (Ctrl+L, or Insert in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the label up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the label down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the colour (Enter on a colour cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of &apos;{v}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadPages</name>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadWorkspace</name>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Create for a new project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the page shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the project&apos;s answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes are kept: save them, or undo them, to read the stored schema again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects could not be read: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the schema…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema could not be read: {e} Open the project again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema of {name} · version {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a project to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema of the new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new project has no versions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project “{name}”: not on the task server yet. Check its settings and schema, then Create project (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put version {v} back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {v} is in the editor; save to make it the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new project “{n}” is not created yet. Drop it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings and schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has unsaved {what} changes, and {hosted}. Drop them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has unsaved {what} changes. Drop them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has unsaved changes: {what}. Drop them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street scenes, March batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the schema from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Label Studio config…
    Open or paste its XML; you see what is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next you check the settings and the schema; the project is created on the task server when you press Create project (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeTable</name>
    <message>
        <source>annotation files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same content as {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Problems of the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter goes to the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: the schema is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectList</name>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of this project (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this project&apos;s answers (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects yet. New project (Ctrl+N) starts one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishQuestion</name>
    <message>
        <source>Publish this project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{warnings} Publish anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveQuestion</name>
    <message>
        <source>Save a new version of the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from version {v}, the current one. Batches already handed out keep version {v}; new batches get version {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Saves</name>
    <message>
        <source>Fix the settings marked in red first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {name} ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the settings are as saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. Change the settings, or save again to publish them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed from version {v}: nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current version could not be read: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version {v}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {why} Your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <source>Undo</source>
        <extracomment>Save was asked for (button or key) and the schema is valid. The document changed (dirty state, validity).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label Studio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Label Studio config (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the schema as JSON (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S): shows the changes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from Label Studio. {what}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a label to the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo a schema change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo a schema change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the schema as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Label Studio config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the first problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the keyboard in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the field &apos;{name}&apos;. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That config is for {m} items; this project&apos;s items are {f}. It is shown so you can copy from it, but it cannot be saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Label Studio config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems listed below before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task server says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: {t} (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: {t} (Ctrl+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading} · unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaHead</name>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown beside every item (Markdown): what to label and how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media of a project cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaPreview</name>
    <message>
        <source>Preview: what annotators see</source>
        <extracomment>The sample items&apos; files: they go when the window closes (`close_samples`), or with this widget.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the sample answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample item could not be made: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instructions yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>empty: the project id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What annotators see in their list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold answers here count towards this skill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed projects are hidden from annotators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of answers a reviewer checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay for missed gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold share, calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold in each batch while an annotator is new to the skill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold answers before the lower share applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold share, after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold in each batch once calibrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows gold answers at once; does not count for skills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A missed control item is accepted and paid anyway (it still counts as missed). Off: rejected, unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward per accepted answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private pool: only annotators who meet a requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy is counted in this skill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the newest 50 gold answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum gold answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the accuracy counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{t}: how long a batch stays reserved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the settings as saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a project in Projects, or start a new one (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionsPane</name>
    <message>
        <source>No submissions to this item yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this answer the gold answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an accepted answer can become gold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsPage</name>
    <message>
        <source>Schema versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this version in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected version replaces the editor&apos;s content; save to make it current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the schema of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions could not be read: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From version {a} to version {b}: 1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From version {a} to version {b}: {n} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That version could not be read: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one version so far: nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.diff_view</name>
    <message>
        <source>title</source>
        <extracomment>The schema&apos;s keys as a change names them (others are named by their key).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field order changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instructions added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instructions removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instructions changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field {field} added ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field {field} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field {field} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field {field} changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field {field}: label order changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field {field}: label {label} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field {field}: label {label} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field {field}: label {label} changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field {field}, label {label}: {key} {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field {field}: gold {key} {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field {field}: {key} {change}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.exporter</name>
    <message>
        <source>JSONL (each item with its accepted answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted answers</source>
        <extracomment>What is exported, as the lead reads it (`ExportChoice.answers`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <extracomment>The report is asked this long after the last change of the choice (a lead scrolling through the formats asks for one report, not one per format passed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} ({n} answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}; nothing is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}; 1 kind of thing left out (listed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}; {n} kinds of thing left out (listed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.field_list</name>
    <message>
        <source>(field {n} has no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.gold.contests</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miss rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld by {who} on {when}</source>
        <extracomment>How a resolved contest&apos;s outcome reads: (by whom and when, by whom, when, neither); `{state}` only in the lines of a state this list does not know.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed by {who} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by {who} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} by {who} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{outcome} — “{reply}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{outcome} (no reply)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.gold.editor</name>
    <message>
        <source>Alt+E goes to the item, where the annotators&apos; keys work: label keys, Insert adds a region, Tab selects one, arrows move it. Ctrl+Z undoes, Ctrl+S saves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.gold.loading</name>
    <message>
        <source>The media could not be fetched: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.gold.model</name>
    <message>
        <source>Item</source>
        <extracomment>The columns&apos; titles and tips (translated where shown: `column_title`, `headerData`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miss rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s text, or its media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the item is gold (✎: edits not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times the item was served in a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to the item (skips left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the gold answers that missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open contests of annotators who missed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media</source>
        <extracomment>A miss rate from here up is drawn in the warning colour: the gold answer may be wrong.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.gold.page</name>
    <message>
        <source>All</source>
        <extracomment>(name, title, what its key says, gold, contested) of the table&apos;s filters; the name makes the action&apos;s id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show gold items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show contested items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {media} · item {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · text · {n} characters · item {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text · {n} characters · item {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.gold.panes</name>
    <message>
        <source>1 box</source>
        <extracomment>How many regions of a kind an answer holds: (one, several).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} points</source>
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
        <source>1 segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.gold.resolving</name>
    <message>
        <source>A dismissal needs a reply: say why the gold answer stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 verdict was scored again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} verdicts were scored again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uphold the selected contest: save the gold answer shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uphold the selected contest: remove the item&apos;s gold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the selected contest with the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reply to the selected contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open contest in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the contested item&apos;s gold answer, then uphold again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest upheld: the answer of {who} is accepted and paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uphold this contest by removing the item&apos;s gold?

The item becomes a real item: its verdicts stop counting for the annotators&apos; skills, the answers they rejected are accepted and paid, and every open contest on it is upheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest upheld: the item is no longer gold; {who} is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest dismissed; {who} reads your reply in their history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: {e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.importer.formats</name>
    <message>
        <source>Items only (folder, CSV, JSONL)</source>
        <extracomment>The format box&apos;s first entry: items without answers in a format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill: proposals annotators confirm or correct</source>
        <extracomment>How a format&apos;s answers go in, as the lead reads it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold: control items&apos; answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.importer.outcome</name>
    <message>
        <source>refused</source>
        <extracomment>What the outcome column says of each.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File or line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.importer.planning</name>
    <message>
        <source>; </source>
        <extracomment>Problems of the annotation files written out in full under the plan. The formats the task server takes, as people name them (`sources.py` has the suffixes).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {format} file: each of its items becomes a text item, with its answer as prefill or gold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {format} dataset: a folder of audio files with its annotation files inside it, or the folder and its annotations file apart. Each file becomes one item, with its answer as prefill or gold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {format} dataset: a folder of image files with its annotation files inside it, or the folder and its annotations file apart. Each file becomes one item, with its answer as prefill or gold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with a header row and a “text” column (the other columns become the item&apos;s data), or a JSONL file with one item per line: {&quot;text&quot;, &quot;data&quot;, &quot;prefill&quot;, &quot;gold&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of audio files ({formats}), with its subfolders. Identical files are sent once; each becomes one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of image files ({formats}), with its subfolders. Identical files are sent once; each becomes one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} with gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} with prefill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} audio files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ({size}, {extras})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ({extras})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem with the annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} problems with the annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file of other kinds left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} files of other kinds left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} items created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 duplicate left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} duplicates left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled with {n} not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped with {n} not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more in the list below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder or file changed since the plan was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format, how its answers go in or the annotations file changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s schema is version {now} now; the plan was made before it could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s schema is version {now} now; the plan was made under version {was}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s schema could not be read, and a format&apos;s answers are read against it. Refresh ({key}) to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.json_view</name>
    <message>
        <source>The text is over {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON: {why} at line {line}, column {column}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schema is a JSON object: { &quot;title&quot;: …, &quot;media&quot;: …, &quot;fields&quot;: […] }.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.lsimport</name>
    <message>
        <source>What could not be carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the config was carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {n} bytes: too big for a labeling config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{media} schema · 1 field: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{media} schema · {n} fields: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.preview</name>
    <message>
        <source>The preview appears once the schema is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the last valid schema: fix the problems to see your changes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fields yet: annotators would see the item and nothing to answer. Add a field ({key}) to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.project_list</name>
    <message>
        <source>Name</source>
        <extracomment>Holding an arrow key in the list picks only the row it stops on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private: {skill} ≥ {accuracy} over {n} gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v{version}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.samples</name>
    <message>
        <source>sample made by the workbench</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.saving</name>
    <message>
        <source>This project pays nothing per item. Annotators will see it as unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project pays 0 {currency} per item. Annotators will see it as unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its requirement counts gold answers in “{skill}”, which no other project gives. Annotators will see it locked, with no way to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.schemacheck</name>
    <message>
        <source>field {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} in {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotkey {key} is used by {labels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must stay {media}, the media of this project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.settings_form</name>
    <message>
        <source>{n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.templates</name>
    <message>
        <source>Street scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the kind of scene, then draw a box around every vehicle and person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News sentiment and names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the names of people, places and organisations, then pick the tone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call segments and transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark who speaks when, write what is said, and rate the sound quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank image schema</source>
        <extracomment>Every way to start, in the order the new-project dialog lists them. Every way to start, in the order the new-project dialog lists them (titles and descriptions in English: `Start.shown_title`, `Start.shown_description` translate).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fields yet; images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank text schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fields yet; texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank audio schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fields yet; audio clips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image template: street scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scene choice and boxes for vehicles and people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text template: news sentiment and names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sentiment choice and spans for names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio template: call segments and transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker segments, a transcript and a quality rating.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.versions</name>
    <message>
        <source>Version {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.words</name>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice: one label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multichoice: any labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating: a number in a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text: a short answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boxes on the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polygons on the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points on the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spans of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments of the audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcript of the audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multichoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcript</source>
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
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO instances</source>
        <extracomment>Format titles with words in them (the rest are names, the same in every language).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (one row per answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audacity labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVAT for images 1.1 XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead.workspace</name>
    <message>
        <source>Pick a project in Projects, or start a new one (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
