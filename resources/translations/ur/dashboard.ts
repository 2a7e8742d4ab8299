<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>AnalyticsPage</name>
    <message>
        <source>There is no project to show figures of yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the field of the confusion table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the project list: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the figures of {project}: {why} The figures shown are from before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the figures of {project}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a project to see its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has submitted anything here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user}: nothing that needs a look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} needs a look: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the figures again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfusionPanel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion with gold, field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: what gold says · Columns: what annotators said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No choice, multichoice or rating field to compare with gold in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has answered a gold item of this field yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of {total} labels on gold items say what gold says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of {total} answers on gold items say what gold says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{none}”: the label was left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Only accepted work earns: pending work earns once a reviewer accepts it; rejected work, skips and submissions the task server refused earn nothing.</source>
        <extracomment>Seconds after which showing the page reads the history again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per day, show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold accuracy in skill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why work was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read your history again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your history as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per day: items, earnings, hours, pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the skill of the accuracy chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to your projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the rejection reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history is still being read; export once it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {count} submissions to {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your history… {count} submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: showing what this workbench knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your newest {count} submissions are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your history: {why} The figures shown are from before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your history: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {count} submissions to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {why}. Nothing was changed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history has not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 submission · read at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} submissions · read at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gold answers yet: accuracy shows once you have some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your skills</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolCard</name>
    <message>
        <source>Next pool to unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every private pool you can see is open to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control items: {have} of {need} needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy: {have} of the {bar} needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy: none yet; {bar} needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task server says: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectTable</name>
    <message>
        <source>{passed} of {answered}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} ({skips} skipped)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tiles</name>
    <message>
        <source>Items today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active time today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items per hour today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since local midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over all your work: {pace}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no paid work yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ {amount} pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} once accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} not earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>analytics.annotators</name>
    <message>
        <source>Annotator</source>
        <extracomment>(title, tooltip) of each column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this annotator&apos;s work needs a look, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions to this project, skips included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold answers passed of those answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed ÷ answered gold items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the true gold accuracy lies, with 95 % confidence (Wilson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted ÷ reviewed submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median active time per submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions under the project&apos;s too-fast threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest streak of identical answers in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below bar</source>
        <extracomment>A flag&apos;s short word for the table, by its kind.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <extracomment>The row&apos;s AnnotatorFigures. What a column sorts by.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold accuracy {low}–{high} (95 % interval over {answered}) is entirely below the {bar} requirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fast} of {submissions} submissions ({share}) were faster than the too-fast threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} identical answers in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{passed} of {answered}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low}–{high}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of {decided}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>analytics.charts</name>
    <message>
        <source>1 annotator</source>
        <extracomment>The mark after a name whose whole interval lies below the requirement. Counts in words, one and more than one, by what is counted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold accuracy per annotator (95 % interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotator has answered a gold item in this project yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 annotator with gold answers, lowest accuracy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} annotators with gold answers, lowest accuracy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement {bar}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 is entirely below the requirement (red, marked {mark}): not bad luck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} are entirely below the requirement (red, marked {mark}): not bad luck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is entirely below the requirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no requirement to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median active time per annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submissions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At or above the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the too-fast threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%.1f s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too fast: under {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too fast means under {seconds} s, a quarter of the project&apos;s median (2 s at least).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One annotator typically answers faster than that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} annotators typically answer faster than that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <extracomment>Agreement in words (Krippendorff&apos;s usual bars, used for every metric). Each level as the chart says it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <extracomment>The agreement metrics the task server names, in words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean pairwise 1 − WER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean pairwise {measure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement per field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item has two answers yet, so there is no agreement to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good (≥ 0.8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tentative (0.667 to 0.8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low (under 0.667)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 is perfect agreement; 0 is what chance gives (alpha), or no overlap at all (F1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured by {metrics}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below 0: annotators disagree more than chance would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet measured (no item with two answers): {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>analytics.confusion</name>
    <message>
        <source>choice</source>
        <extracomment>The kinds of field with a matrix, as the picker names them.</extracomment>
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
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold says “{expected}”, annotators said “{given}”: {count} ({share} of the answers to gold “{expected}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold says “{expected}”, annotators said “{given}”: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold: {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>analytics.page</name>
    <message>
        <source>{done} of 1 item done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} items done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median active time {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too fast: under {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requirement {bar}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no requirement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard.charts</name>
    <message>
        <source>{first} to today, {today}</source>
        <extracomment>Days the per-day chart shows (ending today).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: no work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items}, {skips} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} active, {pace} items per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{approved} approved, {pending} pending, {rejected} rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{earned} earned, {pending} pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings per day ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paid work yet: nothing to show in money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last {days} days; you worked on {worked} of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work in the last {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active hours per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items per hour, per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active time in the last {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} active over 1 day; {pace} items per hour overall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} active over {days} days; {pace} items per hour overall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold accuracy over time: {skill}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gold answers in {skill} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy over your newest 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now {accuracy} over your newest {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement: {bar}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pool} needs {bar}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool needs {bar}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard.panels</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions, skips included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items per hour of active time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned: accepted work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earns once a reviewer accepts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold answers passed of those answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you have no control items yet</source>
        <extracomment>Where a rejection&apos;s reason is translated: the review&apos;s reject dialog marks its reasons, and a missed control item&apos;s, under its class&apos;s name; &quot;Other&quot; is the shared dialog&apos;s. (As `labeler.ui.review.reject.reason_words`, without loading the review here.)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are at {accuracy} over your last {window} of {answered}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are at {accuracy} over {answered}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You meet it now ({have}); refresh the project list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 1 more control item, all passed, to reach ≥ {bar}; {have}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more control item, all passed, to reach ≥ {bar}; {have}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {count} more control items, all passed, to reach ≥ {bar}; {have}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} more control items, all passed, to reach ≥ {bar}; {have}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more control item at ≥ {bar}; {have}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} more control items at ≥ {bar}; {have}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of yours was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} — once, last {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} — {count} times, last {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each one&apos;s hint and expected answer are in History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comment was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard.tiles</name>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
