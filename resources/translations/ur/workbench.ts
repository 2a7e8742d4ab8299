<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About labeler</source>
        <translation>‏labeler کے بارے میں</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کاپی کریں</translation>
    </message>
    <message>
        <source>labeler {version}</source>
        <translation>labeler {version}</translation>
    </message>
    <message>
        <source>Qt {qt} · PySide6 {pyside} · Python {python}</source>
        <translation>Qt {qt} · PySide6 {pyside} · Python {python}</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>پلگ ان</translation>
    </message>
    <message>
        <source>The plugins are still loading…</source>
        <translation>پلگ ان ابھی لوڈ ہو رہے ہیں…</translation>
    </message>
    <message>
        <source>The plugins did not load: {reason}</source>
        <translation>پلگ ان لوڈ نہیں ہوئے: {reason}</translation>
    </message>
    <message>
        <source>No plugins are installed.</source>
        <translation>کوئی پلگ ان انسٹال نہیں۔</translation>
    </message>
    <message>
        <source>{name} ({package}) did not load: {error}</source>
        <translation>{name} ({package}) لوڈ نہیں ہوا: {error}</translation>
    </message>
    <message>
        <source>{name}: {title}</source>
        <translation>{name}: {title}</translation>
    </message>
    <message>
        <source>Package: {package}</source>
        <translation>پیکج: {package}</translation>
    </message>
    <message>
        <source>{kind}: {names}</source>
        <translation>{kind}: {names}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>AudioEditor</name>
    <message>
        <source>Playback failed: {reason}</source>
        <translation>آواز نہیں چل سکی: {reason}</translation>
    </message>
</context>
<context>
    <name>CandidateCard</name>
    <message>
        <source>The picture has not arrived yet.</source>
        <extracomment>A recording that is here, with its play button.</extracomment>
        <translation>تصویر ابھی نہیں پہنچی۔</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>لوڈ ہو رہی ہے…</translation>
    </message>
    <message>
        <source>The recording has not arrived yet.</source>
        <translation>ریکارڈنگ ابھی نہیں پہنچی۔</translation>
    </message>
    <message>
        <source>Play {key}</source>
        <translation>{key} چلائیں</translation>
    </message>
    <message>
        <source>No picture.</source>
        <translation>کوئی تصویر نہیں۔</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Before you submit</source>
        <translation>جمع کرنے سے پہلے</translation>
    </message>
    <message>
        <source>A check found something to look at:</source>
        <translation>جانچ میں ایک بات دیکھنے کی ہے:</translation>
    </message>
    <message>
        <source>The checks found {count} things to look at:</source>
        <translation>جانچ میں {count} باتیں دیکھنے کی ہیں:</translation>
    </message>
    <message>
        <source>Submit anyway ({key})</source>
        <translation>پھر بھی جمع کریں ({key})</translation>
    </message>
    <message>
        <source>Go back ({key})</source>
        <translation>واپس جائیں ({key})</translation>
    </message>
</context>
<context>
    <name>ComparisonFields</name>
    <message>
        <source>Place {keys} in the ranking ({field})</source>
        <extracomment>The kinds of issue 17&apos;s comparisons (docs/protocol.md, &quot;Field kinds&quot;). The ids of the pairwise keys (the window&apos;s actions), by what they ask for.</extracomment>
        <translation>درجہ بندی میں {keys} کو جگہ دیں ({field})</translation>
    </message>
    <message>
        <source>Confirm or correct {keys} ({field})</source>
        <translation>{keys} کی تصدیق یا درستی کریں ({field})</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>↓/↑ or PgDn/PgUp: next or previous candidate</source>
        <extracomment>The candidate moved to by ↑/↓ here (its key). A recording&apos;s play button: (key, path).</extracomment>
        <translation>↓/↑ یا PgDn/PgUp: اگلا یا پچھلا متبادل</translation>
    </message>
    <message>
        <source>Space: play or pause the candidate&apos;s recording</source>
        <translation>Space: متبادل کی ریکارڈنگ چلائیں یا روکیں</translation>
    </message>
</context>
<context>
    <name>CriteriaGroup</name>
    <message>
        <source>Tab/Shift+Tab row · {low}–{high} rate it</source>
        <translation>Tab/Shift+Tab: قطار · {low} سے {high}: نمبر دیں</translation>
    </message>
</context>
<context>
    <name>FieldGroup</name>
    <message>
        <source>required</source>
        <extracomment>A rating range up to this many values gets one chip per value, else a spin box.</extracomment>
        <translation>ضروری</translation>
    </message>
    <message>
        <source>(any number)</source>
        <translation>(جتنے چاہیں)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختیاری</translation>
    </message>
</context>
<context>
    <name>FlagsGroup</name>
    <message>
        <source>Alt+letter, ↑/↓: candidate · label key: flag · Tab: why</source>
        <translation>Alt+حرف، ↑/↓: متبادل · لیبل کلید: نشان · Tab: وجہ</translation>
    </message>
    <message>
        <source>Alt+letter or ↑/↓: candidate · a label&apos;s key flags it</source>
        <translation>Alt+حرف یا ↑/↓: متبادل · لیبل کی کلید: نشان لگائیں</translation>
    </message>
</context>
<context>
    <name>GoingBack</name>
    <message>
        <source>No earlier item: this is the only one you answered here.</source>
        <extracomment>The answered items, newest first, as read when going back began. Which of them is shown (0: the newest); None on the current item. A submit happened and the item shown since was not changed: Ctrl+Z goes back.</extracomment>
        <translation>اس سے پہلے کوئی آئٹم نہیں: یہاں آپ نے یہی ایک جواب دیا ہے۔</translation>
    </message>
    <message>
        <source>No earlier item: these are the last {count} you answered here.</source>
        <translation>اس سے پہلے کوئی آئٹم نہیں: یہاں آپ کے آخری {count} جواب یہی ہیں۔</translation>
    </message>
    <message>
        <source>This is the current item: nothing comes after it.</source>
        <translation>یہ موجودہ آئٹم ہے: اس کے بعد کچھ نہیں۔</translation>
    </message>
    <message>
        <source>Nothing to go back to: no answered item of the batches you hold.</source>
        <translation>واپس جانے کو کچھ نہیں: آپ کے بیچوں میں کوئی جواب دیا ہوا آئٹم نہیں۔</translation>
    </message>
    <message>
        <source>The earlier items could not be read: {error}</source>
        <translation>پچھلے آئٹم پڑھے نہیں جا سکے: {error}</translation>
    </message>
    <message>
        <source>correcting</source>
        <translation>اصلاح جاری</translation>
    </message>
    <message>
        <source>earlier item</source>
        <translation>پچھلا آئٹم</translation>
    </message>
    <message>
        <source>{previous} / {next} move, Esc returns</source>
        <translation>{previous} / {next} سے آگے پیچھے، Esc سے واپس</translation>
    </message>
    <message>
        <source>{which} cannot be corrected: {why} {moves}.</source>
        <translation>{which} درست نہیں کیا جا سکتا: {why} {moves}۔</translation>
    </message>
    <message>
        <source>Correcting {which} (you skipped it: “{reason}”) — {keys} sends the correction, Esc returns</source>
        <translation>{which} درست کیا جا رہا ہے (آپ نے اسے چھوڑا تھا: “{reason}”) — {keys} سے اصلاح بھیجیں، Esc سے واپس</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>کوئی وجہ نہیں</translation>
    </message>
    <message>
        <source>Correcting {which} — {keys} sends the correction, Esc returns</source>
        <translation>{which} درست کیا جا رہا ہے — {keys} سے اصلاح بھیجیں، Esc سے واپس</translation>
    </message>
    <message>
        <source>Every key is checked: {key} sends the correction.</source>
        <translation>ہر خانہ دیکھ لیا گیا: {key} سے اصلاح بھیجیں۔</translation>
    </message>
    <message>
        <source>Every key is checked: {key} sends the answer.</source>
        <translation>ہر خانہ دیکھ لیا گیا: {key} سے جواب بھیجیں۔</translation>
    </message>
    <message>
        <source>Correction saved: it replaces your earlier answer.</source>
        <translation>اصلاح محفوظ ہو گئی: یہ آپ کے پہلے جواب کی جگہ لے گی۔</translation>
    </message>
    <message>
        <source>Your correction was refused by the task server: {reason}</source>
        <translation>ٹاسک سرور نے آپ کی اصلاح نامنظور کر دی: {reason}</translation>
    </message>
</context>
<context>
    <name>ImageEditor</name>
    <message>
        <source>{message}

Skip this item and give that as the reason.</source>
        <translation>{message}

یہ آئٹم چھوڑ دیں اور یہی وجہ بتائیں۔</translation>
    </message>
</context>
<context>
    <name>KeyDrawing</name>
    <message>
        <source>A box needs width and height: move the crosshair first</source>
        <extracomment>Screen pixels the pointer must travel before the mouse takes drawing back. Screen pixels kept between the crosshair and the view&apos;s edge when it scrolls along. Shown, hidden, moved, a corner or vertex set, a region made: overlays follow. The tool drawn with: &quot;boxes&quot;, &quot;polygons&quot; or &quot;points&quot;. The crosshair, a pixel corner in original pixels; None while hidden. A box&apos;s first corner, once Space set it. A polygon&apos;s vertices so far. Why the last Space made nothing, for the overlay (&quot;&quot; when it did).</extracomment>
        <translation>باکس کی چوڑائی اور اونچائی چاہیے: پہلے کراس ہیئر ہلائیں</translation>
    </message>
    <message>
        <source>A polygon needs three vertices around an area</source>
        <translation>کثیر الاضلاع کے لیے کسی جگہ کے گرد تین کونے چاہییں</translation>
    </message>
    <message>
        <source>{field} holds at most {count}</source>
        <translation>{field} میں زیادہ سے زیادہ {count} ہو سکتے ہیں</translation>
    </message>
</context>
<context>
    <name>LabelChip</name>
    <message>
        <source>{label} (key {key})</source>
        <extracomment>The mark of an expected (gold) value: a dashed ring and a tick, in one colour.</extracomment>
        <translation>{label} (کلید {key})</translation>
    </message>
</context>
<context>
    <name>LabelingSession</name>
    <message>
        <source>Fetching items…</source>
        <extracomment>The list of key actions changed (a new schema): the window re-installs its keymap. The first item was painted (for the startup trace). The clock of an item shown before its media: it starts when the media shows. The active time spent on the item shown before it was shown this time (kept with its draft): its clock counts on from there. The editor class of the open project&apos;s media: what `_prepare` runs.</extracomment>
        <translation>آئٹم لائے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>Discard works on the current item: Esc goes back to it.</source>
        <translation>مسودہ صرف موجودہ آئٹم پر مٹتا ہے: Esc سے اس پر واپس جائیں۔</translation>
    </message>
    <message>
        <source>Nothing to discard: the item is as it came.</source>
        <translation>مٹانے کو کچھ نہیں: آئٹم ویسا ہی ہے جیسا آیا تھا۔</translation>
    </message>
    <message>
        <source>Draft discarded: {key} brings it back.</source>
        <translation>مسودہ مٹا دیا گیا: {key} سے واپس لائیں۔</translation>
    </message>
    <message>
        <source>{keys} answers this item and sends it</source>
        <translation>{keys} سے اس آئٹم کا جواب دیں اور بھیجیں</translation>
    </message>
    <message>
        <source>This project is locked: {reason}</source>
        <translation>یہ پروجیکٹ بند ہے: {reason}</translation>
    </message>
    <message>
        <source>No items left for you in this project. Thank you!</source>
        <translation>اس پروجیکٹ میں آپ کے لیے کوئی آئٹم باقی نہیں۔ شکریہ!</translation>
    </message>
    <message>
        <source>Fetching the next items…</source>
        <translation>اگلے آئٹم لائے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>pre-filled: confirm or correct</source>
        <translation>تجویز کردہ جواب: تصدیق کریں یا درست کریں</translation>
    </message>
</context>
<context>
    <name>PairwiseGroup</name>
    <message>
        <source>A is better</source>
        <extracomment>The candidate the group&apos;s focus is on (its key), for the comparison to outline.</extracomment>
        <translation>A بہتر ہے</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>برابر</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B بہتر ہے</translation>
    </message>
    <message>
        <source>Shift+arrow: much better</source>
        <translation>Shift+تیر: کہیں بہتر</translation>
    </message>
    <message>
        <source>expected: much better</source>
        <translation>متوقع: کہیں بہتر</translation>
    </message>
    <message>
        <source>expected: not much better</source>
        <translation>متوقع: کہیں بہتر نہیں</translation>
    </message>
    <message>
        <source>{key} is much better</source>
        <translation>{key} کہیں بہتر ہے</translation>
    </message>
</context>
<context>
    <name>PluginShelf</name>
    <message>
        <source>they took longer than {seconds} s to load</source>
        <extracomment>Seconds the plugins may take to load before the workbench goes on without them. Milliseconds after the window shows at which the plugins load at the latest (a start without an item: the sign-in screen, the project list). The plugins are loaded (or their loading gave up): assists and checks are known. Why loading gave up as a whole (it took too long), else &quot;&quot;.</extracomment>
        <translation>لوڈ ہونے میں {seconds} سیکنڈ سے زیادہ لگے</translation>
    </message>
</context>
<context>
    <name>RankingGroup</name>
    <message>
        <source>↑/↓ candidate · 1–{last} place it, the others move down</source>
        <translation>↑/↓: متبادل · 1 سے {last}: اس درجے پر رکھیں، باقی ایک درجہ نیچے</translation>
    </message>
    <message>
        <source>↑/↓ candidate · a digit places it, the others move down</source>
        <translation>↑/↓: متبادل · ہندسہ: اس درجے پر رکھیں، باقی ایک درجہ نیچے</translation>
    </message>
    <message>
        <source>Ctrl+↑/↓ a rank better or worse · Backspace takes it out</source>
        <translation>Ctrl+↑/↓: ایک درجہ بہتر یا کم · Backspace: درجہ ہٹائیں</translation>
    </message>
    <message>
        <source>= ties it with the rank before its own</source>
        <translation>=: اپنے سے پہلے والے درجے کے برابر</translation>
    </message>
    <message>
        <source>– not placed yet: only what you place is ranked; place every one to send</source>
        <translation>–: ابھی درجہ نہیں دیا۔ درجہ صرف اسی کا ہے جسے آپ درجہ دیں؛ بھیجنے کے لیے ہر ایک کو درجہ دیں</translation>
    </message>
    <message>
        <source>not placed yet</source>
        <translation>ابھی درجہ نہیں دیا</translation>
    </message>
    <message>
        <source>≠ expected {rank}</source>
        <translation>≠ متوقع درجہ {rank}</translation>
    </message>
    <message>
        <source>Order: {order}</source>
        <translation>ترتیب: {order}</translation>
    </message>
    <message>
        <source>expected ✓</source>
        <translation>متوقع ترتیب ✓</translation>
    </message>
    <message>
        <source>expected: {order}</source>
        <translation>متوقع ترتیب: {order}</translation>
    </message>
</context>
<context>
    <name>RatingGroup</name>
    <message>
        <source>{low}–{high}: click, or focus and type a digit; ←/→ step</source>
        <translation>{low}–{high}: کلک کریں، یا یہاں آ کر کوئی ہندسہ لکھیں؛ ←/→ سے ایک ایک قدم</translation>
    </message>
</context>
<context>
    <name>RationaleGroup</name>
    <message>
        <source>{count} of at least {least} characters</source>
        <translation>کم از کم {least} میں سے {count} حروف</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} حروف</translation>
    </message>
</context>
<context>
    <name>RecordGroup</name>
    <message>
        <source>to check</source>
        <translation>دیکھنا باقی</translation>
    </message>
    <message>
        <source>Tab: next key · Enter: confirm as shown · type to correct · every key confirmed or corrected before the answer is sent</source>
        <translation>Tab: اگلا خانہ · Enter: جیسا ہے ویسا درست مانیں · لکھ کر درست کریں · جواب بھیجنے سے پہلے ہر خانے کی تصدیق یا درستی ضروری ہے</translation>
    </message>
    <message>
        <source>Tab: next key · Enter: confirm as shown · type to correct · every key confirmed or corrected before {key} saves it as the gold answer</source>
        <translation>Tab: اگلا خانہ · Enter: جیسا ہے ویسا درست مانیں · لکھ کر درست کریں · {key} سے گولڈ جواب محفوظ کرنے سے پہلے ہر خانے کی تصدیق یا درستی ضروری ہے</translation>
    </message>
    <message>
        <source>Tab: next key · Enter: confirm as shown · type to correct · every key confirmed or corrected before {key} sends it</source>
        <translation>Tab: اگلا خانہ · Enter: جیسا ہے ویسا درست مانیں · لکھ کر درست کریں · {key} سے بھیجنے سے پہلے ہر خانے کی تصدیق یا درستی ضروری ہے</translation>
    </message>
    <message>
        <source>not checked yet: Enter confirms it, typing corrects it</source>
        <translation>ابھی نہیں دیکھا: Enter سے تصدیق، لکھ کر درستی</translation>
    </message>
    <message>
        <source>confirmed as shown</source>
        <translation>جیسا دکھایا ویسا درست مانا</translation>
    </message>
    <message>
        <source>corrected (was: {value})</source>
        <translation>درست کیا (پہلے: {value})</translation>
    </message>
    <message>
        <source>expected ✓ {value}</source>
        <translation>متوقع جواب ✓ {value}</translation>
    </message>
    <message>
        <source>≠ expected: {value}</source>
        <translation>≠ متوقع جواب: {value}</translation>
    </message>
</context>
<context>
    <name>RecordPairView</name>
    <message>
        <source>First record</source>
        <translation>پہلا ریکارڈ</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>دوسرا ریکارڈ</translation>
    </message>
    <message>
        <source>{count} of {total} values differ</source>
        <translation>{total} میں سے {count} قدریں مختلف ہیں</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Record</source>
        <extracomment>Background of a differing row of a record pair.</extracomment>
        <translation>ریکارڈ</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Image does not load</source>
        <extracomment>What the first reason says, by the schema&apos;s media. The reasons are sent in English (the reviewer&apos;s words); the dialog shows them in the interface&apos;s language (`ReasonDialog` translates each, in the context of `SkipDialog`).</extracomment>
        <translation>تصویر نہیں کھلتی</translation>
    </message>
    <message>
        <source>Text does not show properly</source>
        <translation>متن ٹھیک سے نظر نہیں آتا</translation>
    </message>
    <message>
        <source>Audio does not play</source>
        <translation>آواز نہیں چلتی</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <extracomment>The reasons after the first, in order.</extracomment>
        <translation>یقین سے نہیں کہا جا سکتا</translation>
    </message>
    <message>
        <source>Not in my language</source>
        <translation>میری زبان میں نہیں</translation>
    </message>
    <message>
        <source>Offensive or unsafe content</source>
        <translation>نامناسب یا غیر محفوظ مواد</translation>
    </message>
    <message>
        <source>Skip this item</source>
        <extracomment>The protocol&apos;s limit on a skip reason.</extracomment>
        <translation>یہ آئٹم چھوڑیں</translation>
    </message>
    <message>
        <source>Why skip this item? The reviewer reads your reason.</source>
        <translation>یہ آئٹم کیوں چھوڑ رہے ہیں؟ جائزہ کار آپ کی وجہ پڑھے گا۔</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>چھوڑیں</translation>
    </message>
    <message>
        <source>skips</source>
        <translation>آئٹم چھوڑیں</translation>
    </message>
    <message>
        <source>What the reviewer should know (optional)</source>
        <translation>جائزہ کار کے لیے کوئی بات (اختیاری)</translation>
    </message>
    <message>
        <source>Say in the comment why you skip it.</source>
        <translation>تبصرے میں لکھیں کہ آپ اسے کیوں چھوڑ رہے ہیں۔</translation>
    </message>
</context>
<context>
    <name>SpanLegend</name>
    <message>
        <source>{key} next span</source>
        <translation>{key} اگلا نشان</translation>
    </message>
    <message>
        <source>{key} removes</source>
        <translation>{key} مٹائیں</translation>
    </message>
</context>
<context>
    <name>SpinRatingGroup</name>
    <message>
        <source>expected ✓ {value}</source>
        <translation>متوقع جواب ✓ {value}</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>relabel: {labels}</source>
        <translation>لیبل بدلیں: {labels}</translation>
    </message>
    <message>
        <source>next: {labels}</source>
        <translation>اگلا: {labels}</translation>
    </message>
    <message>
        <source>start marked at {time} ({key} ends it)</source>
        <translation>آغاز {time} پر ({key} سے ختم کریں)</translation>
    </message>
    <message>
        <source>start marked at {time}</source>
        <translation>آغاز {time} پر</translation>
    </message>
    <message>
        <source>selected: {label} {start}–{end}</source>
        <translation>منتخب: {label} {start}–{end}</translation>
    </message>
</context>
<context>
    <name>SyncNews</name>
    <message>
        <source>Fetching media… {done} of {total}</source>
        <extracomment>The server said no work is left (read with the items: other news, such as media arriving, says nothing about it) / the project is locked (its reason).</extracomment>
        <translation>میڈیا آ رہا ہے… {total} میں سے {done}</translation>
    </message>
    <message>
        <source>Fetching media… {done}</source>
        <translation>میڈیا آ رہا ہے… {done}</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Extend the selection 1 character left</source>
        <translation>انتخاب ایک حرف بائیں بڑھائیں</translation>
    </message>
    <message>
        <source>Extend the selection 1 character right</source>
        <translation>انتخاب ایک حرف دائیں بڑھائیں</translation>
    </message>
    <message>
        <source>Extend the selection 1 word left</source>
        <translation>انتخاب ایک لفظ بائیں بڑھائیں</translation>
    </message>
    <message>
        <source>Extend the selection 1 word right</source>
        <translation>انتخاب ایک لفظ دائیں بڑھائیں</translation>
    </message>
    <message>
        <source>Delete the span at the caret</source>
        <translation>کرسر والا نشان مٹائیں</translation>
    </message>
    <message>
        <source>Select the next span</source>
        <translation>اگلا نشان منتخب کریں</translation>
    </message>
    <message>
        <source>Select the previous span</source>
        <translation>پچھلا نشان منتخب کریں</translation>
    </message>
    <message>
        <source>expected {label} ({field}) {start}–{end}</source>
        <translation>متوقع جواب: {label} ({field}) {start}–{end}</translation>
    </message>
</context>
<context>
    <name>TextGroup</name>
    <message>
        <source>expected ✓ {value}</source>
        <translation>متوقع جواب ✓ {value}</translation>
    </message>
</context>
<context>
    <name>TranscriptBox</name>
    <message>
        <source>Type what is said…</source>
        <translation>جو کہا جا رہا ہے وہ لکھیں…</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <source>Waveform</source>
        <extracomment>What the waveform on screen looked like when it last painted (GUI thread writes, workers read one reference: no lock needed). A click selected a segment (field, index) or nothing (field, -1). A drag on the wave drew a new segment (field, start, end). A drag moved an edge (field, index, new segment). Zoom or scroll changed what is visible.</extracomment>
        <translation>آواز کی لہر</translation>
    </message>
</context>
<context>
    <name>WorkbenchPage</name>
    <message>
        <source>Answer</source>
        <extracomment>Another item (or a message in place of one) is shown: what was said about the item before, in the status line too, no longer applies. The keys in effect (after the user&apos;s rebinding), for what the page says.</extracomment>
        <translation>جواب</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>ہدایات</translation>
    </message>
    <message>
        <source>No instructions for this project.</source>
        <translation>اس پروجیکٹ کی کوئی ہدایات نہیں۔</translation>
    </message>
    <message>
        <source>1 item ready</source>
        <translation>1 آئٹم تیار</translation>
    </message>
    <message>
        <source>{count} items ready</source>
        <translation>{count} آئٹم تیار</translation>
    </message>
    <message>
        <source>Not submitted: {problems}</source>
        <translation>جمع نہیں ہوا: {problems}</translation>
    </message>
    <message>
        <source>Nothing answered yet: {what}.</source>
        <translation>ابھی کوئی جواب نہیں دیا: {what}۔</translation>
    </message>
</context>
<context>
    <name>audio.editor</name>
    <message>
        <source>Loading the waveform…</source>
        <translation>آواز کی لہر بن رہی ہے…</translation>
    </message>
    <message>
        <source>The audio of this item is not on this computer yet.</source>
        <translation>اس آئٹم کی آواز ابھی اس کمپیوٹر پر نہیں آئی۔</translation>
    </message>
    <message>
        <source>No sound device: playback is silent; the play head still moves.</source>
        <translation>کوئی اسپیکر نہیں ملا: آواز نہیں آئے گی، چلتی لکیر پھر بھی آگے بڑھے گی۔</translation>
    </message>
    <message>
        <source>Into / out of the transcript</source>
        <translation>تحریری متن میں جائیں / باہر آئیں</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>چلائیں / روکیں</translation>
    </message>
    <message>
        <source>Back 1 s</source>
        <translation>1 سیکنڈ پیچھے</translation>
    </message>
    <message>
        <source>Replay the last 3 s</source>
        <translation>آخری 3 سیکنڈ دوبارہ سنیں</translation>
    </message>
</context>
<context>
    <name>audio.keys</name>
    <message>
        <source>Audio</source>
        <translation>آواز</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>چلائیں / روکیں</translation>
    </message>
    <message>
        <source>Play / pause (also while typing)</source>
        <translation>چلائیں / روکیں (لکھتے ہوئے بھی)</translation>
    </message>
    <message>
        <source>Back 1 s</source>
        <translation>1 سیکنڈ پیچھے</translation>
    </message>
    <message>
        <source>Forward 1 s</source>
        <translation>1 سیکنڈ آگے</translation>
    </message>
    <message>
        <source>Back 10 s</source>
        <translation>10 سیکنڈ پیچھے</translation>
    </message>
    <message>
        <source>Forward 10 s</source>
        <translation>10 سیکنڈ آگے</translation>
    </message>
    <message>
        <source>Back 1 min</source>
        <translation>1 منٹ پیچھے</translation>
    </message>
    <message>
        <source>Forward 1 min</source>
        <translation>1 منٹ آگے</translation>
    </message>
    <message>
        <source>Back 1 s (also while typing)</source>
        <translation>1 سیکنڈ پیچھے (لکھتے ہوئے بھی)</translation>
    </message>
    <message>
        <source>Forward 1 s (also while typing)</source>
        <translation>1 سیکنڈ آگے (لکھتے ہوئے بھی)</translation>
    </message>
    <message>
        <source>Back 10 s (also while typing)</source>
        <translation>10 سیکنڈ پیچھے (لکھتے ہوئے بھی)</translation>
    </message>
    <message>
        <source>Forward 10 s (also while typing)</source>
        <translation>10 سیکنڈ آگے (لکھتے ہوئے بھی)</translation>
    </message>
    <message>
        <source>Go to the start</source>
        <translation>شروع پر جائیں</translation>
    </message>
    <message>
        <source>Go to the end</source>
        <translation>آخر پر جائیں</translation>
    </message>
    <message>
        <source>Replay the last 3 s</source>
        <translation>آخری 3 سیکنڈ دوبارہ سنیں</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>آہستہ</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>تیز</translation>
    </message>
    <message>
        <source>Mark a segment start at the play head</source>
        <translation>چلتی لکیر پر حصے کا آغاز لگائیں</translation>
    </message>
    <message>
        <source>End the segment at the play head</source>
        <translation>چلتی لکیر پر حصہ ختم کریں</translation>
    </message>
    <message>
        <source>Move the selected segment&apos;s start to the play head</source>
        <translation>منتخب حصے کا آغاز چلتی لکیر پر لائیں</translation>
    </message>
    <message>
        <source>Move the selected segment&apos;s end to the play head</source>
        <translation>منتخب حصے کا اختتام چلتی لکیر پر لائیں</translation>
    </message>
    <message>
        <source>Next segment</source>
        <translation>اگلا حصہ</translation>
    </message>
    <message>
        <source>Previous segment</source>
        <translation>پچھلا حصہ</translation>
    </message>
    <message>
        <source>Delete the selected segment</source>
        <translation>منتخب حصہ مٹائیں</translation>
    </message>
    <message>
        <source>Zoom in ×2</source>
        <translation>دو گنا قریب سے</translation>
    </message>
    <message>
        <source>Zoom out ÷2</source>
        <translation>دو گنا دور سے</translation>
    </message>
    <message>
        <source>Show the whole clip</source>
        <translation>پوری آواز دکھائیں</translation>
    </message>
    <message>
        <source>Into / out of the transcript</source>
        <translation>تحریری متن میں جائیں / باہر آئیں</translation>
    </message>
</context>
<context>
    <name>audio.painting</name>
    <message>
        <source>gold: {label}</source>
        <extracomment>Opacity of a segment&apos;s body over the background (selected, plain).</extracomment>
        <translation>متوقع: {label}</translation>
    </message>
</context>
<context>
    <name>audio.peaks</name>
    <message>
        <source>This audio file cannot be read ({reason}).</source>
        <translation>یہ آڈیو فائل پڑھی نہیں جا سکتی ({reason})۔</translation>
    </message>
    <message>
        <source>This audio file holds no sound.</source>
        <translation>اس آڈیو فائل میں کوئی آواز نہیں۔</translation>
    </message>
    <message>
        <source>The audio file of this item is missing from this computer.</source>
        <translation>اس آئٹم کی آڈیو فائل اس کمپیوٹر پر موجود نہیں۔</translation>
    </message>
    <message>
        <source>The audio file cannot be opened ({reason}).</source>
        <translation>آڈیو فائل کھل نہیں سکی ({reason})۔</translation>
    </message>
</context>
<context>
    <name>audio.transcript</name>
    <message>
        <source>&lt;b&gt;Gold transcript:&lt;/b&gt; every word matches.</source>
        <translation>&lt;b&gt;متوقع تحریری متن:&lt;/b&gt; ہر لفظ ملتا ہے۔</translation>
    </message>
    <message>
        <source>{count} missing</source>
        <translation>{count} رہ گئے</translation>
    </message>
    <message>
        <source>{count} extra</source>
        <translation>{count} زائد</translation>
    </message>
    <message>
        <source>{count} changed</source>
        <translation>{count} بدلے ہوئے</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts of word errors</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>&lt;b&gt;Gold transcript:&lt;/b&gt; {errors} word errors ({counts}; WER {rate}) · {missing} {extra} {expected}</source>
        <translation>&lt;b&gt;متوقع تحریری متن:&lt;/b&gt; الفاظ کی {errors} غلطیاں ({counts}؛ WER {rate}) · {missing} {extra} {expected}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>رہ گیا</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>زائد</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>متوقع</translation>
    </message>
</context>
<context>
    <name>image.chip</name>
    <message>
        <source>Select</source>
        <translation>انتخاب</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>باکس</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>کثیر الاضلاع</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>نقطہ</translation>
    </message>
    <message>
        <source>a label key arms its tool</source>
        <extracomment>Screen pixels between the chip and the canvas&apos;s edge. Pixels the chip adds above and below its line of text (its padding).</extracomment>
        <translation>لیبل کی کلید اس کا اوزار چن لیتی ہے</translation>
    </message>
    <message>
        <source>{key}: {tool} tool</source>
        <translation>{key}: {tool} کا اوزار</translation>
    </message>
    <message>
        <source>drag to draw, or press the label key to draw by keys</source>
        <translation>کھینچ کر بنائیں، یا کلیدوں سے بنانے کو لیبل کی کلید دبائیں</translation>
    </message>
    <message>
        <source>Space: a point · Esc: done</source>
        <translation>Space: نقطہ · Esc: ختم</translation>
    </message>
    <message>
        <source>Space: first vertex · Esc: done</source>
        <translation>Space: پہلا کونا · Esc: ختم</translation>
    </message>
    <message>
        <source>{count} vertices · Space: next · Enter closes · Esc cancels</source>
        <translation>{count} کونے · Space: اگلا · Enter: بند کریں · Esc: منسوخ</translation>
    </message>
    <message>
        <source>Space: first corner · Esc: done</source>
        <translation>Space: پہلا کونا · Esc: ختم</translation>
    </message>
    <message>
        <source>Space: second corner · Esc cancels</source>
        <translation>Space: دوسرا کونا · Esc: منسوخ</translation>
    </message>
</context>
<context>
    <name>image.decode</name>
    <message>
        <source>This image could not be read: {reason}.</source>
        <extracomment>Long edge of the biggest image the editor keeps in memory (an original zoomed into).</extracomment>
        <translation>یہ تصویر پڑھی نہیں جا سکی: {reason}۔</translation>
    </message>
    <message>
        <source>no image file was downloaded for this item</source>
        <translation>اس آئٹم کی کوئی تصویر ڈاؤن لوڈ نہیں ہوئی</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>فائل موجود نہیں</translation>
    </message>
    <message>
        <source>the file is not an image in a format the workbench knows</source>
        <translation>یہ فائل کسی ایسے فارمیٹ کی تصویر نہیں جسے ورک بینچ پہچانتا ہو</translation>
    </message>
    <message>
        <source>the image has too many pixels to decode safely</source>
        <translation>تصویر میں اتنے زیادہ پکسل ہیں کہ اسے محفوظ طریقے سے نہیں کھولا جا سکتا</translation>
    </message>
    <message>
        <source>there is not enough memory to decode it</source>
        <translation>اسے کھولنے کے لیے میموری کافی نہیں</translation>
    </message>
    <message>
        <source>the file is damaged ({detail})</source>
        <translation>فائل خراب ہے ({detail})</translation>
    </message>
</context>
<context>
    <name>image.keys</name>
    <message>
        <source>Image</source>
        <extracomment>The `?` sheet&apos;s heading of these keys (translated where the table is built).</extracomment>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>Select tool</source>
        <extracomment>Original pixels per arrow press: plain, Shift, Ctrl.</extracomment>
        <translation>انتخاب کا اوزار</translation>
    </message>
    <message>
        <source>Box tool and crosshair</source>
        <translation>باکس کا اوزار اور کراس ہیئر</translation>
    </message>
    <message>
        <source>Polygon tool and crosshair</source>
        <translation>کثیر الاضلاع کا اوزار اور کراس ہیئر</translation>
    </message>
    <message>
        <source>Point tool and crosshair</source>
        <translation>نقطے کا اوزار اور کراس ہیئر</translation>
    </message>
    <message>
        <source>Move left {step}</source>
        <extracomment>Each arrow: the id&apos;s word, the key, the direction on the image (x right, y down). What an arrow does to the crosshair or the selection, and to a box&apos;s size.</extracomment>
        <translation>{step} بائیں ہلائیں</translation>
    </message>
    <message>
        <source>Move right {step}</source>
        <translation>{step} دائیں ہلائیں</translation>
    </message>
    <message>
        <source>Move up {step}</source>
        <translation>{step} اوپر ہلائیں</translation>
    </message>
    <message>
        <source>Move down {step}</source>
        <translation>{step} نیچے ہلائیں</translation>
    </message>
    <message>
        <source>Box narrower by {step}</source>
        <extracomment>Suffix of the action id, modifier, step.</extracomment>
        <translation>باکس {step} تنگ کریں</translation>
    </message>
    <message>
        <source>Box wider by {step}</source>
        <translation>باکس {step} چوڑا کریں</translation>
    </message>
    <message>
        <source>Box shorter by {step}</source>
        <translation>باکس {step} کم اونچا کریں</translation>
    </message>
    <message>
        <source>Box taller by {step}</source>
        <translation>باکس {step} اونچا کریں</translation>
    </message>
    <message>
        <source>1 image px</source>
        <translation>تصویر کا 1 پکسل</translation>
    </message>
    <message>
        <source>{count} image px</source>
        <translation>تصویر کے {count} پکسل</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>قریب سے دیکھیں</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>دور سے دیکھیں</translation>
    </message>
    <message>
        <source>Fit the image</source>
        <translation>پوری تصویر دکھائیں</translation>
    </message>
    <message>
        <source>Mark corner, vertex or point</source>
        <translation>کونا یا نقطہ لگائیں</translation>
    </message>
    <message>
        <source>Add a region (or a vertex)</source>
        <translation>نیا نشان (یا کونا) شامل کریں</translation>
    </message>
    <message>
        <source>Next vertex of the selected polygon (arrows move it)</source>
        <translation>منتخب کثیر الاضلاع کا اگلا کونا (تیر اسے ہلاتے ہیں)</translation>
    </message>
    <message>
        <source>Previous vertex of the selected polygon</source>
        <translation>منتخب کثیر الاضلاع کا پچھلا کونا</translation>
    </message>
    <message>
        <source>Delete selection (or vertex)</source>
        <translation>منتخب نشان (یا کونا) مٹائیں</translation>
    </message>
    <message>
        <source>Cancel the box or polygon being drawn; again: hide the crosshair</source>
        <translation>بنتا ہوا باکس یا کثیر الاضلاع منسوخ کریں؛ دوبارہ: کراس ہیئر چھپائیں</translation>
    </message>
    <message>
        <source>Select the next region (a label key relabels it)</source>
        <translation>اگلا نشان منتخب کریں (لیبل کی کلید اس کا لیبل بدلتی ہے)</translation>
    </message>
    <message>
        <source>Select the previous region</source>
        <translation>پچھلا نشان منتخب کریں</translation>
    </message>
    <message>
        <source>{key}: corner</source>
        <translation>{key}: کونا</translation>
    </message>
    <message>
        <source>arrows {step} px, Shift {far}, Ctrl {jump}</source>
        <translation>تیر {step} پکسل، Shift {far}، Ctrl {jump}</translation>
    </message>
    <message>
        <source>Alt+arrows: size</source>
        <translation>Alt+تیر: سائز</translation>
    </message>
    <message>
        <source>Enter closes a polygon</source>
        <translation>Enter: کثیر الاضلاع بند</translation>
    </message>
    <message>
        <source>{key}: assist</source>
        <translation>{key}: مدد</translation>
    </message>
    <message>
        <source>Esc cancels</source>
        <translation>Esc: منسوخ</translation>
    </message>
    <message>
        <source>{key} every key</source>
        <translation>{key} تمام کلیدیں</translation>
    </message>
</context>
<context>
    <name>itemdata.markdown</name>
    <message>
        <source>image</source>
        <comment>an image in a text, shown as text</comment>
        <extracomment>Longer texts are shown as plain text: the Markdown reader is slow on megabytes.</extracomment>
        <translation>تصویر</translation>
    </message>
</context>
<context>
    <name>text.panels</name>
    <message>
        <source>… {count} more</source>
        <translation>… {count} مزید</translation>
    </message>
    <message>
        <source>No data for this item.</source>
        <translation>اس آئٹم کا کوئی ڈیٹا نہیں۔</translation>
    </message>
</context>
<context>
    <name>workbench.about</name>
    <message>
        <source>assists</source>
        <extracomment>What a plugin provides, by the kind `Plugin.provides` names.</extracomment>
        <translation>مدد</translation>
    </message>
    <message>
        <source>pre-annotation</source>
        <translation>پیشگی لیبلنگ</translation>
    </message>
    <message>
        <source>formats</source>
        <translation>فارمیٹ</translation>
    </message>
    <message>
        <source>checks</source>
        <translation>جانچ</translation>
    </message>
    <message>
        <source>About labeler: versions and plugins</source>
        <translation>‏labeler کے بارے میں: ورژن اور پلگ ان</translation>
    </message>
</context>
<context>
    <name>workbench.assist</name>
    <message>
        <source>Assist</source>
        <extracomment>The keys that ask, by what they ask about (`labeler.ui.editor.MediaEditor.assist_targets`). What a proposal takes: accept, reject (and stop waiting), next, previous.</extracomment>
        <translation>مدد</translation>
    </message>
    <message>
        <source>Ask the assist at the crosshair, or about the selected region (Alt+click: under the mouse)</source>
        <translation>کراس ہیئر پر مدد مانگیں، یا منتخب نشان کے لیے (Alt+کلک: ماؤس کے نیچے)</translation>
    </message>
    <message>
        <source>Ask the assist to outline the selected box as a polygon</source>
        <translation>منتخب باکس کا خاکہ کثیر الاضلاع میں بنانے کو مدد مانگیں</translation>
    </message>
    <message>
        <source>Ask the assist about the whole item</source>
        <translation>پورے آئٹم کے لیے مدد مانگیں</translation>
    </message>
    <message>
        <source>Accept the proposal (the arrows move it first)</source>
        <translation>تجویز قبول کریں (تیر پہلے اسے ہلاتے ہیں)</translation>
    </message>
    <message>
        <source>Reject the proposal; while the assist works: stop waiting</source>
        <translation>تجویز مسترد کریں؛ مدد کام کر رہی ہو تو: انتظار ختم کریں</translation>
    </message>
    <message>
        <source>Next proposal</source>
        <translation>اگلی تجویز</translation>
    </message>
    <message>
        <source>Previous proposal</source>
        <translation>پچھلی تجویز</translation>
    </message>
    <message>
        <source>Nothing to ask an assist about here: point at something first (a label key and the crosshair, or select a region, some text or a segment).</source>
        <extracomment>Seconds an assist may take before the workbench stops waiting for it. The run waited for (its answer is dropped once another run, an item or a key has taken its place), and the title of its assist.</extracomment>
        <translation>یہاں مدد مانگنے کو کچھ نہیں: پہلے کسی چیز کی نشاندہی کریں (لیبل کی کلید اور کراس ہیئر، یا کوئی نشان، متن یا حصہ منتخب کریں)۔</translation>
    </message>
    <message>
        <source>No installed assist answers here ({field}).</source>
        <translation>کوئی انسٹال شدہ مدد یہاں جواب نہیں دیتی ({field})۔</translation>
    </message>
    <message>
        <source>The assists are still loading.</source>
        <translation>مدد ابھی لوڈ ہو رہی ہے۔</translation>
    </message>
    <message>
        <source>Assists work on the current item: Esc goes back to it.</source>
        <translation>مدد صرف موجودہ آئٹم پر کام کرتی ہے: Esc سے اس پر واپس جائیں۔</translation>
    </message>
    <message>
        <source>{assist} is working… Esc stops waiting.</source>
        <translation>{assist} کام کر رہی ہے… Esc سے انتظار ختم کریں۔</translation>
    </message>
    <message>
        <source>{assist} proposed nothing this field can hold.</source>
        <translation>{assist} نے ایسی کوئی تجویز نہیں دی جو اس سوال میں آ سکے۔</translation>
    </message>
    <message>
        <source>{assist} found nothing here.</source>
        <translation>{assist} کو یہاں کچھ نہیں ملا۔</translation>
    </message>
    <message>
        <source>{assist} failed: {reason}</source>
        <translation>{assist} ناکام رہی: {reason}</translation>
    </message>
    <message>
        <source>{assist} took longer than {seconds} s: stopped waiting for it.</source>
        <translation>{assist} نے {seconds} سیکنڈ سے زیادہ لیے: اب اس کا انتظار نہیں۔</translation>
    </message>
    <message>
        <source>Stopped waiting for {assist}.</source>
        <translation>{assist} کا انتظار ختم کر دیا۔</translation>
    </message>
    <message>
        <source>Not taken: {field} holds at most {count}.</source>
        <translation>نہیں لی گئی: {field} میں زیادہ سے زیادہ {count} ہو سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Not taken: the region the assist was asked about has changed since. Ask again.</source>
        <translation>نہیں لی گئی: جس نشان کے لیے مدد مانگی تھی وہ تب سے بدل گیا ہے۔ دوبارہ مانگیں۔</translation>
    </message>
    <message>
        <source>{label} “{words}”</source>
        <translation>{label} “{words}”</translation>
    </message>
    <message>
        <source>{label} {start}–{end} s</source>
        <translation>{label} {start}–{end} سیکنڈ</translation>
    </message>
    <message>
        <source>{label} ({confidence} sure)</source>
        <translation>{label} ({confidence} یقین)</translation>
    </message>
    <message>
        <source>{assist} proposes {what}. {accept} accepts it, {reject} rejects it.</source>
        <translation>{assist} کی تجویز: {what}۔ {accept} سے قبول کریں، {reject} سے مسترد۔</translation>
    </message>
    <message>
        <source>{assist}: proposal {number} of {count}, {what}. {accept} accepts it, {reject} rejects it, {next} shows the next.</source>
        <translation>{assist}: {count} میں سے تجویز {number}، {what}۔ {accept} سے قبول کریں، {reject} سے مسترد، {next} سے اگلی۔</translation>
    </message>
</context>
<context>
    <name>workbench.checks</name>
    <message>
        <source>they took longer than {seconds} s</source>
        <extracomment>Seconds the checks of one answer may take before it is sent without them. The checks of an answer are running, or their warnings are on screen. What was said about checks left out of the answer just sent: said again once the next item shows (which clears the status line of the item before).</extracomment>
        <translation>اس میں {seconds} سیکنڈ سے زیادہ لگے</translation>
    </message>
    <message>
        <source>{check} failed: {reason}</source>
        <translation>{check} ناکام رہی: {reason}</translation>
    </message>
    <message>
        <source>A check was left out: {reason}</source>
        <translation>ایک جانچ چھوڑ دی گئی: {reason}</translation>
    </message>
    <message>
        <source>{field} {number}: {message}</source>
        <translation>{field} {number}: {message}</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
</context>
<context>
    <name>workbench.goingback</name>
    <message>
        <source>your last answer</source>
        <translation>آپ کا آخری جواب</translation>
    </message>
    <message>
        <source>your last answer ({place} of {count})</source>
        <translation>آپ کا آخری جواب ({count} میں سے {place})</translation>
    </message>
    <message>
        <source>your answer {place} of {count}</source>
        <translation>آپ کا جواب ({count} میں سے {place})</translation>
    </message>
    <message>
        <source>The answer to a control item cannot be changed once its verdict was shown.</source>
        <extracomment>Why an answer cannot be corrected, as the client says it (`amending.blocked`), in the interface&apos;s words: the English is the client&apos;s own.</extracomment>
        <translation>جانچ آئٹم کا نتیجہ دکھائے جانے کے بعد اس کا جواب بدلا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>The lease on this item has ended: it went back to the task server and its answer can no longer be changed.</source>
        <translation>اس آئٹم کی مہلت ختم ہو گئی: یہ ٹاسک سرور کو واپس چلا گیا اور اس کا جواب اب بدلا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>کوئی وجہ نہیں بتائی گئی</translation>
    </message>
    <message>
        <source>The task server refused this answer ({reason}): there is nothing to correct.</source>
        <translation>ٹاسک سرور نے یہ جواب نامنظور کر دیا ({reason}): درست کرنے کو کچھ نہیں۔</translation>
    </message>
    <message>
        <source>This answer cannot be corrected: {reason}</source>
        <translation>یہ جواب درست نہیں کیا جا سکتا: {reason}</translation>
    </message>
</context>
<context>
    <name>workbench.goldreview</name>
    <message>
        <source>A control item answered earlier was missed: see your history ({key}).</source>
        <extracomment>Recently submitted items kept to show a missed one again. The id of the missed item shown, or None.</extracomment>
        <translation>پہلے کے ایک جانچ آئٹم کا جواب غلط تھا: اپنی ہسٹری دیکھیں ({key})۔</translation>
    </message>
    <message>
        <source>the missed control item — Esc goes back</source>
        <translation>غلط جواب والا جانچ آئٹم — Esc سے واپس</translation>
    </message>
    <message>
        <source>reviewing</source>
        <translation>دوبارہ دیکھ رہے ہیں</translation>
    </message>
    <message>
        <source>Your contest was sent to the project&apos;s lead.</source>
        <translation>آپ کا اعتراض پروجیکٹ کے لیڈ کو بھیج دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>workbench.keys</name>
    <message>
        <source>a label key</source>
        <extracomment>Going back to earlier items and forward again: free on every labeling screen, and not keys a text box uses, so they work while typing too.</extracomment>
        <translation>لیبل کی کوئی کلید</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of keys</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>{keys} or {last}</source>
        <translation>{keys} یا {last}</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>لیبل</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>آئٹم</translation>
    </message>
    <message>
        <source>Submit and show the next item (on an earlier item: send the correction)</source>
        <translation>جمع کریں اور اگلا آئٹم دکھائیں (پچھلے آئٹم پر: اصلاح بھیجیں)</translation>
    </message>
    <message>
        <source>Submit (also while typing)</source>
        <translation>جمع کریں (لکھتے ہوئے بھی)</translation>
    </message>
    <message>
        <source>Skip this item (with a reason)…</source>
        <translation>یہ آئٹم چھوڑیں (وجہ کے ساتھ)…</translation>
    </message>
    <message>
        <source>Discard this item&apos;s draft (Ctrl+Z brings it back)</source>
        <translation>اس آئٹم کا مسودہ مٹائیں (Ctrl+Z سے واپس آتا ہے)</translation>
    </message>
    <message>
        <source>Undo (right after a submit: bring that item back to correct it)</source>
        <translation>واپس (جمع کرنے کے فوراً بعد: وہ آئٹم درست کرنے کے لیے واپس لائیں)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>دوبارہ</translation>
    </message>
    <message>
        <source>Previous item: go back to correct an answer</source>
        <translation>پچھلا آئٹم: جواب درست کرنے کے لیے واپس جائیں</translation>
    </message>
    <message>
        <source>Next item: forward again, to the current one</source>
        <translation>اگلا آئٹم: آگے، موجودہ آئٹم تک</translation>
    </message>
    <message>
        <source>Scroll the answer column down (to the instructions)</source>
        <translation>جواب کا کالم نیچے سکرول کریں (ہدایات تک)</translation>
    </message>
    <message>
        <source>Scroll the answer column up</source>
        <translation>جواب کا کالم اوپر سکرول کریں</translation>
    </message>
    <message>
        <source>Show the expected answer of a missed control item</source>
        <translation>غلط جواب والے جانچ آئٹم کا متوقع جواب دکھائیں</translation>
    </message>
    <message>
        <source>Back to the current item (from an earlier or a missed item)</source>
        <translation>موجودہ آئٹم پر واپس (پچھلے یا غلط جواب والے آئٹم سے)</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>موازنہ</translation>
    </message>
    <message>
        <source>The candidate on the left is better</source>
        <translation>بائیں والا متبادل بہتر ہے</translation>
    </message>
    <message>
        <source>The candidate on the right is better</source>
        <translation>دائیں والا متبادل بہتر ہے</translation>
    </message>
    <message>
        <source>The candidate on the left is much better</source>
        <translation>بائیں والا متبادل کہیں بہتر ہے</translation>
    </message>
    <message>
        <source>The candidate on the right is much better</source>
        <translation>دائیں والا متبادل کہیں بہتر ہے</translation>
    </message>
    <message>
        <source>A tie</source>
        <translation>دونوں برابر</translation>
    </message>
    <message>
        <source>Flags: go to candidate {key}</source>
        <translation>فلیگ: متبادل {key} پر جائیں</translation>
    </message>
    <message>
        <source>Criteria: a digit {low}–{high} rates the row</source>
        <translation>معیار: {low}–{high} کا ہندسہ قطار کو نمبر دیتا ہے</translation>
    </message>
    <message>
        <source>Ranking: the next or previous candidate</source>
        <extracomment>Keys a focused field takes itself, by the kind of field: listed on the `?` sheet.</extracomment>
        <translation>درجہ بندی: اگلا یا پچھلا متبادل</translation>
    </message>
    <message>
        <source>Ranking: the candidate one rank better or worse</source>
        <translation>درجہ بندی: متبادل ایک درجہ بہتر یا کم</translation>
    </message>
    <message>
        <source>Ranking: a digit places the candidate at that rank, the others move down</source>
        <translation>درجہ بندی: ہندسہ متبادل کو اسی درجے پر رکھتا ہے، باقی ایک درجہ نیچے</translation>
    </message>
    <message>
        <source>Ranking: tie the candidate with the rank before its own (when ties are allowed)</source>
        <translation>درجہ بندی: متبادل کو اپنے سے پہلے والے درجے کے برابر کریں (جب برابری کی اجازت ہو)</translation>
    </message>
    <message>
        <source>Ranking: take the candidate out of the ranking</source>
        <translation>درجہ بندی: متبادل کا درجہ ہٹائیں</translation>
    </message>
    <message>
        <source>Criteria: the next or previous row</source>
        <translation>معیار: اگلی یا پچھلی قطار</translation>
    </message>
    <message>
        <source>Criteria: a digit rates the row</source>
        <translation>معیار: ہندسہ قطار کو نمبر دیتا ہے</translation>
    </message>
    <message>
        <source>Flags: the next or previous candidate</source>
        <translation>فلیگ: اگلا یا پچھلا متبادل</translation>
    </message>
    <message>
        <source>Rationale: Tab goes into its box to write why, Tab again leaves it</source>
        <translation>وجہ: Tab سے اس کے خانے میں جا کر وجہ لکھیں، دوبارہ Tab سے باہر آئیں</translation>
    </message>
    <message>
        <source>Record: confirm the value as shown (typing corrects it)</source>
        <translation>ریکارڈ: قدر جیسی دکھائی ویسی درست مانیں (لکھنے سے درستی ہوتی ہے)</translation>
    </message>
    <message>
        <source>Record: the next or previous key</source>
        <translation>ریکارڈ: اگلی یا پچھلی سطر</translation>
    </message>
    <message>
        <source>Record: leave the form for the picture (Shift+Tab from the first key)</source>
        <translation>ریکارڈ: فارم چھوڑ کر تصویر پر جائیں (پہلی سطر سے Shift+Tab)</translation>
    </message>
</context>
<context>
    <name>workbench.missing</name>
    <message>
        <source>Choose which answer is better ({field})</source>
        <extracomment>What to do about a field left unanswered, by its kind; {field} is its title.</extracomment>
        <translation>چنیں کہ کون سا جواب بہتر ہے ({field})</translation>
    </message>
    <message>
        <source>Rank the candidates ({field})</source>
        <translation>متبادلات کی درجہ بندی کریں ({field})</translation>
    </message>
    <message>
        <source>Rate every row of {field}</source>
        <translation>{field} کی ہر قطار کو نمبر دیں</translation>
    </message>
    <message>
        <source>Write why you chose as you did ({field})</source>
        <translation>لکھیں کہ آپ نے یہ انتخاب کیوں کیا ({field})</translation>
    </message>
    <message>
        <source>Flag the candidates ({field})</source>
        <translation>متبادلات پر فلیگ لگائیں ({field})</translation>
    </message>
    <message>
        <source>Check every line of {field}</source>
        <translation>{field} کی ہر سطر جانچیں</translation>
    </message>
    <message>
        <source>Choose a label for {field}</source>
        <translation>{field} کے لیے ایک لیبل چنیں</translation>
    </message>
    <message>
        <source>Choose the labels for {field}</source>
        <translation>{field} کے لیے لیبل چنیں</translation>
    </message>
    <message>
        <source>Rate {field}</source>
        <translation>{field} کو نمبر دیں</translation>
    </message>
    <message>
        <source>Write {field}</source>
        <translation>{field} لکھیں</translation>
    </message>
    <message>
        <source>Write the transcript ({field})</source>
        <translation>تحریری متن لکھیں ({field})</translation>
    </message>
    <message>
        <source>Mark {field} on the item</source>
        <extracomment>Marked on the item (boxes, polygons, points, spans, segments).</extracomment>
        <translation>آئٹم پر {field} نشان زد کریں</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>جواب</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Write at least {min} characters on why ({field}): {count} so far</source>
        <translation>وجہ کم از کم {min} حروف میں لکھیں ({field}): ابھی {count}</translation>
    </message>
    <message>
        <source>Rate {row} for {field}</source>
        <translation>{field} میں {row} کو نمبر دیں</translation>
    </message>
    <message>
        <source>Rate {candidate} for {field}</source>
        <translation>{field} کے لیے {candidate} کو نمبر دیں</translation>
    </message>
    <message>
        <source>Give {candidate} a rank ({field})</source>
        <translation>{candidate} کو درجہ دیں ({field})</translation>
    </message>
    <message>
        <source>Check {key} in {field}</source>
        <translation>{field} میں {key} جانچیں</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the sentences of what is missing</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>result {key}</source>
        <translation>نتیجہ {key}</translation>
    </message>
    <message>
        <source>answer {key}</source>
        <translation>جواب {key}</translation>
    </message>
    <message>
        <source>candidate {key}</source>
        <translation>متبادل {key}</translation>
    </message>
</context>
</TS>
