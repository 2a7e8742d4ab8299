<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>AnalyticsPage</name>
    <message>
        <source>There is no project to show figures of yet.</source>
        <translation>ابھی کوئی پروجیکٹ نہیں جس کے اعداد دکھائے جائیں۔</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>تجزیہ</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>پروجیکٹ</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>پروجیکٹ:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازہ کریں</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>اینوٹیٹرز</translation>
    </message>
    <message>
        <source>Quality charts</source>
        <translation>معیار کے چارٹ</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>سوالات</translation>
    </message>
    <message>
        <source>Refresh the figures</source>
        <translation>اعداد تازہ کریں</translation>
    </message>
    <message>
        <source>Pick the project</source>
        <translation>پروجیکٹ چنیں</translation>
    </message>
    <message>
        <source>Pick the field of the confusion table</source>
        <translation>کنفیوژن میٹرکس کا سوال چنیں</translation>
    </message>
    <message>
        <source>Show {page}</source>
        <translation>‏{page} دکھائیں</translation>
    </message>
    <message>
        <source>Could not read the project list: {why}</source>
        <translation>پروجیکٹوں کی فہرست نہیں پڑھی جا سکی: {why}</translation>
    </message>
    <message>
        <source>Could not read the figures of {project}: {why} The figures shown are from before.</source>
        <translation>‏{project} کے اعداد نہیں پڑھے جا سکے: {why} دکھائے گئے اعداد پہلے کے ہیں۔</translation>
    </message>
    <message>
        <source>Could not read the figures of {project}: {why}</source>
        <translation>‏{project} کے اعداد نہیں پڑھے جا سکے: {why}</translation>
    </message>
    <message>
        <source>Pick a project to see its figures.</source>
        <translation>اعداد دیکھنے کے لیے کوئی پروجیکٹ چنیں۔</translation>
    </message>
    <message>
        <source>Nobody has submitted anything here yet.</source>
        <translation>یہاں ابھی کسی نے کچھ جمع نہیں کرایا۔</translation>
    </message>
    <message>
        <source>{user}: nothing that needs a look.</source>
        <translation>‏{user}: کچھ توجہ طلب نہیں۔</translation>
    </message>
    <message>
        <source>{user} needs a look: {why}</source>
        <translation>‏{user} توجہ طلب: {why}</translation>
    </message>
    <message>
        <source>Read the figures again</source>
        <translation>اعداد دوبارہ پڑھیں</translation>
    </message>
</context>
<context>
    <name>ConfusionPanel</name>
    <message>
        <source>Field</source>
        <translation>سوال</translation>
    </message>
    <message>
        <source>Confusion with gold, field:</source>
        <translation>گولڈ سے کنفیوژن، سوال:</translation>
    </message>
    <message>
        <source>Rows: what gold says · Columns: what annotators said</source>
        <translation>سطریں: گولڈ کا جواب · کالم: اینوٹیٹرز کا جواب</translation>
    </message>
    <message>
        <source>No choice, multichoice or rating field to compare with gold in this project.</source>
        <translation>اس پروجیکٹ میں گولڈ سے موازنے کے لیے کوئی انتخاب، کثیر انتخاب یا درجہ بندی والا سوال نہیں۔</translation>
    </message>
    <message>
        <source>Nobody has answered a gold item of this field yet.</source>
        <translation>ابھی کسی نے اس سوال کے کسی گولڈ آئٹم کا جواب نہیں دیا۔</translation>
    </message>
    <message>
        <source>{share} of {total} labels on gold items say what gold says.</source>
        <translation>گولڈ آئٹموں پر {total} میں سے {share} لیبل وہی ہیں جو گولڈ میں ہے۔</translation>
    </message>
    <message>
        <source>{share} of {total} answers on gold items say what gold says.</source>
        <translation>گولڈ آئٹموں پر {total} میں سے {share} جواب وہی ہیں جو گولڈ میں ہے۔</translation>
    </message>
    <message>
        <source>“{none}”: the label was left out.</source>
        <translation>‏“{none}”: لیبل نہیں دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Only accepted work earns: pending work earns once a reviewer accepts it; rejected work, skips and submissions the task server refused earn nothing.</source>
        <extracomment>Seconds after which showing the page reads the history again. The least height of a chart with its caption, and of a lower panel, in pixels: below it the page scrolls rather than squeeze them (Urdu&apos;s lines are much taller).</extracomment>
        <translation>آمدنی صرف قبول شدہ کام کی ہوتی ہے: زیرِ غور کام کی آمدنی جائزہ کار کے قبول کرنے پر ہو گی؛ مسترد کام، چھوڑے گئے آئٹم اور ٹاسک سرور کے نامنظور کیے ہوئے جواب پر کچھ نہیں ملتا۔</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ڈیش بورڈ</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>‏CSV ایکسپورٹ کریں…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازہ کریں</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>آئٹم</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>آمدنی</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>کام کے گھنٹے</translation>
    </message>
    <message>
        <source>Items per hour</source>
        <translation>آئٹم فی گھنٹہ</translation>
    </message>
    <message>
        <source>Per day, show</source>
        <translation>روزانہ، دکھائیں</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>مہارت</translation>
    </message>
    <message>
        <source>Per day:</source>
        <translation>روزانہ:</translation>
    </message>
    <message>
        <source>Gold accuracy in skill:</source>
        <translation>جانچ آئٹموں پر درستی، مہارت:</translation>
    </message>
    <message>
        <source>Your projects</source>
        <translation>آپ کے پروجیکٹ</translation>
    </message>
    <message>
        <source>Why work was rejected</source>
        <translation>کام کیوں مسترد ہوا</translation>
    </message>
    <message>
        <source>Read your history again</source>
        <translation>اپنی ہسٹری دوبارہ پڑھیں</translation>
    </message>
    <message>
        <source>Export your history as CSV…</source>
        <translation>اپنی ہسٹری CSV میں ایکسپورٹ کریں…</translation>
    </message>
    <message>
        <source>Per day: items, earnings, hours, pace</source>
        <translation>روزانہ: آئٹم، آمدنی، گھنٹے، رفتار</translation>
    </message>
    <message>
        <source>Pick the skill of the accuracy chart</source>
        <translation>درستی کے چارٹ کی مہارت چنیں</translation>
    </message>
    <message>
        <source>Go to your projects</source>
        <translation>اپنے پروجیکٹوں پر جائیں</translation>
    </message>
    <message>
        <source>Go to the rejection reasons</source>
        <translation>مسترد ہونے کی وجوہات پر جائیں</translation>
    </message>
    <message>
        <source>Your history is still being read; export once it is.</source>
        <translation>آپ کی ہسٹری ابھی پڑھی جا رہی ہے؛ مکمل ہونے پر ایکسپورٹ کریں۔</translation>
    </message>
    <message>
        <source>Export your history</source>
        <translation>اپنی ہسٹری ایکسپورٹ کریں</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>‏CSV فائلیں (*.csv)</translation>
    </message>
    <message>
        <source>Writing {count} submissions to {path}…</source>
        <translation>‏{count} جمع کرائے گئے جواب {path} میں لکھے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>Reading your history… {count} submissions</source>
        <translation>آپ کی ہسٹری پڑھی جا رہی ہے… {count} جمع کرائے گئے جواب</translation>
    </message>
    <message>
        <source>Reading your history…</source>
        <translation>آپ کی ہسٹری پڑھی جا رہی ہے…</translation>
    </message>
    <message>
        <source>Offline: showing what this workbench knows.</source>
        <translation>آف لائن: وہی دکھایا جا رہا ہے جو اس ورک بینچ کو معلوم ہے۔</translation>
    </message>
    <message>
        <source>Only your newest {count} submissions are counted.</source>
        <translation>صرف آپ کے تازہ ترین {count} جمع کرائے گئے جواب گنے گئے ہیں۔</translation>
    </message>
    <message>
        <source>Could not read your history: {why} The figures shown are from before.</source>
        <translation>آپ کی ہسٹری نہیں پڑھی جا سکی: {why} دکھائے گئے اعداد پہلے کے ہیں۔</translation>
    </message>
    <message>
        <source>Could not read your history: {why}</source>
        <translation>آپ کی ہسٹری نہیں پڑھی جا سکی: {why}</translation>
    </message>
    <message>
        <source>Wrote {count} submissions to {path}.</source>
        <translation>‏{count} جمع کرائے گئے جواب {path} میں لکھ دیے۔</translation>
    </message>
    <message>
        <source>Could not write {path}: {why}. Nothing was changed there.</source>
        <translation>‏{path} نہیں لکھی جا سکی: {why}۔ وہاں کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <source>Your history has not been read yet.</source>
        <translation>آپ کی ہسٹری ابھی پڑھی نہیں گئی۔</translation>
    </message>
    <message>
        <source>1 submission · read at {time}</source>
        <translation>1 جمع کرایا گیا جواب · {time} پر پڑھا</translation>
    </message>
    <message>
        <source>{count} submissions · read at {time}</source>
        <translation>‏{count} جمع کرائے گئے جواب · {time} پر پڑھے</translation>
    </message>
    <message>
        <source>Earnings ({currency})</source>
        <translation>آمدنی ({currency})</translation>
    </message>
    <message>
        <source>No gold answers yet: accuracy shows once you have some.</source>
        <translation>ابھی کوئی جانچ آئٹم نہیں: جانچ آئٹم کرنے کے بعد درستی یہاں دکھائی دے گی۔</translation>
    </message>
    <message>
        <source>your skills</source>
        <translation>آپ کی مہارتیں</translation>
    </message>
</context>
<context>
    <name>PoolCard</name>
    <message>
        <source>Next pool to unlock</source>
        <translation>اگلا کھلنے والا پول</translation>
    </message>
    <message>
        <source>Control items</source>
        <translation>جانچ آئٹم</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>درستی</translation>
    </message>
    <message>
        <source>Nothing locked</source>
        <translation>کچھ بند نہیں</translation>
    </message>
    <message>
        <source>Every private pool you can see is open to you.</source>
        <translation>آپ کو نظر آنے والے تمام نجی پول آپ کے لیے کھلے ہیں۔</translation>
    </message>
    <message>
        <source>Control items: {have} of {need} needed</source>
        <translation>جانچ آئٹم: درکار {need} میں سے {have}</translation>
    </message>
    <message>
        <source>Accuracy: {have} of the {bar} needed</source>
        <translation>درستی: {have}، درکار {bar}</translation>
    </message>
    <message>
        <source>Accuracy: none yet; {bar} needed</source>
        <translation>درستی: ابھی کوئی نہیں؛ درکار {bar}</translation>
    </message>
    <message>
        <source>The task server says: {reason}</source>
        <translation>ٹاسک سرور کے مطابق: {reason}</translation>
    </message>
</context>
<context>
    <name>ProjectTable</name>
    <message>
        <source>{passed} of {answered}</source>
        <translation>‏{answered} میں سے {passed}</translation>
    </message>
    <message>
        <source>{items} ({skips} skipped)</source>
        <translation>‏{items} ({skips} چھوڑے)</translation>
    </message>
</context>
<context>
    <name>Tiles</name>
    <message>
        <source>Items today</source>
        <translation>آج کے آئٹم</translation>
    </message>
    <message>
        <source>Active time today</source>
        <translation>آج کام کا وقت</translation>
    </message>
    <message>
        <source>Items per hour today</source>
        <translation>آج فی گھنٹہ آئٹم</translation>
    </message>
    <message>
        <source>Earned today</source>
        <translation>آج کی آمدنی</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>جائزے کے منتظر</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>‏{count} چھوڑے</translation>
    </message>
    <message>
        <source>none skipped</source>
        <translation>کوئی نہیں چھوڑا</translation>
    </message>
    <message>
        <source>nothing yet today</source>
        <translation>آج ابھی کچھ نہیں</translation>
    </message>
    <message>
        <source>since local midnight</source>
        <translation>آدھی رات سے (مقامی وقت)</translation>
    </message>
    <message>
        <source>over all your work: {pace}</source>
        <translation>آپ کے پورے کام پر: {pace}</translation>
    </message>
    <message>
        <source>no paid work yet</source>
        <translation>ابھی کوئی معاوضے والا کام نہیں</translation>
    </message>
    <message>
        <source>+ {amount} pending</source>
        <translation>‏+ {amount} زیرِ غور</translation>
    </message>
    <message>
        <source>accepted work</source>
        <translation>قبول شدہ کام</translation>
    </message>
    <message>
        <source>{amount} once accepted</source>
        <translation>قبول ہونے پر {amount}</translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>کچھ منتظر نہیں</translation>
    </message>
    <message>
        <source>{amount} not earned</source>
        <translation>‏{amount} نہیں ملے</translation>
    </message>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
</context>
<context>
    <name>analytics.annotators</name>
    <message>
        <source>Annotator</source>
        <extracomment>(title, tooltip) of each column.</extracomment>
        <translation>اینوٹیٹر</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>صارف نام</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>توجہ طلب</translation>
    </message>
    <message>
        <source>Why this annotator&apos;s work needs a look, in words</source>
        <translation>اس اینوٹیٹر کا کام کیوں توجہ طلب ہے</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>جوابات</translation>
    </message>
    <message>
        <source>Submissions to this project, skips included</source>
        <translation>اس پروجیکٹ میں جمع کرائے گئے جواب، چھوڑے گئے بھی شامل</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>گولڈ</translation>
    </message>
    <message>
        <source>Gold answers passed of those answered</source>
        <translation>جواب دیے گئے گولڈ آئٹموں میں سے درست</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>گولڈ درستی</translation>
    </message>
    <message>
        <source>Passed ÷ answered gold items</source>
        <translation>درست ÷ جواب دیے گئے گولڈ آئٹم</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95% وقفہ</translation>
    </message>
    <message>
        <source>Where the true gold accuracy lies, with 95 % confidence (Wilson)</source>
        <translation>اصل گولڈ درستی 95% یقین کے ساتھ اس حد میں ہے (Wilson)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>قبول شدہ</translation>
    </message>
    <message>
        <source>Accepted ÷ reviewed submissions</source>
        <translation>قبول شدہ ÷ جائزہ شدہ جواب</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>درمیانی وقت</translation>
    </message>
    <message>
        <source>Median active time per submission</source>
        <translation>ہر جواب پر کام کا درمیانی وقت</translation>
    </message>
    <message>
        <source>Too fast</source>
        <translation>بہت تیز</translation>
    </message>
    <message>
        <source>Submissions under the project&apos;s too-fast threshold</source>
        <translation>پروجیکٹ کی «بہت تیز» حد سے کم وقت میں دیے گئے جواب</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>سب سے لمبا سلسلہ</translation>
    </message>
    <message>
        <source>The longest streak of identical answers in a row</source>
        <translation>لگاتار یکساں جوابوں کا سب سے لمبا سلسلہ</translation>
    </message>
    <message>
        <source>Prefers A</source>
        <translation>A کو ترجیح</translation>
    </message>
    <message>
        <source>Of the preferences for a side (ties left out), the share for A, the candidate shown first; flagged from 20 preferences when an exact binomial test puts it away from half at p &lt; 0.01</source>
        <translation>کسی ایک طرف کی ترجیحات میں (برابر کے سوا) A کا حصہ، یعنی پہلے دکھایا گیا متبادل؛ 20 ترجیحات کے بعد نشان لگتا ہے جب بائنومیل ٹیسٹ اسے آدھے سے دور بتائے (p &lt; 0.01)</translation>
    </message>
    <message>
        <source>Prefers longer</source>
        <translation>لمبے کو ترجیح</translation>
    </message>
    <message>
        <source>Of the preferences between texts of different lengths, the share for the longer one (in characters); flagged as the share for A is</source>
        <translation>مختلف لمبائی کے متن کے بیچ ترجیحات میں لمبے متن (حروف میں) کا حصہ؛ نشان اسی اصول سے لگتا ہے جیسے A کے حصے پر</translation>
    </message>
    <message>
        <source>below bar</source>
        <extracomment>The position and length bias columns (shown for projects with a pairwise field). A flag&apos;s short word for the table, by its kind.</extracomment>
        <translation>حد سے نیچے</translation>
    </message>
    <message>
        <source>too fast</source>
        <translation>بہت تیز</translation>
    </message>
    <message>
        <source>same answers</source>
        <translation>یکساں جواب</translation>
    </message>
    <message>
        <source>prefers A</source>
        <extracomment>A position or length flag&apos;s word, by the client&apos;s English word for it.</extracomment>
        <translation>A کو ترجیح</translation>
    </message>
    <message>
        <source>prefers B</source>
        <translation>B کو ترجیح</translation>
    </message>
    <message>
        <source>prefers longer</source>
        <translation>لمبے کو ترجیح</translation>
    </message>
    <message>
        <source>prefers shorter</source>
        <translation>چھوٹے کو ترجیح</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <extracomment>The row&apos;s AnnotatorFigures. What a column sorts by.</extracomment>
        <translation>‏{seconds} سیکنڈ</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>‏{minutes} منٹ {seconds} سیکنڈ</translation>
    </message>
    <message>
        <source>Gold accuracy {low}–{high} (95 % interval over {answered}) is entirely below the {bar} requirement.</source>
        <translation>گولڈ درستی {low}–{high} ({answered} پر 95% وقفہ) پوری کی پوری {bar} کی شرط سے نیچے ہے۔</translation>
    </message>
    <message>
        <source>{fast} of {submissions} submissions ({share}) were faster than the too-fast threshold.</source>
        <translation>‏{submissions} میں سے {fast} جواب ({share}) «بہت تیز» کی حد سے بھی جلدی دیے گئے۔</translation>
    </message>
    <message>
        <source>{field}: prefers {side} in {count} of {total} preferences ({share}); an exact binomial test gives p = {p}.</source>
        <translation>{field}: {total} میں سے {count} ترجیحات میں {side} کو ترجیح ({share})؛ بائنومیل ٹیسٹ p = {p} دیتا ہے۔</translation>
    </message>
    <message>
        <source>{field}: prefers the longer answer in {count} of {total} preferences ({share}); an exact binomial test gives p = {p}.</source>
        <translation>{field}: {total} میں سے {count} ترجیحات میں لمبے جواب کو ترجیح ({share})؛ بائنومیل ٹیسٹ p = {p} دیتا ہے۔</translation>
    </message>
    <message>
        <source>{field}: prefers the shorter answer in {count} of {total} preferences ({share}); an exact binomial test gives p = {p}.</source>
        <translation>{field}: {total} میں سے {count} ترجیحات میں چھوٹے جواب کو ترجیح ({share})؛ بائنومیل ٹیسٹ p = {p} دیتا ہے۔</translation>
    </message>
    <message>
        <source>{count} identical answers in a row.</source>
        <translation>لگاتار {count} یکساں جواب۔</translation>
    </message>
    <message>
        <source>{share} of {total}</source>
        <translation>‏{total} میں سے {share}</translation>
    </message>
    <message>
        <source>{passed} of {answered}</source>
        <translation>‏{answered} میں سے {passed}</translation>
    </message>
    <message>
        <source>{low}–{high}</source>
        <translation>{low}–{high}</translation>
    </message>
    <message>
        <source>{share} of {decided}</source>
        <translation>‏{decided} میں سے {share}</translation>
    </message>
</context>
<context>
    <name>analytics.charts</name>
    <message>
        <source>1 annotator</source>
        <extracomment>The mark after a name whose whole interval lies below the requirement. Counts in words, one and more than one, by what is counted.</extracomment>
        <translation>1 اینوٹیٹر</translation>
    </message>
    <message>
        <source>{count} annotators</source>
        <translation>‏{count} اینوٹیٹرز</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 آئٹم</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>‏{count} آئٹم</translation>
    </message>
    <message>
        <source>1 submission</source>
        <translation>1 جمع کرایا گیا جواب</translation>
    </message>
    <message>
        <source>{count} submissions</source>
        <translation>‏{count} جمع کرائے گئے جواب</translation>
    </message>
    <message>
        <source>Gold accuracy per annotator (95 % interval)</source>
        <translation>ہر اینوٹیٹر کی گولڈ درستی (95% وقفہ)</translation>
    </message>
    <message>
        <source>No annotator has answered a gold item in this project yet.</source>
        <translation>اس پروجیکٹ میں ابھی کسی اینوٹیٹر نے گولڈ آئٹم کا جواب نہیں دیا۔</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95% وقفہ</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>گولڈ درستی</translation>
    </message>
    <message>
        <source>1 annotator with gold answers, lowest accuracy first.</source>
        <translation>گولڈ جوابوں والا 1 اینوٹیٹر۔</translation>
    </message>
    <message>
        <source>{count} annotators with gold answers, lowest accuracy first.</source>
        <translation>گولڈ جوابوں والے {count} اینوٹیٹرز، سب سے کم درستی پہلے۔</translation>
    </message>
    <message>
        <source>Requirement {bar}</source>
        <translation>شرط {bar}</translation>
    </message>
    <message>
        <source>1 is entirely below the requirement (red, marked {mark}): not bad luck.</source>
        <translation>1 اینوٹیٹر پوری طرح شرط سے نیچے ہے (سرخ، {mark} کا نشان): یہ محض بدقسمتی نہیں۔</translation>
    </message>
    <message>
        <source>{count} are entirely below the requirement (red, marked {mark}): not bad luck.</source>
        <translation>‏{count} اینوٹیٹرز پوری طرح شرط سے نیچے ہیں (سرخ، {mark} کا نشان): یہ محض بدقسمتی نہیں۔</translation>
    </message>
    <message>
        <source>Nobody is entirely below the requirement.</source>
        <translation>کوئی بھی پوری طرح شرط سے نیچے نہیں۔</translation>
    </message>
    <message>
        <source>This project has no requirement to compare with.</source>
        <translation>اس پروجیکٹ کی کوئی شرط نہیں جس سے موازنہ ہو۔</translation>
    </message>
    <message>
        <source>Median active time per annotator</source>
        <translation>ہر اینوٹیٹر کا درمیانی کام کا وقت</translation>
    </message>
    <message>
        <source>No submissions yet.</source>
        <translation>ابھی کوئی جواب جمع نہیں ہوا۔</translation>
    </message>
    <message>
        <source>At or above the threshold</source>
        <translation>حد کے برابر یا زیادہ</translation>
    </message>
    <message>
        <source>Under the too-fast threshold</source>
        <translation>«بہت تیز» کی حد سے کم</translation>
    </message>
    <message>
        <source>%.1f s</source>
        <translation>%.1f</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>سیکنڈ</translation>
    </message>
    <message>
        <source>Too fast: under {seconds} s</source>
        <translation>بہت تیز: {seconds} سیکنڈ سے کم</translation>
    </message>
    <message>
        <source>Too fast means under {seconds} s, a quarter of the project&apos;s median (2 s at least).</source>
        <translation>«بہت تیز» کا مطلب ہے {seconds} سیکنڈ سے کم، یعنی پروجیکٹ کے درمیانی وقت کا چوتھائی (کم از کم 2 سیکنڈ)۔</translation>
    </message>
    <message>
        <source>One annotator typically answers faster than that.</source>
        <translation>ایک اینوٹیٹر عموماً اس سے بھی جلدی جواب دیتا ہے۔</translation>
    </message>
    <message>
        <source>{count} annotators typically answer faster than that.</source>
        <translation>‏{count} اینوٹیٹرز عموماً اس سے بھی جلدی جواب دیتے ہیں۔</translation>
    </message>
    <message>
        <source>good</source>
        <extracomment>Agreement in words (Krippendorff&apos;s usual bars, used for every metric). Each level as the chart says it.</extracomment>
        <translation>اچھا</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>غیر یقینی</translation>
    </message>
    <message>
        <source>low</source>
        <translation>کم</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <extracomment>The agreement metrics the task server names, in words.</extracomment>
        <translation>‏Krippendorff کا الفا</translation>
    </message>
    <message>
        <source>mean pairwise 1 − WER</source>
        <translation>جوڑوں کا اوسط 1 − WER</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (ordinal)</source>
        <translation>‏Krippendorff کا الفا (درجہ وار)</translation>
    </message>
    <message>
        <source>Kendall&apos;s W</source>
        <translation>‏Kendall کا W</translation>
    </message>
    <message>
        <source>mean pairwise share of equal keys</source>
        <translation>جوڑوں میں یکساں خانوں کا اوسط حصہ</translation>
    </message>
    <message>
        <source>mean pairwise Jaccard</source>
        <translation>جوڑوں کا اوسط Jaccard</translation>
    </message>
    <message>
        <source>mean pairwise Kendall&apos;s tau</source>
        <translation>جوڑوں کا اوسط Kendall کا tau</translation>
    </message>
    <message>
        <source>mean pairwise {measure}</source>
        <translation>جوڑوں کا اوسط {measure}</translation>
    </message>
    <message>
        <source>Agreement per field</source>
        <translation>ہر سوال پر اتفاق</translation>
    </message>
    <message>
        <source>No item has two answers yet, so there is no agreement to show.</source>
        <translation>ابھی کسی آئٹم کے دو جواب نہیں، اس لیے دکھانے کو کوئی اتفاق نہیں۔</translation>
    </message>
    <message>
        <source>Good (≥ 0.8)</source>
        <translation>اچھا (0.8 یا زیادہ)</translation>
    </message>
    <message>
        <source>Tentative (0.667 to 0.8)</source>
        <translation>غیر یقینی (0.667 سے 0.8)</translation>
    </message>
    <message>
        <source>Low (under 0.667)</source>
        <translation>کم (0.667 سے نیچے)</translation>
    </message>
    <message>
        <source>1 is perfect agreement; 0 is what chance gives (alpha), or no overlap at all (F1).</source>
        <translation>1 مکمل اتفاق ہے؛ 0 وہ ہے جو اندھے اندازے سے ملتا ہے (الفا)، یا بالکل کوئی میل نہیں (F1)۔</translation>
    </message>
    <message>
        <source>Measured by {metrics}.</source>
        <translation>پیمانہ: {metrics}۔</translation>
    </message>
    <message>
        <source>Below 0: annotators disagree more than chance would.</source>
        <translation>0 سے نیچے: اینوٹیٹرز اندھے اندازے سے بھی زیادہ اختلاف کرتے ہیں۔</translation>
    </message>
    <message>
        <source>Not yet measured (no item with two answers): {fields}.</source>
        <translation>ابھی نہیں ناپا گیا (کسی آئٹم کے دو جواب نہیں): {fields}۔</translation>
    </message>
</context>
<context>
    <name>analytics.confusion</name>
    <message>
        <source>choice</source>
        <extracomment>The kinds of field with a matrix, as the picker names them.</extracomment>
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
        <source>(none)</source>
        <translation>(کوئی نہیں)</translation>
    </message>
    <message>
        <source>Gold says “{expected}”, annotators said “{given}”: {count} ({share} of the answers to gold “{expected}”)</source>
        <translation>گولڈ: “{expected}”، اینوٹیٹرز: “{given}”: {count} (گولڈ “{expected}” والے جوابوں کا {share})</translation>
    </message>
    <message>
        <source>Gold says “{expected}”, annotators said “{given}”: {count}</source>
        <translation>گولڈ: “{expected}”، اینوٹیٹرز: “{given}”: {count}</translation>
    </message>
    <message>
        <source>gold: {label}</source>
        <translation>گولڈ: {label}</translation>
    </message>
</context>
<context>
    <name>analytics.page</name>
    <message>
        <source>{done} of 1 item done</source>
        <translation>1 میں سے {done} آئٹم مکمل</translation>
    </message>
    <message>
        <source>{done} of {total} items done</source>
        <translation>‏{total} میں سے {done} آئٹم مکمل</translation>
    </message>
    <message>
        <source>median active time {time}</source>
        <translation>درمیانی کام کا وقت {time}</translation>
    </message>
    <message>
        <source>too fast: under {time}</source>
        <translation>بہت تیز: {time} سے کم</translation>
    </message>
    <message>
        <source>requirement {bar}</source>
        <translation>شرط {bar}</translation>
    </message>
    <message>
        <source>no requirement</source>
        <translation>کوئی شرط نہیں</translation>
    </message>
</context>
<context>
    <name>analytics.proposals</name>
    <message>
        <source>No answers yet to items with a proposed “{field}”.</source>
        <translation>جن آئٹموں میں «{field}» تجویز کیا گیا ہے، ان کا ابھی کوئی جواب نہیں آیا۔</translation>
    </message>
    <message>
        <source>Annotators kept the proposed “{field}” in its 1 answer.</source>
        <translation>اینوٹیٹرز نے تجویز کردہ «{field}» کو اس کے واحد جواب میں ویسا ہی رکھا۔</translation>
    </message>
    <message>
        <source>Annotators kept the proposed “{field}” as it was in all {count} answers.</source>
        <translation>اینوٹیٹرز نے تجویز کردہ «{field}» کو تمام {count} جوابوں میں ویسا ہی رکھا۔</translation>
    </message>
    <message>
        <source>Annotators changed the proposed “{field}” in its 1 answer.</source>
        <translation>اینوٹیٹرز نے تجویز کردہ «{field}» کو اس کے واحد جواب میں بدلا۔</translation>
    </message>
    <message>
        <source>Annotators changed the proposed “{field}” in {share} of {count} answers.</source>
        <translation>اینوٹیٹرز نے تجویز کردہ «{field}» کو {count} میں سے {share} جوابوں میں بدلا۔</translation>
    </message>
    <message>
        <source>Annotators changed the proposed “{field}” in its 1 answer; by {change} ({measure}).</source>
        <translation>اینوٹیٹرز نے تجویز کردہ «{field}» کو اس کے واحد جواب میں بدلا؛ {change} تک ({measure})۔</translation>
    </message>
    <message>
        <source>Annotators changed the proposed “{field}” in {share} of {count} answers; by {change} on average ({measure}).</source>
        <translation>اینوٹیٹرز نے تجویز کردہ «{field}» کو {count} میں سے {share} جوابوں میں بدلا؛ اوسطاً {change} تک ({measure})۔</translation>
    </message>
    <message>
        <source>1 − F1 of the boxes matched by IoU</source>
        <translation>IoU سے ملائے گئے باکسوں کے F1 کی کمی، یعنی ⁦1 − F1⁩</translation>
    </message>
    <message>
        <source>1 − F1 of the outlines matched by IoU</source>
        <translation>IoU سے ملائے گئے خاکوں کے F1 کی کمی، یعنی ⁦1 − F1⁩</translation>
    </message>
    <message>
        <source>1 − F1 of the points matched by distance</source>
        <translation>فاصلے سے ملائے گئے نقطوں کے F1 کی کمی، یعنی ⁦1 − F1⁩</translation>
    </message>
    <message>
        <source>1 − F1 of the spans</source>
        <translation>ٹکڑوں کے F1 کی کمی، یعنی ⁦1 − F1⁩</translation>
    </message>
    <message>
        <source>1 − F1 of the segments matched by IoU</source>
        <translation>IoU سے ملائے گئے حصوں کے F1 کی کمی، یعنی ⁦1 − F1⁩</translation>
    </message>
    <message>
        <source>share of labels added or removed, 1 − Jaccard</source>
        <translation>جوڑے یا ہٹائے گئے لیبلوں کا تناسب، یعنی ⁦1 − Jaccard⁩</translation>
    </message>
    <message>
        <source>distance as a share of the scale</source>
        <translation>پیمانے کے تناسب سے فاصلہ</translation>
    </message>
    <message>
        <source>word error rate</source>
        <translation>الفاظ کی غلطی کی شرح (WER)</translation>
    </message>
    <message>
        <source>1 − similarity: 0 kept as proposed, 1 redone whole</source>
        <translation>مشابہت کی کمی: 0 یعنی تجویز جیسا رکھا، 1 یعنی پورا نئے سرے سے</translation>
    </message>
</context>
<context>
    <name>dashboard.charts</name>
    <message>
        <source>{first} to today, {today}</source>
        <extracomment>Days the per-day chart shows (ending today).</extracomment>
        <translation>‏{first} سے آج، {today} تک</translation>
    </message>
    <message>
        <source>{day}: no work</source>
        <translation>‏{day}: کوئی کام نہیں</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 آئٹم</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>‏{count} آئٹم</translation>
    </message>
    <message>
        <source>{items}, {skips} skipped</source>
        <translation>‏{items}، {skips} چھوڑے</translation>
    </message>
    <message>
        <source>{time} active, {pace} items per hour</source>
        <translation>کام کا وقت {time}، {pace} آئٹم فی گھنٹہ</translation>
    </message>
    <message>
        <source>{approved} approved, {pending} pending, {rejected} rejected</source>
        <translation>‏{approved} منظور شدہ، {pending} زیرِ غور، {rejected} مسترد</translation>
    </message>
    <message>
        <source>{earned} earned, {pending} pending</source>
        <translation>‏{earned} آمدنی، {pending} زیرِ غور</translation>
    </message>
    <message>
        <source>Earnings per day ({currency})</source>
        <translation>روزانہ آمدنی ({currency})</translation>
    </message>
    <message>
        <source>Items per day</source>
        <translation>روزانہ آئٹم</translation>
    </message>
    <message>
        <source>No paid work yet: nothing to show in money.</source>
        <translation>ابھی کوئی معاوضے والا کام نہیں: رقم میں دکھانے کو کچھ نہیں۔</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>منظور شدہ</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>زیرِ غور</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>سرور نے نامنظور کیا</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>آئٹم</translation>
    </message>
    <message>
        <source>The last {days} days; you worked on {worked} of them.</source>
        <translation>پچھلے {days} دن؛ ان میں سے {worked} دن آپ نے کام کیا۔</translation>
    </message>
    <message>
        <source>No work in the last {days} days.</source>
        <translation>پچھلے {days} دنوں میں کوئی کام نہیں۔</translation>
    </message>
    <message>
        <source>Active hours per day</source>
        <translation>روزانہ کام کے گھنٹے</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>کام کے گھنٹے</translation>
    </message>
    <message>
        <source>Items per hour, per day</source>
        <translation>روزانہ فی گھنٹہ آئٹم</translation>
    </message>
    <message>
        <source>Items per hour</source>
        <translation>آئٹم فی گھنٹہ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>گھنٹے</translation>
    </message>
    <message>
        <source>Items/h</source>
        <translation>آئٹم فی گھنٹہ</translation>
    </message>
    <message>
        <source>No active time in the last {days} days.</source>
        <translation>پچھلے {days} دنوں میں کام کا کوئی وقت نہیں۔</translation>
    </message>
    <message>
        <source>{time} active over 1 day; {pace} items per hour overall.</source>
        <translation>1 دن میں کام کا وقت {time}؛ مجموعی طور پر {pace} آئٹم فی گھنٹہ۔</translation>
    </message>
    <message>
        <source>{time} active over {days} days; {pace} items per hour overall.</source>
        <translation>‏{days} دنوں میں کام کا وقت {time}؛ مجموعی طور پر {pace} آئٹم فی گھنٹہ۔</translation>
    </message>
    <message>
        <source>Gold accuracy over time: {skill}</source>
        <translation>جانچ آئٹموں پر درستی، وقت کے ساتھ: {skill}</translation>
    </message>
    <message>
        <source>No gold answers in {skill} yet.</source>
        <translation>‏{skill} میں ابھی کوئی جانچ آئٹم نہیں۔</translation>
    </message>
    <message>
        <source>Accuracy over your newest 50</source>
        <translation>آپ کے تازہ ترین 50 پر درستی</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>غلط</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>درستی</translation>
    </message>
    <message>
        <source>Now {accuracy} over your newest {count}.</source>
        <translation>اب آپ کے تازہ ترین {count} پر درستی {accuracy} ہے۔</translation>
    </message>
    <message>
        <source>Requirement: {bar}</source>
        <translation>شرط: {bar}</translation>
    </message>
    <message>
        <source>{pool} needs {bar}.</source>
        <translation>‏{pool} کے لیے {bar} درکار ہے۔</translation>
    </message>
    <message>
        <source>The pool needs {bar}.</source>
        <translation>پول کے لیے {bar} درکار ہے۔</translation>
    </message>
</context>
<context>
    <name>dashboard.panels</name>
    <message>
        <source>Project</source>
        <translation>پروجیکٹ</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>آئٹم</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>Items/h</source>
        <translation>فی گھنٹہ</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>منظور</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>زیرِ غور</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>جانچ</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>پروجیکٹ</translation>
    </message>
    <message>
        <source>Submissions, skips included</source>
        <translation>جمع کرائے گئے جواب، چھوڑے گئے بھی شامل</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>کام کا وقت</translation>
    </message>
    <message>
        <source>Items per hour of active time</source>
        <translation>کام کے ہر گھنٹے میں آئٹم</translation>
    </message>
    <message>
        <source>Earned: accepted work</source>
        <translation>آمدنی: قبول شدہ کام</translation>
    </message>
    <message>
        <source>Earns once a reviewer accepts it</source>
        <translation>جائزہ کار کے قبول کرنے پر آمدنی ہو گی</translation>
    </message>
    <message>
        <source>Rejected submissions</source>
        <translation>مسترد جواب</translation>
    </message>
    <message>
        <source>Gold answers passed of those answered</source>
        <translation>جواب دیے گئے جانچ آئٹموں میں سے درست</translation>
    </message>
    <message>
        <source>you have no control items yet</source>
        <extracomment>Where a rejection&apos;s reason is translated: the review&apos;s reject dialog marks its reasons, and a missed control item&apos;s, under its class&apos;s name; &quot;Other&quot; is the shared dialog&apos;s. (As `labeler.ui.review.reject.reason_words`, without loading the review here.)</extracomment>
        <translation>آپ کے پاس ابھی کوئی جانچ آئٹم نہیں</translation>
    </message>
    <message>
        <source>you are at {accuracy} over your last {window} of {answered}</source>
        <translation>آپ کے {answered} میں سے آخری {window} پر درستی {accuracy} ہے</translation>
    </message>
    <message>
        <source>you are at {accuracy} over {answered}</source>
        <translation>‏{answered} پر آپ کی درستی {accuracy} ہے</translation>
    </message>
    <message>
        <source>You meet it now ({have}); refresh the project list.</source>
        <translation>آپ اب یہ شرط پوری کرتے ہیں ({have})؛ پروجیکٹوں کی فہرست تازہ کریں۔</translation>
    </message>
    <message>
        <source>About 1 more control item, all passed, to reach ≥ {bar}; {have}.</source>
        <translation>کم از کم {bar} تک پہنچنے کے لیے تقریباً 1 اور جانچ آئٹم درست کرنا ہو گا؛ {have}۔</translation>
    </message>
    <message>
        <source>1 more control item, all passed, to reach ≥ {bar}; {have}.</source>
        <translation>کم از کم {bar} تک پہنچنے کے لیے 1 اور جانچ آئٹم درست کرنا ہو گا؛ {have}۔</translation>
    </message>
    <message>
        <source>About {count} more control items, all passed, to reach ≥ {bar}; {have}.</source>
        <translation>کم از کم {bar} تک پہنچنے کے لیے تقریباً {count} اور جانچ آئٹم، سب درست، کرنے ہوں گے؛ {have}۔</translation>
    </message>
    <message>
        <source>{count} more control items, all passed, to reach ≥ {bar}; {have}.</source>
        <translation>کم از کم {bar} تک پہنچنے کے لیے {count} اور جانچ آئٹم، سب درست، کرنے ہوں گے؛ {have}۔</translation>
    </message>
    <message>
        <source>1 more control item at ≥ {bar}; {have}.</source>
        <translation>کم از کم {bar} درستی کے ساتھ 1 اور جانچ آئٹم؛ {have}۔</translation>
    </message>
    <message>
        <source>{count} more control items at ≥ {bar}; {have}.</source>
        <translation>کم از کم {bar} درستی کے ساتھ {count} اور جانچ آئٹم؛ {have}۔</translation>
    </message>
    <message>
        <source>Nothing of yours was rejected.</source>
        <translation>آپ کا کوئی کام مسترد نہیں ہوا۔</translation>
    </message>
    <message>
        <source>{reason} — once, last {when}</source>
        <translation>‏{reason} — ایک بار، آخری بار {when}</translation>
    </message>
    <message>
        <source>{reason} — {count} times, last {when}</source>
        <translation>‏{reason} — {count} بار، آخری بار {when}</translation>
    </message>
    <message>
        <source>Each one&apos;s hint and expected answer are in History.</source>
        <translation>ہر ایک کا اشارہ اور متوقع جواب ہسٹری میں ہے۔</translation>
    </message>
    <message>
        <source>No comment was given.</source>
        <translation>کوئی تبصرہ نہیں دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>dashboard.tiles</name>
    <message>
        <source>{seconds} s</source>
        <translation>‏{seconds} سیکنڈ</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>‏{minutes} منٹ</translation>
    </message>
    <message>
        <source>1 h {minutes} min</source>
        <translation>1 گھنٹہ {minutes} منٹ</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>‏{hours} گھنٹے {minutes} منٹ</translation>
    </message>
</context>
</TS>
