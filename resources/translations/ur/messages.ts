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
        <source>You cannot review your own submission.</source>
        <translation>آپ اپنے جمع کرائے گئے جواب کا جائزہ نہیں لے سکتے۔</translation>
    </message>
    <message>
        <source>Its annotator replaced this answer with a correction: review the correction.</source>
        <translation>اینوٹیٹر نے یہ جواب اصلاح سے بدل دیا ہے: اصلاح کا جائزہ لیں۔</translation>
    </message>
    <message>
        <source>This contest is already upheld.</source>
        <translation>یہ اعتراض پہلے ہی مان لیا گیا ہے۔</translation>
    </message>
    <message>
        <source>This contest is already dismissed.</source>
        <translation>یہ اعتراض پہلے ہی رد کیا جا چکا ہے۔</translation>
    </message>
    <message>
        <source>The file is not an image (JPEG, PNG, WebP, BMP, TIFF, GIF) or audio (WAV, FLAC, OGG Vorbis/Opus, MP3) that can be decoded.</source>
        <translation>یہ فائل نہ کوئی ایسی تصویر ہے (JPEG، PNG، WebP، BMP، TIFF، GIF) اور نہ ایسی آڈیو (WAV، FLAC، OGG Vorbis/Opus، MP3) جو کھولی جا سکے۔</translation>
    </message>
    <message>
        <source>The image has too many pixels to decode safely.</source>
        <translation>تصویر میں اتنے پکسل ہیں کہ اسے محفوظ طریقے سے کھولا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>The image is corrupt or truncated.</source>
        <translation>تصویر خراب ہے یا ادھوری ہے۔</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>تصویر خالی ہے۔</translation>
    </message>
    <message>
        <source>The image has {pixels} pixels ({width} × {height}); a {format} image may have at most {limit}. Scale it down, or send it as a JPEG (up to {jpeg_limit} pixels).</source>
        <translation>تصویر میں {pixels} پکسل ہیں ({width} × {height})؛ {format} تصویر میں زیادہ سے زیادہ {limit} ہو سکتے ہیں۔ اسے چھوٹا کریں، یا JPEG بنا کر بھیجیں ({jpeg_limit} پکسل تک)۔</translation>
    </message>
    <message>
        <source>Audio in {format} format is not accepted; use WAV, FLAC, OGG or MP3.</source>
        <translation>{format} فارمیٹ کی آڈیو قبول نہیں؛ WAV، FLAC، OGG یا MP3 استعمال کریں۔</translation>
    </message>
    <message>
        <source>The audio file holds no sound.</source>
        <translation>آڈیو فائل میں کوئی آواز نہیں۔</translation>
    </message>
    <message>
        <source>The audio cannot be decoded.</source>
        <translation>آڈیو کھولی نہیں جا سکی۔</translation>
    </message>
    <message>
        <source>The file is larger than {limit} bytes.</source>
        <translation>فائل {limit} بائٹ سے بڑی ہے۔</translation>
    </message>
    <message>
        <source>The project id &apos;{id}&apos; is taken.</source>
        <translation>پروجیکٹ id ‘{id}’ پہلے سے استعمال میں ہے۔</translation>
    </message>
    <message>
        <source>The project id &apos;{id}&apos; is taken; try again.</source>
        <translation>پروجیکٹ id ‘{id}’ پہلے سے استعمال میں ہے؛ دوبارہ کوشش کریں۔</translation>
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
        <extracomment>The active time the item&apos;s answer took: its first submission&apos;s (with a rewrite in place, which adds to it), not the corrections sent after it, which keep their own.</extracomment>
        <translation>یہ جواب آؤٹ باکس میں نہیں۔</translation>
    </message>
    <message>
        <source>This answer was corrected already: correct the newest one.</source>
        <translation>اس جواب کی اصلاح پہلے ہی ہو چکی ہے: سب سے نئی اصلاح کو درست کریں۔</translation>
    </message>
    <message>
        <source>Not a URL the workbench can fetch: {url}</source>
        <translation>ایسا پتا نہیں جسے ورک بینچ ڈاؤن لوڈ کر سکے: {url}</translation>
    </message>
    <message>
        <source>The request body is not JSON: {error}</source>
        <translation>درخواست کا مواد JSON نہیں: {error}</translation>
    </message>
    <message>
        <source>The task server offered {size} bytes for {url}.</source>
        <translation>ٹاسک سرور نے {url} کے لیے {size} بائٹ بھیجنے کی پیشکش کی۔</translation>
    </message>
    <message>
        <source>The task server sent too many bytes for {url}.</source>
        <translation>ٹاسک سرور نے {url} کے لیے حد سے زیادہ بائٹ بھیجے۔</translation>
    </message>
    <message>
        <source>The task server sent an answer over {limit} bytes.</source>
        <translation>ٹاسک سرور نے {limit} بائٹ سے بڑا جواب بھیجا۔</translation>
    </message>
    <message>
        <source>The task server was not called.</source>
        <translation>ٹاسک سرور سے رابطہ نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>The task server cannot be reached ({reason}).</source>
        <translation>ٹاسک سرور نہیں مل رہا ({reason})۔</translation>
    </message>
    <message>
        <source>The connection broke while the task server answered.</source>
        <translation>ٹاسک سرور کے جواب کے دوران کنکشن ٹوٹ گیا۔</translation>
    </message>
    <message>
        <source>The download ended early.</source>
        <translation>ڈاؤن لوڈ ادھورا رہ گیا۔</translation>
    </message>
    <message>
        <source>The connection broke during a download ({reason}).</source>
        <translation>ڈاؤن لوڈ کے دوران رابطہ ٹوٹ گیا ({reason})۔</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>وقت ختم ہو گیا</translation>
    </message>
    <message>
        <source>connection refused</source>
        <extracomment>A connection&apos;s failure as `requests` says it -&gt; how an offline message says it.</extracomment>
        <translation>رابطہ رد ہوا</translation>
    </message>
    <message>
        <source>name or service not known</source>
        <translation>سرور کا پتا نہیں ملا</translation>
    </message>
    <message>
        <source>no route to host</source>
        <translation>سرور تک راستہ نہیں ملا</translation>
    </message>
    <message>
        <source>answer must be an object, not {type}</source>
        <extracomment>Boxes, polygons and points may overhang the image by this many pixels. Segments may end this many seconds past the known duration (players round it).</extracomment>
        <translation>جواب JSON آبجیکٹ ہونا چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>یہ سوال اسکیما میں نہیں</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ضروری ہے</translation>
    </message>
    <message>
        <source>must be a label (a string), not {type}</source>
        <extracomment>Kinds whose answers are checked against the item&apos;s `data` (its candidates, its record).</extracomment>
        <translation>لیبل (متن) ہونا چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>unknown label {label}</source>
        <translation>لیبل {label} اس سوال میں نہیں</translation>
    </message>
    <message>
        <source>label {label} is chosen twice</source>
        <translation>لیبل {label} دو بار چنا گیا ہے</translation>
    </message>
    <message>
        <source>must be an integer, not {type}</source>
        <translation>پورا عدد ہونا چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>must be from {min} to {max}</source>
        <translation>{min} سے {max} تک ہونا چاہیے</translation>
    </message>
    <message>
        <source>must be at most {limit} characters, not {count}</source>
        <translation>زیادہ سے زیادہ {limit} حروف ہونے چاہییں، {count} نہیں</translation>
    </message>
    <message>
        <source>must be a list, not {type}</source>
        <translation>فہرست ہونی چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>holds {count} entries; at most {max_count} allowed</source>
        <translation>اس میں {count} اندراج ہیں؛ زیادہ سے زیادہ {max_count} کی اجازت ہے</translation>
    </message>
    <message>
        <source>must be an object, not {type}</source>
        <extracomment>The longest value a record field&apos;s answer gives a key.
----------
Metrics a field of each kind may use; the first is the default. Default pass threshold of each kind. Parameters each metric takes, with their defaults. How a pairwise gold scores a tie against a side (`tie`): nothing, or half. The rule of a kind gold does not score (a rationale): no metric, never scored.</extracomment>
        <translation>JSON آبجیکٹ ہونا چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>یہ خانہ یہاں نہیں ہوتا</translation>
    </message>
    <message>
        <source>must be a finite number, not {type}</source>
        <translation>عدد ہونا چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>lies outside the image</source>
        <translation>تصویر سے باہر ہے</translation>
    </message>
    <message>
        <source>reaches past the image width ({limit} px)</source>
        <translation>تصویر کی چوڑائی ({limit} px) سے باہر جاتا ہے</translation>
    </message>
    <message>
        <source>reaches past the image height ({limit} px)</source>
        <translation>تصویر کی اونچائی ({limit} px) سے باہر جاتا ہے</translation>
    </message>
    <message>
        <source>x={value} lies outside the image</source>
        <translation>x={value} تصویر سے باہر ہے</translation>
    </message>
    <message>
        <source>y={value} lies outside the image</source>
        <translation>y={value} تصویر سے باہر ہے</translation>
    </message>
    <message>
        <source>must be above 0</source>
        <translation>0 سے زیادہ ہونا چاہیے</translation>
    </message>
    <message>
        <source>must be a list of [x, y] points, not {type}</source>
        <translation>[x, y] نقطوں کی فہرست ہونی چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>needs at least 3 points</source>
        <translation>کم از کم 3 نقطے چاہییں</translation>
    </message>
    <message>
        <source>must be [x, y] with two finite numbers</source>
        <translation>دو عددوں والا [x, y] ہونا چاہیے</translation>
    </message>
    <message>
        <source>encloses no area</source>
        <translation>اس میں کوئی رقبہ نہیں گھرتا</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>منفی نہیں ہو سکتا</translation>
    </message>
    <message>
        <source>must be greater than start</source>
        <translation>شروع سے بڑا ہونا چاہیے</translation>
    </message>
    <message>
        <source>lies past the end of the text ({count} characters)</source>
        <translation>متن کے آخر ({count} حروف) سے آگے ہے</translation>
    </message>
    <message>
        <source>lies past the end of the audio ({seconds} s)</source>
        <translation>آڈیو کے آخر ({seconds} سیکنڈ) سے آگے ہے</translation>
    </message>
    <message>
        <source>must be a string, not {type}</source>
        <translation>متن ہونا چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>must not contain NUL characters or unpaired surrogates</source>
        <translation>اس میں NUL حروف یا ادھورے surrogate حروف نہیں ہو سکتے</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>فہرست</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>JSON آبجیکٹ</translation>
    </message>
    <message>
        <source>nests objects and lists more than {depth} deep</source>
        <extracomment>How deep the JSON the task server stores may nest: an object or a list inside at most 31 others (`{&quot;a&quot;: [1]}` is 2 deep; a string or a number alone, 0). Answers nest 5 deep at most; the limit leaves room for an item&apos;s `data` and keeps every stored value well within what the server&apos;s JSON encoder serves (it stops near 254 levels). How large a JSON value the task server stores may be: its compact UTF-8 encoding.</extracomment>
        <translation>اس میں آبجیکٹ اور فہرستیں {depth} درجوں سے زیادہ گہری ہیں</translation>
    </message>
    <message>
        <source>takes {size} bytes as JSON; at most {limit} are stored</source>
        <translation>JSON میں یہ {size} بائٹ لیتا ہے؛ زیادہ سے زیادہ {limit} محفوظ ہوتے ہیں</translation>
    </message>
    <message>
        <source>hotkey {key} is already used at {other}</source>
        <extracomment>Keys the workbench keeps for itself; a label may never use them as hotkey.</extracomment>
        <translation>کلید {key} پہلے ہی {other} پر استعمال ہو رہی ہے</translation>
    </message>
    <message>
        <source>{kind} fields need a list of labels</source>
        <translation>{kind} سوالوں کو لیبلوں کی فہرست چاہیے</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>خالی نہیں ہو سکتا</translation>
    </message>
    <message>
        <source>label must be an object, not {type}</source>
        <translation>لیبل JSON آبجیکٹ ہونا چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>{value} is already used at {other}</source>
        <translation>{value} پہلے ہی {other} پر استعمال ہو رہا ہے</translation>
    </message>
    <message>
        <source>must be a colour like {example}</source>
        <translation>{example} جیسا رنگ ہونا چاہیے</translation>
    </message>
    <message>
        <source>must be exactly one character</source>
        <translation>صرف ایک حرف ہونا چاہیے</translation>
    </message>
    <message>
        <source>{key} is reserved by the workbench</source>
        <translation>{key} ورک بینچ کے اپنے کام کے لیے مخصوص ہے</translation>
    </message>
    <message>
        <source>must be a printable character</source>
        <translation>نظر آنے والا حرف ہونا چاہیے</translation>
    </message>
    <message>
        <source>schema must be an object, not {type}</source>
        <extracomment>The media a field kind fits; None means any media. Kinds whose answer is a list (they may set `max_count`). Kinds that need `labels`. Kinds that take `min` and `max` (integers, default 1 and 5). Kinds that compare an item&apos;s candidates (`data.candidates`). Kinds that gold does not score.</extracomment>
        <translation>اسکیما JSON آبجیکٹ ہونا چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>{key} is not a candidate of this item</source>
        <translation>{key} اس آئٹم کا متبادل نہیں</translation>
    </message>
    <message>
        <source>{key} is not a candidate key (A, B, C… up to J)</source>
        <translation>{key} متبادل کی کلید نہیں (A، B، C… سے J تک)</translation>
    </message>
    <message>
        <source>this item has no two candidates to compare</source>
        <translation>اس آئٹم میں موازنے کے لیے دو متبادل نہیں</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>ان میں سے ایک ہونا چاہیے: {choices}</translation>
    </message>
    <message>
        <source>a tie has no strength</source>
        <translation>برابری میں کوئی زیادہ بہتر نہیں ہوتا</translation>
    </message>
    <message>
        <source>must rank at least two candidates</source>
        <translation>کم از کم دو متبادلوں کی درجہ بندی ہونی چاہیے</translation>
    </message>
    <message>
        <source>rank {rank} is already given to {other}; ties are not allowed</source>
        <translation>درجہ {rank} پہلے ہی {other} کو دیا جا چکا ہے؛ برابر درجے کی اجازت نہیں</translation>
    </message>
    <message>
        <source>unknown row {row}</source>
        <translation>قطار {row} اس سوال میں نہیں</translation>
    </message>
    <message>
        <source>must be at least {min} characters, not {count}</source>
        <translation>کم از کم {min} حروف ہونے چاہییں، {count} نہیں</translation>
    </message>
    <message>
        <source>this item has no record to verify</source>
        <translation>اس آئٹم میں جانچنے کے لیے کوئی ریکارڈ نہیں</translation>
    </message>
    <message>
        <source>{key} is not a key this field verifies</source>
        <translation>{key} اس سوال میں جانچا جانے والا خانہ نہیں</translation>
    </message>
    <message>
        <source>must hold 1 to {max} fields</source>
        <translation>اس میں 1 سے {max} تک سوال ہونے چاہییں</translation>
    </message>
    <message>
        <source>{name} is already used at {other}</source>
        <translation>{name} پہلے ہی {other} پر استعمال ہو رہا ہے</translation>
    </message>
    <message>
        <source>{when_close} needs a pairwise field in the schema</source>
        <translation>{when_close} کے لیے اسکیما میں ترجیح کا سوال ہونا چاہیے</translation>
    </message>
    <message>
        <source>hotkey {key} of {who} is already used by {other_who} at {other}</source>
        <translation>{who} کی کلید {key} پہلے ہی {other} پر {other_who} کے لیے استعمال ہو رہی ہے</translation>
    </message>
    <message>
        <source>field must be an object, not {type}</source>
        <translation>سوال JSON آبجیکٹ ہونا چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>must match {pattern} (e.g. {example})</source>
        <translation>{pattern} کے مطابق ہونا چاہیے (مثلاً {example})</translation>
    </message>
    <message>
        <source>{kind} fields need {fits} media, not {media}</source>
        <translation>{kind} سوالوں کو {fits} میڈیا چاہیے، {media} نہیں</translation>
    </message>
    <message>
        <source>must be true, false or {when_close}</source>
        <translation>true، false یا {when_close} ہونا چاہیے</translation>
    </message>
    <message>
        <source>{metric} is not a metric for {kind}; use {names}</source>
        <translation>{metric} {kind} کے لیے پیمانہ نہیں؛ ان میں سے ایک لیں: {names}</translation>
    </message>
    <message>
        <source>must be a number from 0 to 1</source>
        <translation>0 سے 1 تک کا عدد ہونا چاہیے</translation>
    </message>
    <message>
        <source>unknown key for metric {metric}</source>
        <translation>پیمانے {metric} میں یہ خانہ نہیں ہوتا</translation>
    </message>
    <message>
        <source>must be a number above 0 and at most 1</source>
        <translation>0 سے بڑا اور زیادہ سے زیادہ 1 عدد ہونا چاہیے</translation>
    </message>
    <message>
        <source>must be a number above 0</source>
        <translation>0 سے بڑا عدد ہونا چاہیے</translation>
    </message>
    <message>
        <source>must be a number of at least 0</source>
        <translation>0 یا اس سے بڑا عدد ہونا چاہیے</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true یا false ہونا چاہیے</translation>
    </message>
    <message>
        <source>{kind} fields take no labels</source>
        <translation>{kind} سوالوں میں لیبل نہیں ہوتے</translation>
    </message>
    <message>
        <source>{kind} fields take no max_count</source>
        <translation>{kind} سوالوں میں max_count نہیں ہوتا</translation>
    </message>
    <message>
        <source>must be a positive integer</source>
        <translation>مثبت پورا عدد ہونا چاہیے</translation>
    </message>
    <message>
        <source>{kind} fields are not scored against gold</source>
        <translation>{kind} سوالوں کی گولڈ سے جانچ نہیں ہوتی</translation>
    </message>
    <message>
        <source>{kind} fields take no {key}</source>
        <extracomment>The value of a criteria field&apos;s `rows` that makes one row per candidate of the item. The value of a rationale&apos;s `required` that requires it only when the pairwise answer is close (a tie, or not &quot;much better&quot;). The longest `min_length` a rationale may ask for (a rationale holds at most this much). The kind-specific keys each kind takes, besides the common ones.</extracomment>
        <translation>{kind} سوالوں میں {key} نہیں ہوتا</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>پورا عدد ہونا چاہیے</translation>
    </message>
    <message>
        <source>must be greater than min ({min})</source>
        <translation>کم از کم ({min}) سے بڑا ہونا چاہیے</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <extracomment>Settings a lead may give in `POST /projects` and change with `PATCH /projects/{id}`. How leasing picks a project&apos;s next items: in import order, or the items whose prefill has the lowest confidence first (then those without one, in import order).</extracomment>
        <translation>پروجیکٹ کا نام لکھیں۔</translation>
    </message>
    <message>
        <source>At most {count} characters.</source>
        <translation>زیادہ سے زیادہ {count} حروف۔</translation>
    </message>
    <message>
        <source>No control characters, please.</source>
        <translation>براہِ کرم کنٹرول حروف نہ ڈالیں۔</translation>
    </message>
    <message>
        <source>Name the skill the requirement counts.</source>
        <translation>وہ مہارت لکھیں جو شرط میں گنی جاتی ہے۔</translation>
    </message>
    <message>
        <source>1 to 64 characters, no spaces.</source>
        <translation>1 سے 64 حروف، خالی جگہ کے بغیر۔</translation>
    </message>
    <message>
        <source>Must be a number, such as 0.05.</source>
        <translation>عدد ہونا چاہیے، جیسے 0.05۔</translation>
    </message>
    <message>
        <source>Must be from 0 to 1,000,000,000.</source>
        <translation>0 سے 1,000,000,000 تک ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Must have at most {count} decimals.</source>
        <translation>اعشاریہ کے بعد زیادہ سے زیادہ {count} ہندسے ہو سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Three letters, such as USD or PKR.</source>
        <translation>تین حروف، جیسے USD یا PKR۔</translation>
    </message>
    <message>
        <source>an audio file; this is an image project</source>
        <extracomment>Why a file of the other media is left out of a folder, by the project&apos;s media.</extracomment>
        <translation>آڈیو فائل؛ یہ تصویروں کا پروجیکٹ ہے</translation>
    </message>
    <message>
        <source>an image file; this is an audio project</source>
        <translation>تصویر کی فائل؛ یہ آڈیو پروجیکٹ ہے</translation>
    </message>
    <message>
        <source>{folder} holds no image files (looked for {kinds}).</source>
        <extracomment>Why a folder gave nothing to import, by the project&apos;s media.</extracomment>
        <translation>{folder} میں کوئی تصویر نہیں ملی ({kinds} فائلیں تلاش کی گئیں)۔</translation>
    </message>
    <message>
        <source>{folder} holds no audio files (looked for {kinds}).</source>
        <translation>{folder} میں کوئی آڈیو فائل نہیں ملی ({kinds} فائلیں تلاش کی گئیں)۔</translation>
    </message>
    <message>
        <source>An image project takes a folder of image files; CSV and JSONL files hold texts, for text projects.</source>
        <extracomment>A CSV or JSONL file given to a project of pictures or sounds.</extracomment>
        <translation>تصویروں کے پروجیکٹ میں تصویروں کا فولڈر امپورٹ کریں؛ CSV اور JSONL فائلوں میں متن ہوتا ہے، وہ متن کے پروجیکٹ کے لیے ہیں۔</translation>
    </message>
    <message>
        <source>An audio project takes a folder of audio files; CSV and JSONL files hold texts, for text projects.</source>
        <translation>آڈیو پروجیکٹ میں آڈیو فائلوں کا فولڈر امپورٹ کریں؛ CSV اور JSONL فائلوں میں متن ہوتا ہے، وہ متن کے پروجیکٹ کے لیے ہیں۔</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}.</source>
        <extracomment>The protocol&apos;s limit on an item&apos;s text (characters). A CSV or JSONL file is read whole; past this it should be split. A CSV file the csv module cannot read on (its own words, in English, as `error`).</extracomment>
        <translation>‏{name}، سطر {line}: {error}۔</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text: line {line}, column {column} has the byte {byte}. Save the file as UTF-8 and choose it again.</source>
        <translation>{name} UTF-8 متن نہیں: سطر {line}، کالم {column} میں بائٹ {byte} ہے۔ فائل کو UTF-8 میں محفوظ کر کے دوبارہ چنیں۔</translation>
    </message>
    <message>
        <source>{name} is empty: a CSV file needs a header row with a column named “text”, then one row per item.</source>
        <translation>{name} خالی ہے: CSV فائل کی پہلی سطر میں کالموں کے نام ہوں، جن میں ایک “text” ہو، پھر ہر آئٹم کی ایک سطر۔</translation>
    </message>
    <message>
        <source>has {count} values; the header has {columns} columns</source>
        <translation>اس میں {count} قدریں ہیں؛ پہلی سطر میں {columns} کالم ہیں</translation>
    </message>
    <message>
        <source>{name}: column {column} of the header has no name; every column needs one.</source>
        <translation>{name}: پہلی سطر میں کالم {column} کا کوئی نام نہیں؛ ہر کالم کا نام ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>{name}: the header names the column “{column}” twice.</source>
        <translation>{name}: پہلی سطر میں کالم “{column}” دو بار آیا ہے۔</translation>
    </message>
    <message>
        <source>{name} has no column named “text” in its header (it has: {columns}). The first row must name the columns, one of them “text”.</source>
        <translation>{name} کی پہلی سطر میں “text” نام کا کالم نہیں (اس میں یہ ہیں: {columns})۔ پہلی سطر میں کالموں کے نام ہوں، جن میں ایک “text” ہو۔</translation>
    </message>
    <message>
        <source>is not UTF-8 (byte {byte})</source>
        <translation>UTF-8 متن نہیں (بائٹ {byte})</translation>
    </message>
    <message>
        <source>is not JSON ({reason})</source>
        <translation>JSON نہیں ({reason})</translation>
    </message>
    <message>
        <source>{what} {problem}</source>
        <translation>{what}: {problem}</translation>
    </message>
    <message>
        <source>the data of the other columns</source>
        <translation>دوسرے کالموں کا ڈیٹا</translation>
    </message>
    <message>
        <source>“data”</source>
        <translation>«data»</translation>
    </message>
    <message>
        <source>the prefill</source>
        <extracomment>What is said of an item&apos;s prefill or gold answer that cannot go, by which it is.</extracomment>
        <translation>تجویز کردہ جواب</translation>
    </message>
    <message>
        <source>the prefill must be an object keyed by field name</source>
        <translation>تجویز کردہ جواب سوالوں کے ناموں والا آبجیکٹ ہونا چاہیے</translation>
    </message>
    <message>
        <source>the prefill does not fit the schema: {problem}</source>
        <translation>تجویز کردہ جواب اسکیما کے مطابق نہیں: {problem}</translation>
    </message>
    <message>
        <source>the prefill does not fit the schema: {problem} (and {more} more)</source>
        <translation>تجویز کردہ جواب اسکیما کے مطابق نہیں: {problem} (اور {more} مزید)</translation>
    </message>
    <message>
        <source>the gold answer</source>
        <translation>گولڈ جواب</translation>
    </message>
    <message>
        <source>the gold answer must be an object keyed by field name</source>
        <translation>گولڈ جواب سوالوں کے ناموں والا آبجیکٹ ہونا چاہیے</translation>
    </message>
    <message>
        <source>the gold answer does not fit the schema: {problem}</source>
        <translation>گولڈ جواب اسکیما کے مطابق نہیں: {problem}</translation>
    </message>
    <message>
        <source>the gold answer does not fit the schema: {problem} (and {more} more)</source>
        <translation>گولڈ جواب اسکیما کے مطابق نہیں: {problem} (اور {more} مزید)</translation>
    </message>
    <message>
        <source>the annotation files give it nothing, and they have problems that may hide its answer (see above): fix them, or take items with a problem too</source>
        <extracomment>Annotation files larger than this are not read (COCO&apos;s own train2017 file is 448 MB).</extracomment>
        <translation>اینوٹیشن فائلوں میں اس کے لیے کچھ نہیں، اور ان میں ایسے مسائل ہیں جو اس کا جواب چھپا سکتے ہیں (اوپر دیکھیں): انہیں ٹھیک کریں، یا مسئلے والے آئٹم بھی لیں</translation>
    </message>
    <message>
        <source>comes without an answer: the annotation files have problems that may hide it (see above)</source>
        <translation>بغیر جواب کے آتا ہے: اینوٹیشن فائلوں میں ایسے مسائل ہیں جو اسے چھپا سکتے ہیں (اوپر دیکھیں)</translation>
    </message>
    <message>
        <source>its prefill answer is not whole (see above)</source>
        <extracomment>An item whose answer cannot go whole, by how answers go in.</extracomment>
        <translation>اس کا تجویز کردہ جواب پورا نہیں (اوپر دیکھیں)</translation>
    </message>
    <message>
        <source>its gold answer is not whole (see above)</source>
        <translation>اس کا گولڈ جواب پورا نہیں (اوپر دیکھیں)</translation>
    </message>
    <message>
        <source>{format} holds {kinds} items; this is an image project.</source>
        <extracomment>A format of other media than the project&apos;s, by the project&apos;s media.</extracomment>
        <translation>‏{format} میں {kinds} آئٹم ہوتے ہیں؛ یہ تصویروں کا پروجیکٹ ہے۔</translation>
    </message>
    <message>
        <source>{format} holds {kinds} items; this is a text project.</source>
        <translation>‏{format} میں {kinds} آئٹم ہوتے ہیں؛ یہ متن کا پروجیکٹ ہے۔</translation>
    </message>
    <message>
        <source>{format} holds {kinds} items; this is an audio project.</source>
        <translation>‏{format} میں {kinds} آئٹم ہوتے ہیں؛ یہ آڈیو پروجیکٹ ہے۔</translation>
    </message>
    <message>
        <source>prefill</source>
        <extracomment>How answers go in, as a sentence names it.</extracomment>
        <translation>تجویز کردہ</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>گولڈ</translation>
    </message>
    <message>
        <source>1 item is held back: field &apos;{field}&apos; ({kind}) is required and the file gives no value for it, and a {answers_as} answer must be whole. Make the field optional in the schema to import these answers.</source>
        <extracomment>Items held back, or taken without their answers, for a required field the file does not fill: (taking items with a problem, one item) -&gt; the sentence.</extracomment>
        <translation>1 آئٹم روکا گیا: سوال ‘{field}’ ({kind}) لازمی ہے اور فائل میں اس کی کوئی قدر نہیں، اور {answers_as} جواب پورا ہونا چاہیے۔ یہ جواب امپورٹ کرنے کے لیے اسکیما میں اس سوال کو اختیاری کریں۔</translation>
    </message>
    <message>
        <source>{count} items are held back: field &apos;{field}&apos; ({kind}) is required and the file gives no value for it, and a {answers_as} answer must be whole. Make the field optional in the schema to import these answers.</source>
        <translation>‏{count} آئٹم روکے گئے: سوال ‘{field}’ ({kind}) لازمی ہے اور فائل میں اس کی کوئی قدر نہیں، اور {answers_as} جواب پورا ہونا چاہیے۔ یہ جواب امپورٹ کرنے کے لیے اسکیما میں اس سوال کو اختیاری کریں۔</translation>
    </message>
    <message>
        <source>1 item goes without its answer: field &apos;{field}&apos; ({kind}) is required and the file gives no value for it, and a {answers_as} answer must be whole. Make the field optional in the schema to import these answers.</source>
        <translation>1 آئٹم اپنے جواب کے بغیر جائے گا: سوال ‘{field}’ ({kind}) لازمی ہے اور فائل میں اس کی کوئی قدر نہیں، اور {answers_as} جواب پورا ہونا چاہیے۔ یہ جواب امپورٹ کرنے کے لیے اسکیما میں اس سوال کو اختیاری کریں۔</translation>
    </message>
    <message>
        <source>{count} items go without their answers: field &apos;{field}&apos; ({kind}) is required and the file gives no value for it, and a {answers_as} answer must be whole. Make the field optional in the schema to import these answers.</source>
        <translation>‏{count} آئٹم اپنے جوابوں کے بغیر جائیں گے: سوال ‘{field}’ ({kind}) لازمی ہے اور فائل میں اس کی کوئی قدر نہیں، اور {answers_as} جواب پورا ہونا چاہیے۔ یہ جواب امپورٹ کرنے کے لیے اسکیما میں اس سوال کو اختیاری کریں۔</translation>
    </message>
    <message>
        <source>{name} is a file: name the folder of image files it annotates too (or import the folder that holds both).</source>
        <extracomment>A file of annotations given without the folder of media it annotates, by media.</extracomment>
        <translation>{name} ایک فائل ہے: ساتھ وہ فولڈر بھی چنیں جس کی تصویروں پر یہ نشان لگاتی ہے (یا وہ فولڈر امپورٹ کریں جس میں دونوں ہوں)۔</translation>
    </message>
    <message>
        <source>{name} is a file: name the folder of audio files it annotates too (or import the folder that holds both).</source>
        <translation>{name} ایک فائل ہے: ساتھ وہ فولڈر بھی چنیں جس کی آڈیو فائلوں پر یہ نشان لگاتی ہے (یا وہ فولڈر امپورٹ کریں جس میں دونوں ہوں)۔</translation>
    </message>
    <message>
        <source>Answers go in as prefill or as gold, not &apos;{given}&apos;.</source>
        <translation>جواب تجویز کردہ یا گولڈ کے طور پر جاتے ہیں، ‘{given}’ کے طور پر نہیں۔</translation>
    </message>
    <message>
        <source>{format} is written only; it cannot be imported.</source>
        <translation>‏{format} صرف لکھا جاتا ہے؛ اسے امپورٹ نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} موجود نہیں۔</translation>
    </message>
    <message>
        <source>{name} is larger than the 1 GB an import reads.</source>
        <translation>{name} بہت بڑی ہے: امپورٹ زیادہ سے زیادہ 1 GB پڑھتا ہے۔</translation>
    </message>
    <message>
        <source>{name} is not a readable zip: {error}.</source>
        <translation>{name} پڑھی جا سکنے والی zip فائل نہیں: {error}۔</translation>
    </message>
    <message>
        <source>{name} holds no items in {format}.</source>
        <translation>{name} میں {format} کا کوئی آئٹم نہیں۔</translation>
    </message>
    <message>
        <source>A text project takes a CSV or JSONL file (one text per row), not a folder.</source>
        <translation>متن کے پروجیکٹ میں CSV یا JSONL فائل امپورٹ کریں (ہر سطر میں ایک متن)، فولڈر نہیں۔</translation>
    </message>
    <message>
        <source>{name} is neither a folder nor a CSV or JSONL file (.csv, .tsv, .jsonl).</source>
        <translation>{name} نہ فولڈر ہے نہ CSV یا JSONL فائل (.csv، .tsv، .jsonl)۔</translation>
    </message>
    <message>
        <source>{name} holds no items.</source>
        <translation>{name} میں کوئی آئٹم نہیں۔</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <extracomment>Items per `POST /projects/{id}/items`. A chunk&apos;s JSON stays well under the protocol&apos;s 10 MiB body limit. Progress is reported at most this often while a file uploads (seconds).</extracomment>
        <translation>پڑھی نہیں جا سکی: {error}</translation>
    </message>
    <message>
        <source>{reason} ({count} items may or may not have been created)</source>
        <translation>‏{reason} (ہو سکتا ہے {count} آئٹم بن گئے ہوں، ہو سکتا ہے نہ بنے ہوں)</translation>
    </message>
    <message>
        <source>the server reads it as {mime}; this is an image project</source>
        <extracomment>A file the task server reads as media of the other kind, by the project&apos;s media.</extracomment>
        <translation>سرور اسے {mime} سمجھتا ہے؛ یہ تصویروں کا پروجیکٹ ہے</translation>
    </message>
    <message>
        <source>the server reads it as {mime}; this is an audio project</source>
        <translation>سرور اسے {mime} سمجھتا ہے؛ یہ آڈیو پروجیکٹ ہے</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <extracomment>Where in an item the task server found a problem, and the problem.</extracomment>
        <translation>‏{where}: {reason}</translation>
    </message>
    <message>
        <source>The task server&apos;s answer did not list one id per item.</source>
        <extracomment>Why the import stopped before the end (the server stopped answering), or None. Files or rows never reached (cancelled or stopped). Items go with their source name until the server says it does not know the key.</extracomment>
        <translation>ٹاسک سرور کے جواب میں ہر آئٹم کی ایک id نہیں تھی۔</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>فائل خالی ہے</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}.</source>
        <translation>{name} پڑھی نہیں جا سکی: {error}۔</translation>
    </message>
    <message>
        <source>must be a list of two records</source>
        <extracomment>The keys of candidates, in order: the first candidate is A.</extracomment>
        <translation>دو ریکارڈز کی فہرست ہونی چاہیے</translation>
    </message>
    <message>
        <source>must be a list of {min} to {max} candidates</source>
        <translation>{min} سے {max} متبادلوں کی فہرست ہونی چاہیے</translation>
    </message>
    <message>
        <source>must be {key}: candidates are keyed A, B, C… in order</source>
        <translation>{key} ہونا چاہیے: متبادلوں کی کلیدیں ترتیب سے A، B، C… ہوتی ہیں</translation>
    </message>
    <message>
        <source>needs exactly one of text and media</source>
        <translation>متن یا میڈیا میں سے صرف ایک ہونا چاہیے</translation>
    </message>
    <message>
        <source>must be a media sha256 (64 lowercase hex digits)</source>
        <translation>میڈیا کا sha256 ہونا چاہیے (64 چھوٹے hex ہندسے)</translation>
    </message>
    <message>
        <source>must be a list of 1 to {max} turns</source>
        <translation>گفتگو میں 1 سے {max} پیغامات کی فہرست ہونی چاہیے</translation>
    </message>
    <message>
        <source>must be a string, a number or null, not {type}</source>
        <translation>متن، عدد یا null ہونا چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>must be a list of rows or {candidates} (one row per candidate)</source>
        <translation>قطاروں کی فہرست یا {candidates} (ہر متبادل کی ایک قطار) ہونا چاہیے</translation>
    </message>
    <message>
        <source>holds {count} texts; the scale from min to max has {points}</source>
        <translation>اس میں {count} عبارتیں ہیں؛ min سے max تک پیمانے کے {points} درجے ہیں</translation>
    </message>
    <message>
        <source>must be an integer from 0 to {max}</source>
        <translation>0 سے {max} تک کا پورا عدد ہونا چاہیے</translation>
    </message>
    <message>
        <source>its media was not fetched: {error}</source>
        <extracomment>Prefills sent in one request. Problems kept in a summary (the count goes on).</extracomment>
        <translation>اس کا میڈیا ڈاؤن لوڈ نہیں ہو سکا: {error}</translation>
    </message>
    <message>
        <source>a confidence of {confidence} is not in [0, 1]</source>
        <translation>یقین {confidence} ہے، جو 0 اور 1 کے درمیان نہیں</translation>
    </message>
    <message>
        <source>the proposal does not fit the schema: {why}</source>
        <translation>تجویز اسکیما کے مطابق نہیں: {why}</translation>
    </message>
    <message>
        <source>The project has no items yet: import some, then run the pre-annotation.</source>
        <translation>پروجیکٹ میں ابھی کوئی آئٹم نہیں: پہلے آئٹم امپورٹ کریں، پھر پیشگی لیبلنگ چلائیں۔</translation>
    </message>
    <message>
        <source>Every item is answered or a gold item, and those keep what they have: nothing is left to propose for. Pre-annotation is for items nobody has answered yet; import new items to pre-annotate them.</source>
        <translation>ہر آئٹم کا جواب آ چکا ہے یا وہ گولڈ آئٹم ہے، اور ان کا جو ہے وہی رہتا ہے: تجویز کے لیے کچھ باقی نہیں۔ پیشگی لیبلنگ صرف ان آئٹموں کے لیے ہے جن کا ابھی کسی نے جواب نہیں دیا؛ نئے آئٹموں کی پیشگی لیبلنگ کے لیے انہیں امپورٹ کریں۔</translation>
    </message>
    <message>
        <source>Every proposal came too late: annotators answered those items while the run went on, and answered items keep what they have.</source>
        <translation>ہر تجویز دیر سے آئی: چلنے کے دوران اینوٹیٹرز نے ان آئٹموں کے جواب دے دیے، اور جواب والے آئٹموں کا جو ہے وہی رہتا ہے۔</translation>
    </message>
    <message>
        <source>It looked at {count} items and found nothing to propose in any: a model proposes only what it finds above its threshold, and an assist only what fits the schema&apos;s fields and labels. Check that it was made for this project&apos;s fields and labels (a model&apos;s labels, a quality field named after its flags), or lower the model&apos;s threshold.</source>
        <translation>اس نے {count} آئٹم دیکھے اور کسی میں تجویز کے لائق کچھ نہیں ملا: ماڈل صرف وہی تجویز کرتا ہے جو اسے اپنی حد سے اوپر ملے، اور مددگار صرف وہ جو اسکیما کے سوالوں اور لیبلوں کے مطابق ہو۔ دیکھیں کہ یہ اسی پروجیکٹ کے سوالوں اور لیبلوں کے لیے بنا ہے (ماڈل کے لیبل، معیار کا سوال جس کے لیبل نشانوں کے نام پر ہوں)، یا ماڈل کی حد کم کریں۔</translation>
    </message>
    <message>
        <source>The items&apos; media could not be fetched (problems below): check the connection to the task server and the media store, then run it again.</source>
        <translation>آئٹموں کا میڈیا ڈاؤن لوڈ نہیں ہو سکا (مسائل نیچے): ٹاسک سرور اور میڈیا اسٹور سے رابطہ دیکھیں، پھر دوبارہ چلائیں۔</translation>
    </message>
    <message>
        <source>Its proposals do not fit the schema (problems below): check that the model&apos;s or the backend&apos;s fields and labels are the project&apos;s.</source>
        <translation>اس کی تجاویز اسکیما کے مطابق نہیں (مسائل نیچے): دیکھیں کہ ماڈل یا بیک اینڈ کے سوال اور لیبل وہی ہوں جو پروجیکٹ کے ہیں۔</translation>
    </message>
    <message>
        <source>The run was cancelled before anything was proposed.</source>
        <translation>کچھ تجویز ہونے سے پہلے ہی چلنا روک دیا گیا۔</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}؛ {rest}</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>‏{path}: {reason}</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>جواب</translation>
    </message>
    <message>
        <source>Boxes and polygons too small to see</source>
        <extracomment>The default smallest side of a box, in original pixels.</extracomment>
        <translation>اتنے چھوٹے باکس اور کثیر الاضلاع کہ نظر نہ آئیں</translation>
    </message>
    <message>
        <source>the box is {w} × {h} px, under {limit} px on a side: too small to be an object?</source>
        <extracomment>A region under the size limit, by what it is (the sizes as the file writes them).</extracomment>
        <translation>باکس {w} × {h} پکسل کا ہے، ایک طرف {limit} پکسل سے کم: کیا یہ کسی چیز کے لیے بہت چھوٹا نہیں؟</translation>
    </message>
    <message>
        <source>the polygon is {w} × {h} px, under {limit} px on a side: too small to be an object?</source>
        <translation>کثیر الاضلاع {w} × {h} پکسل کا ہے، ایک طرف {limit} پکسل سے کم: کیا یہ کسی چیز کے لیے بہت چھوٹا نہیں؟</translation>
    </message>
    <message>
        <source>the span starts inside the word “{word}”</source>
        <extracomment>A span that cuts a word, by which of its edges do.</extracomment>
        <translation>نشان لفظ «{word}» کے بیچ سے شروع ہوتا ہے</translation>
    </message>
    <message>
        <source>the span ends inside the word “{word}”</source>
        <translation>نشان لفظ «{word}» کے بیچ میں ختم ہوتا ہے</translation>
    </message>
    <message>
        <source>the span starts and ends inside the word “{word}”</source>
        <translation>نشان لفظ «{word}» کے بیچ سے شروع ہو کر اسی کے بیچ میں ختم ہوتا ہے</translation>
    </message>
    <message>
        <source>the transcript is empty</source>
        <translation>تحریری متن خالی ہے</translation>
    </message>
    <message>
        <source>Spans that cut a word</source>
        <translation>لفظ کو کاٹنے والے نشان</translation>
    </message>
    <message>
        <source>Empty transcripts</source>
        <translation>خالی تحریری متن</translation>
    </message>
    <message>
        <source>Basic checks</source>
        <translation>بنیادی جانچ</translation>
    </message>
    <message>
        <source>{count} item</source>
        <extracomment>How many example item ids a line of the export report names. What the report counts of a field kind whose value is a list of regions. How a line of the export report counts what it left out: one, and more than one.</extracomment>
        <translation>{count} آئٹم</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} آئٹم</translation>
    </message>
    <message>
        <source>{count} answer</source>
        <translation>{count} جواب</translation>
    </message>
    <message>
        <source>{count} answers</source>
        <translation>{count} جواب</translation>
    </message>
    <message>
        <source>{count} region</source>
        <translation>{count} نشان</translation>
    </message>
    <message>
        <source>{count} regions</source>
        <translation>{count} نشان</translation>
    </message>
    <message>
        <source>{count} span</source>
        <translation>{count} اسپین</translation>
    </message>
    <message>
        <source>{count} spans</source>
        <translation>{count} اسپین</translation>
    </message>
    <message>
        <source>{count} segment</source>
        <translation>{count} حصہ</translation>
    </message>
    <message>
        <source>{count} segments</source>
        <translation>{count} حصے</translation>
    </message>
    <message>
        <source>item</source>
        <extracomment>What a line of the report is about when it is no field&apos;s (`NotHeld.kind`), as said.</extracomment>
        <translation>آئٹم</translation>
    </message>
    <message>
        <source>image</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>فائل کا نام</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>اینوٹیٹر</translation>
    </message>
    <message>
        <source>text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>several accepted answers: the latest is exported (export the consensus to merge them, or every submission)</source>
        <extracomment>What the choice of answers (not the format) leaves out of an export, as its report says.</extracomment>
        <translation>کئی قبول شدہ جواب: سب سے نیا ایکسپورٹ ہوتا ہے (انہیں ملانے کے لیے متفقہ جواب ایکسپورٹ کریں، یا ہر جمع کرایا گیا جواب)</translation>
    </message>
    <message>
        <source>left out: its answers wait for review (export the consensus or every submission to take them)</source>
        <translation>شامل نہیں: اس کے جواب جائزے کے منتظر ہیں (انہیں لینے کے لیے متفقہ جواب یا ہر جمع کرایا گیا جواب ایکسپورٹ کریں)</translation>
    </message>
    <message>
        <source>left out: you may still answer it, so its answers are not yours to see until you do (export as a lead who does not label)</source>
        <translation>شامل نہیں: یہ آئٹم ابھی آپ کو بھی مل سکتا ہے، اس لیے جواب دینے تک اس کے جواب آپ نہیں دیکھ سکتے (ایسے لیڈ کے طور پر ایکسپورٹ کریں جو لیبل نہیں کرتا)</translation>
    </message>
    <message>
        <source>field {field} ({kind})</source>
        <translation>سوال {field} ({kind})</translation>
    </message>
    <message>
        <source>{what}, {counted}: {why} (e.g. {examples})</source>
        <translation>{what}، {counted}: {why} (مثلاً {examples})</translation>
    </message>
    <message>
        <source>{file}, {at}: {reason}</source>
        <extracomment>The item&apos;s `data` (its candidates, its conversation), for formats that ask for it (`Format.item_data`); None otherwise.</extracomment>
        <translation>‏{file}، {at}: {reason}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>سطر {line}</translation>
    </message>
    <message>
        <source>{file}, {at}</source>
        <extracomment>How many places left out of one reason a problem names.</extracomment>
        <translation>‏{file}، {at}</translation>
    </message>
    <message>
        <source>image {name} ({on_it}) is not among the project&apos;s images</source>
        <translation>تصویر {name} ({on_it}) پروجیکٹ کی تصویروں میں نہیں</translation>
    </message>
    <message>
        <source>image {name} ({on_it}) may be any of {some}</source>
        <translation>تصویر {name} ({on_it}) ان میں سے کوئی بھی ہو سکتی ہے: {some}</translation>
    </message>
    <message>
        <source>image {name} ({on_it}) is listed already at {first}</source>
        <translation>تصویر {name} ({on_it}) پہلے ہی {first} پر درج ہے</translation>
    </message>
    <message>
        <source>gives the image as {width}×{height} px; it is {known_width}×{known_height} px with its EXIF orientation applied</source>
        <translation>تصویر کو {width}×{height} پکسل بتاتی ہے؛ EXIF رخ لگانے کے بعد یہ {known_width}×{known_height} پکسل ہے</translation>
    </message>
    <message>
        <source>is by {annotator}, and this image&apos;s answer is by {first}: one answer per image is imported, and annotators&apos; answers are not merged</source>
        <translation>{annotator} کا ہے، اور اس تصویر کا جواب {first} کا ہے: ہر تصویر کا ایک ہی جواب امپورٹ ہوتا ہے، اور اینوٹیٹرز کے جواب ملائے نہیں جاتے</translation>
    </message>
    <message>
        <source>a crowd region (an RLE mask) cannot be imported: no field kind holds masks</source>
        <translation>ہجوم کا نشان (RLE ماسک) امپورٹ نہیں ہو سکتا: کوئی سوال ماسک نہیں رکھتا</translation>
    </message>
    <message>
        <source>1 annotation on it</source>
        <translation>اس پر 1 اینوٹیشن</translation>
    </message>
    <message>
        <source>{count} annotations on it</source>
        <translation>اس پر {count} اینوٹیشن</translation>
    </message>
    <message>
        <source>no JSON file to read: COCO instances are one .json file</source>
        <translation>پڑھنے کو کوئی JSON فائل نہیں: COCO کے instances ایک .json فائل ہوتے ہیں</translation>
    </message>
    <message>
        <source>must be a JSON object, not {type}</source>
        <translation>JSON آبجیکٹ ہونا چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>is missing</source>
        <extracomment>Whose annotations an image&apos;s answer is made of, when the file says (`labeler_annotator`, an export of every submission).</extracomment>
        <translation>موجود نہیں</translation>
    </message>
    <message>
        <source>needs an integer id and a name</source>
        <translation>پورے عدد والی id اور نام چاہیے</translation>
    </message>
    <message>
        <source>repeats category id {id}; the first one is kept</source>
        <translation>category id {id} دہراتا ہے؛ پہلا رکھا گیا</translation>
    </message>
    <message>
        <source>needs an id and a file_name</source>
        <translation>id اور file_name چاہیے</translation>
    </message>
    <message>
        <source>repeats image id {id}; the first one is kept</source>
        <translation>تصویر کی id {id} دہراتا ہے؛ پہلی رکھی گئی</translation>
    </message>
    <message>
        <source>needs a width and a height of whole pixels above 0</source>
        <translation>0 سے زیادہ پورے پکسلوں میں چوڑائی اور اونچائی چاہیے</translation>
    </message>
    <message>
        <source>refers to image id {id}, which images does not list</source>
        <translation>تصویر کی id {id} کا حوالہ دیتا ہے، جو images میں درج نہیں</translation>
    </message>
    <message>
        <source>refers to category id {id}, which categories does not list</source>
        <translation>category id {id} کا حوالہ دیتا ہے، جو categories میں درج نہیں</translation>
    </message>
    <message>
        <source>has no bbox, segmentation or keypoints to import</source>
        <translation>امپورٹ کے لیے اس میں نہ bbox ہے، نہ segmentation، نہ keypoints</translation>
    </message>
    <message>
        <source>category {label} is not a label of the schema</source>
        <translation>category {label} اسکیما کا لیبل نہیں</translation>
    </message>
    <message>
        <source>has {kinds}, but only the schema&apos;s {holders} fields have label {label}</source>
        <translation>اس میں {kinds} ہیں، مگر لیبل {label} صرف اسکیما کے {holders} سوالوں میں ہے</translation>
    </message>
    <message>
        <source>segmentation[{index}] must list x, y pairs of finite numbers, 3 pairs at least</source>
        <translation>segmentation[{index}] میں محدود اعداد کے x، y جوڑے ہونے چاہییں، کم از کم 3 جوڑے</translation>
    </message>
    <message>
        <source>keypoints must list x, y, v triples of finite numbers</source>
        <translation>keypoints میں محدود اعداد کی x، y، v تکڑیاں ہونی چاہییں</translation>
    </message>
    <message>
        <source>has {count} keypoints per object; only objects of one keypoint are read as points</source>
        <translation>ہر چیز پر {count} keypoints ہیں؛ صرف ایک keypoint والی چیزیں نقطوں کے طور پر پڑھی جاتی ہیں</translation>
    </message>
    <message>
        <source>its keypoint is not labelled (v is 0)</source>
        <translation>اس کے keypoint پر لیبل نہیں (v صفر ہے)</translation>
    </message>
    <message>
        <source>bbox must be [x, y, w, h] of finite numbers</source>
        <translation>bbox محدود اعداد کا [x, y, w, h] ہونا چاہیے</translation>
    </message>
    <message>
        <source>no polygons or boxes field has this label</source>
        <extracomment>Why a file&apos;s region goes nowhere: no field of its kind has its label.</extracomment>
        <translation>کسی کثیر الاضلاع یا باکس سوال میں یہ لیبل نہیں</translation>
    </message>
    <message>
        <source>no points field has this label</source>
        <translation>کسی نقطوں والے سوال میں یہ لیبل نہیں</translation>
    </message>
    <message>
        <source>no boxes field has this label</source>
        <translation>کسی باکس سوال میں یہ لیبل نہیں</translation>
    </message>
    <message>
        <source>{name} matches several images</source>
        <translation>‏{name} کئی تصویروں سے ملتا ہے</translation>
    </message>
    <message>
        <source>{name} is not among the project&apos;s images</source>
        <translation>‏{name} پروجیکٹ کی تصویروں میں نہیں</translation>
    </message>
    <message>
        <source>labels the image {first} labels already; it is left out</source>
        <extracomment>A second file for an image, by what the format&apos;s files do to an image.</extracomment>
        <translation>اس تصویر پر لیبل لگاتی ہے جس پر {first} پہلے ہی لگاتی ہے؛ اسے چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>lists the image {first} lists already; it is left out</source>
        <translation>اس تصویر کو درج کرتی ہے جسے {first} پہلے ہی درج کرتی ہے؛ اسے چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>annotates the image {first} annotates already; it is left out</source>
        <translation>اس تصویر پر نشان لگاتی ہے جس پر {first} پہلے ہی لگاتی ہے؛ اسے چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; is answered already at {where}</source>
        <translation>سوال ‘{field}’ کا جواب پہلے ہی {where} پر ہے</translation>
    </message>
    <message>
        <source>label {label} is chosen already; once is kept</source>
        <translation>لیبل {label} پہلے ہی چنا جا چکا؛ ایک بار رکھا گیا</translation>
    </message>
    <message>
        <source>a polygon has 3 points or more, not {count}</source>
        <translation>کثیر الاضلاع کے 3 یا زیادہ کونے ہوتے ہیں، {count} نہیں</translation>
    </message>
    <message>
        <source>the answer {why}</source>
        <translation>جواب: {why}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos; allows at most {limit} regions; this image has {count}, and the ones from here on are left out</source>
        <translation>سوال ‘{field}’ میں زیادہ سے زیادہ {limit} نشان ہو سکتے ہیں؛ اس تصویر میں {count} ہیں، اور یہاں سے آگے والے چھوڑ دیے گئے</translation>
    </message>
    <message>
        <source>box {label}: {reason}</source>
        <extracomment>A region an answer&apos;s check refused, by what it is: its label and why.
----------
An annotation file is a few kilobytes; this is ample.</extracomment>
        <translation>باکس {label}: {reason}</translation>
    </message>
    <message>
        <source>polygon {label}: {reason}</source>
        <translation>کثیر الاضلاع {label}: {reason}</translation>
    </message>
    <message>
        <source>point {label}: {reason}</source>
        <translation>نقطہ {label}: {reason}</translation>
    </message>
    <message>
        <source>span {label}: {reason}</source>
        <translation>اسپین {label}: {reason}</translation>
    </message>
    <message>
        <source>segment {label}: {reason}</source>
        <translation>حصہ {label}: {reason}</translation>
    </message>
    <message>
        <source>region {label}: {reason}</source>
        <translation>نشان {label}: {reason}</translation>
    </message>
    <message>
        <source>polygon {label}, point {point}: {reason}</source>
        <translation>کثیر الاضلاع {label}، کونا {point}: {reason}</translation>
    </message>
    <message>
        <source>is a frequency range (a spectral selection), which segments do not hold: it is not imported</source>
        <extracomment>A time in seconds: digits with `.` or `,` as decimal mark, as Audacity reads them.</extracomment>
        <translation>یہ فریکوئنسی کی حد (spectral selection) ہے، جو حصے نہیں رکھتے: اسے امپورٹ نہیں کیا گیا</translation>
    </message>
    <message>
        <source>{token} is not a start time in seconds</source>
        <translation>‏{token} سیکنڈوں میں شروع کا وقت نہیں</translation>
    </message>
    <message>
        <source>has one time only, a point label; a segment needs an end time too</source>
        <translation>اس میں صرف ایک وقت ہے، یعنی نقطے کا لیبل؛ حصے کے لیے اختتام کا وقت بھی چاہیے</translation>
    </message>
    <message>
        <source>has no label</source>
        <translation>اس کا کوئی لیبل نہیں</translation>
    </message>
    <message>
        <source>cannot be read: it is {size} bytes; at most {limit} are read</source>
        <extracomment>What CoNLL-2003 puts in a `-DOCSTART-` line&apos;s other columns: no document id. The longest line read; a token line is a token and a tag. The largest file read (CoNLL-2003&apos;s English training file is 3.3 MB). Lines with a problem after which a file is read no further: it is not CoNLL. One token line: the token, its tag, its line number.</extracomment>
        <translation>پڑھی نہیں جا سکتی: یہ {size} بائٹ کی ہے؛ زیادہ سے زیادہ {limit} پڑھے جاتے ہیں</translation>
    </message>
    <message>
        <source>cannot be read to its end: it {why}</source>
        <extracomment>`I-X` that begin an entity, per key: problems unless the file is IOB1. Whether a `B-X` begins an entity after `O` or a sentence&apos;s start: IOB2.</extracomment>
        <translation>آخر تک پڑھی نہیں جا سکتی: یہ {why}</translation>
    </message>
    <message>
        <source>cannot be read to its end from the archive: {error}</source>
        <translation>آرکائیو سے آخر تک پڑھی نہیں جا سکتی: {error}</translation>
    </message>
    <message>
        <source>-DOCSTART- names {name}, as an earlier document did: keyed {fallback}</source>
        <translation>‏-DOCSTART- کا نام {name} ہے، جو پچھلی دستاویز کا بھی تھا: اسے {fallback} کہا گیا</translation>
    </message>
    <message>
        <source>is larger than {limit} bytes, the most that is read</source>
        <translation>{limit} بائٹ سے بڑی ہے، جو پڑھے جانے کی حد ہے</translation>
    </message>
    <message>
        <source>is longer than {limit} bytes; it is left out</source>
        <translation>{limit} بائٹ سے لمبی ہے؛ اسے چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte} of the line); it is left out</source>
        <translation>UTF-8 متن نہیں (سطر کا بائٹ {byte})؛ اسے چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>has 1 column; a token line has 2 (token, tag) or 4 (token, POS, chunk, tag)</source>
        <translation>اس میں 1 کالم ہے؛ ٹکڑے کی سطر میں 2 (token، tag) یا 4 (token، POS، chunk، tag) ہوتے ہیں</translation>
    </message>
    <message>
        <source>has {count} columns; a token line has 2 (token, tag) or 4 (token, POS, chunk, tag)</source>
        <translation>اس میں {count} کالم ہیں؛ ٹکڑے کی سطر میں 2 (token، tag) یا 4 (token، POS، chunk، tag) ہوتے ہیں</translation>
    </message>
    <message>
        <source>has no token, or one with a NUL character; it is left out</source>
        <translation>اس میں کوئی ٹکڑا نہیں، یا NUL حرف والا ہے؛ اسے چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>{count} lines have problems: the rest of the file is not read</source>
        <translation>‏{count} سطروں میں مسائل ہیں: باقی فائل نہیں پڑھی گئی</translation>
    </message>
    <message>
        <source>the sentence&apos;s start</source>
        <translation>جملے کے شروع</translation>
    </message>
    <message>
        <source>{tag} is not an IOB2 tag (O, B-label or I-label): read as O</source>
        <translation>‏{tag} کوئی IOB2 ٹیگ نہیں (O، B-label یا I-label): اسے O پڑھا گیا</translation>
    </message>
    <message>
        <source>I-{label} begins an entity after {before}; IOB2 begins one with B-{label}: read as its start</source>
        <translation>‏I-{label} {before} کے بعد ایک entity شروع کرتا ہے؛ IOB2 میں یہ B-{label} سے شروع ہوتی ہے: اسے اس کا آغاز پڑھا گیا</translation>
    </message>
    <message>
        <source>{tag}: no spans field has the label {label}; the entity is not imported</source>
        <translation>‏{tag}: کسی اسپین سوال میں لیبل {label} نہیں؛ entity امپورٹ نہیں ہوئی</translation>
    </message>
    <message>
        <source>no XML file to read: CVAT for images is one {file}</source>
        <extracomment>The field kinds CVAT holds as tags. A box&apos;s corners, as CVAT names them. CVAT&apos;s shapes that no field kind holds.</extracomment>
        <translation>پڑھنے کو کوئی XML فائل نہیں: CVAT for images ایک {file} ہوتی ہے</translation>
    </message>
    <message>
        <source>has an unknown element {tag}, not read</source>
        <translation>اس میں نامعلوم عنصر {tag} ہے، جو پڑھا نہیں گیا</translation>
    </message>
    <message>
        <source>is CVAT for video, which is not read: export the task as CVAT for images</source>
        <translation>یہ CVAT for video ہے، جو پڑھا نہیں جاتا: ٹاسک کو CVAT for images کے طور پر ایکسپورٹ کریں</translation>
    </message>
    <message>
        <source>has no name: the image it annotates is unknown</source>
        <translation>اس کا کوئی نام نہیں: معلوم نہیں یہ کس تصویر پر نشان لگاتی ہے</translation>
    </message>
    <message>
        <source>width and height must be positive whole numbers: shapes cannot be checked</source>
        <translation>چوڑائی اور اونچائی مثبت پورے عدد ہونے چاہییں: شکلیں جانچی نہیں جا سکتیں</translation>
    </message>
    <message>
        <source>unknown element {tag}, not imported</source>
        <translation>نامعلوم عنصر {tag}، امپورٹ نہیں ہوا</translation>
    </message>
    <message>
        <source>no choice or multichoice field has this label</source>
        <translation>کسی انتخاب یا کثیر انتخاب سوال میں یہ لیبل نہیں</translation>
    </message>
    <message>
        <source>points must be x,y pairs separated by ;</source>
        <translation>points میں x,y جوڑے ہونے چاہییں، ; سے الگ</translation>
    </message>
    <message>
        <source>xtl, ytl, xbr and ybr must all be numbers</source>
        <translation>xtl، ytl، xbr اور ybr سب اعداد ہونے چاہییں</translation>
    </message>
    <message>
        <source>is inverted: xbr is left of xtl or ybr above ytl</source>
        <translation>الٹا ہے: xbr، xtl کے بائیں ہے یا ybr، ytl کے اوپر</translation>
    </message>
    <message>
        <source>rotation must be a number</source>
        <translation>rotation عدد ہونا چاہیے</translation>
    </message>
    <message>
        <source>is rotated by {degrees}°, and a box here is upright</source>
        <translation>{degrees}° گھوما ہوا ہے، اور یہاں باکس سیدھا ہوتا ہے</translation>
    </message>
    <message>
        <source>occluded flag</source>
        <translation>occluded نشان</translation>
    </message>
    <message>
        <source>occluded flag and {attributes}</source>
        <translation>occluded نشان اور {attributes}</translation>
    </message>
    <message>
        <source>attribute {names}</source>
        <translation>خاصیت {names}</translation>
    </message>
    <message>
        <source>attributes {names}</source>
        <translation>خاصیتیں {names}</translation>
    </message>
    <message>
        <source>{label} is a {tag}, which no field kind holds: not imported</source>
        <translation>‏{label} ایک {tag} ہے، جسے کوئی سوال نہیں رکھتا: امپورٹ نہیں ہوا</translation>
    </message>
    <message>
        <source>{label} is an {tag}, which no field kind holds: not imported</source>
        <translation>‏{label} ایک {tag} ہے، جسے کوئی سوال نہیں رکھتا: امپورٹ نہیں ہوا</translation>
    </message>
    <message>
        <source>{tag} {label}: {reason}</source>
        <translation>‏{tag} {label}: {reason}</translation>
    </message>
    <message>
        <source>{tag} {label}: imported without its {unheld}, which no field holds</source>
        <translation>‏{tag} {label}: اپنے {unheld} کے بغیر امپورٹ ہوا، جسے کوئی سوال نہیں رکھتا</translation>
    </message>
    <message>
        <source>is missing: the image it labels is unknown</source>
        <extracomment>The labelme version the files say they are (the keys are those of 5.x). A labelme file without embedded image is small; this is ample. Shapes labelme draws that no field kind holds.</extracomment>
        <translation>موجود نہیں: معلوم نہیں یہ کس تصویر پر لیبل لگاتی ہے</translation>
    </message>
    <message>
        <source>is not a list of shapes; none is imported</source>
        <translation>شکلوں کی فہرست نہیں؛ کوئی امپورٹ نہیں ہوئی</translation>
    </message>
    <message>
        <source>nests too deep to be a labelme file</source>
        <translation>labelme فائل ہونے کے لیے بہت گہرائی تک تہہ در تہہ ہے</translation>
    </message>
    <message>
        <source>is not a labelme file: it has no shapes</source>
        <translation>labelme فائل نہیں: اس میں shapes نہیں</translation>
    </message>
    <message>
        <source>imageWidth and imageHeight must be positive whole numbers: shapes cannot be checked</source>
        <translation>imageWidth اور imageHeight مثبت پورے عدد ہونے چاہییں: شکلیں جانچی نہیں جا سکتیں</translation>
    </message>
    <message>
        <source>is not a shape</source>
        <translation>شکل نہیں</translation>
    </message>
    <message>
        <source>{label}: unknown shape_type {kind}</source>
        <translation>‏{label}: نامعلوم shape_type {kind}</translation>
    </message>
    <message>
        <source>{label}: points must be [x, y] pairs</source>
        <translation>‏{label}: points میں [x, y] جوڑے ہونے چاہییں</translation>
    </message>
    <message>
        <source>a point has one [x, y], not {count}</source>
        <translation>نقطے کا ایک [x, y] ہوتا ہے، {count} نہیں</translation>
    </message>
    <message>
        <source>a rectangle has two corners, not {count}</source>
        <translation>مستطیل کے دو کونے ہوتے ہیں، {count} نہیں</translation>
    </message>
    <message>
        <source>data has no &apos;{media}&apos; and not one text to take instead (keys: {keys})</source>
        <translation>data میں ‘{media}’ نہیں، اور اس کی جگہ لینے کو ایک بھی متن نہیں (کلیدیں: {keys})</translation>
    </message>
    <message>
        <source>data has no &apos;{media}&apos; and not one text to take instead (keys: none)</source>
        <translation>data میں ‘{media}’ نہیں، اور اس کی جگہ لینے کو ایک بھی متن نہیں (کوئی کلید نہیں)</translation>
    </message>
    <message>
        <source>must be an object with a result list; the annotation is left out</source>
        <extracomment>An annotation or prediction that is not one, by which.</extracomment>
        <translation>result فہرست والا آبجیکٹ ہونا چاہیے؛ اینوٹیشن چھوڑ دی گئی</translation>
    </message>
    <message>
        <source>must be an object with a result list; the prediction is left out</source>
        <translation>result فہرست والا آبجیکٹ ہونا چاہیے؛ پیش گوئی چھوڑ دی گئی</translation>
    </message>
    <message>
        <source>{count} annotations skipped in Label Studio: no answer</source>
        <extracomment>What a file leaves out, said once for all the places (`{count}` of them).</extracomment>
        <translation>‏Label Studio میں چھوڑی گئی {count} اینوٹیشن: کوئی جواب نہیں</translation>
    </message>
    <message>
        <source>{count} annotations beside the one read: one annotation per item is imported</source>
        <translation>‏پڑھی گئی اینوٹیشن کے علاوہ {count} اور: ہر آئٹم کی ایک اینوٹیشن امپورٹ ہوتی ہے</translation>
    </message>
    <message>
        <source>{count} predictions beside the one read: one prediction per item is imported</source>
        <translation>‏پڑھی گئی پیش گوئی کے علاوہ {count} اور: ہر آئٹم کی ایک پیش گوئی امپورٹ ہوتی ہے</translation>
    </message>
    <message>
        <source>no JSON file to read: Label Studio exports tasks as .json</source>
        <translation>پڑھنے کو کوئی JSON فائل نہیں: Label Studio ٹاسک .json میں ایکسپورٹ کرتا ہے</translation>
    </message>
    <message>
        <source>is not a Label Studio config this import reads: {error}</source>
        <translation>ایسی Label Studio کنفیگ نہیں جو یہ امپورٹ پڑھ سکے: {error}</translation>
    </message>
    <message>
        <source>the schema compares candidates, and no labeling config (config.xml) comes with the tasks to say which of their data keys are compared: put the config beside tasks.json (in one folder or zip)</source>
        <translation>اسکیما متبادل کا موازنہ کرتا ہے، مگر ٹاسک کے ساتھ کوئی Label Studio کنفیگ (config.xml) نہیں جو بتائے کہ ان کے ڈیٹا کی کون سی کلیدوں کا موازنہ ہے: کنفیگ کو tasks.json کے ساتھ رکھیں (ایک فولڈر یا zip میں)</translation>
    </message>
    <message>
        <source>must be a list of Label Studio tasks, not {type}</source>
        <translation>Label Studio ٹاسکوں کی فہرست ہونی چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>must be a task object, not {type}</source>
        <translation>ٹاسک آبجیکٹ ہونا چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>has no data object: a task keeps its item in data</source>
        <translation>اس میں data آبجیکٹ نہیں: ٹاسک اپنا آئٹم data میں رکھتا ہے</translation>
    </message>
    <message>
        <source>data&apos;s {media} must be a text without NUL, not {value}</source>
        <translation>data کا {media} بغیر NUL کا متن ہونا چاہیے، {value} نہیں</translation>
    </message>
    <message>
        <source>{value} is the item of {first} already</source>
        <translation>‏{value} پہلے ہی {first} کا آئٹم ہے</translation>
    </message>
    <message>
        <source>{base} is {where} already; this task is keyed {key}</source>
        <translation>‏{base} پہلے ہی {where} ہے؛ اس ٹاسک کو {key} کہا گیا</translation>
    </message>
    <message>
        <source>{value} names no file</source>
        <translation>‏{value} کسی فائل کا نام نہیں</translation>
    </message>
    <message>
        <source>field {field} is not in the schema</source>
        <translation>سوال {field} اسکیما میں نہیں</translation>
    </message>
    <message>
        <source>value.selected is neither left nor right</source>
        <translation>value.selected نہ left ہے نہ right</translation>
    </message>
    <message>
        <source>value.ranker must be an object of buckets</source>
        <translation>value.ranker خانوں (buckets) کا آبجیکٹ ہونا چاہیے</translation>
    </message>
    <message>
        <source>bucket {bucket} names {item}, which the task&apos;s list does not hold</source>
        <translation>خانہ {bucket} میں {item} ہے، جو ٹاسک کی فہرست میں نہیں</translation>
    </message>
    <message>
        <source>must be a result object, not {type}</source>
        <extracomment>The result types that may answer a field of each kind. How far past 0–100 % a coordinate may lie (rounding in Label Studio&apos;s own files). What a kind&apos;s reader gives: the region or value, why not, or None (its problem is said).</extracomment>
        <translation>result آبجیکٹ ہونا چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>a relation between regions has no equivalent; left out</source>
        <translation>نشانوں کے درمیان تعلق کا یہاں کوئی متبادل نہیں؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>from_name {name} is not a field of the schema</source>
        <translation>from_name {name} اسکیما کا سوال نہیں</translation>
    </message>
    <message>
        <source>a {kind} result cannot answer field &apos;{field}&apos; ({field_kind})</source>
        <translation>{kind} نتیجہ سوال ‘{field}’ ({field_kind}) کا جواب نہیں ہو سکتا</translation>
    </message>
    <message>
        <source>value must be an object, not {type}</source>
        <translation>value آبجیکٹ ہونا چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>a {kind} without a label; field &apos;{field}&apos; has several</source>
        <translation>بغیر لیبل کا {kind}؛ سوال ‘{field}’ میں کئی لیبل ہیں</translation>
    </message>
    <message>
        <source>value.{kind} must be a list of labels</source>
        <translation>value.{kind} لیبلوں کی فہرست ہونی چاہیے</translation>
    </message>
    <message>
        <source>has {count} labels; a region here has one</source>
        <translation>اس کے {count} لیبل ہیں؛ یہاں ایک نشان کا ایک لیبل ہوتا ہے</translation>
    </message>
    <message>
        <source>value.{key} must be a number, not {type}</source>
        <translation>value.{key} عدد ہونا چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>value.{key} is {number} %: outside the image (0 to 100 %)</source>
        <translation>value.{key} ‏{number} % ہے: تصویر سے باہر (0 سے 100 % تک)</translation>
    </message>
    <message>
        <source>the image size is unknown (no original_width and original_height), so percent cannot become pixels</source>
        <translation>تصویر کا سائز معلوم نہیں (original_width اور original_height نہیں)، اس لیے فیصد پکسل نہیں بن سکتے</translation>
    </message>
    <message>
        <source>a box rotated by {degrees}°: boxes here are upright</source>
        <translation>{degrees}° گھوما ہوا باکس: یہاں باکس سیدھے ہوتے ہیں</translation>
    </message>
    <message>
        <source>value.{axis} + value.{side} is {sum} %: past the image</source>
        <translation>value.{axis} + value.{side} ‏{sum} % ہے: تصویر سے آگے</translation>
    </message>
    <message>
        <source>value.points must be a list of [x, y] pairs</source>
        <translation>value.points میں [x, y] جوڑوں کی فہرست ہونی چاہیے</translation>
    </message>
    <message>
        <source>value.start and value.end must be seconds (numbers)</source>
        <translation>value.start اور value.end سیکنڈ (اعداد) ہونے چاہییں</translation>
    </message>
    <message>
        <source>value.start and value.end must be whole numbers (character offsets)</source>
        <translation>value.start اور value.end پورے عدد (حروف کے مقام) ہونے چاہییں</translation>
    </message>
    <message>
        <source>value.text is {said}, but the text from {start} to {end} is {text}</source>
        <translation>value.text ‏{said} ہے، مگر {start} سے {end} تک متن {text} ہے</translation>
    </message>
    <message>
        <source>value.choices must be a list of labels</source>
        <translation>value.choices لیبلوں کی فہرست ہونی چاہیے</translation>
    </message>
    <message>
        <source>gives {count} choices; field &apos;{field}&apos; takes one</source>
        <translation>{count} انتخاب دیتا ہے؛ سوال ‘{field}’ ایک لیتا ہے</translation>
    </message>
    <message>
        <source>value.rating must be a whole number, not {value}</source>
        <translation>value.rating پورا عدد ہونا چاہیے، {value} نہیں</translation>
    </message>
    <message>
        <source>value.text must be a list of texts</source>
        <translation>value.text متنوں کی فہرست ہونی چاہیے</translation>
    </message>
    <message>
        <source>cannot be read: it {why}</source>
        <translation>پڑھی نہیں جا سکتی: یہ {why}</translation>
    </message>
    <message>
        <source>cannot be read from the archive: {error}</source>
        <translation>آرکائیو سے پڑھی نہیں جا سکتی: {error}</translation>
    </message>
    <message>
        <source>byte {byte}</source>
        <translation>بائٹ {byte}</translation>
    </message>
    <message>
        <source>is not well-formed XML (column {column})</source>
        <translation>درست XML نہیں (کالم {column})</translation>
    </message>
    <message>
        <source>nests too deep to be {what}</source>
        <translation>{what} ہونے کے لیے بہت گہرائی تک تہہ در تہہ ہے</translation>
    </message>
    <message>
        <source>is not {what}: its root is &lt;{root}&gt;</source>
        <translation>{what} نہیں: اس کی جڑ &lt;{root}&gt; ہے</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>سطر {line}، کالم {column}</translation>
    </message>
    <message>
        <source>ends before its JSON does: the file looks truncated</source>
        <translation>اس کا JSON پورا ہونے سے پہلے ختم ہو جاتی ہے: فائل کٹی ہوئی لگتی ہے</translation>
    </message>
    <message>
        <source>is not valid JSON: {error}</source>
        <extracomment>A file that is not JSON, and what the decoder said (in English: its own words).</extracomment>
        <translation>درست JSON نہیں: {error}</translation>
    </message>
    <message>
        <source>nests lists and objects too deep to be {what}</source>
        <translation>{what} ہونے کے لیے فہرستیں اور آبجیکٹ بہت گہرائی تک تہہ در تہہ ہیں</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>UTF-8 متن نہیں</translation>
    </message>
    <message>
        <source>declares a DTD or entities, which are not read</source>
        <translation>DTD یا entities بیان کرتی ہے، جو پڑھے نہیں جاتے</translation>
    </message>
    <message>
        <source>is not UTF-8 text, as JSON must be</source>
        <extracomment>What `member_json` gives for a member it could not read (its problem is recorded).</extracomment>
        <translation>UTF-8 متن نہیں، جیسا JSON کو ہونا چاہیے</translation>
    </message>
    <message>
        <source>SRT writes hh:mm:ss,ttt</source>
        <extracomment>`hh:mm:ss,ttt` (nine digits of hours at most are read).</extracomment>
        <translation>SRT میں وقت hh:mm:ss,ttt لکھا جاتا ہے</translation>
    </message>
    <message>
        <source>{line} is not a cue: a cue is its number, then its times, start --&gt; end</source>
        <translation>‏{line} وقتی ٹکڑا نہیں: وقتی ٹکڑا اپنا نمبر ہوتا ہے، پھر اس کے اوقات، start --&gt; end</translation>
    </message>
    <message>
        <source>is {size} bytes; at most {limit} are read</source>
        <extracomment>The largest member a reader takes (COCO&apos;s own train2017 instances file is 448 MB). What reading a member of a damaged archive can raise; readers turn it into a problem.</extracomment>
        <translation>{size} بائٹ کی ہے؛ زیادہ سے زیادہ {limit} پڑھے جاتے ہیں</translation>
    </message>
    <message>
        <source>{line} is not a line of times: start --&gt; end</source>
        <extracomment>`&lt;v label&gt;` or `&lt;v.class label&gt;`: the voice span that opens a cue&apos;s text.</extracomment>
        <translation>‏{line} اوقات کی سطر نہیں: start --&gt; end</translation>
    </message>
    <message>
        <source>{token} is not a time: {form}</source>
        <translation>‏{token} وقت نہیں: {form}</translation>
    </message>
    <message>
        <source>has several voices, and a cue is one segment: nothing of it is imported</source>
        <translation>اس میں کئی آوازیں ہیں، اور ایک وقتی ٹکڑا ایک حصہ ہوتا ہے: اس کا کچھ بھی امپورٹ نہیں ہوا</translation>
    </message>
    <message>
        <source>is for {name}, which matches several of the project&apos;s items</source>
        <extracomment>A subtitle or label file of one item is small; this is ample.</extracomment>
        <translation>{name} کے لیے ہے، جو پروجیکٹ کے کئی آئٹموں سے ملتا ہے</translation>
    </message>
    <message>
        <source>is for {name}, which is not among the project&apos;s items</source>
        <translation>{name} کے لیے ہے، جو پروجیکٹ کے آئٹموں میں نہیں</translation>
    </message>
    <message>
        <source>is for the same item as {first}: it is left out</source>
        <translation>اسی آئٹم کے لیے ہے جس کے لیے {first} ہے: اسے چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>has text in its cues, and the schema has no transcript field to take it</source>
        <translation>اس کے وقتی ٹکڑوں میں متن ہے، اور اسکیما میں اسے لینے کو کوئی تحریری متن والا سوال نہیں</translation>
    </message>
    <message>
        <source>ends before it starts ({end} s &lt; {start} s): nothing of it is imported</source>
        <translation>شروع ہونے سے پہلے ختم ہوتا ہے ({end} سیکنڈ &lt; {start} سیکنڈ): اس کا کچھ بھی امپورٹ نہیں ہوا</translation>
    </message>
    <message>
        <source>has neither text nor a label: nothing to import</source>
        <translation>اس میں نہ متن ہے نہ لیبل: امپورٹ کو کچھ نہیں</translation>
    </message>
    <message>
        <source>{label} is not a label of a segments field: no segment is imported</source>
        <translation>‏{label} کسی حصوں والے سوال کا لیبل نہیں: کوئی حصہ امپورٹ نہیں ہوا</translation>
    </message>
    <message>
        <source>segment {label} ends where it starts: a segment needs a length</source>
        <translation>حصہ {label} وہیں ختم ہوتا ہے جہاں شروع ہوتا ہے: حصے کی لمبائی ہونی چاہیے</translation>
    </message>
    <message>
        <source>a VOC annotation</source>
        <translation>VOC اینوٹیشن</translation>
    </message>
    <message>
        <source>is missing: the image it annotates is unknown</source>
        <translation>موجود نہیں: معلوم نہیں یہ کس تصویر پر نشان لگاتی ہے</translation>
    </message>
    <message>
        <source>is missing or not positive whole numbers: boxes cannot be checked</source>
        <translation>موجود نہیں یا مثبت پورے عدد نہیں: باکس جانچے نہیں جا سکتے</translation>
    </message>
    <message>
        <source>has no name: its label is unknown</source>
        <translation>اس کا کوئی نام نہیں: اس کا لیبل معلوم نہیں</translation>
    </message>
    <message>
        <source>has no bndbox</source>
        <translation>اس میں bndbox نہیں</translation>
    </message>
    <message>
        <source>xmin, ymin, xmax and ymax must all be numbers</source>
        <translation>xmin، ymin، xmax اور ymax سب اعداد ہونے چاہییں</translation>
    </message>
    <message>
        <source>is inverted: xmax is before xmin or ymax before ymin</source>
        <translation>الٹا ہے: xmax، xmin سے پہلے ہے یا ymax، ymin سے پہلے</translation>
    </message>
    <message>
        <source>WebVTT writes hh:mm:ss.ttt, hours optional</source>
        <extracomment>`hh:mm:ss.ttt`, hours of two digits or more and optional (nine at most are read).</extracomment>
        <translation>WebVTT میں وقت hh:mm:ss.ttt لکھا جاتا ہے، گھنٹے اختیاری</translation>
    </message>
    <message>
        <source>{line} is not WebVTT&apos;s first line: WEBVTT</source>
        <translation>‏{line} WebVTT کی پہلی سطر نہیں: WEBVTT</translation>
    </message>
    <message>
        <source>{line} is not a cue: its times, start --&gt; end, must be its first or second line</source>
        <translation>‏{line} وقتی ٹکڑا نہیں: اس کے اوقات، start --&gt; end، اس کی پہلی یا دوسری سطر ہونے چاہییں</translation>
    </message>
    <message>
        <source>labels image {name}, which is not among the project&apos;s images</source>
        <extracomment>`data.yaml` is a few lines; a label file, one line per object.</extracomment>
        <translation>تصویر {name} پر لیبل لگاتی ہے، جو پروجیکٹ کی تصویروں میں نہیں</translation>
    </message>
    <message>
        <source>labels image {name}, which matches several images</source>
        <translation>تصویر {name} پر لیبل لگاتی ہے، جو کئی تصویروں سے ملتی ہے</translation>
    </message>
    <message>
        <source>class {name} is not one of data.yaml&apos;s names (0 to {last})</source>
        <translation>کلاس {name} ‏data.yaml کے ناموں میں نہیں (0 سے {last} تک)</translation>
    </message>
    <message>
        <source>class {name} is not one of data.yaml&apos;s names (none)</source>
        <translation>کلاس {name} ‏data.yaml کے ناموں میں نہیں (کوئی نام نہیں)</translation>
    </message>
    <message>
        <source>has {count} numbers after the class: a box has 4 (cx cy w h), a polygon 6 or more (x y pairs)</source>
        <translation>کلاس کے بعد {count} اعداد ہیں: باکس کے 4 ہوتے ہیں (cx cy w h)، کثیر الاضلاع کے 6 یا زیادہ (x y جوڑے)</translation>
    </message>
    <message>
        <source>must map class numbers to names, or list the names</source>
        <translation>کلاس نمبروں کو ناموں سے جوڑے، یا نام درج کرے</translation>
    </message>
    <message>
        <source>holds something that is not a finite number</source>
        <translation>اس میں ایسی چیز ہے جو محدود عدد نہیں</translation>
    </message>
    <message>
        <source>no data.yaml: without it the classes have no names</source>
        <translation>data.yaml نہیں: اس کے بغیر کلاسوں کے نام نہیں</translation>
    </message>
    <message>
        <source>coordinates are fractions of each image&apos;s size, and no sizes were given</source>
        <translation>کوآرڈینیٹ ہر تصویر کے سائز کے حصے ہوتے ہیں، اور کوئی سائز نہیں دیا گیا</translation>
    </message>
    <message>
        <source>is not valid YAML: {error}</source>
        <translation>درست YAML نہیں: {error}</translation>
    </message>
    <message>
        <source>nests too deep to be a data.yaml</source>
        <translation>data.yaml ہونے کے لیے بہت گہرائی تک تہہ در تہہ ہے</translation>
    </message>
    <message>
        <source>has no names: the classes are unknown</source>
        <translation>اس میں names نہیں: کلاسیں معلوم نہیں</translation>
    </message>
    <message>
        <source>its labels are left out</source>
        <translation>اس کے لیبل چھوڑ دیے گئے</translation>
    </message>
    <message>
        <source>data has no text under {key}</source>
        <translation>ڈیٹا میں {key} کے تحت کوئی متن نہیں</translation>
    </message>
    <message>
        <source>data has no text under {key} (a compared text)</source>
        <translation>ڈیٹا میں {key} کے تحت کوئی متن نہیں (موازنے کا ایک متن)</translation>
    </message>
    <message>
        <source>data&apos;s {key} must be a list of 2 to {max} items</source>
        <translation>ڈیٹا کا {key} 2 سے {max} چیزوں کی فہرست ہونا چاہیے</translation>
    </message>
    <message>
        <source>data&apos;s {at} must be an object such as {{id, title, body}}</source>
        <translation>ڈیٹا کا {at} ‎{{id, title, body}}‎ جیسا آبجیکٹ ہونا چاہیے</translation>
    </message>
    <message>
        <source>data&apos;s {at} has no body or title</source>
        <translation>ڈیٹا کے {at} میں نہ body ہے نہ title</translation>
    </message>
    <message>
        <source>data&apos;s {key} must be a list of messages</source>
        <translation>ڈیٹا کا {key} پیغامات کی فہرست ہونا چاہیے</translation>
    </message>
    <message>
        <source>data&apos;s {at} must be a message with {role} and {text}</source>
        <translation>ڈیٹا کا {at} ایسا پیغام ہونا چاہیے جس میں {role} اور {text} ہوں</translation>
    </message>
    <message>
        <source>value.ranker has no list under {name}</source>
        <translation>value.ranker میں {name} کے تحت کوئی فہرست نہیں</translation>
    </message>
    <message>
        <source>value.ranker names items the task&apos;s list does not hold, or one twice</source>
        <translation>value.ranker میں ایسی چیزیں ہیں جو ٹاسک کی فہرست میں نہیں، یا کوئی چیز دو بار</translation>
    </message>
    <message>
        <source>value.ranker ranks {ranked} of the list&apos;s {listed} items</source>
        <translation>value.ranker فہرست کی {listed} میں سے صرف {ranked} چیزوں کی درجہ بندی کرتا ہے</translation>
    </message>
    <message>
        <source>A Label Studio config must be given as text.</source>
        <extracomment>Real configs are a few kilobytes; anything past this is refused outright.</extracomment>
        <translation>Label Studio کنفیگ متن کی صورت میں دیں۔</translation>
    </message>
    <message>
        <source>The Label Studio config is empty.</source>
        <translation>Label Studio کنفیگ خالی ہے۔</translation>
    </message>
    <message>
        <source>The Label Studio config is {size} million characters long; a config may have at most {limit} million.</source>
        <translation>Label Studio کنفیگ {size} ملین حروف لمبا ہے؛ کنفیگ زیادہ سے زیادہ {limit} ملین کا ہو سکتا ہے۔</translation>
    </message>
    <message>
        <source>The Label Studio config holds characters that are not valid Unicode.</source>
        <translation>Label Studio کنفیگ میں ایسے حروف ہیں جو درست یونیکوڈ نہیں۔</translation>
    </message>
    <message>
        <source>The Label Studio config nests tags more than {depth} deep.</source>
        <translation>Label Studio کنفیگ میں ٹیگ {depth} درجوں سے زیادہ گہرائی تک تہہ در تہہ ہیں۔</translation>
    </message>
    <message>
        <source>The Label Studio config has more than {count} tags.</source>
        <translation>Label Studio کنفیگ میں {count} سے زیادہ ٹیگ ہیں۔</translation>
    </message>
    <message>
        <source>The Label Studio config declares a document type (&lt;!DOCTYPE&gt;); configs never need one, and it is refused for safety.</source>
        <translation>Label Studio کنفیگ دستاویز کی قسم (&lt;!DOCTYPE&gt;) بیان کرتا ہے؛ کنفیگ کو اس کی کبھی ضرورت نہیں، اور حفاظت کے لیے اسے رد کیا جاتا ہے۔</translation>
    </message>
    <message>
        <source>The Label Studio config declares entities or external references; configs never need them, and they are refused for safety.</source>
        <translation>Label Studio کنفیگ entities یا باہر کے حوالے بیان کرتا ہے؛ کنفیگ کو ان کی کبھی ضرورت نہیں، اور حفاظت کے لیے انہیں رد کیا جاتا ہے۔</translation>
    </message>
    <message>
        <source>The Label Studio config is not well-formed XML: {error} at line {line}, column {column}.</source>
        <translation>Label Studio کنفیگ درست XML نہیں: سطر {line}، کالم {column} پر {error}۔</translation>
    </message>
    <message>
        <source>no .jsonl file to read: one JSON object per line</source>
        <extracomment>ShareGPT&apos;s roles, read as the usual ones. Chatbot Arena&apos;s and others&apos; names of the winner of `response_a` / `response_b`. The protocol&apos;s limit on an item&apos;s text (characters). A file with this many problems is read no further.</extracomment>
        <translation>پڑھنے کو کوئی ‎.jsonl‎ فائل نہیں: ہر سطر میں ایک JSON آبجیکٹ</translation>
    </message>
    <message>
        <source>{count} lines with problems: read no further</source>
        <translation>{count} سطروں میں مسئلے: آگے نہیں پڑھا گیا</translation>
    </message>
    <message>
        <source>{count} lines say which response was chosen, and the schema has no pairwise or ranking field to hold it: the items come without it</source>
        <translation>{count} سطریں بتاتی ہیں کہ کون سا جواب چنا گیا، مگر اسکیما میں اسے رکھنے کو کوئی pairwise یا ranking سوال نہیں: آئٹم اس کے بغیر آئیں گے</translation>
    </message>
    <message>
        <source>is not JSON ({reason} at column {column})</source>
        <extracomment>The decoder&apos;s reason stays in its English words.</extracomment>
        <translation>JSON نہیں ({reason}، کالم {column})</translation>
    </message>
    <message>
        <source>must be an object such as {example}, not {type}</source>
        <translation>‎{example}‎ جیسا آبجیکٹ ہونا چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>“id” must be a string or a whole number, such as the item&apos;s id where it came from</source>
        <translation>“id” متن یا پورا عدد ہونا چاہیے، جیسے آئٹم کی وہ شناخت جہاں سے وہ آیا</translation>
    </message>
    <message>
        <source>id {id} is taken by an earlier line</source>
        <translation>شناخت {id} پچھلی سطر لے چکی ہے</translation>
    </message>
    <message>
        <source>the line says tie; field {field} takes no tie</source>
        <translation>سطر برابری بتاتی ہے؛ سوال {field} برابری نہیں لیتا</translation>
    </message>
    <message>
        <source>both {first} and {second} give the prompt; keep one</source>
        <translation>{first} اور {second} دونوں پرامپٹ دیتے ہیں؛ ایک رکھیں</translation>
    </message>
    <message>
        <source>both {first} and {second} give the conversation; keep one</source>
        <translation>{first} اور {second} دونوں گفتگو دیتے ہیں؛ ایک رکھیں</translation>
    </message>
    <message>
        <source>both {first} and {second} give the candidates; keep one</source>
        <translation>{first} اور {second} دونوں متبادل دیتے ہیں؛ ایک رکھیں</translation>
    </message>
    <message>
        <source>both “prompt” (as messages) and a conversation are given; keep one</source>
        <translation>“prompt” (پیغامات کی صورت میں) اور گفتگو دونوں دیے گئے ہیں؛ ایک رکھیں</translation>
    </message>
    <message>
        <source>{key} must be a string, not {type}</source>
        <translation>{key} متن ہونا چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>the prompt is longer than {limit} characters</source>
        <translation>پرامپٹ {limit} حروف سے لمبا ہے</translation>
    </message>
    <message>
        <source>the prompt holds a NUL character or an unpaired surrogate</source>
        <translation>پرامپٹ میں NUL حرف یا ادھورا سروگیٹ ہے</translation>
    </message>
    <message>
        <source>“data” must be an object, not {type}</source>
        <translation>“data” آبجیکٹ ہونا چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>{key} is given both in “data” and on the line itself; keep one</source>
        <translation>{key} “data” میں بھی دیا گیا ہے اور سطر پر بھی؛ ایک رکھیں</translation>
    </message>
    <message>
        <source>has no prompt, candidates or conversation (looked for {names})</source>
        <translation>اس میں نہ پرامپٹ ہے، نہ متبادل، نہ گفتگو (یہ تلاش کیے: {names})</translation>
    </message>
    <message>
        <source>has no candidates, and field {field} ({kind}) compares them (looked for {names}, or “chosen” and “rejected”)</source>
        <translation>اس میں کوئی متبادل نہیں، جبکہ سوال {field} ({kind}) متبادلوں کا موازنہ کرتا ہے ({names}، یا “chosen” اور “rejected” دیکھے گئے)</translation>
    </message>
    <message>
        <source>the item&apos;s data {why}</source>
        <translation>آئٹم کا ڈیٹا {why}</translation>
    </message>
    <message>
        <source>“winner” goes with “response_a” and “response_b”</source>
        <translation>“winner” صرف “response_a” اور “response_b” کے ساتھ آتا ہے</translation>
    </message>
    <message>
        <source>{key} must be a list, not {type}</source>
        <translation>{key} فہرست ہونی چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>{key} holds {count} candidates; an item compares {min} to {max}</source>
        <translation>{key} میں {count} متبادل ہیں؛ ایک آئٹم {min} سے {max} کا موازنہ کرتا ہے</translation>
    </message>
    <message>
        <source>{given} comes without {missing}</source>
        <translation>{given} آیا مگر {missing} کے بغیر</translation>
    </message>
    <message>
        <source>“response_a” and “response_b” come together</source>
        <translation>“response_a” اور “response_b” اکٹھے آتے ہیں</translation>
    </message>
    <message>
        <source>“winner” is {value}; it is model_a, model_b or tie (also A, B)</source>
        <translation>“winner” کی قدر {value} ہے؛ یہ model_a، model_b یا tie ہوتی ہے (A، B بھی)</translation>
    </message>
    <message>
        <source>{at} has no text (looked for {names})</source>
        <translation>{at} میں کوئی متن نہیں (یہ تلاش کیے: {names})</translation>
    </message>
    <message>
        <source>{at} must be a string, an object or a list of messages, not {type}</source>
        <translation>{at} متن، آبجیکٹ یا پیغامات کی فہرست ہونا چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>{key} must be a list of messages, not {type}</source>
        <translation>{key} پیغامات کی فہرست ہونا چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>{at} must be a message such as {example}, not {type}</source>
        <translation>{at} ‎{example}‎ جیسا پیغام ہونا چاہیے، {type} نہیں</translation>
    </message>
    <message>
        <source>{at} has no “role”</source>
        <translation>{at} میں “role” نہیں</translation>
    </message>
    <message>
        <source>{at}: the role must be a name such as user or assistant</source>
        <translation>{at}: کردار (role) کا نام ہونا چاہیے، جیسے user یا assistant</translation>
    </message>
    <message>
        <source>{at} holds a part of type {type}: only text is taken</source>
        <translation>{at} میں {type} قسم کا حصہ ہے: صرف متن لیا جاتا ہے</translation>
    </message>
    <message>
        <source>Label Studio ML backends</source>
        <translation>‏Label Studio ML بیک اینڈ</translation>
    </message>
    <message>
        <source>Label Studio ML backend</source>
        <translation>‏Label Studio ML بیک اینڈ</translation>
    </message>
    <message>
        <source>ONNX models</source>
        <translation>‏ONNX ماڈل</translation>
    </message>
    <message>
        <source>ONNX model</source>
        <translation>‏ONNX ماڈل</translation>
    </message>
    <message>
        <source>ONNX model: {title}</source>
        <translation>‏ONNX ماڈل: {title}</translation>
    </message>
    <message>
        <source>OpenCV assist</source>
        <translation>‏OpenCV مدد</translation>
    </message>
    <message>
        <source>Outline the object under a click</source>
        <extracomment>A click floods a copy of the display variant reduced to this long edge. Boxes and polygons work on the display variant, or the original reduced to this. A rough polygon&apos;s vertices used as scissors&apos; anchors (more are thinned out evenly). A rough vertex moves to the strongest edge within this share of the polygon&apos;s size. The field kinds it proposes for (beyond the Assist protocol: a caller may offer it only there). How many points a prompt has: (at least, at most).</extracomment>
        <translation>کلک کی جگہ والی چیز کا خاکہ بنائیں</translation>
    </message>
    <message>
        <source>Outline the object in a box</source>
        <translation>باکس کے اندر والی چیز کا خاکہ بنائیں</translation>
    </message>
    <message>
        <source>Tighten a box to the object&apos;s edges</source>
        <translation>باکس کو چیز کے کناروں تک کسیں</translation>
    </message>
    <message>
        <source>Snap a polygon to the edges</source>
        <translation>کثیر الاضلاع کو کناروں پر بٹھائیں</translation>
    </message>
    <message>
        <source>The quality flags fit none of this project&apos;s fields: they fill a choice or multichoice field with labels named blurred, dark, overexposed or near-duplicate. Add such a field to the schema, or pick another pre-annotation.</source>
        <extracomment>Said when the project has no field the flags fill (the run stops before any image).</extracomment>
        <translation>معیار کے نشان اس پروجیکٹ کے کسی سوال میں نہیں بیٹھتے: یہ ایسے انتخاب یا کثیر انتخاب والے سوال کو بھرتے ہیں جس کے لیبل blurred، dark، overexposed یا near-duplicate ہوں۔ اسکیما میں ایسا سوال شامل کریں، یا کوئی اور پیشگی لیبلنگ چنیں۔</translation>
    </message>
    <message>
        <source>Image quality flags (blurred, dark, overexposed, near-duplicate)</source>
        <extracomment>A choice field takes the first of these raised.</extracomment>
        <translation>تصویر کے معیار کے نشان (دھندلی، تاریک، زیادہ روشن، تقریباً دہری)</translation>
    </message>
    <message>
        <source>videos are not supported; left out</source>
        <translation>ویڈیو کی سہولت نہیں؛ چھوڑ دی گئی</translation>
    </message>
    <message>
        <source>time series are not supported; left out</source>
        <translation>ٹائم سیریز کی سہولت نہیں؛ چھوڑ دی گئی</translation>
    </message>
    <message>
        <source>tables are not supported; left out</source>
        <translation>جدول کی سہولت نہیں؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>PDF documents are not supported; left out</source>
        <translation>PDF دستاویزات کی سہولت نہیں؛ چھوڑ دی گئیں</translation>
    </message>
    <message>
        <source>brush masks are not supported; left out</source>
        <translation>برش ماسک کی سہولت نہیں؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>bitmask masks are not supported; left out</source>
        <translation>بٹ ماسک کی سہولت نہیں؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>ellipses are not supported (boxes or polygons can stand in); left out</source>
        <translation>بیضوی شکلوں کی سہولت نہیں (ان کی جگہ باکس یا کثیر الاضلاع لیے جا سکتے ہیں)؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>vector shapes are not supported; left out</source>
        <translation>ویکٹر شکلوں کی سہولت نہیں؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>relations between regions have no equivalent; left out</source>
        <translation>نشانوں کے درمیان تعلق کا یہاں کوئی متبادل نہیں؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>magic-wand masks are not supported; left out</source>
        <translation>میجک وینڈ ماسک کی سہولت نہیں؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>taxonomies (nested labels) are not supported; left out</source>
        <translation>درجہ وار لیبلوں (ٹیکسونومی) کی سہولت نہیں؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>numbers have no field kind (a rating or text field can stand in); left out</source>
        <translation>عدد کے لیے کوئی سوال کی قسم نہیں (اس کی جگہ درجہ بندی یا متن والا سوال لیا جا سکتا ہے)؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>dates and times have no field kind (a text field can stand in); left out</source>
        <translation>تاریخ اور وقت کے لیے کوئی سوال کی قسم نہیں (اس کی جگہ متن والا سوال لیا جا سکتا ہے)؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>video tracking is not supported; left out</source>
        <translation>ویڈیو ٹریکنگ کی سہولت نہیں؛ چھوڑ دی گئی</translation>
    </message>
    <message>
        <source>video timelines are not supported; left out</source>
        <translation>ویڈیو ٹائم لائن کی سہولت نہیں؛ چھوڑ دی گئی</translation>
    </message>
    <message>
        <source>dialogues (Paragraphs) are not supported; left out</source>
        <translation>مکالموں (Paragraphs) کی سہولت نہیں؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>repeated blocks are not supported; left out</source>
        <translation>دہرائے جانے والے حصوں کی سہولت نہیں؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>{tag}, choice &quot;{value}&quot;</source>
        <translation>‏{tag}، انتخاب &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>{tag}, label &quot;{value}&quot;</source>
        <translation>‏{tag}، لیبل &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>a choice without a value; left out</source>
        <translation>بغیر قدر کا انتخاب؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>a label without a value; left out</source>
        <translation>بغیر قدر کا لیبل؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>its choices come from each task&apos;s data, and a schema needs fixed ones; left out</source>
        <translation>اس کے انتخاب ہر ٹاسک کے ڈیٹا سے آتے ہیں، اور اسکیما کو طے شدہ انتخاب چاہییں؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>its labels come from each task&apos;s data, and a schema needs fixed ones; left out</source>
        <translation>اس کے لیبل ہر ٹاسک کے ڈیٹا سے آتے ہیں، اور اسکیما کو طے شدہ لیبل چاہییں؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>has no choices; left out</source>
        <translation>اس میں کوئی انتخاب نہیں؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>has no labels; left out</source>
        <translation>اس میں کوئی لیبل نہیں؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>choice &quot;{value}&quot; of field &quot;{field}&quot;</source>
        <translation>سوال &quot;{field}&quot; کا انتخاب &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>label &quot;{value}&quot; of field &quot;{field}&quot;</source>
        <translation>سوال &quot;{field}&quot; کا لیبل &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>only when &quot;{choice}&quot; is picked in &quot;{tag}&quot;</source>
        <translation>صرف جب &quot;{tag}&quot; میں &quot;{choice}&quot; چنا جائے</translation>
    </message>
    <message>
        <source>only when &quot;{choice}&quot; is picked</source>
        <translation>صرف جب &quot;{choice}&quot; چنا جائے</translation>
    </message>
    <message>
        <source>only when a choice is picked in &quot;{tag}&quot;</source>
        <translation>صرف جب &quot;{tag}&quot; میں کوئی انتخاب چنا جائے</translation>
    </message>
    <message>
        <source>only when a choice is picked</source>
        <translation>صرف جب کوئی انتخاب چنا جائے</translation>
    </message>
    <message>
        <source>only when &quot;{choice}&quot; is not picked in &quot;{tag}&quot;</source>
        <translation>صرف جب &quot;{tag}&quot; میں &quot;{choice}&quot; نہ چنا جائے</translation>
    </message>
    <message>
        <source>only when &quot;{choice}&quot; is not picked</source>
        <translation>صرف جب &quot;{choice}&quot; نہ چنا جائے</translation>
    </message>
    <message>
        <source>only when a choice is not picked in &quot;{tag}&quot;</source>
        <translation>صرف جب &quot;{tag}&quot; میں کوئی انتخاب نہ چنا جائے</translation>
    </message>
    <message>
        <source>only when a choice is not picked</source>
        <translation>صرف جب کوئی انتخاب نہ چنا جائے</translation>
    </message>
    <message>
        <source>{at}: {what}</source>
        <translation>‏{at}: {what}</translation>
    </message>
    <message>
        <source>not a Label Studio tag this import knows; ignored</source>
        <extracomment>Where a comparison&apos;s tasks hold their prompt, candidates and conversation, and how its controls&apos; results read (`lscompare`); None for other configs.</extracomment>
        <translation>یہ Label Studio کا ایسا ٹیگ نہیں جسے یہ امپورٹ جانتا ہو؛ نظر انداز کیا گیا</translation>
    </message>
    <message>
        <source>The Label Studio config has no object tag this import supports (Image, Text, HyperText, Audio, AudioPlus, List, Chat or Paragraphs); it shows {tags}.</source>
        <translation>‏Label Studio کنفیگ میں کوئی ایسا آبجیکٹ ٹیگ نہیں جو یہ امپورٹ لے سکے (Image، Text، HyperText، Audio، AudioPlus، List، Chat یا Paragraphs)؛ اس میں {tags} ہیں۔</translation>
    </message>
    <message>
        <source>The Label Studio config has no object tag this import supports (Image, Text, HyperText, Audio, AudioPlus, List, Chat or Paragraphs).</source>
        <translation>‏Label Studio کنفیگ میں کوئی ایسا آبجیکٹ ٹیگ نہیں جو یہ امپورٹ لے سکے (Image، Text، HyperText، Audio، AudioPlus، List، Chat یا Paragraphs)۔</translation>
    </message>
    <message>
        <source>The Label Studio config shows {kinds} together ({tags}); a schema has one media kind.</source>
        <translation>‏Label Studio کنفیگ میں {kinds} ایک ساتھ ہیں ({tags})؛ اسکیما میں میڈیا کی ایک ہی قسم ہوتی ہے۔</translation>
    </message>
    <message>
        <source>an item has one {media}; only {kept} is carried over</source>
        <translation>ایک آئٹم میں ایک ہی {media} ہوتا ہے؛ صرف {kept} لیا گیا</translation>
    </message>
    <message>
        <source>carried over as plain text; items hold text, not HTML</source>
        <translation>سادہ متن کے طور پر لیا گیا؛ آئٹموں میں متن ہوتا ہے، HTML نہیں</translation>
    </message>
    <message>
        <source>granularity &quot;{granularity}&quot; ignored; spans are by character</source>
        <translation>granularity &quot;{granularity}&quot; نظر انداز کی گئی؛ اسپین حرف بہ حرف ہوتے ہیں</translation>
    </message>
    <message>
        <source>shows task data; left out</source>
        <translation>ٹاسک کا ڈیٹا دکھاتا ہے؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>answers per region have no equivalent (a region carries only its label); left out</source>
        <translation>ہر نشان کے الگ جوابوں کا یہاں کوئی متبادل نہیں (نشان کے ساتھ صرف اس کا لیبل ہوتا ہے)؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>{why}; left out</source>
        <translation>‏{why}؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>shown in Label Studio {when}; here it is always shown, and optional</source>
        <translation>‏Label Studio میں یہ {when} دکھتا ہے؛ یہاں ہمیشہ دکھتا ہے، اور اختیاری ہے</translation>
    </message>
    <message>
        <source>compares two Text objects here; left out</source>
        <extracomment>The object tags a comparison is made of, besides `&lt;Text&gt;`. A List&apos;s item ids by candidate key, to read the Ranker&apos;s order.</extracomment>
        <translation>یہاں دو Text آبجیکٹ کا موازنہ کرتا ہے؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>a pairwise field without tie or strength, as in Label Studio (the schema can allow both)</source>
        <translation>ترجیح کا سوال، برابری اور شدت کے بغیر، جیسے Label Studio میں (اسکیما دونوں کی اجازت دے سکتا ہے)</translation>
    </message>
    <message>
        <source>ranks a List here; left out</source>
        <translation>یہاں ایک List کی درجہ بندی کرتا ہے؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>its Buckets sort the listed items into groups: a flags field, each bucket a label an item may get</source>
        <translation>اس کے Buckets فہرست کی چیزوں کو گروہوں میں بانٹتے ہیں: نشانیوں (flags) کا سوال، ہر bucket ایک لیبل جو کسی چیز کو مل سکتا ہے</translation>
    </message>
    <message>
        <source>a criteria field rating each listed item (its results in tasks are not read: they are reported)</source>
        <translation>معیاروں کا سوال جو فہرست کی ہر چیز کو درجہ دیتا ہے (ٹاسکس میں اس کے نتائج پڑھے نہیں جاتے: ان کی اطلاع دی جاتی ہے)</translation>
    </message>
    <message>
        <source>rates candidate {letter}: a criteria field rating each candidate</source>
        <translation>متبادل {letter} کو درجہ دیتا ہے: معیاروں کا سوال جو ہر متبادل کو درجہ دیتا ہے</translation>
    </message>
    <message>
        <source>a second rating of the candidates on another scale; left out</source>
        <translation>متبادلوں کی دوسری درجہ بندی، کسی اور پیمانے پر؛ چھوڑ دی گئی</translation>
    </message>
    <message>
        <source>rates candidate {letter}, a row of the criteria field of {field}</source>
        <translation>متبادل {letter} کو درجہ دیتا ہے، {field} کے معیاروں والے سوال کی ایک قطار</translation>
    </message>
    <message>
        <source>labels {tag}, which is not carried over</source>
        <translation>{tag} پر لیبل لگاتا ہے، جو لیا نہیں گیا</translation>
    </message>
    <message>
        <source>toName &quot;{name}&quot; names no object</source>
        <translation>toName &quot;{name}&quot; کسی آبجیکٹ کا نام نہیں</translation>
    </message>
    <message>
        <source>the most stars must be a whole number from 2 to 100; 5 used</source>
        <translation>زیادہ سے زیادہ ستارے 2 سے 100 تک کا پورا عدد ہونا چاہیے؛ 5 لیے گئے</translation>
    </message>
    <message>
        <source>needs {fits} media, not {media}; left out</source>
        <translation>اسے {fits} میڈیا چاہیے، {media} نہیں؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>no Rectangle, Polygon or KeyPoint goes with it; left out</source>
        <translation>اس کے ساتھ کوئی Rectangle، Polygon یا KeyPoint نہیں؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>its labels go to the region fields {names}</source>
        <translation>اس کے لیبل نشانوں والے سوالوں {names} میں گئے</translation>
    </message>
    <message>
        <source>a region gets one label here</source>
        <translation>یہاں ایک نشان کو ایک ہی لیبل ملتا ہے</translation>
    </message>
    <message>
        <source>limits on uses per item have no equivalent</source>
        <translation>فی آئٹم استعمال کی حد کا یہاں کوئی متبادل نہیں</translation>
    </message>
    <message>
        <source>regions without labels; carried over with one label, &quot;{name}&quot;</source>
        <translation>بغیر لیبل کے نشان؛ ایک لیبل &quot;{name}&quot; کے ساتھ لیے گئے</translation>
    </message>
    <message>
        <source>appears twice; the second is left out</source>
        <translation>دو بار آیا ہے؛ دوسرا چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>colour &quot;{colour}&quot; is not one we can read; left out</source>
        <translation>رنگ &quot;{colour}&quot; پڑھا نہیں جا سکا؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>alias &quot;{alias}&quot; has no equivalent; answers store &quot;{value}&quot;</source>
        <translation>متبادل نام &quot;{alias}&quot; کا یہاں کوئی متبادل نہیں؛ جوابوں میں &quot;{value}&quot; محفوظ ہوتا ہے</translation>
    </message>
    <message>
        <source>pre-selected in Label Studio; a prefill can propose it</source>
        <translation>‏Label Studio میں پہلے سے چنا ہوا؛ تجویز کردہ جواب اسے تجویز کر سکتا ہے</translation>
    </message>
    <message>
        <source>hint &quot;{hint}&quot; is not shown; left out</source>
        <translation>اشارہ &quot;{hint}&quot; دکھایا نہیں جاتا؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>it has no control tags</source>
        <translation>اس میں کوئی کنٹرول ٹیگ نہیں</translation>
    </message>
    <message>
        <source>No field could be carried over from this config ({why}).</source>
        <translation>اس کنفیگ سے کوئی سوال نہیں لیا جا سکا ({why})۔</translation>
    </message>
    <message>
        <source>a schema holds at most {count} fields; left out</source>
        <translation>اسکیما میں زیادہ سے زیادہ {count} سوال ہو سکتے ہیں؛ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>field named &quot;{name}&quot; (was &quot;{was}&quot;)</source>
        <translation>سوال کا نام &quot;{name}&quot; رکھا گیا (پہلے &quot;{was}&quot; تھا)</translation>
    </message>
    <message>
        <source>field named &quot;{name}&quot; (was no name)</source>
        <translation>سوال کا نام &quot;{name}&quot; رکھا گیا (پہلے کوئی نام نہیں تھا)</translation>
    </message>
    <message>
        <source>The config could not be turned into a valid schema: {why}</source>
        <translation>کنفیگ درست اسکیما میں نہیں بدلا جا سکا: {why}</translation>
    </message>
    <message>
        <source>hotkey &quot;{key}&quot; dropped; only single-key hotkeys are carried over</source>
        <translation>کلید &quot;{key}&quot; چھوڑ دی گئی؛ صرف ایک کلید والے شارٹ کٹ لیے جاتے ہیں</translation>
    </message>
    <message>
        <source>hotkey &quot;{key}&quot; dropped; {name} is reserved by the workbench</source>
        <translation>کلید &quot;{key}&quot; چھوڑ دی گئی؛ {name} ورک بینچ کے اپنے کام کی ہے</translation>
    </message>
    <message>
        <source>hotkey &quot;{key}&quot; dropped; it already picks {other}</source>
        <translation>کلید &quot;{key}&quot; چھوڑ دی گئی؛ یہ پہلے ہی {other} چنتی ہے</translation>
    </message>
    <message>
        <source>only while a region labelled &apos;{label}&apos; is selected</source>
        <extracomment>A comparison&apos;s prompt is the Text of one of these names, else its first Text of data. The comparison kinds&apos; own schema keys (`tie`, `rows`, …). The controls whose results answer this field, and how (`lscompare`).</extracomment>
        <translation>صرف جب &apos;{label}&apos; لیبل والا نشان منتخب ہو</translation>
    </message>
    <message>
        <source>only while a region is selected</source>
        <translation>صرف جب کوئی نشان منتخب ہو</translation>
    </message>
    <message>
        <source>only while no region is selected</source>
        <translation>صرف جب کوئی نشان منتخب نہ ہو</translation>
    </message>
    <message>
        <source>only under a condition (visibleWhen=&apos;{when}&apos;)</source>
        <translation>صرف ایک شرط پر (visibleWhen=&apos;{when}&apos;)</translation>
    </message>
    <message>
        <source>{first} and {rest}</source>
        <translation>‏{first} اور {rest}</translation>
    </message>
    <message>
        <source>has no candidates, and field {field} ({kind}) compares the item&apos;s candidates: give 2 to 10 under “candidates”</source>
        <translation>اس میں کوئی متبادل نہیں، جبکہ سوال {field} ({kind}) آئٹم کے متبادلوں کا موازنہ کرتا ہے: “candidates” میں 2 سے 10 متبادل دیں</translation>
    </message>
    <message>
        <source>has no record, and field {field} (record) verifies the item&apos;s record: give it under “record”</source>
        <translation>اس میں کوئی ریکارڈ نہیں، جبکہ سوال {field} (record) آئٹم کے ریکارڈ کی تصدیق کرتا ہے: اسے “record” میں دیں</translation>
    </message>
    <message>
        <source>not held: this format holds criteria fields only</source>
        <translation>شامل نہیں: یہ فارمیٹ صرف معیار والے سوال رکھتا ہے</translation>
    </message>
    <message>
        <source>left out: no annotator rated it</source>
        <translation>شامل نہیں: کسی اینوٹیٹر نے اسے درجہ نہیں دیا</translation>
    </message>
    <message>
        <source>written as it is; a spreadsheet may run it as a formula (open it as text)</source>
        <translation>جیسا ہے ویسا لکھا گیا؛ اسپریڈشیٹ اسے فارمولا سمجھ کر چلا سکتی ہے (اسے متن کے طور پر کھولیں)</translation>
    </message>
    <message>
        <source>written in full; longer than the {count} characters a spreadsheet cell holds</source>
        <translation>پورا لکھا گیا؛ اسپریڈشیٹ کے ایک خانے میں آنے والے {count} حروف سے لمبا ہے</translation>
    </message>
    <message>
        <source>left out: the item&apos;s text is unknown</source>
        <translation>شامل نہیں: آئٹم کا متن معلوم نہیں</translation>
    </message>
    <message>
        <source>left out: the item has no candidates A and B with text</source>
        <translation>شامل نہیں: آئٹم میں متن والے متبادل A اور B نہیں ہیں</translation>
    </message>
    <message>
        <source>left out: the consensus is a tie (the annotators are split, or chose tie)</source>
        <translation>شامل نہیں: متفقہ جواب برابر ہے (اینوٹیٹر بٹے ہوئے ہیں، یا انہوں نے برابر چنا)</translation>
    </message>
    <message>
        <source>left out: no annotator answered it</source>
        <translation>شامل نہیں: کسی اینوٹیٹر نے اس کا جواب نہیں دیا</translation>
    </message>
    <message>
        <source>not held: this format holds the {kind} field {name} only</source>
        <translation>شامل نہیں: یہ فارمیٹ صرف {kind} سوال {name} رکھتا ہے</translation>
    </message>
</context>
</TS>
