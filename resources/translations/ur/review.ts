<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>MediaLoader</name>
    <message>
        <source>This item has no media.</source>
        <extracomment>The decoded picture is at most this big (the display variant&apos;s long edge).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the media: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the media: {done}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media could not be fetched: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pane</name>
    <message>
        <source>1 tag hidden where regions crowd: zoom in (+) or point at a region</source>
        <extracomment>The pane&apos;s field values as (text, tint or None), for its thumbnail in the strip.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} tags hidden where regions crowd: zoom in (+) or point at a region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue</source>
        <extracomment>Spin boxes report every step of a held arrow key: wait this long before reloading.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only gold scores from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
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
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold score bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review with these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} so far · {left} to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 submission · {left} to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} submissions · {left} to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} submissions listed, {left} still to decide (Load more lists the next ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} submissions listed, {left} still to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
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
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold and real items</source>
        <extracomment>Gold or real items.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold items only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real items only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject submission</source>
        <extracomment>Where the dialogs&apos; reasons are translated: this one&apos;s, then the shared &quot;Other&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong label</source>
        <extracomment>The reasons a reviewer picks from, in order (digits 1–7); the dialog shows each through `tr`, which looks under this class&apos;s name first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprecise boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not follow instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam or random answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed a control item</source>
        <extracomment>The reason of a submission its gold verdict rejected (`labeler.client.history.MISSED`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the submission by &lt;b&gt;{user}&lt;/b&gt; rejected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the annotator (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in the comment what was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <source>A accept · R reject · J/K next · Tab pane · V layout · ? every key</source>
        <extracomment>Items kept loaded, so stepping back and forth costs no network. The queue&apos;s width at first: narrow, so the panes get most of a 1366 px window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotators could not be listed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review with these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue could not be loaded: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item could not be loaded: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a submission in the queue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot review your own submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submission left to decide with these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted the submission by {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected the submission by {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 decision still on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} decisions still on their way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 decision not sent yet ({why}); sent again shortly ({key}: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} decisions not sent yet ({why}); sent again shortly ({key}: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accept was not saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reject was not saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the end of the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consensus to show: it needs two answers or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has no gold: the reference pane is the consensus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the suggested consensus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing gold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has one pane only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {pane} ({details}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One large pane: {next} and {previous} show the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All panes side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has no audio to play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects could not be loaded: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <source>Nothing selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the suggested consensus, not the gold answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>review.audio_pane</name>
    <message>
        <source>(empty)</source>
        <extracomment>Marks a waveform is kept in step by (a view is connected once).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;WER {wer}&lt;/b&gt; · {changed} changed, {missing} missing, {extra} extra</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>review.fill</name>
    <message>
        <source>No reference to compare with: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} (reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gold, one answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gold, no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the control item expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the known answer · tags: matched by k of {answered}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {answered} answers · tags: matched by k of {answered}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your answer beside the expected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your answer (not a control item: nothing to compare with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compared with the gold answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compared with the suggested consensus (no gold for this item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reference ({why}): nothing is compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 submission, {compared}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} submissions, {compared}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{project} · Gold item {item} · {rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{project} · Item {item} · {rest}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>review.image_pane</name>
    <message>
        <source>matched</source>
        <extracomment>Marks a canvas is kept in step by (a canvas is connected once). A scale this close to the fitting one counts as fitted (follows window resizes).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match in the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the reference, missed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>review.keys</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the submission</source>
        <extracomment>(name, title, keys): the action `review.&lt;name&gt;`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the submission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (all panes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (all panes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the media in its pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next pane large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous pane large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One large pane or all panes side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show gold or the consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more of the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send waiting decisions now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide or show the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project filter</source>
        <extracomment>(name, title, key) of the filters&apos; keys: `review.filter_&lt;name&gt;` focuses that filter.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold or real items filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold score filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>review.marks</name>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{distance} px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1 {f1} · {matched} matched, {extra} extra, {missed} missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WER {wer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>review.model</name>
    <message>
        <source>Annotator</source>
        <extracomment>The columns, by their English names (which the header translates).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Headers narrower than their column&apos;s name where the queue is short of room (the project&apos;s name needs it), and what each column is, for the header&apos;s tooltip.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gold score of a control item&apos;s submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotator&apos;s active time on the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept</source>
        <extracomment>A decision in the row&apos;s tooltip (`Review: reject (Wrong label)`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission by {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: {project}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: {decision} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: {decision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>review.pane</name>
    <message>
        <source>pending</source>
        <extracomment>A submission&apos;s status as the task server says it, in words.</extracomment>
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
        <source>{time} active</source>
        <extracomment>The workbench&apos;s skip dialog marks its reasons under these contexts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>review.table</name>
    <message>
        <source>1 box</source>
        <extracomment>Characters of a text answer shown in a cell (the whole text is in its tooltip). How many regions a field holds, in words: one, and more than one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} skipped this item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>review.text_pane</name>
    <message>
        <source>matched</source>
        <extracomment>Characters of a differing range quoted in the summary before it is cut short. Texts longer than this (characters) are not measured for a row&apos;s height. Marks a scroll bar is kept in step by (a bar is connected once).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
