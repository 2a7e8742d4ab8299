<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>CleartextBadge</name>
    <message>
        <source>Not encrypted: http:// to {host}</source>
        <translation>غیر محفوظ: {host} تک http://</translation>
    </message>
</context>
<context>
    <name>ContestDialog</name>
    <message>
        <source>Contest a gold verdict</source>
        <extracomment>The task server wants a reason a lead can act on, not &quot;wrong&quot;.</extracomment>
        <translation>جانچ آئٹم کے نتیجے پر اعتراض</translation>
    </message>
    <message>
        <source>Tell the lead why your answer to {what} should pass. They see your reason next to the gold answer and uphold it (your answer is then accepted and paid) or dismiss it with a reply; you read the outcome in History. A verdict is contested once. Ctrl+Enter sends.</source>
        <translation>لیڈ کو بتائیں کہ {what} کے لیے آپ کا جواب کیوں درست مانا جائے۔ لیڈ آپ کی وجہ متوقع جواب کے ساتھ دیکھ کر یا تو اعتراض مان لیں گے (تب آپ کا جواب قبول ہو گا اور اس کی ادائیگی ہو گی) یا جواب لکھ کر اعتراض رد کر دیں گے؛ نتیجہ آپ ہسٹری میں دیکھیں گے۔ ایک نتیجے پر اعتراض ایک ہی بار ہو سکتا ہے۔ Ctrl+Enter سے بھیجیں۔</translation>
    </message>
    <message>
        <source>What the gold answer gets wrong, or why your answer is right too</source>
        <translation>متوقع جواب میں کیا غلط ہے، یا آپ کا جواب بھی کیوں درست ہے</translation>
    </message>
    <message>
        <source>Send contest</source>
        <translation>اعتراض بھیجیں</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} حروف</translation>
    </message>
    <message>
        <source>At least {min} characters ({left} more)</source>
        <translation>کم از کم {min} حروف ({left} مزید)</translation>
    </message>
</context>
<context>
    <name>FeedbackBar</name>
    <message>
        <source>Item {time}</source>
        <translation>آئٹم {time}</translation>
    </message>
    <message>
        <source>Time counts while you work on the item; it pauses when you are idle.</source>
        <translation>وقت تب گنا جاتا ہے جب آپ آئٹم پر کام کر رہے ہوں؛ آپ رکیں تو یہ بھی رک جاتا ہے۔</translation>
    </message>
    <message>
        <source>Item answered in {time}</source>
        <translation>آئٹم کا جواب {time} میں دیا</translation>
    </message>
    <message>
        <source>The time your answer to this item took.</source>
        <translation>اس آئٹم کے جواب میں لگا وقت۔</translation>
    </message>
    <message>
        <source>Correction {time} · answered in {earlier}</source>
        <translation>اصلاح {time} · جواب {earlier} میں</translation>
    </message>
    <message>
        <source>Time spent correcting counts too: it is sent with the correction. Your answer to this item took {earlier}.</source>
        <translation>اصلاح میں لگا وقت بھی گنا جاتا ہے: یہ اصلاح کے ساتھ بھیجا جاتا ہے۔ اس آئٹم کے آپ کے جواب میں {earlier} لگے۔</translation>
    </message>
    <message>
        <source>Item —</source>
        <translation>آئٹم —</translation>
    </message>
    <message>
        <source>Ask the task server now and upload what waits ({key})</source>
        <translation>ابھی ٹاسک سرور سے رابطہ کریں اور منتظر جواب اپ لوڈ کریں ({key})</translation>
    </message>
    <message>
        <source>Ask the task server now and upload what waits</source>
        <translation>ابھی ٹاسک سرور سے رابطہ کریں اور منتظر جواب اپ لوڈ کریں</translation>
    </message>
    <message>
        <source>{time}  ❚❚ paused</source>
        <translation>{time}  ❚❚ رکا ہوا</translation>
    </message>
    <message>
        <source>Pace —</source>
        <translation>رفتار —</translation>
    </message>
    <message>
        <source>Pace {session} · today {today}</source>
        <translation>رفتار {session} · آج {today}</translation>
    </message>
    <message>
        <source>Items per hour of active time: {session} this session, {today} today in {time} of active time.</source>
        <translation>کام کے ہر گھنٹے میں آئٹم: اس سیشن میں {session}؛ آج {time} کام کے وقت میں {today}۔</translation>
    </message>
    <message>
        <source>Earned today for accepted answers; pending ones wait for review or upload.</source>
        <translation>آج قبول شدہ جوابوں کی آمدنی؛ زیرِ غور جواب جائزے یا اپ لوڈ کے منتظر ہیں۔</translation>
    </message>
    <message>
        <source>Signed out — &lt;u&gt;sign in again&lt;/u&gt;</source>
        <translation>سائن آؤٹ — &lt;u&gt;دوبارہ سائن اِن کریں&lt;/u&gt;</translation>
    </message>
    <message>
        <source>{count}/h</source>
        <translation>{count} فی گھنٹہ</translation>
    </message>
    <message>
        <source>{count} waiting to upload</source>
        <translation>{count} اپ لوڈ کے منتظر</translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation>{count} نامنظور</translation>
    </message>
    <message>
        <source>All uploaded</source>
        <translation>سب اپ لوڈ ہو گئے</translation>
    </message>
    <message>
        <source>Show them in the history</source>
        <translation>انہیں ہسٹری میں دیکھیں</translation>
    </message>
    <message>
        <source>Gold —</source>
        <translation>جانچ —</translation>
    </message>
    <message>
        <source>No gold answers in this skill yet.</source>
        <translation>اس مہارت میں ابھی کوئی جانچ آئٹم نہیں۔</translation>
    </message>
    <message>
        <source>Gold calibrating {answered}/{needed}</source>
        <translation>ابتدائی جانچ {answered}/{needed}</translation>
    </message>
    <message>
        <source>{passed} of {answered} gold answers passed in {skill}; accuracy counts after {needed}.</source>
        <translation>‏{skill} میں {answered} میں سے {passed} جانچ آئٹم درست؛ درستی {needed} کے بعد گنی جائے گی۔</translation>
    </message>
    <message>
        <source>Gold {accuracy} (needs {required})</source>
        <translation>جانچ {accuracy} (شرط {required})</translation>
    </message>
    <message>
        <source>Gold {accuracy}</source>
        <translation>جانچ {accuracy}</translation>
    </message>
    <message>
        <source>Accuracy in {skill} over your newest 50 gold answers, estimated until the task server confirms it.</source>
        <translation>‏{skill} میں آپ کے تازہ ترین 50 جانچ آئٹموں پر درستی؛ ٹاسک سرور کی تصدیق تک یہ اندازہ ہے۔</translation>
    </message>
    <message>
        <source>Accuracy in {skill} over your newest 50 gold answers.</source>
        <translation>‏{skill} میں آپ کے تازہ ترین 50 جانچ آئٹموں پر درستی۔</translation>
    </message>
</context>
<context>
    <name>GoldFeedback</name>
    <message>
        <source>Show expected</source>
        <extracomment>&quot;banner&quot;, &quot;note&quot; (a missed verdict after the next answer) or &quot;&quot; (nothing shown).</extracomment>
        <translation>متوقع جواب دکھائیں</translation>
    </message>
    <message>
        <source>Contest…</source>
        <translation>اعتراض…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>Show the item with the expected answer ({key})</source>
        <translation>آئٹم متوقع جواب کے ساتھ دکھائیں ({key})</translation>
    </message>
    <message>
        <source>Show the item with the expected answer</source>
        <translation>آئٹم متوقع جواب کے ساتھ دکھائیں</translation>
    </message>
    <message>
        <source>Training item correct</source>
        <translation>تربیتی آئٹم درست</translation>
    </message>
    <message>
        <source>Control item passed</source>
        <translation>جانچ آئٹم درست</translation>
    </message>
    <message>
        <source>{verdict} — score {score}</source>
        <translation>‏{verdict} — اسکور {score}</translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation>اشارہ: {hint}</translation>
    </message>
    <message>
        <source>Item {number} ({back} items ago)</source>
        <translation>آئٹم {number} ({back} آئٹم پہلے)</translation>
    </message>
    <message>
        <source>Item {number} ({back} item ago)</source>
        <translation>آئٹم {number} ({back} آئٹم پہلے)</translation>
    </message>
    <message>
        <source>Item {number}</source>
        <translation>آئٹم {number}</translation>
    </message>
    <message>
        <source>⚠ {which}: training item missed · {key} or click to see it</source>
        <translation>‏⚠ {which}: تربیتی آئٹم غلط · دیکھنے کے لیے {key} یا کلک کریں</translation>
    </message>
    <message>
        <source>⚠ {which}: training item missed · click to see it</source>
        <translation>‏⚠ {which}: تربیتی آئٹم غلط · دیکھنے کے لیے کلک کریں</translation>
    </message>
    <message>
        <source>⚠ {which}: control item missed · {key} or click to see it</source>
        <translation>‏⚠ {which}: جانچ آئٹم غلط · دیکھنے کے لیے {key} یا کلک کریں</translation>
    </message>
    <message>
        <source>⚠ {which}: control item missed · click to see it</source>
        <translation>‏⚠ {which}: جانچ آئٹم غلط · دیکھنے کے لیے کلک کریں</translation>
    </message>
    <message>
        <source>Hide expected</source>
        <translation>متوقع جواب چھپائیں</translation>
    </message>
    <message>
        <source>item {number} of this session</source>
        <translation>اس سیشن کا آئٹم {number}</translation>
    </message>
    <message>
        <source>item {id}</source>
        <translation>آئٹم {id}</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>یہ آئٹم</translation>
    </message>
    <message>
        <source>Contesting…</source>
        <translation>اعتراض بھیجا جا رہا ہے…</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Offline — showing what this workbench knows; reviews may be out of date</source>
        <extracomment>Rows of the table in view over the item, and when the item is shown large (a part of a row more says that the table goes on). The most of the page&apos;s height the table takes over the item (unless shown large). In Urdu at 1366×768 that is three of Nastaliq&apos;s taller rows: at 0.46 it showed four, but a comparison&apos;s candidates lost a line each and scrolled. The words beside the table and the item.</extracomment>
        <translation>آف لائن — وہی دکھایا جا رہا ہے جو اس ورک بینچ کو معلوم ہے؛ جائزے پرانے ہو سکتے ہیں</translation>
    </message>
    <message>
        <source>← Back</source>
        <extracomment>The project column is as wide as its names, up to this (a longer name is cut).</extracomment>
        <translation>→ واپس</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ہسٹری</translation>
    </message>
    <message>
        <source>Contest…</source>
        <extracomment>The reader moved the line between the table and the item: theirs is kept.</extracomment>
        <translation>اعتراض…</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>مزید لائیں</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <source>Contest a failed gold verdict</source>
        <translation>جانچ آئٹم کے غلط نتیجے پر اعتراض کریں</translation>
    </message>
    <message>
        <source>Zoom in on the item</source>
        <translation>آئٹم زوم اِن کریں</translation>
    </message>
    <message>
        <source>Zoom out of the item</source>
        <translation>آئٹم زوم آؤٹ کریں</translation>
    </message>
    <message>
        <source>Fit the item in its room</source>
        <translation>آئٹم پورا دکھائیں</translation>
    </message>
    <message>
        <source>Show the item large, or the table&apos;s rows again</source>
        <translation>آئٹم بڑا دکھائیں، یا پھر سے جدول کی سطریں</translation>
    </message>
    <message>
        <source>Show your answer or the expected answer large, where one is</source>
        <translation>جہاں ایک ہی جواب بڑا دکھتا ہو، وہاں اپنا جواب یا متوقع جواب بڑا دکھائیں</translation>
    </message>
    <message>
        <source>Play or pause the recording</source>
        <translation>ریکارڈنگ چلائیں یا روکیں</translation>
    </message>
    <message>
        <source>Contest sent. A lead will look at the gold answer.</source>
        <translation>اعتراض بھیج دیا گیا۔ لیڈ متوقع جواب کو دیکھیں گے۔</translation>
    </message>
    <message>
        <source>Not sent: {why}.</source>
        <translation>نہیں بھیجا گیا: {why}۔</translation>
    </message>
    <message>
        <source>{why}: this submission cannot be contested.</source>
        <translation>‏{why}: اس جواب پر اعتراض نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>item {id}</source>
        <translation>آئٹم {id}</translation>
    </message>
    <message>
        <source>Reading your submissions…</source>
        <translation>آپ کے جمع کرائے گئے جواب پڑھے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>1 submission so far</source>
        <translation>اب تک 1 جمع کرایا گیا جواب</translation>
    </message>
    <message>
        <source>{total} submissions so far</source>
        <translation>اب تک {total} جمع کرائے گئے جواب</translation>
    </message>
    <message>
        <source>1 submission</source>
        <translation>1 جمع کرایا گیا جواب</translation>
    </message>
    <message>
        <source>{total} submissions</source>
        <translation>{total} جمع کرائے گئے جواب</translation>
    </message>
    <message>
        <source>{shown} of 1 submission so far</source>
        <translation>اب تک 1 میں سے {shown} جمع کرایا گیا جواب</translation>
    </message>
    <message>
        <source>{shown} of {total} submissions so far</source>
        <translation>اب تک {total} میں سے {shown} جمع کرائے گئے جواب</translation>
    </message>
    <message>
        <source>{shown} of 1 submission</source>
        <translation>1 میں سے {shown} جمع کرایا گیا جواب</translation>
    </message>
    <message>
        <source>{shown} of {total} submissions</source>
        <translation>{total} میں سے {shown} جمع کرائے گئے جواب</translation>
    </message>
    <message>
        <source>Contest the selected failed gold verdict ({key})</source>
        <translation>چنے ہوئے غلط نتیجے پر اعتراض کریں ({key})</translation>
    </message>
    <message>
        <source>Contest the selected failed gold verdict</source>
        <translation>چنے ہوئے غلط نتیجے پر اعتراض کریں</translation>
    </message>
</context>
<context>
    <name>OwnItemView</name>
    <message>
        <source>Select a submission to see its item and your answer.</source>
        <extracomment>Zoom steps of the keys (the review&apos;s).</extracomment>
        <translation>آئٹم اور اپنا جواب دیکھنے کے لیے اوپر سے کوئی جواب چنیں۔</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Signed out</source>
        <translation>آپ سائن آؤٹ ہو گئے</translation>
    </message>
    <message>
        <source>Password of {user} on {server}</source>
        <translation>‏{server} پر {user} کا پاس ورڈ</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>سائن اِن</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>بعد میں</translation>
    </message>
    <message>
        <source>The task server no longer accepts this sign-in.</source>
        <translation>ٹاسک سرور اب یہ سائن اِن قبول نہیں کرتا۔</translation>
    </message>
    <message>
        <source>To type your password, click it or press {key}. Keep working meanwhile.</source>
        <translation>پاس ورڈ لکھنے کے لیے اس پر کلک کریں یا {key} دبائیں۔ تب تک کام جاری رکھیں۔</translation>
    </message>
    <message>
        <source>To type your password, click it. Keep working meanwhile.</source>
        <translation>پاس ورڈ لکھنے کے لیے اس پر کلک کریں۔ تب تک کام جاری رکھیں۔</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>اپنا پاس ورڈ لکھیں۔</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Offline — showing the projects known from last time</source>
        <translation>آف لائن — پچھلی بار کے معلوم پروجیکٹ دکھائے جا رہے ہیں</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>پروجیکٹ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازہ کریں</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ہسٹری</translation>
    </message>
    <message>
        <source>No projects to work on yet. F5 looks again.</source>
        <translation>ابھی کام کے لیے کوئی پروجیکٹ نہیں۔ F5 سے دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <source>Refresh projects</source>
        <translation>پروجیکٹ تازہ کریں</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>ہسٹری دکھائیں</translation>
    </message>
    <message>
        <source>{key} opens a project</source>
        <translation>‏{key} سے پروجیکٹ کھولیں</translation>
    </message>
    <message>
        <source>{key} refreshes</source>
        <translation>‏{key} سے تازہ کریں</translation>
    </message>
    <message>
        <source>{key} shows your history</source>
        <translation>‏{key} سے اپنی ہسٹری دیکھیں</translation>
    </message>
    <message>
        <source>{name} is locked: {reason}</source>
        <translation>‏{name} بند ہے: {reason}</translation>
    </message>
    <message>
        <source>Refresh ({key})</source>
        <translation>تازہ کریں ({key})</translation>
    </message>
    <message>
        <source>History ({key})</source>
        <translation>ہسٹری ({key})</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Other</source>
        <extracomment>The reason that says nothing by itself (sent in English; shown translated).</extracomment>
        <translation>کوئی اور وجہ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تبصرہ</translation>
    </message>
    <message>
        <source>Say in the comment why.</source>
        <translation>تبصرے میں وجہ بتائیں۔</translation>
    </message>
    <message>
        <source>1–{last} pick a reason · Enter {confirms} · Escape cancels</source>
        <translation>1–{last} سے وجہ چنیں · Enter {confirms} · Escape منسوخ کرتا ہے</translation>
    </message>
</context>
<context>
    <name>RowDetails</name>
    <message>
        <source>Select a submission to see its details.</source>
        <translation>تفصیل دیکھنے کے لیے کوئی جواب چنیں۔</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <extracomment>A known profile was picked (Enter or a click): the window opens it at once when it still holds its token, else the password is asked for.</extracomment>
        <translation>سائن اِن</translation>
    </message>
    <message>
        <source>to a task server, to pull items and label them.</source>
        <translation>ٹاسک سرور پر، تاکہ آئٹم لے کر ان پر لیبل لگائیں۔</translation>
    </message>
    <message>
        <source>Known profiles</source>
        <translation>محفوظ پروفائل</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>سرور</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>یوزر نیم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>پاس ورڈ</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>اپنا یوزر نیم لکھیں۔</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>اپنا پاس ورڈ لکھیں۔</translation>
    </message>
</context>
<context>
    <name>SubmissionFlow</name>
    <message>
        <source>Select a submission to see its item and your answer.</source>
        <extracomment>Submissions read from the task server, kept for the session (most recent last).</extracomment>
        <translation>آئٹم اور اپنا جواب دیکھنے کے لیے اوپر سے کوئی جواب چنیں۔</translation>
    </message>
    <message>
        <source>Reading your answer…</source>
        <translation>آپ کا جواب پڑھا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Asking the task server for this submission…</source>
        <translation>ٹاسک سرور سے یہ جواب منگوایا جا رہا ہے…</translation>
    </message>
    <message>
        <source>The media could not be fetched: {error}</source>
        <translation>میڈیا نہیں مل سکا: {error}</translation>
    </message>
    <message>
        <source>Fetching the picture…</source>
        <translation>تصویر منگوائی جا رہی ہے…</translation>
    </message>
    <message>
        <source>Fetching the recording…</source>
        <translation>ریکارڈنگ منگوائی جا رہی ہے…</translation>
    </message>
    <message>
        <source>The picture is not on this computer yet: it comes when the task server can be reached.</source>
        <translation>تصویر ابھی اس کمپیوٹر پر نہیں: ٹاسک سرور سے رابطہ ہوتے ہی آ جائے گی۔</translation>
    </message>
    <message>
        <source>The recording is not on this computer yet: it comes when the task server can be reached.</source>
        <translation>ریکارڈنگ ابھی اس کمپیوٹر پر نہیں: ٹاسک سرور سے رابطہ ہوتے ہی آ جائے گی۔</translation>
    </message>
    <message>
        <source>This answer was not made on this computer: it shows when the task server can be reached.</source>
        <translation>یہ جواب اس کمپیوٹر پر نہیں دیا گیا: ٹاسک سرور سے رابطہ ہوتے ہی دکھائی دے گا۔</translation>
    </message>
    <message>
        <source>The task server no longer has this submission.</source>
        <translation>یہ جواب اب ٹاسک سرور پر نہیں۔</translation>
    </message>
    <message>
        <source>This submission cannot be shown: {reason}</source>
        <translation>یہ جواب نہیں دکھایا جا سکتا: {reason}</translation>
    </message>
</context>
<context>
    <name>pages.common</name>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <comment>date and time (Qt format)</comment>
        <extracomment>Status colours: text on the window background, and a light tint behind it. Nastaliq reads smaller than Latin at one point size (a little less than in the text editor: a label&apos;s line stays close to its neighbours&apos;). The note line&apos;s looks, set on the label itself (a hidden label is not re-polished). Urdu in a table&apos;s cell: a little larger than the Latin around it (the row stays a row).</extracomment>
        <translation>‏d MMMM yyyy، HH:mm:ss</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <comment>date and time (Qt format)</comment>
        <translation>‏d MMMM yyyy، HH:mm</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>time of day (Qt format)</comment>
        <translation>‏HH:mm</translation>
    </message>
</context>
<context>
    <name>pages.feedback</name>
    <message>
        <source>Offline — answers are kept and upload when the server is back</source>
        <extracomment>Marked here, translated where shown (`translate(&quot;pages.feedback&quot;, …)`).</extracomment>
        <translation>آف لائن — جواب محفوظ ہیں، سرور واپس آنے پر اپ لوڈ ہو جائیں گے</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>ابھی دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>Trying the task server…</source>
        <translation>ٹاسک سرور سے رابطے کی کوشش…</translation>
    </message>
    <message>
        <source>no answer</source>
        <extracomment>How long what a &quot;Retry now&quot; found stays in the bar. Gold answers before accuracy means much (the task server&apos;s `calibration_gold`).</extracomment>
        <translation>کوئی جواب نہیں ملا</translation>
    </message>
    <message>
        <source>Still offline: {reason}</source>
        <translation>ابھی بھی آف لائن: {reason}</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>دوبارہ آن لائن</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>آن لائن</translation>
    </message>
    <message>
        <source>{count} uploaded</source>
        <translation>{count} اپ لوڈ ہوئے</translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation>{count} نامنظور</translation>
    </message>
    <message>
        <source>{count} still waiting to upload</source>
        <translation>{count} ابھی اپ لوڈ کے منتظر</translation>
    </message>
    <message>
        <source>all uploaded</source>
        <translation>سب اپ لوڈ ہو گئے</translation>
    </message>
    <message>
        <source>{money} (+{pending} pending)</source>
        <translation>‏{money} (+{pending} زیرِ غور)</translation>
    </message>
    <message>
        <source>Today —</source>
        <translation>آج —</translation>
    </message>
    <message>
        <source>Today {money}</source>
        <translation>آج {money}</translation>
    </message>
</context>
<context>
    <name>pages.gold</name>
    <message>
        <source>Training item missed</source>
        <extracomment>How long a passed verdict&apos;s note stays. Answers a missed verdict&apos;s note stays for, after the banner became one.</extracomment>
        <translation>تربیتی آئٹم غلط</translation>
    </message>
    <message>
        <source>Control item missed</source>
        <translation>جانچ آئٹم غلط</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>اسکور {score}</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>غلط</translation>
    </message>
    <message>
        <source>{score} (needs {need})</source>
        <translation>{score} (کم از کم {need})</translation>
    </message>
    <message>
        <source>The item you just answered (item {number} of this session)</source>
        <translation>جس آئٹم کا آپ نے ابھی جواب دیا (اس سیشن کا آئٹم {number})</translation>
    </message>
    <message>
        <source>Item {number} of this session, answered {back} item ago</source>
        <translation>اس سیشن کا آئٹم {number}، جس کا جواب {back} آئٹم پہلے دیا</translation>
    </message>
    <message>
        <source>Item {number} of this session, answered {back} items ago</source>
        <translation>اس سیشن کا آئٹم {number}، جس کا جواب {back} آئٹم پہلے دیا</translation>
    </message>
</context>
<context>
    <name>pages.history_details</name>
    <message>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>none</source>
        <translation>کچھ نہیں</translation>
    </message>
    <message>
        <source>(a value this workbench cannot read)</source>
        <translation>(ایسی قدر جو یہ ورک بینچ نہیں پڑھ سکتا)</translation>
    </message>
    <message>
        <source>{field}: passed, score {score}</source>
        <translation>‏{field}: درست، اسکور {score}</translation>
    </message>
    <message>
        <source>{field}: failed, score {score}</source>
        <translation>‏{field}: غلط، اسکور {score}</translation>
    </message>
    <message>
        <source>accept</source>
        <extracomment>A review&apos;s decision as the panel says it.</extracomment>
        <translation>قبول</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <source>Decided by the gold verdict: {decision}</source>
        <translation>جانچ کے نتیجے سے فیصلہ: {decision}</translation>
    </message>
    <message>
        <source>Review: {decision} by {reviewer}</source>
        <translation>جائزہ: {reviewer} نے {decision} کیا</translation>
    </message>
    <message>
        <source>Review: {decision}</source>
        <translation>جائزہ: {decision}</translation>
    </message>
    <message>
        <source>{head} — reason</source>
        <translation>‏{head} — وجہ</translation>
    </message>
    <message>
        <source>{head} — comment</source>
        <translation>‏{head} — تبصرہ</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>جائزہ</translation>
    </message>
    <message>
        <source>{when} · {time} active</source>
        <translation>‏{when} · کام کا وقت {time}</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>جمع کرایا</translation>
    </message>
    <message>
        <source>{item} (skipped)</source>
        <translation>‏{item} (چھوڑا گیا)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>آئٹم</translation>
    </message>
    <message>
        <source>{when}: this answer replaced your earlier one</source>
        <translation>‏{when}: اس جواب نے آپ کے پہلے جواب کی جگہ لی</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>اصلاح کی گئی</translation>
    </message>
    <message>
        <source>State</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Why the task server refused it</source>
        <translation>ٹاسک سرور نے کیوں نامنظور کیا</translation>
    </message>
    <message>
        <source>Gold verdict</source>
        <translation>جانچ کا نتیجہ</translation>
    </message>
    <message>
        <source>Each field</source>
        <translation>ہر سوال</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>اشارہ</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>متوقع جواب</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>جمع کرایا گیا جواب</translation>
    </message>
    <message>
        <source>Contest: open — a lead has not answered yet</source>
        <translation>اعتراض: کھلا ہے — لیڈ نے ابھی جواب نہیں دیا</translation>
    </message>
    <message>
        <source>Contest: upheld — the answer is accepted and paid</source>
        <translation>اعتراض مان لیا گیا — جواب قبول ہو گیا، اس کی ادائیگی ہو گی</translation>
    </message>
    <message>
        <source>Contest: dismissed — the verdict stands</source>
        <translation>اعتراض رد — نتیجہ برقرار ہے</translation>
    </message>
    <message>
        <source>Contest: closed</source>
        <translation>اعتراض: بند</translation>
    </message>
    <message>
        <source>upheld {when}</source>
        <extracomment>When a contest was resolved, by its state: &quot;upheld 2026-03-02 14:05 by lead&quot;.</extracomment>
        <translation>‏{when} کو مانا گیا</translation>
    </message>
    <message>
        <source>upheld {when} by {lead}</source>
        <translation>‏{when} کو {lead} نے مانا</translation>
    </message>
    <message>
        <source>dismissed {when}</source>
        <translation>‏{when} کو رد ہوا</translation>
    </message>
    <message>
        <source>dismissed {when} by {lead}</source>
        <translation>‏{when} کو {lead} نے رد کیا</translation>
    </message>
    <message>
        <source>closed {when}</source>
        <translation>‏{when} کو بند ہوا</translation>
    </message>
    <message>
        <source>closed {when} by {lead}</source>
        <translation>‏{when} کو {lead} نے بند کیا</translation>
    </message>
    <message>
        <source>open {when}</source>
        <translation>‏{when} سے کھلا ہے</translation>
    </message>
    <message>
        <source>open {when} by {lead}</source>
        <translation>‏{when} سے کھلا ہے ({lead})</translation>
    </message>
    <message>
        <source>sent {when}</source>
        <translation>‏{when} کو بھیجا</translation>
    </message>
    <message>
        <source>Your reason</source>
        <translation>آپ کی وجہ</translation>
    </message>
    <message>
        <source>The lead&apos;s reply</source>
        <translation>لیڈ کا جواب</translation>
    </message>
</context>
<context>
    <name>pages.history_item</name>
    <message>
        <source>Your answer</source>
        <extracomment>The panes&apos; titles (translated where the panes are made).</extracomment>
        <translation>آپ کا جواب</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>متوقع جواب</translation>
    </message>
</context>
<context>
    <name>pages.history_model</name>
    <message>
        <source>Submitted</source>
        <extracomment>The columns by their English titles (the header shows them translated).</extracomment>
        <translation>جمع کرایا</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>پروجیکٹ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>آئٹم</translation>
    </message>
    <message>
        <source>State</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>جانچ</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>معاوضہ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>کام کا وقت</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>The filters, in order, and the states each shows (None: all); the names (English, shown translated) name their keys&apos; actions too (`history.filter_waiting`).</extracomment>
        <translation>سب</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>منتظر</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>نامنظور</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>زیرِ غور</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>قبول شدہ</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <source>Show all</source>
        <extracomment>What each filter&apos;s key does, in the `?` sheet.</extracomment>
        <translation>سب دکھائیں</translation>
    </message>
    <message>
        <source>Show waiting</source>
        <translation>منتظر دکھائیں</translation>
    </message>
    <message>
        <source>Show refused</source>
        <translation>نامنظور دکھائیں</translation>
    </message>
    <message>
        <source>Show pending</source>
        <translation>زیرِ غور دکھائیں</translation>
    </message>
    <message>
        <source>Show accepted</source>
        <translation>قبول شدہ دکھائیں</translation>
    </message>
    <message>
        <source>Show rejected</source>
        <translation>مسترد دکھائیں</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>اپ لوڈ کا منتظر</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>اپ لوڈ ہو رہا ہے</translation>
    </message>
    <message>
        <source>✕ Refused</source>
        <translation>✕ نامنظور</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>جائزے کا منتظر</translation>
    </message>
    <message>
        <source>✓ Accepted</source>
        <translation>✓ قبول شدہ</translation>
    </message>
    <message>
        <source>✕ Rejected</source>
        <translation>✕ مسترد</translation>
    </message>
    <message>
        <source>Contested · open</source>
        <extracomment>The contest button&apos;s words from `labeler.client.history` (`CONTESTED`, the refusals): marked here, where they are shown, so `contest_words` finds them translated.</extracomment>
        <translation>اعتراض · کھلا ہے</translation>
    </message>
    <message>
        <source>Contest upheld</source>
        <translation>اعتراض مان لیا گیا</translation>
    </message>
    <message>
        <source>Contest dismissed</source>
        <translation>اعتراض رد</translation>
    </message>
    <message>
        <source>Contest closed</source>
        <translation>اعتراض بند</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>اعتراض ہو چکا</translation>
    </message>
    <message>
        <source>Already contested</source>
        <translation>پہلے ہی اعتراض ہو چکا</translation>
    </message>
    <message>
        <source>Nothing to contest</source>
        <translation>اعتراض کی گنجائش نہیں</translation>
    </message>
    <message>
        <source>Not uploaded yet</source>
        <translation>ابھی اپ لوڈ نہیں ہوا</translation>
    </message>
    <message>
        <source>No longer gold</source>
        <translation>اب جانچ آئٹم نہیں</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>آج {time}</translation>
    </message>
    <message>
        <source>The task server refused it.</source>
        <translation>ٹاسک سرور نے اسے نامنظور کر دیا۔</translation>
    </message>
    <message>
        <source>Contest upheld: {reply}</source>
        <translation>اعتراض مان لیا گیا: {reply}</translation>
    </message>
    <message>
        <source>contest dismissed: {reply}</source>
        <translation>اعتراض رد: {reply}</translation>
    </message>
    <message>
        <source>contest dismissed</source>
        <translation>اعتراض رد</translation>
    </message>
    <message>
        <source>{score} overall</source>
        <translation>مجموعی {score}</translation>
    </message>
    <message>
        <source>passed {score}</source>
        <translation>درست {score}</translation>
    </message>
    <message>
        <source>failed {score}</source>
        <translation>غلط {score}</translation>
    </message>
    <message>
        <source>contest upheld · no longer gold</source>
        <translation>اعتراض مان لیا گیا · اب جانچ آئٹم نہیں</translation>
    </message>
    <message>
        <source>contest upheld</source>
        <translation>اعتراض مان لیا گیا</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>اعتراض کیا گیا</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>واپس لیا گیا</translation>
    </message>
    <message>
        <source>contest open</source>
        <extracomment>A contest&apos;s state after a verdict, in the Gold column.</extracomment>
        <translation>اعتراض کھلا ہے</translation>
    </message>
    <message>
        <source>contest closed</source>
        <translation>اعتراض بند</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>ادائیگی نہیں</translation>
    </message>
    <message>
        <source>{money} pending</source>
        <translation>‏{money} زیرِ غور</translation>
    </message>
    <message>
        <source>{item} (skip)</source>
        <translation>‏{item} (چھوڑا)</translation>
    </message>
    <message>
        <source>{item} · corrected</source>
        <translation>‏{item} · اصلاح شدہ</translation>
    </message>
</context>
<context>
    <name>pages.project_cards</name>
    <message>
        <source>Image</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>آڈیو</translation>
    </message>
    <message>
        <source>Training</source>
        <extracomment>The badges, by what they say in English (their colours go by that too).</extracomment>
        <translation>تربیتی</translation>
    </message>
    <message>
        <source>Private pool</source>
        <translation>نجی پول</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>{money} per item</source>
        <translation>‏{money} فی آئٹم</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>بلا معاوضہ</translation>
    </message>
    <message>
        <source>needs {accuracy} accuracy</source>
        <translation>{accuracy} درستی کی شرط</translation>
    </message>
    <message>
        <source>no items left</source>
        <translation>کوئی آئٹم باقی نہیں</translation>
    </message>
    <message>
        <source>{left} of 1 item left</source>
        <translation>1 میں سے {left} آئٹم باقی</translation>
    </message>
    <message>
        <source>{left} of {total} items left</source>
        <translation>{total} میں سے {left} آئٹم باقی</translation>
    </message>
    <message>
        <source>1 item left</source>
        <translation>1 آئٹم باقی</translation>
    </message>
    <message>
        <source>{left} items left</source>
        <translation>{left} آئٹم باقی</translation>
    </message>
    <message>
        <source>this pool is not open to you yet.</source>
        <translation>یہ پول ابھی آپ کے لیے نہیں کھلا۔</translation>
    </message>
    <message>
        <source>Locked: {reason}</source>
        <translation>بند: {reason}</translation>
    </message>
</context>
<context>
    <name>pages.projects</name>
    <message>
        <source>{skill} {accuracy} over {count}</source>
        <translation>‏{skill} {accuracy} ({count} میں)</translation>
    </message>
    <message>
        <source>none yet in {skills}</source>
        <translation>‏{skills} میں ابھی کوئی نہیں</translation>
    </message>
    <message>
        <source>Gold accuracy: {skills}</source>
        <translation>جانچ آئٹموں پر درستی: {skills}</translation>
    </message>
    <message>
        <source>No gold answers yet.</source>
        <translation>ابھی کوئی جانچ آئٹم نہیں۔</translation>
    </message>
    <message>
        <source>Earned: {money}</source>
        <translation>‏آمدنی: {money}</translation>
    </message>
    <message>
        <source>{approved} approved, {pending} pending</source>
        <translation>‏{approved} منظور شدہ، {pending} زیرِ غور</translation>
    </message>
    <message>
        <source>{approved} approved</source>
        <translation>‏{approved} منظور شدہ</translation>
    </message>
    <message>
        <source>{summary}    Earned: {money}</source>
        <translation>‏{summary}    آمدنی: {money}</translation>
    </message>
</context>
<context>
    <name>pages.retry_flow</name>
    <message>
        <source>Retry the connection now (upload what waits)</source>
        <translation>ابھی دوبارہ رابطہ کریں (منتظر جواب اپ لوڈ کریں)</translation>
    </message>
</context>
<context>
    <name>pages.signin</name>
    <message>
        <source>Enter the task server&apos;s address.</source>
        <translation>ٹاسک سرور کا پتہ لکھیں۔</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>پتہ http:// یا https:// سے شروع ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>That is not a task server address (e.g. https://tasks.example.org).</source>
        <translation>یہ ٹاسک سرور کا پتہ نہیں (مثلاً https://tasks.example.org)۔</translation>
    </message>
    <message>
        <source>Not encrypted: this address starts with http://, so your password, and then your token with every request, cross the network to {host} readable by anyone on the way. Ask the server&apos;s owner for its https:// address.</source>
        <translation>غیر محفوظ: یہ پتہ http:// سے شروع ہوتا ہے، اس لیے آپ کا پاس ورڈ، اور پھر ہر درخواست کے ساتھ آپ کا ٹوکن، نیٹ ورک پر {host} تک یوں جاتے ہیں کہ راستے میں کوئی بھی انہیں پڑھ سکتا ہے۔ سرور کے مالک سے اس کا https:// پتہ مانگیں۔</translation>
    </message>
</context>
<context>
    <name>pages.signin_again</name>
    <message>
        <source>Nothing is lost: keep working, your answers are kept on this computer.</source>
        <extracomment>Room left under the card for the feedback bar, which says &quot;Signed out&quot; too.</extracomment>
        <translation>کچھ ضائع نہیں ہوا: کام جاری رکھیں، آپ کے جواب اس کمپیوٹر پر محفوظ ہیں۔</translation>
    </message>
    <message>
        <source>Nothing is lost: 1 answer waits on this computer and uploads once you sign in.</source>
        <translation>کچھ ضائع نہیں ہوا: 1 جواب اس کمپیوٹر پر منتظر ہے اور سائن اِن کرتے ہی اپ لوڈ ہو جائے گا۔</translation>
    </message>
    <message>
        <source>Nothing is lost: {count} answers wait on this computer and upload once you sign in.</source>
        <translation>کچھ ضائع نہیں ہوا: {count} جواب اس کمپیوٹر پر منتظر ہیں اور سائن اِن کرتے ہی اپ لوڈ ہو جائیں گے۔</translation>
    </message>
    <message>
        <source>Too many sign-ins</source>
        <translation>بہت زیادہ سائن اِن</translation>
    </message>
    <message>
        <source>{reason}: try again in a moment; your answers stay here meanwhile.</source>
        <translation>‏{reason}: تھوڑی دیر میں دوبارہ کوشش کریں؛ تب تک آپ کے جواب یہیں محفوظ ہیں۔</translation>
    </message>
    <message>
        <source>{reason}: try again in about 1 minute; your answers stay here meanwhile.</source>
        <translation>‏{reason}: تقریباً 1 منٹ میں دوبارہ کوشش کریں؛ تب تک آپ کے جواب یہیں محفوظ ہیں۔</translation>
    </message>
    <message>
        <source>{reason}: try again in about {minutes} minutes; your answers stay here meanwhile.</source>
        <translation>‏{reason}: تقریباً {minutes} منٹ میں دوبارہ کوشش کریں؛ تب تک آپ کے جواب یہیں محفوظ ہیں۔</translation>
    </message>
    <message>
        <source>Sign-ins from other computers are not held back.</source>
        <translation>دوسرے کمپیوٹروں سے سائن اِن پر کوئی روک نہیں۔</translation>
    </message>
    <message>
        <source>That password is not right; try again.</source>
        <translation>یہ پاس ورڈ درست نہیں؛ دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The task server cannot be reached; your answers stay here. Try again soon.</source>
        <translation>ٹاسک سرور سے رابطہ نہیں ہو رہا؛ آپ کے جواب یہیں محفوظ ہیں۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Sign in again: type the password (answers wait meanwhile)</source>
        <extracomment>How many times the password was asked for (a card shown).</extracomment>
        <translation>دوبارہ سائن اِن: پاس ورڈ لکھیں (تب تک جواب منتظر رہیں گے)</translation>
    </message>
    <message>
        <source>Signed in again; what waited is uploading.</source>
        <translation>دوبارہ سائن اِن ہو گیا؛ منتظر جواب اپ لوڈ ہو رہے ہیں۔</translation>
    </message>
</context>
</TS>
