<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>CheatSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>Between the window&apos;s edge and the card, and inside the card, in pixels. Between two columns, and between a row&apos;s keycaps and its title. The sheet closed (Escape, `?`, a click, or `hide_sheet`). The shown page&apos;s own keymap (the lead workspace, the project list…), listed before the window&apos;s keys.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓ PgUp PgDn Home End scroll · Esc or ? to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc or ? to close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeymapEditor</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>The overrides saved (action id → keys), after `settings.keymap` was updated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search actions or keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click, then press the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic: your own keys.  ⚠: two actions asked for one key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbench restarts in the new language; your answers are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>{value}%</source>
        <extracomment>What each language is called in the language picker, in its own words. The locale each language formats numbers, dates and money by.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
