<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>QueuePanel</name>
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
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject submission</source>
        <extracomment>The reasons a reviewer picks from, in order (digits 1–7).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the submission by &lt;b&gt;%s&lt;/b&gt; rejected?</source>
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
</TS>
