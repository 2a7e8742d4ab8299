<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>SkipDialog</name>
    <message>
        <source>Skip this item</source>
        <extracomment>What the first reason says, by the schema&apos;s media. The reasons after the first, in order. The protocol&apos;s limit on a skip reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why skip this item? The reviewer reads your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the reviewer should know (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in the comment why you skip it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
