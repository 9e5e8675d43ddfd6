<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupManager</name>
    <message numerus="yes">
        <source>%n record(s) in {path}</source>
        <translation>
            <numerusform>%n record in {path}</numerusform>
            <numerusform>%n records in {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message numerus="yes">
        <source>Your last backup was %n day(s) ago.</source>
        <translation>
            <numerusform>Your last backup was %n day ago.</numerusform>
            <numerusform>Your last backup was %n days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisclosureLogDialog</name>
    <message numerus="yes">
        <source>{shown} of %n entry(s) shown.</source>
        <translation>
            <numerusform>{shown} of %n entry shown.</numerusform>
            <numerusform>{shown} of %n entries shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalCharts</name>
    <message numerus="yes">
        <source>The latest T-score is {score:.1f} across %n goal(s), on {day} (50 means every goal as hoped for).</source>
        <translation>
            <numerusform>The latest T-score is {score:.1f} across %n goal, on {day} (50 means every goal as hoped for).</numerusform>
            <numerusform>The latest T-score is {score:.1f} across %n goals, on {day} (50 means every goal as hoped for).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutPreview</name>
    <message numerus="yes">
        <source>%n page(s) on {paper} paper. Nothing is saved or logged until you print or save it.</source>
        <translation>
            <numerusform>%n page on {paper} paper. Nothing is saved or logged until you print or save it.</numerusform>
            <numerusform>%n pages on {paper} paper. Nothing is saved or logged until you print or save it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message numerus="yes">
        <source>{total} so far; {missing} of %n question(s) still to answer.</source>
        <translation>
            <numerusform>{total} so far; {missing} of %n question still to answer.</numerusform>
            <numerusform>{total} so far; {missing} of %n questions still to answer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>Restoring {done} of %n record(s)…</source>
        <translation>
            <numerusform>Restoring {done} of %n record…</numerusform>
            <numerusform>Restoring {done} of %n records…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n record(s) from the backup made on {made}, into {path}.</source>
        <translation>
            <numerusform>Restored %n record from the backup made on {made}, into {path}.</numerusform>
            <numerusform>Restored %n records from the backup made on {made}, into {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>%n result(s). Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%n result. Enter opens the highlighted one.</numerusform>
            <numerusform>%n results. Enter opens the highlighted one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message numerus="yes">
        <source>This backup is whole: %n record(s), made on {made} by Reciprocal {version}.</source>
        <translation>
            <numerusform>This backup is whole: %n record, made on {made} by Reciprocal {version}.</numerusform>
            <numerusform>This backup is whole: %n records, made on {made} by Reciprocal {version}.</numerusform>
        </translation>
    </message>
</context>
</TS>
