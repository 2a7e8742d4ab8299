<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>CheatSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>Between the window&apos;s edge and the card, and inside the card, in pixels. Between two columns, and between a row&apos;s keycaps and its title. The sheet closed (Escape, `?`, a click, or `hide_sheet`). The shown page&apos;s own keymap (the lead workspace, the project list…), listed before the window&apos;s keys.</extracomment>
        <translation>کی بورڈ کلیدیں</translation>
    </message>
    <message>
        <source>↑ ↓ PgUp PgDn Home End scroll · Esc or ? to close</source>
        <translation>‏↑ ↓ PgUp PgDn Home End سے اوپر نیچے جائیں · بند کرنے کے لیے Esc یا ?</translation>
    </message>
    <message>
        <source>Esc or ? to close</source>
        <translation>بند کرنے کے لیے Esc یا ?</translation>
    </message>
</context>
<context>
    <name>KeymapEditor</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>The overrides saved (action id → keys), after `settings.keymap` was updated.</extracomment>
        <translation>کی بورڈ کلیدیں</translation>
    </message>
    <message>
        <source>Search actions or keys</source>
        <translation>عمل یا کلید تلاش کریں</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>عمل</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدیں</translation>
    </message>
    <message>
        <source>Click, then press the new key</source>
        <translation>کلک کریں، پھر نئی کلید دبائیں</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>کوئی کلید نہیں</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>اصل کلید واپس</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>سب اصل پر واپس</translation>
    </message>
    <message>
        <source>Italic: your own keys.  ⚠: two actions asked for one key.</source>
        <translation>ترچھی لکھائی: آپ کی اپنی کلیدیں۔  ⚠: ایک کلید دو عملوں کو دی گئی۔</translation>
    </message>
    <message>
        <source>Default: {keys}</source>
        <translation>اصل: {keys}</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>کوئی کلید نہیں</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connecting…</source>
        <extracomment>The page shown before the sign-in screen was asked for (Ctrl+Shift+O).</extracomment>
        <translation>رابطہ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>‏{server} سے رابطہ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Could not open that server: {reason}</source>
        <translation>یہ سرور نہیں کھل سکا: {reason}</translation>
    </message>
    <message>
        <source>Signed in again; uploads resume.</source>
        <translation>دوبارہ سائن اِن ہو گیا؛ اپ لوڈ پھر سے جاری ہیں۔</translation>
    </message>
    <message>
        <source>labeler — {user} on {server}</source>
        <translation>‏labeler — {server} پر {user}</translation>
    </message>
    <message>
        <source>Opening the project…</source>
        <translation>پروجیکٹ کھل رہا ہے…</translation>
    </message>
    <message>
        <source>Could not open the project: {reason}</source>
        <translation>پروجیکٹ نہیں کھل سکا: {reason}</translation>
    </message>
    <message>
        <source>Could not open {workspace}: {reason}</source>
        <extracomment>A history on screen is read again this long after the outbox or the connection last changed (a burst of uploads is one reading). The first item was painted (startup trace). Closed to be built again in a new language, in the profile named (&quot;&quot; for none). The window closed (its drafts saved, its workers stopped). The installed plugins: loaded once the first item shows (the start does not wait for them), or a few seconds after a start that shows none. The project left for another workspace, which Annotate opens again. Workspaces besides Annotate, built when first shown: key -&gt; page.</extracomment>
        <translation>‏{workspace} نہیں کھل سکا: {reason}</translation>
    </message>
    <message>
        <source>Show every key of this screen</source>
        <translation>اس اسکرین کی تمام کلیدیں دکھائیں</translation>
    </message>
    <message>
        <source>Project list</source>
        <translation>پروجیکٹوں کی فہرست</translation>
    </message>
    <message>
        <source>Your submissions and their reviews</source>
        <translation>آپ کے جمع کرائے گئے جواب اور ان کے جائزے</translation>
    </message>
    <message>
        <source>Change keys…</source>
        <translation>کلیدیں بدلیں…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>ترتیبات…</translation>
    </message>
    <message>
        <source>Switch profile or server…</source>
        <translation>پروفائل یا سرور بدلیں…</translation>
    </message>
    <message>
        <source>Sign out (waiting uploads are kept)</source>
        <translation>سائن آؤٹ کریں (اپ لوڈ کے منتظر جواب محفوظ رہیں گے)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>{workspace} workspace</source>
        <translation>ورک اسپیس: {workspace}</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>ورک اسپیس</translation>
    </message>
    <message>
        <source>Pick a profile, or sign in to another server.</source>
        <translation>کوئی پروفائل چنیں، یا کسی دوسرے سرور پر سائن اِن کریں۔</translation>
    </message>
    <message>
        <source>Opening {user} on {server}…</source>
        <translation>‏{server} پر {user} کھل رہا ہے…</translation>
    </message>
    <message>
        <source>Settings could not be saved: {reason}</source>
        <translation>ترتیبات محفوظ نہیں ہو سکیں: {reason}</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Something went wrong: {error}</source>
        <extracomment>Decoding threads: one per core. The GUI thread is idle while the annotator waits for a picture, and batch scheduling (`yield_to_gui`) lets it go first when it is not. `decode_pool` priorities: the item on screen first, then what is prepared ahead. A failure nobody handled, as a sentence for the status line.</extracomment>
        <translation>کچھ غلط ہو گیا: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>سسٹم کے مطابق ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>The workbench restarts in the new language; your answers are kept.</source>
        <translation>ورک بینچ نئی زبان میں دوبارہ شروع ہو گا؛ آپ کے جواب محفوظ رہیں گے۔</translation>
    </message>
</context>
<context>
    <name>WorkspaceBar</name>
    <message>
        <source>{workspace} ({key})</source>
        <translation>‏{workspace} ({key})</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
</context>
<context>
    <name>keymap</name>
    <message>
        <source>{key} does “{winner}”; {losers} no longer has it.</source>
        <extracomment>Set this dynamic property to True on a custom widget that takes typed text. (field, label) → the label&apos;s key as shown; a label without a key is absent. action id → effective keys, portable spelling. The winner&apos;s binding is the user&apos;s, the losers&apos; (some at least) defaults. (action id, key text) pairs that are not key sequences.</extracomment>
        <translation>‏{key} اب “{winner}” کے لیے ہے؛ {losers} کے پاس یہ کلید نہیں رہی۔</translation>
    </message>
    <message>
        <source>{key} does “{winner}”; {losers} no longer have it.</source>
        <translation>‏{key} اب “{winner}” کے لیے ہے؛ {losers} کے پاس یہ کلید نہیں رہی۔</translation>
    </message>
</context>
<context>
    <name>workspaces</name>
    <message>
        <source>Annotate</source>
        <translation>لیبلنگ</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ڈیش بورڈ</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>جائزہ</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>لیڈ</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>تجزیہ</translation>
    </message>
</context>
</TS>
