<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>AnalyticsPage</name>
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
        <source>Pick a project to see its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has submitted anything here yet.</source>
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
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <extracomment>Seconds after which showing the page reads the history again.</extracomment>
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
        <source>Your history has not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gold answers yet: accuracy shows once you have some.</source>
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
        <source>Nothing locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every private pool you can see is open to you.</source>
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
</context>
</TS>
