<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>ChangesList</name>
    <message>
        <source>Changes</source>
        <translation>تبدیلیاں</translation>
    </message>
</context>
<context>
    <name>ContestsPane</name>
    <message>
        <source>No contests in this project.</source>
        <translation>اس پروجیکٹ میں کوئی اعتراض نہیں۔</translation>
    </message>
    <message>
        <source>Reply to the annotator (needed to dismiss; they read it in History)</source>
        <translation>اینوٹیٹر کے لیے لیڈ کا جواب (اعتراض رد کرنے کے لیے ضروری؛ وہ اسے ہسٹری میں پڑھتے ہیں)</translation>
    </message>
    <message>
        <source>Uphold: save the gold answer shown</source>
        <translation>اعتراض مانیں: دکھایا گیا گولڈ جواب محفوظ کریں</translation>
    </message>
    <message>
        <source>Uphold: remove the item&apos;s gold…</source>
        <translation>اعتراض مانیں: آئٹم کا گولڈ ہٹائیں…</translation>
    </message>
    <message>
        <source>Dismiss with the reply</source>
        <translation>جواب کے ساتھ اعتراض رد کریں</translation>
    </message>
    <message>
        <source>Open the contested item</source>
        <translation>اعتراض والا آئٹم کھولیں</translation>
    </message>
    <message>
        <source>item {id}</source>
        <translation>آئٹم {id}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export {name}</source>
        <translation>‏{name} ایکسپورٹ کریں</translation>
    </message>
    <message>
        <source>With the images (in the zip)</source>
        <translation>تصاویر کے ساتھ (zip میں)</translation>
    </message>
    <message>
        <source>With the audio files (in the zip)</source>
        <translation>آڈیو فائلوں کے ساتھ (zip میں)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>لکھی جانے والی فائل</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>چنیں…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>فارمیٹ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>کیا (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>کہاں محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <source>What the export leaves out</source>
        <translation>ایکسپورٹ میں کیا شامل نہیں ہو گا</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ڈاؤن لوڈ</translation>
    </message>
    <message>
        <source>Download (Ctrl+Enter)</source>
        <translation>ڈاؤن لوڈ (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Cancel the download, or close (Esc)</source>
        <translation>ڈاؤن لوڈ منسوخ کریں، یا بند کریں (Esc)</translation>
    </message>
    <message>
        <source>The export report could not be read.</source>
        <translation>ایکسپورٹ رپورٹ نہیں پڑھی جا سکی۔</translation>
    </message>
    <message>
        <source>JSONL holds every item with its accepted answers as the task server stores them: nothing is left out.</source>
        <translation>‏JSONL میں ہر آئٹم اپنے قبول شدہ جوابوں کے ساتھ ویسے ہی آتا ہے جیسے ٹاسک سرور انہیں رکھتا ہے: کچھ نہیں چھوٹتا۔</translation>
    </message>
    <message>
        <source>Reading the project to see what the export holds…</source>
        <translation>پروجیکٹ پڑھا جا رہا ہے تاکہ پتا چلے ایکسپورٹ میں کیا آئے گا…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>ایکسپورٹ کی جگہ</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>شروع ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>منسوخ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>{done} of {total} written</source>
        <translation>‏‎{total}‎ میں سے ‎{done}‎ لکھا گیا</translation>
    </message>
    <message>
        <source>{done} written</source>
        <translation>‏‎{done}‎ لکھا گیا</translation>
    </message>
    <message>
        <source>{size} written</source>
        <translation>‏‎{size}‎ لکھا گیا</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>‏‎{path}‎ میں محفوظ ہو گیا</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>منسوخ: کچھ نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <source>The export failed: {e}</source>
        <translation>ایکسپورٹ نہیں ہو سکا: {e}</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>ڈاؤن لوڈ منسوخ کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>Annotators must answer it</source>
        <translation>اینوٹیٹرز کے لیے جواب دینا لازمی ہے</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>کوئی حد نہیں</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>سوال</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>لازمی</translation>
    </message>
    <message>
        <source>Lowest rating</source>
        <translation>کم سے کم درجہ</translation>
    </message>
    <message>
        <source>Highest rating</source>
        <translation>زیادہ سے زیادہ درجہ</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>زیادہ سے زیادہ</translation>
    </message>
    <message>
        <source> px</source>
        <translation> پکسل</translation>
    </message>
    <message>
        <source>Overlapping spans of one label count as a match</source>
        <translation>ایک ہی لیبل کے ایک دوسرے پر چڑھے اسپین میل شمار ہوں</translation>
    </message>
    <message>
        <source>Gold scoring</source>
        <translation>گولڈ سے جانچ</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>پیمانہ</translation>
    </message>
    <message>
        <source>Pass at</source>
        <translation>پاس ہونے کی حد</translation>
    </message>
    <message>
        <source>Overlap (IoU) for a match</source>
        <translation>میل کے لیے اوورلیپ (IoU)</translation>
    </message>
    <message>
        <source>Distance for a match</source>
        <translation>میل کے لیے فاصلہ</translation>
    </message>
    <message>
        <source>Off by at most</source>
        <translation>زیادہ سے زیادہ فرق</translation>
    </message>
    <message>
        <source>Not scored against gold: reviewers read it.</source>
        <translation>گولڈ سے اسکور نہیں ہوتا: جائزہ کار اسے پڑھتے ہیں۔</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>موازنہ</translation>
    </message>
    <message>
        <source>Remove a label</source>
        <translation>لیبل ہٹائیں</translation>
    </message>
    <message>
        <source>Move a label</source>
        <translation>لیبل منتقل کریں</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>لیبل</translation>
    </message>
    <message>
        <source>Add a field to the schema to edit it here.</source>
        <translation>اسکیما میں کوئی سوال شامل کریں، پھر یہاں اس میں ترمیم کریں۔</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>لیبل شامل کریں</translation>
    </message>
    <message>
        <source>Change {key}</source>
        <translation>‏{key} بدلیں</translation>
    </message>
    <message>
        <source>Change the kind</source>
        <translation>قسم بدلیں</translation>
    </message>
    <message>
        <source>Change a label&apos;s {key}</source>
        <translation>لیبل کا {key} بدلیں</translation>
    </message>
</context>
<context>
    <name>FieldList</name>
    <message>
        <source>Fields</source>
        <translation>سوالات</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>سوال شامل کریں</translation>
    </message>
    <message>
        <source>Add a field (Insert in the list, Ctrl+Shift+F)</source>
        <translation>سوال شامل کریں (فہرست میں Insert، Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>Remove the field (Delete in the list)</source>
        <translation>سوال ہٹائیں (فہرست میں Delete)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>اوپر</translation>
    </message>
    <message>
        <source>Move the field up (Alt+Up)</source>
        <translation>سوال اوپر کریں (Alt+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>نیچے</translation>
    </message>
    <message>
        <source>Move the field down (Alt+Down)</source>
        <translation>سوال نیچے کریں (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>FormatRow</name>
    <message>
        <source>Format</source>
        <translation>فارمیٹ</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>فارمیٹ (&amp;F)</translation>
    </message>
    <message>
        <source>Answers as</source>
        <translation>جواب بطور</translation>
    </message>
    <message>
        <source>&amp;Answers as</source>
        <translation>جواب بطور (&amp;A)</translation>
    </message>
    <message>
        <source>Take items with a problem too, with what could be read</source>
        <translation>مسئلے والے آئٹم بھی لیں، جتنا پڑھا جا سکا اس کے ساتھ</translation>
    </message>
    <message>
        <source>Without it an item whose answer has a problem is left out whole; each problem is listed either way.</source>
        <translation>اس کے بغیر جس آئٹم کے جواب میں مسئلہ ہو وہ پورا چھوڑ دیا جاتا ہے؛ ہر مسئلہ دونوں صورتوں میں فہرست میں آتا ہے۔</translation>
    </message>
    <message>
        <source>Looked for inside the folder; or choose the annotations file apart</source>
        <translation>فولڈر کے اندر تلاش کی جاتی ہے؛ یا اینوٹیشن فائل الگ سے چنیں</translation>
    </message>
    <message>
        <source>Annotations file</source>
        <translation>اینوٹیشن فائل</translation>
    </message>
    <message>
        <source>Annotations file…</source>
        <translation>اینوٹیشن فائل…</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>اینوٹیشن</translation>
    </message>
    <message>
        <source>Choose the annotations file</source>
        <translation>اینوٹیشن فائل چنیں</translation>
    </message>
    <message>
        <source>Annotation files ({patterns});;All files (*)</source>
        <translation>اینوٹیشن فائلیں ‎({patterns});;تمام فائلیں (*)</translation>
    </message>
</context>
<context>
    <name>GoldEditor</name>
    <message>
        <source>Choose an item to see its gold answer.</source>
        <translation>گولڈ جواب دیکھنے کے لیے کوئی آئٹم چنیں۔</translation>
    </message>
    <message>
        <source>What annotators who miss this item read, e.g. what to look for.</source>
        <translation>جو اینوٹیٹر یہ آئٹم غلط کریں وہ یہ پڑھیں گے، مثلاً کس چیز پر دھیان دیں۔</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>اشارہ</translation>
    </message>
    <message>
        <source>Save the gold answer</source>
        <translation>گولڈ جواب محفوظ کریں</translation>
    </message>
    <message>
        <source>Unmark gold…</source>
        <translation>گولڈ ختم کریں…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>واپس پہلے جیسا</translation>
    </message>
    <message>
        <source>Gold answer</source>
        <translation>گولڈ جواب</translation>
    </message>
    <message>
        <source>Dashed and marked: the answer of {who}</source>
        <translation>ڈیش والی لکیریں اور نشان: {who} کا جواب</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>جواب</translation>
    </message>
    <message>
        <source>The hint is longer than {n} characters.</source>
        <translation>اشارہ {n} حروف سے لمبا ہے۔</translation>
    </message>
    <message>
        <source>Mark as gold</source>
        <translation>گولڈ بنائیں</translation>
    </message>
    <message>
        <source>gold · edited, not saved</source>
        <translation>گولڈ · ترمیم شدہ، محفوظ نہیں</translation>
    </message>
    <message>
        <source>not gold · edited, not saved</source>
        <translation>گولڈ نہیں · ترمیم شدہ، محفوظ نہیں</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>گولڈ</translation>
    </message>
    <message>
        <source>not gold</source>
        <translation>گولڈ نہیں</translation>
    </message>
</context>
<context>
    <name>GoldPage</name>
    <message>
        <source>Gold set</source>
        <extracomment>An item was shown in the editor (its id), for hosts and tests.</extracomment>
        <translation>گولڈ سیٹ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازہ کریں</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>جمع کرائے گئے جواب</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>اعتراضات</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>گولڈ</translation>
    </message>
    <message>
        <source>Save the gold answer (or mark the item gold)</source>
        <translation>گولڈ جواب محفوظ کریں (یا آئٹم کو گولڈ بنائیں)</translation>
    </message>
    <message>
        <source>Unmark the item as gold…</source>
        <translation>آئٹم کا گولڈ ختم کریں…</translation>
    </message>
    <message>
        <source>Make the selected submission&apos;s answer the gold answer</source>
        <translation>چنے گئے جواب کو گولڈ جواب بنائیں</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واپس</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>دوبارہ</translation>
    </message>
    <message>
        <source>Refresh the items and contests</source>
        <translation>آئٹم اور اعتراضات تازہ کریں</translation>
    </message>
    <message>
        <source>Load more items</source>
        <translation>مزید آئٹم لائیں</translation>
    </message>
    <message>
        <source>Go to the item list</source>
        <translation>آئٹموں کی فہرست پر جائیں</translation>
    </message>
    <message>
        <source>Go to the item</source>
        <translation>آئٹم پر جائیں</translation>
    </message>
    <message>
        <source>Edit the hint</source>
        <translation>اشارے میں ترمیم کریں</translation>
    </message>
    <message>
        <source>Show the item&apos;s submissions</source>
        <translation>آئٹم کے جمع کرائے گئے جواب دکھائیں</translation>
    </message>
    <message>
        <source>Show the project&apos;s contests</source>
        <translation>پروجیکٹ کے اعتراضات دکھائیں</translation>
    </message>
    <message>
        <source>Gold set of {name}</source>
        <translation>‏{name} کا گولڈ سیٹ</translation>
    </message>
    <message>
        <source>Loading the project…</source>
        <translation>پروجیکٹ لوڈ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Could not read the schema: {e}</source>
        <translation>اسکیما نہیں پڑھا جا سکا: {e}</translation>
    </message>
    <message>
        <source>No items here.</source>
        <translation>یہاں کوئی آئٹم نہیں۔</translation>
    </message>
    <message>
        <source>Could not read the contests: {e}</source>
        <translation>اعتراضات نہیں پڑھے جا سکے: {e}</translation>
    </message>
    <message>
        <source>Contests ({n} open)</source>
        <translation>اعتراضات ({n} کھلے)</translation>
    </message>
    <message>
        <source>Loading the item…</source>
        <translation>آئٹم لوڈ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Could not read the item: {e}</source>
        <translation>آئٹم نہیں پڑھا جا سکا: {e}</translation>
    </message>
    <message>
        <source>1 edited gold answer</source>
        <translation>1 ترمیم شدہ گولڈ جواب</translation>
    </message>
    <message>
        <source>{n} edited gold answers</source>
        <translation>‏{n} ترمیم شدہ گولڈ جواب</translation>
    </message>
    <message>
        <source>Nothing is answered yet: answer at least one field to make the gold answer.</source>
        <translation>ابھی کسی سوال کا جواب نہیں دیا گیا: گولڈ جواب بنانے کے لیے کم از کم ایک سوال کا جواب دیں۔</translation>
    </message>
    <message>
        <source>Not saved: the gold answer is not finished.</source>
        <translation>محفوظ نہیں ہوا: گولڈ جواب ابھی مکمل نہیں۔</translation>
    </message>
    <message>
        <source>Not done: {e}</source>
        <translation>نہیں ہو سکا: {e}</translation>
    </message>
    <message>
        <source>Saved the gold answer.</source>
        <translation>گولڈ جواب محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>The item is gold now.</source>
        <translation>آئٹم اب گولڈ ہے۔</translation>
    </message>
    <message>
        <source>Unmark this item as gold?

Earlier gold answers to it stop counting for the annotators&apos; skills, the answers their verdicts rejected are accepted and paid, and its open contests are upheld.</source>
        <translation>اس آئٹم کا گولڈ ختم کریں؟

اس کے پچھلے جواب اینوٹیٹرز کی مہارت میں شمار نہیں ہوں گے، جو جواب نتیجے کی وجہ سے مسترد ہوئے وہ قبول ہو کر ادا کیے جائیں گے، اور اس کے کھلے اعتراضات مان لیے جائیں گے۔</translation>
    </message>
    <message>
        <source>Unmark gold</source>
        <translation>گولڈ ختم کریں</translation>
    </message>
    <message>
        <source>The item is no longer gold.</source>
        <translation>آئٹم اب گولڈ نہیں رہا۔</translation>
    </message>
    <message>
        <source>The item is still gold: {e}</source>
        <translation>آئٹم ابھی بھی گولڈ ہے: {e}</translation>
    </message>
    <message>
        <source>Only an accepted answer can become gold.</source>
        <translation>صرف قبول شدہ جواب گولڈ بن سکتا ہے۔</translation>
    </message>
    <message>
        <source>an annotator</source>
        <translation>ایک اینوٹیٹر</translation>
    </message>
    <message>
        <source>The answer of {who} is now the gold answer.</source>
        <translation>‏{who} کا جواب اب گولڈ جواب ہے۔</translation>
    </message>
    <message>
        <source>1 earlier verdict was scored again.</source>
        <translation>1 پچھلا نتیجہ دوبارہ جانچا گیا۔</translation>
    </message>
    <message>
        <source>{n} earlier verdicts were scored again.</source>
        <translation>‏{n} پچھلے نتائج دوبارہ جانچے گئے۔</translation>
    </message>
    <message>
        <source>Contests it settles, upheld: {n}.</source>
        <translation>اس سے طے ہونے والے اعتراضات، مان لیے گئے: {n}۔</translation>
    </message>
    <message>
        <source>Not saved: {e}</source>
        <translation>محفوظ نہیں ہوا: {e}</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import items</source>
        <extracomment>The version of the project&apos;s schema as last read or told (`set_schema_version`).</extracomment>
        <translation>آئٹم امپورٹ کریں</translation>
    </message>
    <message>
        <source>A folder, or a CSV or JSONL file — Enter checks it</source>
        <translation>فولڈر، یا CSV یا JSONL فائل — Enter دبا کر جانچیں</translation>
    </message>
    <message>
        <source>Folder or file to import</source>
        <translation>امپورٹ کے لیے فولڈر یا فائل</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>فولڈر چنیں…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>فائل چنیں…</translation>
    </message>
    <message>
        <source>Leave out content the project already has (safe to run again)</source>
        <translation>جو مواد پروجیکٹ میں پہلے سے ہے اسے چھوڑ دیں (دوبارہ چلانا محفوظ ہے)</translation>
    </message>
    <message>
        <source>Choose what to import to see the plan.</source>
        <translation>منصوبہ دیکھنے کے لیے چنیں کہ کیا امپورٹ کرنا ہے۔</translation>
    </message>
    <message>
        <source>Start the import</source>
        <translation>امپورٹ شروع کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>امپورٹ نہیں ہوا</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>امپورٹ</translation>
    </message>
    <message>
        <source>Choose what to import (a folder, or a CSV or JSONL file)…</source>
        <translation>چنیں کہ کیا امپورٹ کرنا ہے (فولڈر، یا CSV یا JSONL فائل)…</translation>
    </message>
    <message>
        <source>Cancel the import (after the current file)</source>
        <translation>امپورٹ منسوخ کریں (موجودہ فائل کے بعد)</translation>
    </message>
    <message>
        <source>Wait for the import to finish or cancel it first.</source>
        <translation>پہلے امپورٹ مکمل ہونے دیں یا اسے منسوخ کریں۔</translation>
    </message>
    <message>
        <source>Import items into {name}</source>
        <translation>‏{name} میں آئٹم امپورٹ کریں</translation>
    </message>
    <message>
        <source>Looking at {path}…</source>
        <translation>‏‎{path}‎ دیکھا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>امپورٹ کرنے کو کچھ نہیں۔</translation>
    </message>
    <message>
        <source>Choose a folder of audio files</source>
        <translation>آڈیو فائلوں کا فولڈر چنیں</translation>
    </message>
    <message>
        <source>Choose a folder of image files</source>
        <translation>تصویری فائلوں کا فولڈر چنیں</translation>
    </message>
    <message>
        <source>Choose a CSV or JSONL file of texts</source>
        <translation>متن کی CSV یا JSONL فائل چنیں</translation>
    </message>
    <message>
        <source>Texts (*.csv *.tsv *.jsonl *.ndjson);;All files (*)</source>
        <translation>متن ‎(*.csv *.tsv *.jsonl *.ndjson);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Choose a {format} file</source>
        <translation>‏{format} فائل چنیں</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>شروع ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>موجودہ فائل کے بعد منسوخ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Plan: {plan}.</source>
        <translation>منصوبہ: {plan}۔</translation>
    </message>
    <message>
        <source>Nothing is sent until you start.</source>
        <translation>شروع کرنے تک کچھ نہیں بھیجا جائے گا۔</translation>
    </message>
    <message>
        <source>The import stopped: {why} Run it again to send the rest.</source>
        <translation>امپورٹ رک گیا: {why} باقی بھیجنے کے لیے اسے دوبارہ چلائیں۔</translation>
    </message>
    <message>
        <source>What became of each file or line</source>
        <translation>ہر فائل یا سطر کا کیا بنا</translation>
    </message>
    <message>
        <source>The project&apos;s schema is version {now} now; the plan was made under version {was}.</source>
        <translation>پروجیکٹ کا اسکیما اب ورژن {now} ہے؛ منصوبہ ورژن {was} کے تحت بنا تھا۔</translation>
    </message>
    <message>
        <source>The import failed: {e}</source>
        <translation>امپورٹ نہیں ہو سکا: {e}</translation>
    </message>
    <message>
        <source>{why} Nothing was sent: the plan is made again; check it and start.</source>
        <translation>‏{why} کچھ نہیں بھیجا گیا: منصوبہ دوبارہ بن رہا ہے؛ اسے دیکھیں اور شروع کریں۔</translation>
    </message>
    <message>
        <source>A {format} file — Enter checks it</source>
        <translation>‏{format} فائل — Enter دبا کر جانچیں</translation>
    </message>
    <message>
        <source>The dataset&apos;s folder — Enter checks it</source>
        <translation>ڈیٹا سیٹ کا فولڈر — Enter دبا کر جانچیں</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <source>Load more</source>
        <extracomment>Holding an arrow key in the table loads only the row it stops on. How the list calls the server: `run(fn, *args, done=..., failure=...)` off the GUI thread (`failure`: what the page says if it fails, with the error as `{e}`). A page of items arrived.</extracomment>
        <translation>مزید لائیں</translation>
    </message>
    <message>
        <source>Could not read the items: {e}</source>
        <translation>آئٹم نہیں پڑھے جا سکے: {e}</translation>
    </message>
    <message>
        <source>Could not read more items: {e}</source>
        <translation>مزید آئٹم نہیں پڑھے جا سکے: {e}</translation>
    </message>
    <message>
        <source>No items in this view.</source>
        <translation>اس فلٹر میں کوئی آئٹم نہیں۔</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 آئٹم</translation>
    </message>
    <message>
        <source>1 item so far</source>
        <translation>اب تک 1 آئٹم</translation>
    </message>
    <message>
        <source>{n} items so far</source>
        <translation>اب تک {n} آئٹم</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>‏{n} آئٹم</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>gold</source>
        <translation>گولڈ</translation>
    </message>
    <message>
        <source>{item}

from {source}
id {id}</source>
        <translation>‏{item}

ماخذ: {source}
id {id}</translation>
    </message>
    <message>
        <source>{item}

id {id}</source>
        <translation>{item}

id {id}</translation>
    </message>
    <message>
        <source>{missed} of {answered} gold answers missed</source>
        <translation>‏{answered} میں سے {missed} گولڈ جواب غلط</translation>
    </message>
    <message>
        <source>{answers} answers, {accepted} accepted</source>
        <translation>‏{answers} جواب، {accepted} قبول شدہ</translation>
    </message>
</context>
<context>
    <name>JsonDialog</name>
    <message>
        <source>Edit the schema as JSON</source>
        <translation>اسکیما میں JSON کی صورت ترمیم کریں</translation>
    </message>
    <message>
        <source>The schema as the task server stores it. Apply replaces the form&apos;s content (Ctrl+Z in the editor brings it back).</source>
        <translation>اسکیما ویسا ہی جیسا ٹاسک سرور اسے رکھتا ہے۔ «لاگو کریں» فارم کا مواد بدل دیتا ہے (ایڈیٹر میں Ctrl+Z سے واپس آ جاتا ہے)۔</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>لاگو کریں</translation>
    </message>
    <message>
        <source>Apply (Ctrl+Enter)</source>
        <translation>لاگو کریں (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>LabelStudioDialog</name>
    <message>
        <source>Import a Label Studio config</source>
        <translation>‏Label Studio کنفیگ امپورٹ کریں</translation>
    </message>
    <message>
        <source>Open a Label Studio labeling config (XML), or paste one below.</source>
        <translation>‏Label Studio کی لیبلنگ کنفیگ (XML) کھولیں، یا نیچے پیسٹ کریں۔</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>فائل کھولیں…</translation>
    </message>
    <message>
        <source>Open a config file (Ctrl+O)</source>
        <translation>کنفیگ فائل کھولیں (Ctrl+O)</translation>
    </message>
    <message>
        <source>Label Studio config</source>
        <translation>‏Label Studio کنفیگ</translation>
    </message>
    <message>
        <source>Use this schema</source>
        <translation>یہ اسکیما استعمال کریں</translation>
    </message>
    <message>
        <source>Open a Label Studio config</source>
        <translation>‏Label Studio کنفیگ کھولیں</translation>
    </message>
    <message>
        <source>Label Studio configs (*.xml *.txt)</source>
        <translation>Label Studio کنفیگ ‎(*.xml *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>The config could not be read: {e}</source>
        <translation>کنفیگ نہیں پڑھی جا سکی: {e}</translation>
    </message>
</context>
<context>
    <name>LabelsTable</name>
    <message>
        <source>Value</source>
        <extracomment>Colours offered for a new label, in order (distinct on white and on photos).</extracomment>
        <translation>قدر</translation>
    </message>
    <message>
        <source>Hotkey</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>لیبل</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>لیبل شامل کریں</translation>
    </message>
    <message>
        <source>Add a label (Ctrl+L, or Insert in the table)</source>
        <translation>لیبل شامل کریں (Ctrl+L، یا ٹیبل میں Insert)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>اوپر</translation>
    </message>
    <message>
        <source>Move the label up (Alt+Up)</source>
        <translation>لیبل اوپر کریں (Alt+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>نیچے</translation>
    </message>
    <message>
        <source>Move the label down (Alt+Down)</source>
        <translation>لیبل نیچے کریں (Alt+Down)</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>رنگ…</translation>
    </message>
    <message>
        <source>Pick the colour (Enter on a colour cell)</source>
        <translation>رنگ چنیں (رنگ والے خانے پر Enter)</translation>
    </message>
    <message>
        <source>Colour of &apos;{v}&apos;</source>
        <translation>‏&apos;{v}&apos; کا رنگ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
</context>
<context>
    <name>LeadPages</name>
    <message>
        <source>Gold</source>
        <translation>گولڈ</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>امپورٹ</translation>
    </message>
</context>
<context>
    <name>LeadWorkspace</name>
    <message>
        <source>Projects</source>
        <extracomment>The stored schema of each project read (by id), for what fits it.</extracomment>
        <translation>پروجیکٹ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>اسکیما</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>ورژن</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>لیڈ</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>نیا پروجیکٹ…</translation>
    </message>
    <message>
        <source>Save (Create for a new project)</source>
        <translation>محفوظ کریں (نئے پروجیکٹ کے لیے: بنائیں)</translation>
    </message>
    <message>
        <source>Refresh the page shown</source>
        <translation>کھلا صفحہ تازہ کریں</translation>
    </message>
    <message>
        <source>Export the project&apos;s answers…</source>
        <translation>پروجیکٹ کے جواب ایکسپورٹ کریں…</translation>
    </message>
    <message>
        <source>Pre-annotate the project…</source>
        <translation>پروجیکٹ کی پیشگی لیبلنگ…</translation>
    </message>
    <message>
        <source>Show {page}</source>
        <translation>‏{page} دکھائیں</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>غیر محفوظ تبدیلیاں</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>تبدیلیاں چھوڑ دیں</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>ترمیم جاری رکھیں</translation>
    </message>
    <message>
        <source>Your unsaved changes are kept: save them, or undo them, to read the stored schema again.</source>
        <translation>آپ کی غیر محفوظ تبدیلیاں رکھی گئی ہیں: محفوظ اسکیما دوبارہ پڑھنے کے لیے انہیں محفوظ کریں یا واپس لیں۔</translation>
    </message>
    <message>
        <source>The projects could not be read: {e}</source>
        <translation>پروجیکٹ نہیں پڑھے جا سکے: {e}</translation>
    </message>
    <message>
        <source>Settings of {name}</source>
        <translation>‏{name} کی ترتیبات</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>ترتیبات محفوظ کریں</translation>
    </message>
    <message>
        <source>Save new version</source>
        <translation>نیا ورژن محفوظ کریں</translation>
    </message>
    <message>
        <source>Reading the schema…</source>
        <translation>اسکیما پڑھا جا رہا ہے…</translation>
    </message>
    <message>
        <source>The schema could not be read.</source>
        <translation>اسکیما نہیں پڑھا جا سکا۔</translation>
    </message>
    <message>
        <source>The schema could not be read: {e} Open the project again to retry.</source>
        <translation>اسکیما نہیں پڑھا جا سکا: {e} دوبارہ کوشش کے لیے پروجیکٹ پھر سے کھولیں۔</translation>
    </message>
    <message>
        <source>Schema of {name} · version {v}</source>
        <translation>‏{name} کا اسکیما · ورژن {v}</translation>
    </message>
    <message>
        <source>Pick a project to export.</source>
        <translation>ایکسپورٹ کے لیے کوئی پروجیکٹ چنیں۔</translation>
    </message>
    <message>
        <source>Pick a project to pre-annotate.</source>
        <translation>پیشگی لیبلنگ کے لیے کوئی پروجیکٹ چنیں۔</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>نیا پروجیکٹ</translation>
    </message>
    <message>
        <source>Create project</source>
        <translation>پروجیکٹ بنائیں</translation>
    </message>
    <message>
        <source>Schema of the new project</source>
        <translation>نئے پروجیکٹ کا اسکیما</translation>
    </message>
    <message>
        <source>A new project has no versions yet.</source>
        <translation>نئے پروجیکٹ کا ابھی کوئی ورژن نہیں۔</translation>
    </message>
    <message>
        <source>New project “{name}”: not on the task server yet. Check its settings and schema, then Create project (Ctrl+S).</source>
        <translation>نیا پروجیکٹ “{name}”: ابھی ٹاسک سرور پر نہیں۔ اس کی ترتیبات اور اسکیما دیکھ لیں، پھر «پروجیکٹ بنائیں» (Ctrl+S)۔</translation>
    </message>
    <message>
        <source>Put version {v} back</source>
        <translation>ورژن {v} واپس لائیں</translation>
    </message>
    <message>
        <source>Version {v} is in the editor; save to make it the current version.</source>
        <translation>ورژن {v} ایڈیٹر میں ہے؛ اسے موجودہ ورژن بنانے کے لیے محفوظ کریں۔</translation>
    </message>
    <message>
        <source>The new project “{n}” is not created yet. Drop it?</source>
        <translation>نیا پروجیکٹ “{n}” ابھی بنا نہیں۔ اسے چھوڑ دیں؟</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>settings and schema</source>
        <translation>ترتیبات اور اسکیما</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>اسکیما</translation>
    </message>
    <message>
        <source>{name} has unsaved {what} changes, and {hosted}. Drop them?</source>
        <translation>‏{name} کی {what} میں غیر محفوظ تبدیلیاں ہیں، اور {hosted}۔ انہیں چھوڑ دیں؟</translation>
    </message>
    <message>
        <source>{name} has unsaved {what} changes. Drop them?</source>
        <translation>‏{name} کی {what} میں غیر محفوظ تبدیلیاں ہیں۔ انہیں چھوڑ دیں؟</translation>
    </message>
    <message>
        <source>{name} has unsaved changes: {what}. Drop them?</source>
        <translation>‏{name} میں غیر محفوظ تبدیلیاں ہیں: {what}۔ انہیں چھوڑ دیں؟</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>نیا پروجیکٹ</translation>
    </message>
    <message>
        <source>Street scenes, March batch</source>
        <translation>سڑک کے مناظر، مارچ کا بیچ</translation>
    </message>
    <message>
        <source>Start the schema from</source>
        <translation>اسکیما کہاں سے شروع کریں</translation>
    </message>
    <message>
        <source>A Label Studio config…
    Open or paste its XML; you see what is left out.</source>
        <translation>‏Label Studio کنفیگ…
    اس کا XML کھولیں یا پیسٹ کریں؛ جو شامل نہ ہو سکے وہ آپ کو دکھایا جائے گا۔</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>آگے بڑھیں</translation>
    </message>
    <message>
        <source>Next you check the settings and the schema; the project is created on the task server when you press Create project (Ctrl+S).</source>
        <translation>اس کے بعد آپ ترتیبات اور اسکیما دیکھیں گے؛ پروجیکٹ ٹاسک سرور پر تب بنے گا جب آپ «پروجیکٹ بنائیں» (Ctrl+S) دبائیں گے۔</translation>
    </message>
</context>
<context>
    <name>OutcomeTable</name>
    <message>
        <source>annotation files</source>
        <translation>اینوٹیشن فائلیں</translation>
    </message>
    <message>
        <source>item {id}</source>
        <translation>آئٹم {id}</translation>
    </message>
    <message>
        <source>the same content as {source}</source>
        <translation>‏{source} جیسا ہی مواد</translation>
    </message>
    <message>
        <source>already in the project</source>
        <translation>پروجیکٹ میں پہلے سے موجود</translation>
    </message>
</context>
<context>
    <name>PreannotateDialog</name>
    <message>
        <source>Pre-annotate {name}</source>
        <translation>‏{name} کی پیشگی لیبلنگ</translation>
    </message>
    <message>
        <source>A plugin proposes answers for the items nobody has answered yet; annotators see them as prefill to confirm or correct. Items with answers keep theirs.</source>
        <translation>پلگ ان ان آئٹموں کے جواب تجویز کرتا ہے جن کا ابھی کسی نے جواب نہیں دیا؛ اینوٹیٹرز انہیں تجویز کردہ جواب کے طور پر دیکھتے ہیں اور تصدیق یا درستی کرتے ہیں۔ جن آئٹموں کے جواب ہیں وہ ویسے ہی رہتے ہیں۔</translation>
    </message>
    <message>
        <source>Pre-annotation</source>
        <translation>پیشگی لیبلنگ</translation>
    </message>
    <message>
        <source>&amp;Pre-annotation</source>
        <translation>پیشگی لیبلنگ (&amp;P)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>مسائل</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>چلائیں</translation>
    </message>
    <message>
        <source>Run over the project (Ctrl+Enter)</source>
        <translation>پورے پروجیکٹ پر چلائیں (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Cancel the run, or close (Esc)</source>
        <translation>چلنا روکیں، یا بند کریں (Esc)</translation>
    </message>
    <message>
        <source>Reading the project&apos;s items…</source>
        <translation>پروجیکٹ کے آئٹم پڑھے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>Cancelling: sending what was proposed…</source>
        <translation>روکا جا رہا ہے: جو تجویز ہو چکا وہ بھیجا جا رہا ہے…</translation>
    </message>
    <message>
        <source>{title} ({plugin})</source>
        <translation>‏{title} ({plugin})</translation>
    </message>
    <message>
        <source>No installed plugin offers pre-annotation of {media} items; docs/plugins.md says how to add one.</source>
        <translation>کوئی انسٹال شدہ پلگ ان {media} آئٹموں کی پیشگی لیبلنگ نہیں کرتا؛ نیا پلگ ان شامل کرنے کا طریقہ docs/plugins.md میں ہے۔</translation>
    </message>
    <message>
        <source>The plugins could not be read: {why}</source>
        <translation>پلگ ان نہیں پڑھے جا سکے: {why}</translation>
    </message>
    <message>
        <source>{done} of {total} items</source>
        <translation>‏‎{total}‎ میں سے ‎{done}‎ آئٹم</translation>
    </message>
    <message>
        <source>The run stopped: {why}</source>
        <translation>چلنا رک گیا: {why}</translation>
    </message>
    <message>
        <source>The run stopped: {why} The proposals made before were sent.</source>
        <translation>چلنا رک گیا: {why} اس سے پہلے کی تجاویز بھیج دی گئیں۔</translation>
    </message>
    <message>
        <source>Item {id}: {why}</source>
        <translation>آئٹم {id}: {why}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Problems of the schema</source>
        <extracomment>... at most this high (`room`): four Nastaliq rows would push the schema editor past a 768-pixel screen (then at least two show).</extracomment>
        <translation>اسکیما کے مسائل</translation>
    </message>
    <message>
        <source>(the schema)</source>
        <translation>(اسکیما)</translation>
    </message>
    <message>
        <source>Enter goes to the input</source>
        <translation>‏Enter دبانے سے متعلقہ خانے پر جائیں</translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation>کچھ درست کرنے کو نہیں۔</translation>
    </message>
    <message>
        <source>No problems: the schema is valid.</source>
        <translation>کوئی مسئلہ نہیں: اسکیما درست ہے۔</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 مسئلہ</translation>
    </message>
    <message>
        <source>{n} problems</source>
        <translation>‏{n} مسائل</translation>
    </message>
    <message>
        <source>{source}: {problems}</source>
        <translation>{source}: {problems}</translation>
    </message>
</context>
<context>
    <name>ProjectList</name>
    <message>
        <source>Projects</source>
        <translation>پروجیکٹ</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>نیا پروجیکٹ…</translation>
    </message>
    <message>
        <source>New project (Ctrl+N)</source>
        <translation>نیا پروجیکٹ (Ctrl+N)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <source>The settings of this project (Enter)</source>
        <translation>اس پروجیکٹ کی ترتیبات (Enter)</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>اسکیما</translation>
    </message>
    <message>
        <source>The schema of this project</source>
        <translation>اس پروجیکٹ کا اسکیما</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ایکسپورٹ…</translation>
    </message>
    <message>
        <source>Export this project&apos;s answers (Ctrl+Shift+S)</source>
        <translation>اس پروجیکٹ کے جواب ایکسپورٹ کریں (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Pre-annotate…</source>
        <translation>پیشگی لیبلنگ…</translation>
    </message>
    <message>
        <source>Propose answers for this project&apos;s items with a plugin (Ctrl+Shift+M)</source>
        <translation>پلگ ان سے اس پروجیکٹ کے آئٹموں کے جواب تجویز کروائیں (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازہ کریں</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>تازہ کریں (F5)</translation>
    </message>
    <message>
        <source>No projects yet. New project (Ctrl+N) starts one.</source>
        <translation>ابھی کوئی پروجیکٹ نہیں۔ «نیا پروجیکٹ» (Ctrl+N) سے شروع کریں۔</translation>
    </message>
</context>
<context>
    <name>PublishQuestion</name>
    <message>
        <source>Publish this project?</source>
        <translation>یہ پروجیکٹ شائع کریں؟</translation>
    </message>
    <message>
        <source>{warnings} Publish anyway?</source>
        <translation>‏{warnings} پھر بھی شائع کریں؟</translation>
    </message>
    <message>
        <source>&amp;Publish anyway</source>
        <translation>پھر بھی شائع کریں (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>واپس جائیں (&amp;G)</translation>
    </message>
</context>
<context>
    <name>SaveQuestion</name>
    <message>
        <source>Save a new version of the schema</source>
        <translation>اسکیما کا نیا ورژن محفوظ کریں</translation>
    </message>
    <message>
        <source>Changes from version {v}, the current one. Batches already handed out keep version {v}; new batches get version {n}.</source>
        <translation>موجودہ ورژن {v} سے تبدیلیاں۔ جو بیچ دیے جا چکے ہیں وہ ورژن {v} پر رہیں گے؛ نئے بیچوں کو ورژن {n} ملے گا۔</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>کوئی تبدیلی نہیں۔</translation>
    </message>
    <message>
        <source>Save as version {n}</source>
        <translation>ورژن {n} کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>ترمیم جاری رکھیں</translation>
    </message>
</context>
<context>
    <name>Saves</name>
    <message>
        <source>Fix the settings marked in red first.</source>
        <translation>پہلے سرخ نشان والی ترتیبات درست کریں۔</translation>
    </message>
    <message>
        <source>Created {name} ({id}).</source>
        <translation>‏{name} ({id}) بن گیا۔</translation>
    </message>
    <message>
        <source>The project was not created</source>
        <translation>پروجیکٹ نہیں بنا</translation>
    </message>
    <message>
        <source>Nothing to save: the settings are as saved.</source>
        <translation>محفوظ کرنے کو کچھ نہیں: ترتیبات ویسی ہی ہیں جیسی محفوظ تھیں۔</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>ترتیبات محفوظ ہو گئیں۔</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>ترتیبات محفوظ نہیں ہوئیں</translation>
    </message>
    <message>
        <source>Nothing was sent. Change the settings, or save again to publish them.</source>
        <translation>کچھ نہیں بھیجا گیا۔ ترتیبات بدلیں، یا انہیں شائع کرنے کے لیے دوبارہ محفوظ کریں۔</translation>
    </message>
    <message>
        <source>Nothing changed from version {v}: nothing to save.</source>
        <translation>ورژن {v} سے کچھ نہیں بدلا: محفوظ کرنے کو کچھ نہیں۔</translation>
    </message>
    <message>
        <source>The current version could not be read: {e}</source>
        <translation>موجودہ ورژن نہیں پڑھا جا سکا: {e}</translation>
    </message>
    <message>
        <source>Saved as version {v}.</source>
        <translation>ورژن {v} کے طور پر محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>The schema was not saved</source>
        <translation>اسکیما محفوظ نہیں ہوا</translation>
    </message>
    <message>
        <source>{what}: {why}</source>
        <translation>{what}: {why}</translation>
    </message>
    <message>
        <source>{what}: {why} Your changes are kept.</source>
        <translation>‏{what}: {why} آپ کی تبدیلیاں رکھی گئی ہیں۔</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <source>Undo</source>
        <extracomment>Save was asked for (button or key) and the schema is valid. The document changed (dirty state, validity).</extracomment>
        <translation>واپس</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>دوبارہ</translation>
    </message>
    <message>
        <source>Label Studio…</source>
        <translation>Label Studio…</translation>
    </message>
    <message>
        <source>Import a Label Studio config (Ctrl+I)</source>
        <translation>‏Label Studio کنفیگ امپورٹ کریں (Ctrl+I)</translation>
    </message>
    <message>
        <source>Edit as JSON…</source>
        <translation>‏JSON میں ترمیم…</translation>
    </message>
    <message>
        <source>Edit the schema as JSON (Ctrl+J)</source>
        <translation>اسکیما میں JSON کی صورت ترمیم کریں (Ctrl+J)</translation>
    </message>
    <message>
        <source>Save new version</source>
        <translation>نیا ورژن محفوظ کریں</translation>
    </message>
    <message>
        <source>Save (Ctrl+S): shows the changes first</source>
        <translation>محفوظ کریں (Ctrl+S): پہلے تبدیلیاں دکھاتا ہے</translation>
    </message>
    <message>
        <source>Move a field</source>
        <translation>سوال منتقل کریں</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>سوالات</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Imported from Label Studio. {what}:</source>
        <translation>‏Label Studio سے امپورٹ کیا گیا۔ {what}:</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>اسکیما</translation>
    </message>
    <message>
        <source>Add a field…</source>
        <translation>سوال شامل کریں…</translation>
    </message>
    <message>
        <source>Add a label to the field</source>
        <translation>سوال میں لیبل شامل کریں</translation>
    </message>
    <message>
        <source>Undo a schema change</source>
        <translation>اسکیما کی تبدیلی واپس لیں</translation>
    </message>
    <message>
        <source>Redo a schema change</source>
        <translation>اسکیما کی تبدیلی دوبارہ کریں</translation>
    </message>
    <message>
        <source>Edit the schema as JSON…</source>
        <translation>اسکیما میں JSON کی صورت ترمیم کریں…</translation>
    </message>
    <message>
        <source>Import a Label Studio config…</source>
        <translation>‏Label Studio کنفیگ امپورٹ کریں…</translation>
    </message>
    <message>
        <source>Go to the first problem</source>
        <translation>پہلے مسئلے پر جائیں</translation>
    </message>
    <message>
        <source>Put the keyboard in the preview</source>
        <translation>کی بورڈ پیش منظر میں لے جائیں</translation>
    </message>
    <message>
        <source>Change {path}</source>
        <translation>‏{path} بدلیں</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>شامل کریں</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>منتقل کریں</translation>
    </message>
    <message>
        <source>Add a field</source>
        <translation>سوال شامل کریں</translation>
    </message>
    <message>
        <source>Remove a field</source>
        <translation>سوال ہٹائیں</translation>
    </message>
    <message>
        <source>Removed the field &apos;{name}&apos;. Ctrl+Z brings it back.</source>
        <translation>سوال &apos;{name}&apos; ہٹا دیا گیا۔ Ctrl+Z سے واپس آ جائے گا۔</translation>
    </message>
    <message>
        <source>Edit as JSON</source>
        <translation>‏JSON میں ترمیم</translation>
    </message>
    <message>
        <source>That config is for {m} items; this project&apos;s items are {f}. It is shown so you can copy from it, but it cannot be saved here.</source>
        <translation>یہ کنفیگ {m} آئٹموں کے لیے ہے؛ اس پروجیکٹ کے آئٹم {f} ہیں۔ یہ اس لیے دکھائی گئی ہے کہ آپ اس سے نقل کر سکیں، مگر یہاں محفوظ نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>Import a Label Studio config</source>
        <translation>‏Label Studio کنفیگ امپورٹ کریں</translation>
    </message>
    <message>
        <source>Fix the problems listed below before saving.</source>
        <translation>محفوظ کرنے سے پہلے نیچے دیے گئے مسائل درست کریں۔</translation>
    </message>
    <message>
        <source>The task server says</source>
        <translation>ٹاسک سرور کا کہنا ہے</translation>
    </message>
    <message>
        <source>Undo: {t} (Ctrl+Z)</source>
        <translation>واپس: {t} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: {t} (Ctrl+Y)</source>
        <translation>دوبارہ: {t} (Ctrl+Y)</translation>
    </message>
    <message>
        <source>{heading} · unsaved changes</source>
        <translation>‏{heading} · غیر محفوظ تبدیلیاں</translation>
    </message>
</context>
<context>
    <name>SchemaHead</name>
    <message>
        <source>Schema</source>
        <translation>اسکیما</translation>
    </message>
    <message>
        <source>Street scenes</source>
        <translation>سڑک کے مناظر</translation>
    </message>
    <message>
        <source>Shown beside every item (Markdown): what to label and how.</source>
        <translation>ہر آئٹم کے ساتھ دکھائی جاتی ہیں (Markdown): کیا لیبل کرنا ہے اور کیسے۔</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>میڈیا</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>ہدایات</translation>
    </message>
    <message>
        <source>The media of a project cannot change.</source>
        <translation>پروجیکٹ کا میڈیا بدلا نہیں جا سکتا۔</translation>
    </message>
</context>
<context>
    <name>SchemaPreview</name>
    <message>
        <source>Preview: what annotators see</source>
        <extracomment>The sample items&apos; files: they go when the window closes (`close_samples`), or with this widget.</extracomment>
        <translation>پیش منظر: اینوٹیٹرز کو کیا نظر آتا ہے</translation>
    </message>
    <message>
        <source>Clear the sample answer</source>
        <translation>نمونہ جواب صاف کریں</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>پیش منظر</translation>
    </message>
    <message>
        <source>The sample item could not be made: {e}</source>
        <translation>نمونہ آئٹم نہیں بن سکا: {e}</translation>
    </message>
    <message>
        <source>No instructions yet.</source>
        <translation>ابھی کوئی ہدایات نہیں۔</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>empty: the project id</source>
        <translation>خالی: پروجیکٹ کی id</translation>
    </message>
    <message>
        <source>Open to annotators</source>
        <translation>اینوٹیٹرز کے لیے کھلا</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>پروجیکٹ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>What annotators see in their list.</source>
        <translation>اینوٹیٹرز اپنی فہرست میں یہی دیکھتے ہیں۔</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>مہارت</translation>
    </message>
    <message>
        <source>Gold answers here count towards this skill.</source>
        <translation>یہاں کے گولڈ جواب اس مہارت میں شمار ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>Closed projects are hidden from annotators.</source>
        <translation>بند پروجیکٹ اینوٹیٹرز سے چھپے رہتے ہیں۔</translation>
    </message>
    <message>
        <source> s</source>
        <translation> سیکنڈ</translation>
    </message>
    <message>
        <source>Import order</source>
        <translation>امپورٹ کی ترتیب</translation>
    </message>
    <message>
        <source>Least confident proposal first</source>
        <translation>سب سے کم یقینی تجویز پہلے</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>جواب</translation>
    </message>
    <message>
        <source>Annotators per item</source>
        <translation>فی آئٹم اینوٹیٹر</translation>
    </message>
    <message>
        <source>{low} to {high}.</source>
        <translation>‏{low} سے {high} تک۔</translation>
    </message>
    <message>
        <source>Sent for review</source>
        <translation>جائزے کے لیے</translation>
    </message>
    <message>
        <source>The share of answers a reviewer checks.</source>
        <translation>جوابوں کا وہ حصہ جو جائزہ کار دیکھتا ہے۔</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>مہلت</translation>
    </message>
    <message>
        <source>Serve first</source>
        <translation>پہلے کیا دیں</translation>
    </message>
    <message>
        <source>Which items annotators get first; items without a proposal come after those with one.</source>
        <translation>اینوٹیٹرز کو پہلے کون سے آئٹم ملیں؛ بغیر تجویز والے آئٹم تجویز والوں کے بعد آتے ہیں۔</translation>
    </message>
    <message>
        <source>Training project</source>
        <translation>تربیتی پروجیکٹ</translation>
    </message>
    <message>
        <source>Pay for missed gold</source>
        <translation>غلط گولڈ پر بھی ادائیگی</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>گولڈ</translation>
    </message>
    <message>
        <source>Gold share, calibration</source>
        <translation>گولڈ کا حصہ، ابتدائی جانچ میں</translation>
    </message>
    <message>
        <source>Gold in each batch while an annotator is new to the skill.</source>
        <translation>جب تک اینوٹیٹر اس مہارت میں نیا ہے، ہر بیچ میں گولڈ۔</translation>
    </message>
    <message>
        <source>Calibration length</source>
        <translation>ابتدائی جانچ کی لمبائی</translation>
    </message>
    <message>
        <source>Gold answers before the lower share applies.</source>
        <translation>کم حصہ لاگو ہونے سے پہلے گولڈ جواب۔</translation>
    </message>
    <message>
        <source>Gold share, after</source>
        <translation>گولڈ کا حصہ، بعد میں</translation>
    </message>
    <message>
        <source>Gold in each batch once calibrated.</source>
        <translation>ابتدائی جانچ کے بعد ہر بیچ میں گولڈ۔</translation>
    </message>
    <message>
        <source>Shows gold answers at once; does not count for skills.</source>
        <translation>گولڈ جواب فوراً دکھاتا ہے؛ مہارت میں شمار نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>A missed control item is accepted and paid anyway (it still counts as missed). Off: rejected, unpaid.</source>
        <translation>غلط کیا گیا جانچ آئٹم پھر بھی قبول اور ادا ہوتا ہے (مگر غلط ہی شمار ہوتا ہے)۔ بند ہو تو: مسترد، بلا معاوضہ۔</translation>
    </message>
    <message>
        <source>Reward per accepted answer</source>
        <translation>ہر قبول شدہ جواب کا معاوضہ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>کرنسی</translation>
    </message>
    <message>
        <source>Three letters.</source>
        <translation>تین حروف۔</translation>
    </message>
    <message>
        <source>Private pool: only annotators who meet a requirement</source>
        <translation>نجی پول: صرف وہ اینوٹیٹر جو شرط پوری کریں</translation>
    </message>
    <message>
        <source>Private pool</source>
        <translation>نجی پول</translation>
    </message>
    <message>
        <source>Accuracy is counted in this skill.</source>
        <translation>درستی اس مہارت میں گنی جاتی ہے۔</translation>
    </message>
    <message>
        <source>Minimum accuracy</source>
        <translation>کم از کم درستی</translation>
    </message>
    <message>
        <source>Over the newest 50 gold answers.</source>
        <translation>تازہ ترین 50 گولڈ جوابوں پر۔</translation>
    </message>
    <message>
        <source>Minimum gold answers</source>
        <translation>کم از کم گولڈ جواب</translation>
    </message>
    <message>
        <source>Before the accuracy counts.</source>
        <translation>درستی شمار ہونے سے پہلے۔</translation>
    </message>
    <message>
        <source>{t}: how long a batch stays reserved.</source>
        <translation>‏{t}: بیچ کتنی دیر مخصوص رہتا ہے۔</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Undo changes</source>
        <translation>تبدیلیاں واپس لیں</translation>
    </message>
    <message>
        <source>Back to the settings as saved</source>
        <translation>محفوظ ترتیبات پر واپس</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>ترتیبات محفوظ کریں</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>محفوظ کریں (Ctrl+S)</translation>
    </message>
    <message>
        <source>Pick a project in Projects, or start a new one (Ctrl+N).</source>
        <translation>«پروجیکٹ» میں سے کوئی پروجیکٹ چنیں، یا نیا شروع کریں (Ctrl+N)۔</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
</context>
<context>
    <name>SubmissionsPane</name>
    <message>
        <source>No submissions to this item yet.</source>
        <translation>اس آئٹم کا ابھی کوئی جواب جمع نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Make this answer the gold answer</source>
        <translation>یہ جواب گولڈ جواب بنائیں</translation>
    </message>
    <message>
        <source>Only an accepted answer can become gold.</source>
        <translation>صرف قبول شدہ جواب گولڈ بن سکتا ہے۔</translation>
    </message>
    <message>
        <source>skipped: {reason}</source>
        <translation>چھوڑا گیا: {reason}</translation>
    </message>
</context>
<context>
    <name>VersionsPage</name>
    <message>
        <source>Schema versions</source>
        <translation>اسکیما کے ورژن</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>پرانا ورژن</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>نیا ورژن</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>تبدیلیاں دکھائیں</translation>
    </message>
    <message>
        <source>Put this version in the editor</source>
        <translation>یہ ورژن ایڈیٹر میں لائیں</translation>
    </message>
    <message>
        <source>The selected version replaces the editor&apos;s content; save to make it current.</source>
        <translation>چنا گیا ورژن ایڈیٹر کے مواد کی جگہ لے لے گا؛ اسے موجودہ بنانے کے لیے محفوظ کریں۔</translation>
    </message>
    <message>
        <source>From version</source>
        <translation>ورژن</translation>
    </message>
    <message>
        <source>to version</source>
        <translation>سے ورژن</translation>
    </message>
    <message>
        <source>Versions of the schema of {name}</source>
        <translation>‏{name} کے اسکیما کے ورژن</translation>
    </message>
    <message>
        <source>The versions could not be read: {e}</source>
        <translation>ورژن نہیں پڑھے جا سکے: {e}</translation>
    </message>
    <message>
        <source>From version {a} to version {b}: 1 change</source>
        <translation>ورژن {a} سے ورژن {b} تک: 1 تبدیلی</translation>
    </message>
    <message>
        <source>From version {a} to version {b}: {n} changes</source>
        <translation>ورژن {a} سے ورژن {b} تک: {n} تبدیلیاں</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>دونوں ورژن ایک جیسے ہیں۔</translation>
    </message>
    <message>
        <source>That version could not be read: {e}</source>
        <translation>وہ ورژن نہیں پڑھا جا سکا: {e}</translation>
    </message>
    <message>
        <source>Only one version so far: nothing to compare.</source>
        <translation>ابھی تک صرف ایک ورژن ہے: موازنے کو کچھ نہیں۔</translation>
    </message>
</context>
<context>
    <name>lead.comparison_keys</name>
    <message>
        <source>Annotators may call it a tie</source>
        <extracomment>`rows` of a criteria field with one row per candidate of the item.</extracomment>
        <translation>اینوٹیٹر برابر کہہ سکتے ہیں</translation>
    </message>
    <message>
        <source>Annotators may say “much better”</source>
        <translation>اینوٹیٹر «کہیں بہتر» کہہ سکتے ہیں</translation>
    </message>
    <message>
        <source>Candidates may share a rank</source>
        <translation>متبادل ایک ہی درجے پر ہو سکتے ہیں</translation>
    </message>
    <message>
        <source>One row per candidate of the item</source>
        <translation>آئٹم کے ہر متبادل کی ایک قطار</translation>
    </message>
    <message>
        <source>One criterion a line: helpfulness: Helpfulness</source>
        <translation>ہر سطر میں ایک معیار: helpfulness: مددگاری</translation>
    </message>
    <message>
        <source>Optional: one word a point, lowest first</source>
        <translation>اختیاری: ہر درجے کا ایک لفظ، سب سے کم پہلے</translation>
    </message>
    <message>
        <source>Only when the preference is close (a tie, or not much better)</source>
        <translation>صرف جب ترجیح قریبی ہو (برابر، یا کہیں بہتر نہیں)</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> حروف</translation>
    </message>
    <message>
        <source>One key of the record a line: phone: Phone number</source>
        <translation>ہر سطر میں ریکارڈ کا ایک خانہ: phone: فون نمبر</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>برابر</translation>
    </message>
    <message>
        <source>Much better</source>
        <translation>کہیں بہتر</translation>
    </message>
    <message>
        <source>Shared ranks</source>
        <translation>مشترک درجے</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>قطاریں</translation>
    </message>
    <message>
        <source>Scale words</source>
        <translation>پیمانے کے الفاظ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>کم از کم</translation>
    </message>
    <message>
        <source>Record keys</source>
        <translation>ریکارڈ کے خانے</translation>
    </message>
</context>
<context>
    <name>lead.diff_view</name>
    <message>
        <source>title</source>
        <extracomment>The schema&apos;s keys as a change names them (others are named by their key).</extracomment>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>media</source>
        <translation>میڈیا</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>required</source>
        <translation>لازمی</translation>
    </message>
    <message>
        <source>min</source>
        <translation>کم از کم</translation>
    </message>
    <message>
        <source>max</source>
        <translation>زیادہ سے زیادہ</translation>
    </message>
    <message>
        <source>max count</source>
        <translation>زیادہ سے زیادہ تعداد</translation>
    </message>
    <message>
        <source>hotkey</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>پیمانہ</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>حد</translation>
    </message>
    <message>
        <source>iou</source>
        <translation>IoU</translation>
    </message>
    <message>
        <source>radius</source>
        <translation>رداس</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>اوورلیپ</translation>
    </message>
    <message>
        <source>{value} added</source>
        <translation>‏{value} شامل کیا گیا</translation>
    </message>
    <message>
        <source>{value} removed</source>
        <translation>‏{value} ہٹایا گیا</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>‏{old} سے {new}</translation>
    </message>
    <message>
        <source>field order changed</source>
        <translation>سوالات کی ترتیب بدلی</translation>
    </message>
    <message>
        <source>instructions added</source>
        <translation>ہدایات شامل کی گئیں</translation>
    </message>
    <message>
        <source>instructions removed</source>
        <translation>ہدایات ہٹائی گئیں</translation>
    </message>
    <message>
        <source>instructions changed</source>
        <translation>ہدایات بدلیں</translation>
    </message>
    <message>
        <source>{key} {change}</source>
        <translation>{key}: {change}</translation>
    </message>
    <message>
        <source>field {field} added ({kind})</source>
        <translation>سوال {field} شامل کیا گیا ({kind})</translation>
    </message>
    <message>
        <source>field {field} added</source>
        <translation>سوال {field} شامل کیا گیا</translation>
    </message>
    <message>
        <source>field {field} removed</source>
        <translation>سوال {field} ہٹایا گیا</translation>
    </message>
    <message>
        <source>field {field} changed</source>
        <translation>سوال {field} بدلا</translation>
    </message>
    <message>
        <source>field {field}: label order changed</source>
        <translation>سوال {field}: لیبلوں کی ترتیب بدلی</translation>
    </message>
    <message>
        <source>field {field}: label {label} added</source>
        <translation>سوال {field}: لیبل {label} شامل کیا گیا</translation>
    </message>
    <message>
        <source>field {field}: label {label} removed</source>
        <translation>سوال {field}: لیبل {label} ہٹایا گیا</translation>
    </message>
    <message>
        <source>field {field}: label {label} changed</source>
        <translation>سوال {field}: لیبل {label} بدلا</translation>
    </message>
    <message>
        <source>field {field}, label {label}: {key} {change}</source>
        <translation>سوال {field}، لیبل {label}: {key}: {change}</translation>
    </message>
    <message>
        <source>field {field}: gold {key} {change}</source>
        <translation>سوال {field}: گولڈ {key}: {change}</translation>
    </message>
    <message>
        <source>field {field}: {key} {change}</source>
        <translation>سوال {field}: {key}: {change}</translation>
    </message>
</context>
<context>
    <name>lead.exporter</name>
    <message>
        <source>JSONL (each item with its accepted answers)</source>
        <translation>‏JSONL (ہر آئٹم اپنے قبول شدہ جوابوں کے ساتھ)</translation>
    </message>
    <message>
        <source>Accepted answers</source>
        <extracomment>What is exported, as the lead reads it (`ExportChoice.answers`).</extracomment>
        <translation>قبول شدہ جواب</translation>
    </message>
    <message>
        <source>Suggested consensus</source>
        <translation>تجویز کردہ متفقہ جواب</translation>
    </message>
    <message>
        <source>Gold answers</source>
        <translation>گولڈ جواب</translation>
    </message>
    <message>
        <source>Every submission</source>
        <translation>ہر جمع کرایا گیا جواب</translation>
    </message>
    <message>
        <source>1 item</source>
        <extracomment>The report is asked this long after the last change of the choice (a lead scrolling through the formats asks for one report, not one per format passed).</extracomment>
        <translation>1 آئٹم</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>‏{n} آئٹم</translation>
    </message>
    <message>
        <source>{items} ({n} answers)</source>
        <translation>‏{items} ({n} جواب)</translation>
    </message>
    <message>
        <source>{what}; nothing is left out.</source>
        <translation>‏{what}؛ کچھ نہیں چھوٹتا۔</translation>
    </message>
    <message>
        <source>{what}; 1 kind of thing left out (listed).</source>
        <translation>‏{what}؛ ایک قسم کی چیز شامل نہیں ہو سکتی (فہرست نیچے ہے)۔</translation>
    </message>
    <message>
        <source>{what}; {n} kinds of thing left out (listed).</source>
        <translation>‏{what}؛ {n} قسم کی چیزیں شامل نہیں ہو سکتیں (فہرست نیچے ہے)۔</translation>
    </message>
</context>
<context>
    <name>lead.field_list</name>
    <message>
        <source>(field {n} has no name)</source>
        <translation>(سوال {n} کا کوئی نام نہیں)</translation>
    </message>
    <message>
        <source>1 label</source>
        <translation>1 لیبل</translation>
    </message>
    <message>
        <source>{n} labels</source>
        <translation>‏{n} لیبل</translation>
    </message>
</context>
<context>
    <name>lead.gold.contests</name>
    <message>
        <source>Item</source>
        <extracomment>The reply box&apos;s height at most, in pixels (at least two lines show).</extracomment>
        <translation>آئٹم</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>اینوٹیٹر</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>Miss rate</source>
        <translation>چوک کی شرح</translation>
    </message>
    <message>
        <source>State</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Upheld by {who} on {when}</source>
        <extracomment>How a resolved contest&apos;s outcome reads: (by whom and when, by whom, when, neither); `{state}` only in the lines of a state this list does not know.</extracomment>
        <translation>‏{who} نے {when} کو اعتراض مانا</translation>
    </message>
    <message>
        <source>Upheld by {who}</source>
        <translation>‏{who} نے اعتراض مانا</translation>
    </message>
    <message>
        <source>Upheld on {when}</source>
        <translation>‏{when} کو اعتراض مانا گیا</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>اعتراض مانا گیا</translation>
    </message>
    <message>
        <source>Dismissed by {who} on {when}</source>
        <translation>‏{who} نے {when} کو اعتراض رد کیا</translation>
    </message>
    <message>
        <source>Dismissed by {who}</source>
        <translation>‏{who} نے اعتراض رد کیا</translation>
    </message>
    <message>
        <source>Dismissed on {when}</source>
        <translation>‏{when} کو اعتراض رد کیا گیا</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>اعتراض رد کیا گیا</translation>
    </message>
    <message>
        <source>Closed by {who} on {when}</source>
        <translation>‏{who} نے {when} کو اعتراض بند کیا</translation>
    </message>
    <message>
        <source>Closed by {who}</source>
        <translation>‏{who} نے اعتراض بند کیا</translation>
    </message>
    <message>
        <source>Closed on {when}</source>
        <translation>‏{when} کو اعتراض بند ہوا</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>اعتراض بند ہوا</translation>
    </message>
    <message>
        <source>{state} by {who} on {when}</source>
        <translation>{state}: {who}، {when}</translation>
    </message>
    <message>
        <source>{state} by {who}</source>
        <translation>{state}: {who}</translation>
    </message>
    <message>
        <source>{state} on {when}</source>
        <translation>{state}: {when}</translation>
    </message>
    <message>
        <source>{outcome} — “{reply}”</source>
        <translation>{outcome} — “{reply}”</translation>
    </message>
    <message>
        <source>{outcome} (no reply)</source>
        <translation>‏{outcome} (کوئی جواب نہیں)</translation>
    </message>
</context>
<context>
    <name>lead.gold.editor</name>
    <message>
        <source>Alt+E goes to the item, where the annotators&apos; keys work: label keys, Insert adds a region, Tab selects one, arrows move it. Ctrl+Z undoes, Ctrl+S saves.</source>
        <extracomment>The hint box&apos;s height at most, in pixels (at least two lines show).</extracomment>
        <translation>‏Alt+E: آئٹم پر جائیں؛ وہاں اینوٹیٹرز کی کلیدیں چلتی ہیں (لیبل، Insert، Tab، تیر)۔ Ctrl+Z واپس، Ctrl+S محفوظ۔</translation>
    </message>
</context>
<context>
    <name>lead.gold.loading</name>
    <message>
        <source>The media could not be fetched: {why}</source>
        <translation>میڈیا نہیں مل سکا: {why}</translation>
    </message>
</context>
<context>
    <name>lead.gold.model</name>
    <message>
        <source>Item</source>
        <extracomment>The columns&apos; titles and tips (translated where shown: `column_title`, `headerData`).</extracomment>
        <translation>آئٹم</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>گولڈ</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>پیشی</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>جواب</translation>
    </message>
    <message>
        <source>Miss rate</source>
        <translation>چوک کی شرح</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>اعتراضات</translation>
    </message>
    <message>
        <source>The item&apos;s text, or its media</source>
        <translation>آئٹم کا متن، یا اس کا میڈیا</translation>
    </message>
    <message>
        <source>Whether the item is gold (✎: edits not saved yet)</source>
        <translation>آئٹم گولڈ ہے یا نہیں (✎: ترمیم ابھی محفوظ نہیں)</translation>
    </message>
    <message>
        <source>Times the item was served in a batch</source>
        <translation>آئٹم کتنی بار کسی بیچ میں دیا گیا</translation>
    </message>
    <message>
        <source>Answers to the item (skips left out)</source>
        <translation>آئٹم کے جواب (چھوڑے گئے شامل نہیں)</translation>
    </message>
    <message>
        <source>Share of the gold answers that missed</source>
        <translation>گولڈ جوابوں میں غلط جوابوں کا حصہ</translation>
    </message>
    <message>
        <source>Open contests of annotators who missed it</source>
        <translation>غلط جواب دینے والے اینوٹیٹرز کے کھلے اعتراضات</translation>
    </message>
    <message>
        <source>media</source>
        <extracomment>A miss rate from here up is drawn in the warning colour: the gold answer may be wrong.</extracomment>
        <translation>میڈیا</translation>
    </message>
    <message>
        <source>{kind} {seconds} s</source>
        <translation>‏{kind} {seconds} سیکنڈ</translation>
    </message>
    <message>
        <source>{width}×{height}</source>
        <translation>‎{width}×{height}‎</translation>
    </message>
</context>
<context>
    <name>lead.gold.page</name>
    <message>
        <source>All</source>
        <extracomment>(name, title, what its key says, gold, contested) of the table&apos;s filters; the name makes the action&apos;s id.</extracomment>
        <translation>سب</translation>
    </message>
    <message>
        <source>Show all items</source>
        <translation>تمام آئٹم دکھائیں</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>گولڈ</translation>
    </message>
    <message>
        <source>Show gold items</source>
        <translation>گولڈ آئٹم دکھائیں</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>اعتراض والے</translation>
    </message>
    <message>
        <source>Show contested items</source>
        <translation>اعتراض والے آئٹم دکھائیں</translation>
    </message>
    <message>
        <source>{name} · {media} · item {id}</source>
        <translation>‏{name} · {media} · آئٹم {id}</translation>
    </message>
    <message>
        <source>{name} · text · {n} characters · item {id}</source>
        <translation>‏{name} · متن · {n} حروف · آئٹم {id}</translation>
    </message>
    <message>
        <source>text · {n} characters · item {id}</source>
        <translation>متن · {n} حروف · آئٹم {id}</translation>
    </message>
</context>
<context>
    <name>lead.gold.panes</name>
    <message>
        <source>1 box</source>
        <extracomment>How many regions of a kind an answer holds: (one, several).</extracomment>
        <translation>1 باکس</translation>
    </message>
    <message>
        <source>{n} boxes</source>
        <translation>‏{n} باکس</translation>
    </message>
    <message>
        <source>1 polygon</source>
        <translation>1 کثیر الاضلاع</translation>
    </message>
    <message>
        <source>{n} polygons</source>
        <translation>‏{n} کثیر الاضلاع</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 نقطہ</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>‏{n} نقطے</translation>
    </message>
    <message>
        <source>1 span</source>
        <translation>1 اسپین</translation>
    </message>
    <message>
        <source>{n} spans</source>
        <translation>‏{n} اسپین</translation>
    </message>
    <message>
        <source>1 segment</source>
        <translation>1 حصہ</translation>
    </message>
    <message>
        <source>{n} segments</source>
        <translation>‏{n} حصے</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>اینوٹیٹر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Gold score</source>
        <translation>گولڈ اسکور</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>جواب</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>چھوڑا گیا</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>‏{name}:‏ {value}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>خالی</translation>
    </message>
</context>
<context>
    <name>lead.gold.resolving</name>
    <message>
        <source>A dismissal needs a reply: say why the gold answer stands.</source>
        <translation>اعتراض رد کرنے کے لیے جواب ضروری ہے: بتائیں کہ گولڈ جواب کیوں درست ہے۔</translation>
    </message>
    <message>
        <source>the annotator</source>
        <translation>اینوٹیٹر</translation>
    </message>
    <message>
        <source>1 verdict was scored again.</source>
        <translation>1 نتیجہ دوبارہ جانچا گیا۔</translation>
    </message>
    <message>
        <source>{n} verdicts were scored again.</source>
        <translation>‏{n} نتائج دوبارہ جانچے گئے۔</translation>
    </message>
    <message>
        <source>Uphold the selected contest: save the gold answer shown</source>
        <translation>چنا گیا اعتراض مانیں: دکھایا گیا گولڈ جواب محفوظ کریں</translation>
    </message>
    <message>
        <source>Uphold the selected contest: remove the item&apos;s gold…</source>
        <translation>چنا گیا اعتراض مانیں: آئٹم کا گولڈ ہٹائیں…</translation>
    </message>
    <message>
        <source>Dismiss the selected contest with the reply</source>
        <translation>چنا گیا اعتراض جواب کے ساتھ رد کریں</translation>
    </message>
    <message>
        <source>Write the reply to the selected contest</source>
        <translation>چنے گئے اعتراض کا جواب لکھیں</translation>
    </message>
    <message>
        <source>No open contest in this project.</source>
        <translation>اس پروجیکٹ میں کوئی کھلا اعتراض نہیں۔</translation>
    </message>
    <message>
        <source>Correct the contested item&apos;s gold answer, then uphold again.</source>
        <translation>اعتراض والے آئٹم کا گولڈ جواب درست کریں، پھر دوبارہ اعتراض مانیں۔</translation>
    </message>
    <message>
        <source>Contest upheld: the answer of {who} is accepted and paid.</source>
        <translation>اعتراض مان لیا گیا: {who} کا جواب قبول ہو گیا اور ادائیگی ہو گی۔</translation>
    </message>
    <message>
        <source>Uphold this contest by removing the item&apos;s gold?

The item becomes a real item: its verdicts stop counting for the annotators&apos; skills, the answers they rejected are accepted and paid, and every open contest on it is upheld.</source>
        <translation>آئٹم کا گولڈ ہٹا کر یہ اعتراض مان لیں؟

آئٹم عام آئٹم بن جائے گا: اس کے نتائج اینوٹیٹرز کی مہارت میں شمار نہیں ہوں گے، جو جواب ان کی وجہ سے مسترد ہوئے وہ قبول ہو کر ادا کیے جائیں گے، اور اس پر ہر کھلا اعتراض مان لیا جائے گا۔</translation>
    </message>
    <message>
        <source>Remove gold</source>
        <translation>گولڈ ہٹائیں</translation>
    </message>
    <message>
        <source>Contest upheld: the item is no longer gold; {who} is paid.</source>
        <translation>اعتراض مان لیا گیا: آئٹم اب گولڈ نہیں؛ {who} کو ادائیگی ہو گی۔</translation>
    </message>
    <message>
        <source>Contest dismissed; {who} reads your reply in their history.</source>
        <translation>اعتراض رد کر دیا گیا؛ {who} آپ کا جواب اپنی ہسٹری میں پڑھیں گے۔</translation>
    </message>
    <message>
        <source>Not done: {e}</source>
        <translation>نہیں ہو سکا: {e}</translation>
    </message>
</context>
<context>
    <name>lead.importer.formats</name>
    <message>
        <source>Items only (folder, CSV, JSONL)</source>
        <extracomment>The format box&apos;s first entry: items without answers in a format.</extracomment>
        <translation>صرف آئٹم (فولڈر، CSV، JSONL)</translation>
    </message>
    <message>
        <source>Prefill: proposals annotators confirm or correct</source>
        <extracomment>How a format&apos;s answers go in, as the lead reads it.</extracomment>
        <translation>تجویز کردہ جواب: جنہیں اینوٹیٹر مانیں یا درست کریں</translation>
    </message>
    <message>
        <source>Gold: control items&apos; answers</source>
        <translation>گولڈ: جانچ آئٹموں کے جواب</translation>
    </message>
</context>
<context>
    <name>lead.importer.outcome</name>
    <message>
        <source>created</source>
        <extracomment>What the outcome column says of each.</extracomment>
        <translation>بن گیا</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>نامنظور</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>دہرا</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>مسئلہ</translation>
    </message>
    <message>
        <source>File or line</source>
        <translation>فائل یا سطر</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>وجہ</translation>
    </message>
</context>
<context>
    <name>lead.importer.planning</name>
    <message>
        <source>; </source>
        <extracomment>Problems of the annotation files written out in full under the plan. The formats the task server takes, as people name them (`importing.plan` has the suffixes).</extracomment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>A {format} file: each of its items becomes a text item, with its answer as prefill or gold.</source>
        <translation>‏{format} فائل: اس کا ہر آئٹم ایک متنی آئٹم بنتا ہے، اور اس کا جواب تجویز کردہ جواب یا گولڈ بنتا ہے۔</translation>
    </message>
    <message>
        <source>A {format} dataset: a folder of audio files with its annotation files inside it, or the folder and its annotations file apart. Each file becomes one item, with its answer as prefill or gold.</source>
        <translation>‏{format} ڈیٹا سیٹ: آڈیو فائلوں کا فولڈر جس کے اندر اینوٹیشن فائلیں ہوں، یا فولڈر اور اس کی اینوٹیشن فائل الگ الگ۔ ہر فائل ایک آئٹم بنتی ہے، اور اس کا جواب تجویز کردہ جواب یا گولڈ بنتا ہے۔</translation>
    </message>
    <message>
        <source>A {format} dataset: a folder of image files with its annotation files inside it, or the folder and its annotations file apart. Each file becomes one item, with its answer as prefill or gold.</source>
        <translation>‏{format} ڈیٹا سیٹ: تصویری فائلوں کا فولڈر جس کے اندر اینوٹیشن فائلیں ہوں، یا فولڈر اور اس کی اینوٹیشن فائل الگ الگ۔ ہر فائل ایک آئٹم بنتی ہے، اور اس کا جواب تجویز کردہ جواب یا گولڈ بنتا ہے۔</translation>
    </message>
    <message>
        <source>A CSV file with a header row and a “text” column (the other columns become the item&apos;s data), or a JSONL file with one item per line: {&quot;text&quot;, &quot;data&quot;, &quot;prefill&quot;, &quot;gold&quot;}.</source>
        <translation>‏CSV فائل جس میں سرخی کی سطر اور “text” کالم ہو (باقی کالم آئٹم کا ڈیٹا بنتے ہیں)، یا JSONL فائل جس کی ہر سطر میں ایک آئٹم ہو: {&quot;text&quot;, &quot;data&quot;, &quot;prefill&quot;, &quot;gold&quot;}۔</translation>
    </message>
    <message>
        <source>A folder of audio files ({formats}), with its subfolders. Identical files are sent once; each becomes one item.</source>
        <translation>آڈیو فائلوں کا فولڈر ({formats})، اپنے ذیلی فولڈروں سمیت۔ ایک جیسی فائلیں ایک ہی بار بھیجی جاتی ہیں؛ ہر فائل ایک آئٹم بنتی ہے۔</translation>
    </message>
    <message>
        <source>A folder of image files ({formats}), with its subfolders. Identical files are sent once; each becomes one item.</source>
        <translation>تصویری فائلوں کا فولڈر ({formats})، اپنے ذیلی فولڈروں سمیت۔ ایک جیسی فائلیں ایک ہی بار بھیجی جاتی ہیں؛ ہر فائل ایک آئٹم بنتی ہے۔</translation>
    </message>
    <message>
        <source>{n} with gold</source>
        <translation>‏{n} گولڈ کے ساتھ</translation>
    </message>
    <message>
        <source>{n} with prefill</source>
        <translation>‏{n} تجویز کردہ جواب کے ساتھ</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 تصویر</translation>
    </message>
    <message>
        <source>{n} images</source>
        <translation>‏{n} تصاویر</translation>
    </message>
    <message>
        <source>1 audio file</source>
        <translation>1 آڈیو فائل</translation>
    </message>
    <message>
        <source>{n} audio files</source>
        <translation>‏{n} آڈیو فائلیں</translation>
    </message>
    <message>
        <source>{what} ({size}, {extras})</source>
        <translation>{what} (‎{size}‎، {extras})</translation>
    </message>
    <message>
        <source>{what} ({size})</source>
        <translation>{what} (‎{size}‎)</translation>
    </message>
    <message>
        <source>1 text</source>
        <translation>1 متن</translation>
    </message>
    <message>
        <source>{n} texts</source>
        <translation>‏{n} متن</translation>
    </message>
    <message>
        <source>{what} ({extras})</source>
        <translation>{what} ({extras})</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>امپورٹ کرنے کو کچھ نہیں</translation>
    </message>
    <message>
        <source>{n} refused</source>
        <translation>‏{n} نامنظور</translation>
    </message>
    <message>
        <source>1 problem with the annotations</source>
        <translation>اینوٹیشن میں 1 مسئلہ</translation>
    </message>
    <message>
        <source>{n} problems with the annotations</source>
        <translation>اینوٹیشن میں {n} مسائل</translation>
    </message>
    <message>
        <source>1 file of other kinds left out</source>
        <translation>دوسری قسم کی 1 فائل چھوڑ دی گئی</translation>
    </message>
    <message>
        <source>{n} files of other kinds left out</source>
        <translation>دوسری قسم کی {n} فائلیں چھوڑ دی گئیں</translation>
    </message>
    <message>
        <source>1 item created</source>
        <translation>1 آئٹم بنا</translation>
    </message>
    <message>
        <source>{n} items created</source>
        <translation>‏{n} آئٹم بنے</translation>
    </message>
    <message>
        <source>1 duplicate left out</source>
        <translation>1 دہرا چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>{n} duplicates left out</source>
        <translation>‏{n} دہرے چھوڑ دیے گئے</translation>
    </message>
    <message>
        <source>cancelled with {n} not sent</source>
        <translation>منسوخ، {n} نہیں بھیجے گئے</translation>
    </message>
    <message>
        <source>stopped with {n} not sent</source>
        <translation>رک گیا، {n} نہیں بھیجے گئے</translation>
    </message>
    <message>
        <source>{what}.</source>
        <translation>‏{what}۔</translation>
    </message>
    <message>
        <source>{done} of {total} files</source>
        <translation>‏{total} میں سے {done} فائلیں</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>‏‎{total}‎ میں سے ‎{done}‎</translation>
    </message>
    <message>
        <source>{done} of {total} rows</source>
        <translation>‏{total} میں سے {done} سطریں</translation>
    </message>
    <message>
        <source>Creating the items…</source>
        <translation>آئٹم بن رہے ہیں…</translation>
    </message>
    <message>
        <source>Looking at the project…</source>
        <translation>پروجیکٹ دیکھا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Checking {file}</source>
        <translation>‏{file} جانچی جا رہی ہے</translation>
    </message>
    <message>
        <source>Uploading {file}</source>
        <translation>‏{file} اپ لوڈ ہو رہی ہے</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>‏{file} پڑھی جا رہی ہے</translation>
    </message>
    <message>
        <source>… and {n} more in the list below.</source>
        <translation>… اور {n} مزید، نیچے کی فہرست میں۔</translation>
    </message>
    <message>
        <source>The folder or file changed since the plan was made.</source>
        <translation>منصوبہ بننے کے بعد فولڈر یا فائل بدل گئی۔</translation>
    </message>
    <message>
        <source>The format, how its answers go in or the annotations file changed.</source>
        <translation>فارمیٹ، اس کے جوابوں کا طریقہ یا اینوٹیشن فائل بدل گئی۔</translation>
    </message>
    <message>
        <source>The project&apos;s schema is version {now} now; the plan was made before it could be read.</source>
        <translation>پروجیکٹ کا اسکیما اب ورژن {now} ہے؛ منصوبہ اسکیما پڑھے جانے سے پہلے بنا تھا۔</translation>
    </message>
    <message>
        <source>The project&apos;s schema is version {now} now; the plan was made under version {was}.</source>
        <translation>پروجیکٹ کا اسکیما اب ورژن {now} ہے؛ منصوبہ ورژن {was} کے تحت بنا تھا۔</translation>
    </message>
    <message>
        <source>The project&apos;s schema could not be read, and a format&apos;s answers are read against it. Refresh ({key}) to try again.</source>
        <translation>پروجیکٹ کا اسکیما نہیں پڑھا جا سکا، جبکہ فارمیٹ کے جواب اسی کے مطابق پڑھے جاتے ہیں۔ دوبارہ کوشش کے لیے تازہ کریں ({key})۔</translation>
    </message>
</context>
<context>
    <name>lead.json_view</name>
    <message>
        <source>The text is over {n} characters.</source>
        <translation>متن {n} حروف سے زیادہ ہے۔</translation>
    </message>
    <message>
        <source>Not JSON: {why} at line {line}, column {column}.</source>
        <translation>‏JSON نہیں: سطر {line}، کالم {column} پر {why}۔</translation>
    </message>
    <message>
        <source>Not JSON: {why}.</source>
        <translation>‏JSON نہیں: {why}۔</translation>
    </message>
    <message>
        <source>A schema is a JSON object: { &quot;title&quot;: …, &quot;media&quot;: …, &quot;fields&quot;: […] }.</source>
        <translation>اسکیما ایک JSON آبجیکٹ ہوتا ہے: { &quot;title&quot;: …, &quot;media&quot;: …, &quot;fields&quot;: […] }۔</translation>
    </message>
</context>
<context>
    <name>lead.lsimport</name>
    <message>
        <source>What could not be carried over</source>
        <translation>جو شامل نہیں ہو سکا</translation>
    </message>
    <message>
        <source>Everything in the config was carried over.</source>
        <translation>کنفیگ کا سب کچھ شامل ہو گیا۔</translation>
    </message>
    <message>
        <source>{file} is {n} bytes: too big for a labeling config.</source>
        <translation>‏{file} کا سائز {n} بائٹ ہے: لیبلنگ کنفیگ کے لیے بہت بڑا۔</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text.</source>
        <translation>‏{file} UTF-8 متن نہیں۔</translation>
    </message>
    <message>
        <source>{file} cannot be read: {why}.</source>
        <translation>‏{file} نہیں پڑھی جا سکتی: {why}۔</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>{media} schema · 1 field: {fields}</source>
        <translation>اسکیما ({media}) · 1 سوال: {fields}</translation>
    </message>
    <message>
        <source>{media} schema · {n} fields: {fields}</source>
        <translation>اسکیما ({media}) · {n} سوالات: {fields}</translation>
    </message>
</context>
<context>
    <name>lead.preannotate</name>
    <message>
        <source>1 item got a proposal.</source>
        <translation>ایک آئٹم کو تجویز ملی۔</translation>
    </message>
    <message>
        <source>{n} items got a proposal.</source>
        <translation>‏{n} آئٹموں کو تجویز ملی۔</translation>
    </message>
    <message>
        <source>No item got a proposal.</source>
        <translation>کسی آئٹم کو تجویز نہیں ملی۔</translation>
    </message>
    <message>
        <source>Cancelled after {done} of {total} items; the proposals made were sent.</source>
        <translation>‏{total} میں سے {done} آئٹموں کے بعد روک دیا گیا؛ جو تجاویز بنیں وہ بھیج دی گئیں۔</translation>
    </message>
    <message>
        <source>Cancelled after {done} of {total} items.</source>
        <translation>‏{total} میں سے {done} آئٹموں کے بعد روک دیا گیا۔</translation>
    </message>
    <message>
        <source>got a proposal: {n}</source>
        <translation>تجویز ملی: {n}</translation>
    </message>
    <message>
        <source>nothing proposed: {n}</source>
        <translation>کوئی تجویز نہیں بنی: {n}</translation>
    </message>
    <message>
        <source>skipped, answered: {n}</source>
        <translation>چھوڑے گئے، جواب موجود: {n}</translation>
    </message>
    <message>
        <source>skipped, gold: {n}</source>
        <translation>چھوڑے گئے، گولڈ: {n}</translation>
    </message>
    <message>
        <source>failed (problems below): {n}</source>
        <translation>ناکام (مسائل نیچے): {n}</translation>
    </message>
    <message>
        <source>not reached: {n}</source>
        <translation>باری نہیں آئی: {n}</translation>
    </message>
    <message>
        <source>Of the 1 item: {parts}.</source>
        <translation>ایک آئٹم: {parts}۔</translation>
    </message>
    <message>
        <source>Of the {total} items: {parts}.</source>
        <translation>‏{total} آئٹموں میں سے: {parts}۔</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a list</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>image</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>آڈیو</translation>
    </message>
</context>
<context>
    <name>lead.preview</name>
    <message>
        <source>The preview appears once the schema is valid.</source>
        <translation>اسکیما درست ہوتے ہی پیش منظر نظر آئے گا۔</translation>
    </message>
    <message>
        <source>Showing the last valid schema: fix the problems to see your changes here.</source>
        <translation>آخری درست اسکیما دکھایا جا رہا ہے: اپنی تبدیلیاں یہاں دیکھنے کے لیے مسائل درست کریں۔</translation>
    </message>
    <message>
        <source>No fields yet: annotators would see the item and nothing to answer. Add a field ({key}) to see it here.</source>
        <translation>ابھی کوئی سوال نہیں: اینوٹیٹرز کو آئٹم تو نظر آئے گا مگر جواب دینے کو کچھ نہیں۔ اسے یہاں دیکھنے کے لیے سوال شامل کریں ({key})۔</translation>
    </message>
</context>
<context>
    <name>lead.project_list</name>
    <message>
        <source>Name</source>
        <extracomment>Holding an arrow key in the list picks only the row it stops on.</extracomment>
        <translation>نام</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>شناخت</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>میڈیا</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>اسکیما</translation>
    </message>
    <message>
        <source>Items left</source>
        <translation>باقی آئٹم</translation>
    </message>
    <message>
        <source>Per item</source>
        <translation>فی آئٹم</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>معاوضہ</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>پول</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>training</source>
        <translation>تربیتی</translation>
    </message>
    <message>
        <source>private: {skill} ≥ {accuracy} over {n} gold</source>
        <translation>نجی: {skill} میں کم از کم {accuracy}، {n} گولڈ جوابوں پر</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>open</source>
        <translation>کھلا</translation>
    </message>
    <message>
        <source>{left} of {total}</source>
        <translation>‏{total} میں سے {left}</translation>
    </message>
    <message>
        <source>v{version}</source>
        <translation>v{version}</translation>
    </message>
</context>
<context>
    <name>lead.samples</name>
    <message>
        <source>sample made by the workbench</source>
        <extracomment>A comparison&apos;s sample candidates: an answer to the sample text&apos;s question, in both scripts, as a comparison&apos;s items carry them. A sample record&apos;s values, by the position of the key a record field verifies.</extracomment>
        <translation>ورک بینچ کا بنایا ہوا نمونہ</translation>
    </message>
</context>
<context>
    <name>lead.saving</name>
    <message>
        <source>This project pays nothing per item. Annotators will see it as unpaid.</source>
        <translation>یہ پروجیکٹ فی آئٹم کچھ ادا نہیں کرتا۔ اینوٹیٹرز اسے بلا معاوضہ دیکھیں گے۔</translation>
    </message>
    <message>
        <source>This project pays 0 {currency} per item. Annotators will see it as unpaid.</source>
        <translation>یہ پروجیکٹ فی آئٹم 0 {currency} ادا کرتا ہے۔ اینوٹیٹرز اسے بلا معاوضہ دیکھیں گے۔</translation>
    </message>
    <message>
        <source>Its requirement counts gold answers in “{skill}”, which no other project gives. Annotators will see it locked, with no way to unlock it.</source>
        <translation>اس کی شرط “{skill}” میں گولڈ جواب گنتی ہے، جو کوئی اور پروجیکٹ نہیں دیتا۔ اینوٹیٹرز اسے بند دیکھیں گے، اور اسے کھولنے کا کوئی راستہ نہیں ہو گا۔</translation>
    </message>
</context>
<context>
    <name>lead.schemacheck</name>
    <message>
        <source>field {n}</source>
        <translation>سوال {n}</translation>
    </message>
    <message>
        <source>{label} in {field}</source>
        <translation>‏{field} میں {label}</translation>
    </message>
    <message>
        <source>hotkey {key} is used by {labels}</source>
        <translation>کلید {key} {labels} کے لیے استعمال ہو رہی ہے</translation>
    </message>
    <message>
        <source>must stay {media}, the media of this project</source>
        <translation>‏{media} ہی رہنا چاہیے، اس پروجیکٹ کا میڈیا</translation>
    </message>
</context>
<context>
    <name>lead.settings_form</name>
    <message>
        <source>1 h</source>
        <translation>1 گھنٹہ</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>‏{n} گھنٹے</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>‏{n} منٹ</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>‏{n} سیکنڈ</translation>
    </message>
</context>
<context>
    <name>lead.templates</name>
    <message>
        <source>Street scenes</source>
        <translation>سڑک کے مناظر</translation>
    </message>
    <message>
        <source>Pick the kind of scene, then draw a box around every vehicle and person.</source>
        <translation>منظر کی قسم چنیں، پھر ہر گاڑی اور ہر شخص کے گرد باکس بنائیں۔</translation>
    </message>
    <message>
        <source>News sentiment and names</source>
        <translation>خبروں کا لہجہ اور نام</translation>
    </message>
    <message>
        <source>Mark the names of people, places and organisations, then pick the tone.</source>
        <translation>لوگوں، جگہوں اور اداروں کے نام نشان زد کریں، پھر لہجہ چنیں۔</translation>
    </message>
    <message>
        <source>Call segments and transcript</source>
        <translation>کال کے حصے اور تحریری متن</translation>
    </message>
    <message>
        <source>Mark who speaks when, write what is said, and rate the sound quality.</source>
        <translation>نشان لگائیں کہ کون کب بولتا ہے، جو کہا گیا وہ لکھیں، اور آواز کے معیار کا درجہ دیں۔</translation>
    </message>
    <message>
        <source>Blank image schema</source>
        <extracomment>Every way to start, in the order the new-project dialog lists them. Every way to start, in the order the new-project dialog lists them (titles and descriptions in English: `Start.shown_title`, `Start.shown_description` translate).</extracomment>
        <translation>خالی تصویری اسکیما</translation>
    </message>
    <message>
        <source>No fields yet; images.</source>
        <translation>ابھی کوئی سوال نہیں؛ تصاویر۔</translation>
    </message>
    <message>
        <source>Blank text schema</source>
        <translation>خالی متنی اسکیما</translation>
    </message>
    <message>
        <source>No fields yet; texts.</source>
        <translation>ابھی کوئی سوال نہیں؛ متن۔</translation>
    </message>
    <message>
        <source>Blank audio schema</source>
        <translation>خالی آڈیو اسکیما</translation>
    </message>
    <message>
        <source>No fields yet; audio clips.</source>
        <translation>ابھی کوئی سوال نہیں؛ آڈیو کلپس۔</translation>
    </message>
    <message>
        <source>Image template: street scenes</source>
        <translation>تصویری سانچہ: سڑک کے مناظر</translation>
    </message>
    <message>
        <source>A scene choice and boxes for vehicles and people.</source>
        <translation>منظر کا انتخاب، اور گاڑیوں اور لوگوں کے لیے باکس۔</translation>
    </message>
    <message>
        <source>Text template: news sentiment and names</source>
        <translation>متنی سانچہ: خبروں کا لہجہ اور نام</translation>
    </message>
    <message>
        <source>A sentiment choice and spans for names.</source>
        <translation>لہجے کا انتخاب، اور ناموں کے لیے اسپین۔</translation>
    </message>
    <message>
        <source>Audio template: call segments and transcript</source>
        <translation>آڈیو سانچہ: کال کے حصے اور تحریری متن</translation>
    </message>
    <message>
        <source>Speaker segments, a transcript and a quality rating.</source>
        <translation>بولنے والوں کے حصے، تحریری متن اور معیار کا درجہ۔</translation>
    </message>
</context>
<context>
    <name>lead.versions</name>
    <message>
        <source>Version {v}</source>
        <translation>ورژن {v}</translation>
    </message>
    <message>
        <source>current</source>
        <translation>موجودہ</translation>
    </message>
</context>
<context>
    <name>lead.words</name>
    <message>
        <source>image</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>آڈیو</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>تصاویر</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Audio clips</source>
        <translation>آڈیو کلپس</translation>
    </message>
    <message>
        <source>choice: one label</source>
        <translation>انتخاب: ایک لیبل</translation>
    </message>
    <message>
        <source>multichoice: any labels</source>
        <translation>کثیر انتخاب: کئی لیبل</translation>
    </message>
    <message>
        <source>rating: a number in a range</source>
        <translation>درجہ بندی: ایک حد میں عدد</translation>
    </message>
    <message>
        <source>text: a short answer</source>
        <translation>متن: مختصر جواب</translation>
    </message>
    <message>
        <source>boxes on the image</source>
        <translation>تصویر پر باکس</translation>
    </message>
    <message>
        <source>polygons on the image</source>
        <translation>تصویر پر کثیر الاضلاع</translation>
    </message>
    <message>
        <source>points on the image</source>
        <translation>تصویر پر نقطے</translation>
    </message>
    <message>
        <source>spans of the text</source>
        <translation>متن میں اسپین</translation>
    </message>
    <message>
        <source>segments of the audio</source>
        <translation>آڈیو کے حصے</translation>
    </message>
    <message>
        <source>transcript of the audio</source>
        <translation>آڈیو کا تحریری متن</translation>
    </message>
    <message>
        <source>pairwise: A or B is better</source>
        <translation>ترجیح: A یا B بہتر ہے</translation>
    </message>
    <message>
        <source>ranking: candidates in order</source>
        <translation>درجہ بندی: متبادل ترتیب سے</translation>
    </message>
    <message>
        <source>criteria: rows rated on a scale</source>
        <translation>معیارات: قطاروں کی پیمانے پر درجہ بندی</translation>
    </message>
    <message>
        <source>rationale: why, in words</source>
        <translation>وجہ: کیوں، الفاظ میں</translation>
    </message>
    <message>
        <source>flags on candidates</source>
        <translation>متبادل پر نشان</translation>
    </message>
    <message>
        <source>record: confirm or correct each key</source>
        <translation>ریکارڈ: ہر خانے کی تصدیق یا درستی</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>انتخاب</translation>
    </message>
    <message>
        <source>multichoice</source>
        <translation>کثیر انتخاب</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>درجہ بندی</translation>
    </message>
    <message>
        <source>boxes</source>
        <translation>باکس</translation>
    </message>
    <message>
        <source>polygons</source>
        <translation>کثیر الاضلاع</translation>
    </message>
    <message>
        <source>points</source>
        <translation>نقطے</translation>
    </message>
    <message>
        <source>spans</source>
        <translation>اسپین</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>حصے</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>تحریری متن</translation>
    </message>
    <message>
        <source>pairwise</source>
        <translation>ترجیح</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>درجہ بندی</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>معیارات</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>نشان</translation>
    </message>
    <message>
        <source>record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>قبول شدہ</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>زیرِ غور</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>اصلاح شدہ</translation>
    </message>
    <message>
        <source>open</source>
        <translation>کھلا</translation>
    </message>
    <message>
        <source>upheld</source>
        <translation>مانا گیا</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>رد کیا گیا</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>COCO instances</source>
        <extracomment>Format titles with words in them (the rest are names, the same in every language).</extracomment>
        <translation>COCO instances</translation>
    </message>
    <message>
        <source>CSV (one row per answer)</source>
        <translation>‏CSV (ہر جواب کی ایک سطر)</translation>
    </message>
    <message>
        <source>Audacity labels</source>
        <translation>‏Audacity لیبل</translation>
    </message>
    <message>
        <source>CVAT for images 1.1 XML</source>
        <translation>CVAT for images 1.1 XML</translation>
    </message>
    <message>
        <source>Prompts with candidates (JSONL)</source>
        <translation>‏سوال اور ان کے متبادل (JSONL)</translation>
    </message>
    <message>
        <source>Preference pairs JSONL (TRL: prompt, chosen, rejected)</source>
        <translation>‏ترجیحی جوڑے JSONL (TRL: prompt، chosen، rejected)</translation>
    </message>
    <message>
        <source>Rankings JSONL (Borda order, each annotator&apos;s ranking)</source>
        <translation>‏درجہ بندیاں JSONL (بورڈا ترتیب، ہر اینوٹیٹر کی درجہ بندی)</translation>
    </message>
    <message>
        <source>Criteria ratings CSV (each annotator&apos;s, and the median)</source>
        <translation>‏معیارات کے نمبر CSV (ہر اینوٹیٹر کے، اور وسطانیہ)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;</source>
        <translation>&apos;{value}&apos;</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>‏{first} اور {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
</context>
<context>
    <name>lead.workspace</name>
    <message>
        <source>Pick a project in Projects, or start a new one (Ctrl+N).</source>
        <translation>«پروجیکٹ» میں سے کوئی پروجیکٹ چنیں، یا نیا شروع کریں (Ctrl+N)۔</translation>
    </message>
</context>
</TS>
