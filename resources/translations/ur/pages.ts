<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>CleartextBadge</name>
    <message>
        <source>Not encrypted: http:// to {host}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContestDialog</name>
    <message>
        <source>Contest a gold verdict</source>
        <extracomment>The task server wants a reason a lead can act on, not &quot;wrong&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the lead why your answer to {what} should pass. They see your reason next to the gold answer and uphold it (your answer is then accepted and paid) or dismiss it with a reply; you read the outcome in History. A verdict is contested once. Ctrl+Enter sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the gold answer gets wrong, or why your answer is right too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {min} characters ({left} more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackBar</name>
    <message>
        <source>Item {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time counts while you work on the item; it pauses when you are idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item answered in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time your answer to this item took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction {time} · answered in {earlier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent correcting counts too: it is sent with the correction. Your answer to this item took {earlier}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the task server now and upload what waits ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the task server now and upload what waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time}  ❚❚ paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace {session} · today {today}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items per hour of active time: {session} this session, {today} today in {time} of active time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned today for accepted answers; pending ones wait for review or upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out — &lt;u&gt;sign in again&lt;/u&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} waiting to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show them in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gold answers in this skill yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold calibrating {answered}/{needed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{passed} of {answered} gold answers passed in {skill}; accuracy counts after {needed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold {accuracy} (needs {required})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold {accuracy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy in {skill} over your newest 50 gold answers, estimated until the task server confirms it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy in {skill} over your newest 50 gold answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoldFeedback</name>
    <message>
        <source>Show expected</source>
        <extracomment>&quot;banner&quot;, &quot;note&quot; (a missed verdict after the next answer) or &quot;&quot; (nothing shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the item with the expected answer ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the item with the expected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training item correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control item passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdict} — score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {number} ({back} items ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {which}: training item missed · {key} or click to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {which}: training item missed · click to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {which}: control item missed · {key} or click to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {which}: control item missed · click to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item {number} of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contesting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Offline — showing what this workbench knows; reviews may be out of date</source>
        <extracomment>Rows of the table in view over the item, and when the item is shown large (a part of a row more says that the table goes on). The words beside the table and the item.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back</source>
        <extracomment>The project column is as wide as its names, up to this (a longer name is cut).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest a failed gold verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in on the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out of the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the item in its room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the item large, or the table&apos;s rows again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest sent. A lead will look at the gold answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why}: this submission cannot be contested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your submissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 submission so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} submissions so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of 1 submission so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} submissions so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of 1 submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest the selected failed gold verdict ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest the selected failed gold verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnItemView</name>
    <message>
        <source>Select a submission to see its item and your answer.</source>
        <extracomment>Zoom steps of the keys (the review&apos;s).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of {user} on {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task server no longer accepts this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To type your password, click it or press {key}. Keep working meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To type your password, click it. Keep working meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Offline — showing the projects known from last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects to work on yet. F5 looks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} opens a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} refreshes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} shows your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is locked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History ({key})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Other</source>
        <extracomment>The reason that says nothing by itself (sent in English; shown translated).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in the comment why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–{last} pick a reason · Enter {confirms} · Escape cancels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowDetails</name>
    <message>
        <source>Select a submission to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <extracomment>A known profile was picked (Enter or a click): the window opens it at once when it still holds its token, else the password is asked for.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to a task server, to pull items and label them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionFlow</name>
    <message>
        <source>Select a submission to see its item and your answer.</source>
        <extracomment>Submissions read from the task server, kept for the session (most recent last).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the task server for this submission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media could not be fetched: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is not on this computer yet: it comes when the task server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording is not on this computer yet: it comes when the task server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer was not made on this computer: it shows when the task server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task server no longer has this submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This submission cannot be shown: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.common</name>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <comment>date and time (Qt format)</comment>
        <extracomment>Status colours: text on the window background, and a light tint behind it. Nastaliq reads smaller than Latin at one point size (a little less than in the text editor: a label&apos;s line stays close to its neighbours&apos;). The note line&apos;s looks, set on the label itself (a hidden label is not re-polished). Urdu in a table&apos;s cell: a little larger than the Latin around it (the row stays a row).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <comment>date and time (Qt format)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>time of day (Qt format)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.feedback</name>
    <message>
        <source>Offline — answers are kept and upload when the server is back</source>
        <extracomment>Marked here, translated where shown (`translate(&quot;pages.feedback&quot;, …)`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying the task server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <extracomment>How long what a &quot;Retry now&quot; found stays in the bar. Gold answers before accuracy means much (the task server&apos;s `calibration_gold`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still offline: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} still waiting to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{money} (+{pending} pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today {money}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.gold</name>
    <message>
        <source>Training item missed</source>
        <extracomment>How long a passed verdict&apos;s note stays. Answers a missed verdict&apos;s note stays for, after the banner became one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control item missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} (needs {need})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item you just answered (item {number} of this session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {number} of this session, answered {back} items ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.history_details</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a value this workbench cannot read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: passed, score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: failed, score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept</source>
        <extracomment>A review&apos;s decision as the panel says it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by the gold verdict: {decision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: {decision} by {reviewer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: {decision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head} — reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head} — comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} · {time} active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: this answer replaced your earlier one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the task server refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest: open — a lead has not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest: upheld — the answer is accepted and paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest: dismissed — the verdict stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest: closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upheld {when}</source>
        <extracomment>When a contest was resolved, by its state: &quot;upheld 2026-03-02 14:05 by lead&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upheld {when} by {lead}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed {when} by {lead}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed {when} by {lead}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open {when} by {lead}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.history_item</name>
    <message>
        <source>Your answer</source>
        <extracomment>The panes&apos; titles (translated where the panes are made).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.history_model</name>
    <message>
        <source>Submitted</source>
        <extracomment>The columns by their English titles (the header shows them translated).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>The filters, in order, and the states each shows (None: all); the names (English, shown translated) name their keys&apos; actions too (`history.filter_waiting`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
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
        <source>Show all</source>
        <extracomment>What each filter&apos;s key does, in the `?` sheet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending review</source>
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
        <source>Contested · open</source>
        <extracomment>The contest button&apos;s words from `labeler.client.history` (`CONTESTED`, the refusals): marked here, where they are shown, so `contest_words` finds them translated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already contested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not uploaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task server refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest upheld: {reply}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contest dismissed: {reply}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contest dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contest upheld · no longer gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contest upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contest open</source>
        <extracomment>A contest&apos;s state after a verdict, in the Gold column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contest closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{money} pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} (skip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} · corrected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.project_cards</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <extracomment>The badges, by what they say in English (their colours go by that too).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{money} per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs {accuracy} accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no items left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left} of 1 item left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left} of {total} items left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left} items left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this pool is not open to you yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.projects</name>
    <message>
        <source>{skill} {accuracy} over {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet in {skills}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold accuracy: {skills}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gold answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{approved} approved, {pending} pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{approved} approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary}    Earned: {money}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.retry_flow</name>
    <message>
        <source>Retry the connection now (upload what waits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.signin</name>
    <message>
        <source>Enter the task server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a task server address (e.g. https://tasks.example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted: this address starts with http://, so your password, and then your token with every request, cross the network to {host} readable by anyone on the way. Ask the server&apos;s owner for its https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages.signin_again</name>
    <message>
        <source>Nothing is lost: keep working, your answers are kept on this computer.</source>
        <extracomment>Room left under the card for the feedback bar, which says &quot;Signed out&quot; too.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is lost: 1 answer waits on this computer and uploads once you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is lost: {count} answers wait on this computer and upload once you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}: try again in a moment; your answers stay here meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}: try again in about 1 minute; your answers stay here meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}: try again in about {minutes} minutes; your answers stay here meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins from other computers are not held back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password is not right; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task server cannot be reached; your answers stay here. Try again soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again: type the password (answers wait meanwhile)</source>
        <extracomment>How many times the password was asked for (a card shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in again; what waited is uploading.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
