<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
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
    <name>GoldFeedback</name>
    <message>
        <source>Show expected</source>
        <extracomment>How long a passed verdict&apos;s note stays. Answers a missed verdict&apos;s note stays for, after the banner became one. &quot;banner&quot;, &quot;note&quot; (a missed verdict after the next answer) or &quot;&quot; (nothing shown).</extracomment>
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
        <source>Show the item with the expected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide expected</source>
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
        <source>← Back</source>
        <extracomment>Rows of the table in view over the item, and when the item is shown large (a part of a row more says that the table goes on). The words beside the table and the item. The project column is as wide as its names, up to this (a longer name is cut).</extracomment>
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
        <source>Reading your submissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest the selected failed gold verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
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
        <source>this pool is not open to you yet.</source>
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
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in the comment why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–%d pick a reason · Enter %s · Escape cancels</source>
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
</TS>
