<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>messages</name>
    <message>
        <source>This task server needs labeler {needed} or newer; this is {ours}. Ask your team lead for the new version.</source>
        <extracomment>What the workbench says (its interface words it from `needed`, `ours`, `download_url`).</extracomment>
        <translation>اس ٹاسک سرور کو labeler کا ورژن {needed} یا اس سے نیا چاہیے؛ آپ کے پاس {ours} ہے۔ نیا ورژن اپنے ٹیم لیڈ سے لیں۔</translation>
    </message>
    <message>
        <source>This task server needs labeler {needed} or newer; this is {ours}. Ask your team lead for the new version, or download it from {url}</source>
        <translation>اس ٹاسک سرور کو labeler کا ورژن {needed} یا اس سے نیا چاہیے؛ آپ کے پاس {ours} ہے۔ نیا ورژن اپنے ٹیم لیڈ سے لیں، یا یہاں سے ڈاؤن لوڈ کریں: {url}</translation>
    </message>
    <message>
        <source>The answer it corrects was refused: {reason}</source>
        <extracomment>Why a correction can never upload: the answer it corrects was refused (`reason`, the server&apos;s words); kept as the message code `refused_with`.</extracomment>
        <translation>جس جواب کی یہ اصلاح ہے وہ نامنظور ہو گیا: {reason}</translation>
    </message>
    <message>
        <source>This item was submitted already.</source>
        <extracomment>The entry this one replaces (an amendment), and the entry that replaced this one. When its answer was last corrected (an amendment, or a rewrite in place).</extracomment>
        <translation>یہ آئٹم پہلے ہی جمع کرایا جا چکا ہے۔</translation>
    </message>
    <message>
        <source>Sign in first: send Authorization: Bearer &lt;token&gt;.</source>
        <translation>پہلے سائن اِن کریں: Authorization: Bearer &lt;token&gt; بھیجیں۔</translation>
    </message>
    <message>
        <source>That token is not valid; sign in again.</source>
        <translation>یہ ٹوکن درست نہیں؛ دوبارہ سائن اِن کریں۔</translation>
    </message>
    <message>
        <source>This sign-in has expired; sign in again.</source>
        <translation>آپ کے سائن اِن کی میعاد ختم ہو گئی ہے؛ دوبارہ سائن اِن کریں۔</translation>
    </message>
    <message>
        <source>This account is disabled; ask an admin of this task server.</source>
        <translation>یہ اکاؤنٹ غیر فعال ہے؛ اس ٹاسک سرور کے ایڈمن سے بات کریں۔</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>یوزر نیم یا پاس ورڈ غلط ہے۔</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for this username; try again {when}. Sign-ins from other computers are not held back.</source>
        <translation>اس یوزر نیم سے بہت زیادہ ناکام سائن اِن ہوئے ہیں؛ {when} دوبارہ کوشش کریں۔ دوسرے کمپیوٹروں سے سائن اِن پر کوئی روک نہیں۔</translation>
    </message>
    <message>
        <source>Too many failed sign-ins from this address; try again {when}.</source>
        <translation>اس ایڈریس سے بہت زیادہ ناکام سائن اِن ہوئے ہیں؛ {when} دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The task server is busy with other sign-ins; try again {when}.</source>
        <translation>ٹاسک سرور ابھی دوسرے سائن اِن میں مصروف ہے؛ {when} دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this username; try again {when}.</source>
        <translation>اس یوزر نیم کے لیے بہت زیادہ غلط پاس ورڈ ڈالے گئے ہیں؛ {when} دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>موجودہ پاس ورڈ غلط ہے۔</translation>
    </message>
    <message>
        <source>This needs one of the roles: {roles}.</source>
        <translation>اس کے لیے ان میں سے کوئی ایک کردار چاہیے: {roles}۔</translation>
    </message>
    <message>
        <source>needs {min_accuracy} accuracy on {skill} over ≥ {min_gold} control items; you have no control items yet</source>
        <translation>کم از کم {min_gold} جانچ آئٹموں پر {skill} میں {min_accuracy} درستی چاہیے؛ آپ کے پاس ابھی کوئی جانچ آئٹم نہیں</translation>
    </message>
    <message>
        <source>needs {min_accuracy} accuracy on {skill} over ≥ {min_gold} control items; you have {accuracy} over {answered}</source>
        <translation>کم از کم {min_gold} جانچ آئٹموں پر {skill} میں {min_accuracy} درستی چاہیے؛ {answered} پر آپ کی درستی {accuracy} ہے</translation>
    </message>
    <message>
        <source>needs {min_accuracy} accuracy on {skill} over ≥ {min_gold} control items; you have {accuracy} over your last {window} of {answered}</source>
        <translation>کم از کم {min_gold} جانچ آئٹموں پر {skill} میں {min_accuracy} درستی چاہیے؛ آپ کے {answered} میں سے آخری {window} پر درستی {accuracy} ہے</translation>
    </message>
    <message>
        <source>This batch was released; lease a new one.</source>
        <translation>یہ بیچ واپس ہو چکا ہے؛ نیا بیچ لیں۔</translation>
    </message>
    <message>
        <source>No project with that id.</source>
        <translation>اس آئی ڈی کا کوئی پروجیکٹ نہیں۔</translation>
    </message>
    <message>
        <source>No batch with that id.</source>
        <translation>اس آئی ڈی کا کوئی بیچ نہیں۔</translation>
    </message>
    <message>
        <source>No item with that id.</source>
        <translation>اس آئی ڈی کا کوئی آئٹم نہیں۔</translation>
    </message>
    <message>
        <source>No submission with that id.</source>
        <translation>اس آئی ڈی کا کوئی جمع کرایا گیا جواب نہیں۔</translation>
    </message>
    <message>
        <source>That item is not in a batch of yours.</source>
        <translation>یہ آئٹم آپ کے کسی بیچ میں نہیں۔</translation>
    </message>
    <message>
        <source>You have already answered this item.</source>
        <translation>آپ اس آئٹم کا جواب پہلے ہی دے چکے ہیں۔</translation>
    </message>
    <message>
        <source>This item has all the answers it needs.</source>
        <translation>اس آئٹم کے لیے جتنے جواب چاہیے تھے، سب مل چکے ہیں۔</translation>
    </message>
    <message>
        <source>A submission with this id exists with another body; use a new id.</source>
        <translation>اس آئی ڈی سے ایک مختلف جواب پہلے ہی جمع ہے؛ نئی آئی ڈی استعمال کریں۔</translation>
    </message>
    <message>
        <source>The submission could not be stored; try again.</source>
        <translation>جواب محفوظ نہیں ہو سکا؛ دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The answer does not fit the schema.</source>
        <translation>یہ جواب پروجیکٹ کے اسکیما کے مطابق نہیں۔</translation>
    </message>
    <message>
        <source>The answer cannot be stored.</source>
        <translation>یہ جواب محفوظ نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>The lease on this item has ended (its batch expired or was released): its answer can no longer be changed.</source>
        <translation>اس آئٹم کی مہلت ختم ہو گئی ہے (اس کا بیچ ختم یا واپس ہو گیا): اب اس کا جواب بدلا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>This answer was reviewed already: it can no longer be changed.</source>
        <translation>اس جواب کا جائزہ ہو چکا ہے: اب اسے بدلا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>The answer to a control item cannot be changed once its verdict was shown.</source>
        <translation>جانچ آئٹم کا نتیجہ دکھا دیا جائے تو اس کا جواب بدلا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>This submission was corrected already: correct the newest correction.</source>
        <translation>اس جواب کی اصلاح پہلے ہی ہو چکی ہے: سب سے نئی اصلاح کو درست کریں۔</translation>
    </message>
    <message>
        <source>missed a control item</source>
        <translation>جانچ آئٹم غلط ہو گیا</translation>
    </message>
    <message>
        <source>Paid although it missed a control item: this project pays for every control item.</source>
        <translation>جانچ آئٹم غلط ہونے کے باوجود ادائیگی ہوئی: یہ پروجیکٹ ہر جانچ آئٹم کی ادائیگی کرتا ہے۔</translation>
    </message>
    <message>
        <source>You have already contested this verdict.</source>
        <translation>آپ اس نتیجے پر پہلے ہی اعتراض کر چکے ہیں۔</translation>
    </message>
    <message>
        <source>Only a failed gold verdict can be contested.</source>
        <translation>اعتراض صرف غلط ہونے والے جانچ آئٹم کے نتیجے پر ہو سکتا ہے۔</translation>
    </message>
    <message>
        <source>This item is no longer gold: its verdict does not count any more.</source>
        <translation>یہ آئٹم اب جانچ آئٹم نہیں رہا: اس کا نتیجہ اب شمار نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>You may still be the one to answer this item, so its gold and other annotators&apos; answers are hidden from you until you have answered it and your batch has ended.</source>
        <translation>ہو سکتا ہے اس آئٹم کا جواب آپ کو ہی دینا ہو، اس لیے اس کا درست جواب اور دوسرے اینوٹیٹرز کے جواب آپ سے اس وقت تک چھپے رہیں گے جب تک آپ جواب نہ دے دیں اور آپ کا بیچ ختم نہ ہو جائے۔</translation>
    </message>
    <message>
        <source>in a moment</source>
        <translation>تھوڑی دیر میں</translation>
    </message>
    <message>
        <source>in about 1 minute</source>
        <translation>تقریباً 1 منٹ بعد</translation>
    </message>
    <message>
        <source>in about {count} minutes</source>
        <translation>تقریباً {count} منٹ بعد</translation>
    </message>
    <message>
        <source>That submission is not in the outbox.</source>
        <extracomment>The active time spent on the item in all its submissions so far (an answer and the corrections that followed it).</extracomment>
        <translation>یہ جواب آؤٹ باکس میں نہیں۔</translation>
    </message>
    <message>
        <source>This answer was corrected already: correct the newest one.</source>
        <translation>اس جواب کی اصلاح پہلے ہی ہو چکی ہے: سب سے نئی اصلاح کو درست کریں۔</translation>
    </message>
    <message>
        <source>The task server was not called.</source>
        <translation>ٹاسک سرور سے رابطہ نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>The connection broke while the task server answered.</source>
        <translation>ٹاسک سرور کے جواب کے دوران کنکشن ٹوٹ گیا۔</translation>
    </message>
    <message>
        <source>The download ended early.</source>
        <translation>ڈاؤن لوڈ ادھورا رہ گیا۔</translation>
    </message>
</context>
</TS>
