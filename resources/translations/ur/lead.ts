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
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export {name}</source>
        <extracomment>What is exported, as the lead reads it (`ExportChoice.answers`). The report is asked this long after the last change of the choice (a lead scrolling through the formats asks for one report, not one per format passed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the {noun} (in the zip)</source>
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
        <source>{what}.</source>
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
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a field to the schema to edit it here.</source>
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
        <extracomment>The format box&apos;s first entry: items without answers in a format. How a format&apos;s answers go in, as the lead reads it.</extracomment>
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
        <source>The hint is longer than 10 000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as gold</source>
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
    <message>
        <source> · edited, not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoldPage</name>
    <message>
        <source>Gold set</source>
        <extracomment>(title, gold, contested) of the table&apos;s filters. An item was shown in the editor (its id), for hosts and tests.</extracomment>
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
        <source>Gold set of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items here.</source>
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
        <source>{n} edited gold answer(s)</source>
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
        <source>Unmark gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is no longer gold.</source>
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
    <message>
        <source>Could not read {what}: {e}</source>
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
        <source>Choose a folder of {media} files</source>
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
        <extracomment>Holding an arrow key in the table loads only the row it stops on. How the list calls the server: `run(fn, *args, done=..., what=...)` off the GUI thread. A page of items arrived.</extracomment>
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
        <source>{n} items{more}</source>
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
        <source>Version {v} is in the editor; save to make it the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new project “{n}” is not created yet. Drop it?</source>
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
        <source>{name} has unsaved changes: {what}. Drop them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has unsaved {what} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Drop them?</source>
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
    <name>ProblemList</name>
    <message>
        <source>Problems of the schema</source>
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
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectList</name>
    <message>
        <source>Projects</source>
        <extracomment>Holding an arrow key in the list picks only the row it stops on.</extracomment>
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
        <source>Publish anyway?</source>
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
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the field &apos;{name}&apos;. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That config is for {m} items; this project&apos;s items are {f}. It is shown so you can copy from it, but it cannot be saved here.</source>
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
        <source> · unsaved changes</source>
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
        <extracomment>The settings of a project that has none yet (PROTOCOL.md defaults).</extracomment>
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
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators per item</source>
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
        <source>From version {a} to version {b}: {n} {noun}</source>
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
    <name>page</name>
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
        <source>1 verdict was scored again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} verdicts were scored again.</source>
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
</TS>
