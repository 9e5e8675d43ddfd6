<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt for Python: the windows</source>
        <translation>Qt für Python: die Fenster</translation>
    </message>
    <message>
        <source>Qt for Python&apos;s bindings</source>
        <translation>die Anbindungen von Qt für Python</translation>
    </message>
    <message>
        <source>the database layer</source>
        <translation>die Datenbankschicht</translation>
    </message>
    <message>
        <source>schema migrations</source>
        <translation>Schema-Migrationen</translation>
    </message>
    <message>
        <source>AES-GCM, key wrapping</source>
        <translation>AES-GCM, Schlüssel-Wrapping</translation>
    </message>
    <message>
        <source>age encryption of backups (rage)</source>
        <translation>age-Verschlüsselung der Sicherungen (rage)</translation>
    </message>
    <message>
        <source>PDF handouts</source>
        <translation>PDF-Handouts</translation>
    </message>
    <message>
        <source>reportlab&apos;s speed-ups</source>
        <translation>Beschleunigungen für reportlab</translation>
    </message>
    <message>
        <source>text shaping in handouts</source>
        <translation>Textsatz (Shaping) in Handouts</translation>
    </message>
    <message>
        <source>right-to-left text in handouts</source>
        <translation>Rechts-nach-links-Text in Handouts</translation>
    </message>
    <message>
        <source>images in handouts</source>
        <translation>Bilder in Handouts</translation>
    </message>
    <message>
        <source>passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>where files live</source>
        <translation>wo Dateien liegen</translation>
    </message>
    <message>
        <source>MIT (the pyrage project&apos;s LICENSE)</source>
        <translation>MIT (die LICENSE-Datei des pyrage-Projekts)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Bitstream Vera / DejaVu licence (free)</source>
        <translation>Bitstream-Vera-/DejaVu-Lizenz (frei)</translation>
    </message>
    <message>
        <source>Noto Sans Arabic, Hebrew, SC, KR (a Hangul subset), Noto Emoji</source>
        <translation>Noto Sans Arabic, Hebrew, SC, KR (eine Hangul-Teilmenge), Noto Emoji</translation>
    </message>
    <message>
        <source>About Reciprocal</source>
        <translation>Über Reciprocal</translation>
    </message>
    <message>
        <source>not chosen yet (Settings, or the first Back up now, asks for a folder)</source>
        <translation>noch nicht gewählt (die Einstellungen oder das erste „Jetzt sichern“ fragen nach einem Ordner)</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Dieser Tresor</translation>
    </message>
    <message>
        <source>New vaults and the demo</source>
        <translation>Neue Tresore und die Demo</translation>
    </message>
    <message>
        <source>Settings of this computer</source>
        <translation>Einstellungen dieses Computers</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>{licence} (through PySide6 {version})</source>
        <translation>{licence} (über PySide6 {version})</translation>
    </message>
    <message>
        <source>the toolkit</source>
        <translation>die Oberflächenbibliothek</translation>
    </message>
    <message>
        <source>An offline, encrypted practice companion for therapists. Your records stay on this computer; nothing is ever sent anywhere.</source>
        <translation>Ein verschlüsselter Praxisbegleiter für Therapeut:innen, der ohne Internet auskommt. Ihre Daten bleiben auf diesem Computer; nichts wird je irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Backups are files in the age format (age-encryption.org/v1); the age tool opens them without this app.</source>
        <translation>Sicherungen sind Dateien im age-Format (age-encryption.org/v1); das Programm age öffnet sie auch ohne diese App.</translation>
    </message>
    <message>
        <source>Where things are</source>
        <translation>Wo was liegt</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Schriften</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Not saved yet — your text is still here</source>
        <translation>Noch nicht gespeichert – Ihr Text ist noch da</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Gespeichert {time}</translation>
    </message>
</context>
<context>
    <name>BackupKeyDialog</name>
    <message>
        <source>Your backup key</source>
        <translation>Ihr Sicherungsschlüssel</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Write the backup key</source>
        <translation>Sicherungsschlüssel &amp;schreiben</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>Ihre &amp;Passphrase</translation>
    </message>
    <message>
        <source>Your backup is written. Beside it, Reciprocal keeps your backup key in a file of this practice&apos;s own (its name starts with backup-key-), locked with your passphrase, so that your passphrase alone opens these backups on a new computer. Type your passphrase once to write it there.</source>
        <translation>Ihre Sicherung ist geschrieben. Daneben legt Reciprocal Ihren Sicherungsschlüssel in einer eigenen Datei dieser Praxis ab (ihr Name beginnt mit backup-key-), gesperrt mit Ihrer Passphrase. So öffnet Ihre Passphrase allein diese Sicherungen auch auf einem neuen Computer. Geben Sie Ihre Passphrase einmal ein, um den Schlüssel dort abzulegen.</translation>
    </message>
    <message>
        <source>Locking the backup key with your passphrase…</source>
        <translation>Der Sicherungsschlüssel wird mit Ihrer Passphrase gesperrt…</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation>Diese Passphrase öffnet den Tresor nicht. Prüfen Sie die Feststelltaste und versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>BackupKeyPicker</name>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Sicherungsdatei auswählen</translation>
    </message>
    <message>
        <source>With the &amp;backup key file and my passphrase</source>
        <translation>Mit der Sicherungs&amp;schlüsseldatei und meiner Passphrase</translation>
    </message>
    <message>
        <source>Backup key file</source>
        <translation>Sicherungsschlüsseldatei</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Auswä&amp;hlen…</translation>
    </message>
    <message>
        <source>Choose the backup key file</source>
        <translation>Sicherungsschlüsseldatei auswählen</translation>
    </message>
    <message>
        <source>Passphrase for the backup key file</source>
        <translation>Passphrase für die Sicherungsschlüsseldatei</translation>
    </message>
    <message>
        <source>With the backup key from my &amp;recovery sheet</source>
        <translation>Mit dem Sicherungsschlüssel von meinem Wiederherstellungs&amp;blatt</translation>
    </message>
    <message>
        <source>Backup key from the recovery sheet</source>
        <translation>Sicherungsschlüssel vom Wiederherstellungsblatt</translation>
    </message>
    <message>
        <source>With an age &amp;identity file (for example your records custodian&apos;s)</source>
        <translation>Mit einer age-&amp;Identitätsdatei (zum Beispiel der Ihrer Aktenverwahrer:in)</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Identitätsdatei</translation>
    </message>
    <message>
        <source>Choos&amp;e…</source>
        <translation>Auswähl&amp;en…</translation>
    </message>
    <message>
        <source>Choose the identity file</source>
        <translation>Identitätsdatei auswählen</translation>
    </message>
    <message>
        <source>Key &amp;file</source>
        <translation>Sch&amp;lüsseldatei</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Backup &amp;key</source>
        <translation>Si&amp;cherungsschlüssel</translation>
    </message>
    <message>
        <source>I&amp;dentity file</source>
        <translation>Identi&amp;tätsdatei</translation>
    </message>
    <message>
        <source>Back&amp;up file</source>
        <translation>Sicherungs&amp;datei</translation>
    </message>
    <message>
        <source>Open it with:</source>
        <translation>Öffnen mit:</translation>
    </message>
    <message>
        <source>Backup keys (backup-key*.age);;All files (*)</source>
        <translation>Sicherungsschlüssel (backup-key*.age);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose an age identity file</source>
        <translation>age-Identitätsdatei auswählen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the backup to open</source>
        <translation>Zu öffnende Sicherung auswählen</translation>
    </message>
    <message>
        <source>Reciprocal backups (*.age);;All files (*)</source>
        <translation>Reciprocal-Sicherungen (*.age);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Found {name} beside the backup: type the passphrase that protects it.</source>
        <translation>{name} liegt neben der Sicherung: Geben Sie die Passphrase ein, die diese Datei schützt.</translation>
    </message>
    <message>
        <source>Found {count} backup key files beside the backup, one for each practice backed up there: type your passphrase and Reciprocal tries each of them.</source>
        <translation>Neben der Sicherung liegen {count} Sicherungsschlüsseldateien, eine für jede dort gesicherte Praxis: Geben Sie Ihre Passphrase ein, und Reciprocal probiert jede davon aus.</translation>
    </message>
    <message>
        <source>There is no backup key file beside this backup. Choose it, or use the backup key on your recovery sheet.</source>
        <translation>Neben dieser Sicherung liegt keine Sicherungsschlüsseldatei. Wählen Sie sie aus, oder verwenden Sie den Sicherungsschlüssel von Ihrem Wiederherstellungsblatt.</translation>
    </message>
    <message>
        <source>{name} is protected by a passphrase: choose it under &quot;With the backup key file and my passphrase&quot; and type the passphrase there.</source>
        <translation>{name} ist durch eine Passphrase geschützt: Wählen Sie die Datei unter „Mit der Sicherungsschlüsseldatei und meiner Passphrase“ aus und geben Sie dort die Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>Backed up {time} — {size} to {folder}</source>
        <translation>Gesichert {time} – {size} in {folder}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in {path}</source>
        <translation>
            <numerusform>%n Datensatz in {path}</numerusform>
            <numerusform>%n Datensätze in {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup is written, but some records were already damaged in the vault and are incomplete in it (damaged records: {count}).</source>
        <translation>Die Sicherung ist geschrieben, aber einige Datensätze waren im Tresor schon beschädigt und sind darin unvollständig (beschädigte Datensätze: {count}).</translation>
    </message>
    <message>
        <source>No backup folder is chosen yet; choose one in Settings under Backups.</source>
        <translation>Es ist noch kein Sicherungsordner gewählt; wählen Sie einen in den Einstellungen unter „Sicherungen“.</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} um {time}</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Stand der Sicherung</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Write a backup of your whole practice into your backup folder.</source>
        <translation>Eine Sicherung Ihrer gesamten Praxis in Ihren Sicherungsordner schreiben.</translation>
    </message>
    <message>
        <source>You haven&apos;t made a backup yet.</source>
        <translation>Sie haben noch keine Sicherung erstellt.</translation>
    </message>
    <message numerus="yes">
        <source>Your last backup was %n day(s) ago.</source>
        <translation>
            <numerusform>Ihre letzte Sicherung ist %n Tag her.</numerusform>
            <numerusform>Ihre letzte Sicherung ist %n Tage her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Choose the folder for your backups</source>
        <translation>Ordner für Ihre Sicherungen auswählen</translation>
    </message>
</context>
<context>
    <name>BoundariesTab</name>
    <message>
        <source>Boundaries and transparency</source>
        <translation>Grenzen und Transparenz</translation>
    </message>
    <message>
        <source>&amp;Start a checklist</source>
        <translation>Checkliste &amp;beginnen</translation>
    </message>
    <message>
        <source>A new checklist for this client, from the practice&apos;s template</source>
        <translation>Eine neue Checkliste für diese Klient:in, nach der Vorlage der Praxis</translation>
    </message>
    <message>
        <source>Choose a topic to note where it stands. The practice&apos;s templates are edited in Settings.</source>
        <translation>Wählen Sie ein Thema, um seinen Stand festzuhalten. Die Vorlagen der Praxis bearbeiten Sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>No checklist started for this client yet. Start one to walk through what they have a right to know, over the first sessions.</source>
        <translation>Für diese Klient:in ist noch keine Checkliste begonnen. Beginnen Sie eine, um in den ersten Sitzungen gemeinsam durchzugehen, was Klient:innen zu wissen ein Recht haben.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Angesprochen von</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>(damaged record)</source>
        <translation>(beschädigter Eintrag)</translation>
    </message>
    <message>
        <source>Add a topic of our own…</source>
        <translation>Eigenes Thema hinzufügen…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Ihr neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Every record is now locked with new keys, so your old recovery key no longer opens this vault. This new one is shown only this once: print a new recovery sheet and keep it somewhere safe, away from this computer. Keep your old sheet too: it still opens the backups made before today.</source>
        <translation>Alle Daten sind jetzt mit neuen Schlüsseln gesperrt, Ihr alter Wiederherstellungsschlüssel öffnet diesen Tresor also nicht mehr. Der neue wird nur dieses eine Mal angezeigt: Drucken Sie ein neues Wiederherstellungsblatt und bewahren Sie es an einem sicheren Ort auf, nicht bei diesem Computer. Behalten Sie auch das alte Blatt: Es öffnet weiterhin die Sicherungen, die vor heute erstellt wurden.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>Also &amp;renew every key</source>
        <translation>Auch alle Schlüssel &amp;erneuern</translation>
    </message>
    <message>
        <source>Do this if a copy of your vault or backup key may have been taken.</source>
        <translation>Tun Sie das, wenn jemand eine Kopie Ihres Tresors oder Sicherungsschlüssels an sich genommen haben könnte.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Passphrase &amp;ändern</translation>
    </message>
    <message>
        <source>Your c&amp;urrent passphrase:</source>
        <translation>Ihre a&amp;ktuelle Passphrase:</translation>
    </message>
    <message>
        <source>Your &amp;new passphrase, twice:</source>
        <translation>Ihre &amp;neue Passphrase, zweimal:</translation>
    </message>
    <message>
        <source>Do this if a copy of your vault or backup key may have been taken. Every record is locked again with new keys, and you get a new recovery key to store. Backups made before stay readable with the old backup key and recovery sheet.</source>
        <translation>Tun Sie das, wenn jemand eine Kopie Ihres Tresors oder Sicherungsschlüssels an sich genommen haben könnte. Alle Daten werden mit neuen Schlüsseln neu gesperrt, und Sie erhalten einen neuen Wiederherstellungsschlüssel zum Aufbewahren. Frühere Sicherungen bleiben mit dem alten Sicherungsschlüssel und dem alten Wiederherstellungsblatt lesbar.</translation>
    </message>
    <message>
        <source>Your records stay as they are, locked again with new keys. You will get a new recovery key to store.</source>
        <translation>Ihre Daten bleiben, wie sie sind, und werden mit neuen Schlüsseln neu gesperrt. Sie erhalten einen neuen Wiederherstellungsschlüssel zum Aufbewahren.</translation>
    </message>
    <message>
        <source>&amp;Change and renew keys</source>
        <translation>&amp;Ändern und Schlüssel erneuern</translation>
    </message>
    <message>
        <source>Your records stay as they are; only the lock on them changes. Your recovery sheet stays valid.</source>
        <translation>Ihre Daten bleiben, wie sie sind; nur das Schloss daran ändert sich. Ihr Wiederherstellungsblatt bleibt gültig.</translation>
    </message>
    <message>
        <source>Locking every record with new keys…</source>
        <translation>Alle Daten werden mit neuen Schlüsseln gesperrt…</translation>
    </message>
    <message>
        <source>Changing your passphrase…</source>
        <translation>Ihre Passphrase wird geändert…</translation>
    </message>
    <message>
        <source>Your passphrase is changed. The backup key beside your backups could not be renewed: {problem}</source>
        <translation>Ihre Passphrase ist geändert. Der Sicherungsschlüssel neben Ihren Sicherungen konnte nicht erneuert werden: {problem}</translation>
    </message>
    <message>
        <source>Your passphrase is changed. The backup key beside your backups will be renewed the next time you unlock with the backup folder available.</source>
        <translation>Ihre Passphrase ist geändert. Der Sicherungsschlüssel neben Ihren Sicherungen wird erneuert, sobald Sie das nächste Mal entsperren, während der Sicherungsordner erreichbar ist.</translation>
    </message>
    <message>
        <source>Your passphrase is changed, and the backup key beside your backups now opens with it.</source>
        <translation>Ihre Passphrase ist geändert, und der Sicherungsschlüssel neben Ihren Sicherungen öffnet sich jetzt mit ihr.</translation>
    </message>
    <message>
        <source>Your passphrase is changed.</source>
        <translation>Ihre Passphrase ist geändert.</translation>
    </message>
    <message>
        <source>Every key is renewed.</source>
        <translation>Alle Schlüssel sind erneuert.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>{name} over time</source>
        <translation>{name} im Verlauf</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>No {name} recorded yet.</source>
        <translation>Noch kein {name} erfasst.</translation>
    </message>
    <message>
        <source>{count} recorded; the latest total is {total} of {most} ({band}), on {day}.</source>
        <translation>{count} erfasst; die letzte Summe ist {total} von {most} ({band}), am {day}.</translation>
    </message>
    <message>
        <source>Heard and understood</source>
        <translation>Gehört und verstanden</translation>
    </message>
    <message>
        <source>What mattered</source>
        <translation>Was wichtig war</translation>
    </message>
    <message>
        <source>The way we worked</source>
        <translation>Wie wir gearbeitet haben</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <source>Session feedback over time</source>
        <translation>Rückmeldungen zu den Sitzungen im Verlauf</translation>
    </message>
    <message>
        <source>Rating (0–10)</source>
        <translation>Einschätzung (0–10)</translation>
    </message>
    <message>
        <source>No session feedback recorded yet.</source>
        <translation>Noch keine Rückmeldung zu einer Sitzung erfasst.</translation>
    </message>
    <message>
        <source>{count} recorded; the latest: {given}.</source>
        <translation>{count} erfasst; die letzte: {given}.</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Neue Klient:in</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Angaben zur Klient:in</translation>
    </message>
    <message>
        <source>Name shown in the list</source>
        <translation>Name in der Liste</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Amtlicher Name</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronomen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Language of this client&apos;s handouts</source>
        <translation>Sprache der Handouts dieser Klient:in</translation>
    </message>
    <message>
        <source>The practice&apos;s language (Settings)</source>
        <translation>Die Sprache der Praxis (Einstellungen)</translation>
    </message>
    <message>
        <source>&amp;Name in the list</source>
        <translation>&amp;Name in der Liste</translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation>&amp;Amtlicher Name</translation>
    </message>
    <message>
        <source>&amp;Pronouns</source>
        <translation>&amp;Pronomen</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;Handouts in</source>
        <translation>&amp;Handouts auf</translation>
    </message>
    <message>
        <source>Only the name in the list is needed; it can be a first name or initials.</source>
        <translation>Nötig ist nur der Name in der Liste; das kann ein Vorname oder Initialen sein.</translation>
    </message>
    <message>
        <source>In the client&apos;s own words: how they would like the work to go.</source>
        <translation>In eigenen Worten der Klient:in: wie die gemeinsame Arbeit gehen soll.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>How I like to work</source>
        <translation>So arbeite ich gern</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Klient:in anlegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <source>PHQ-9 item 9 needs a follow-up</source>
        <translation>PHQ-9, Frage 9: Abklärung nötig</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>Find a client</source>
        <translation>Klient:in finden</translation>
    </message>
    <message>
        <source>Find a client by name</source>
        <translation>Klient:in nach Namen finden</translation>
    </message>
    <message>
        <source>Clear the name</source>
        <translation>Namen löschen</translation>
    </message>
    <message>
        <source>Show clients who are</source>
        <translation>Klient:innen nach Status anzeigen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Klient:innen</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klient:innen</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>Klient:in &amp;anlegen…</translation>
    </message>
    <message>
        <source>Add a client to your practice</source>
        <translation>Eine Klient:in in Ihre Praxis aufnehmen</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>No clients yet. Add your first with New client.</source>
        <translation>Noch keine Klient:innen. Legen Sie die erste mit „Klient:in anlegen“ an.</translation>
    </message>
    <message>
        <source>No client matches.</source>
        <translation>Keine Klient:in passt.</translation>
    </message>
</context>
<context>
    <name>ClientWorkspace</name>
    <message>
        <source>&amp;Edit details…</source>
        <translation>Angaben &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Hand over to the client</source>
        <translation>An die Klient:in &amp;übergeben</translation>
    </message>
    <message>
        <source>Session &amp;feedback</source>
        <translation>&amp;Rückmeldung zur Sitzung</translation>
    </message>
    <message>
        <source>Their &amp;goals</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <source>How I like to &amp;work</source>
        <translation>So &amp;arbeite ich gern</translation>
    </message>
    <message>
        <source>&amp;Erase for good…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mehr</translation>
    </message>
    <message>
        <source>More actions for this client</source>
        <translation>Weitere Aktionen für diese Klient:in</translation>
    </message>
    <message>
        <source>Han&amp;dout…</source>
        <translation>Hand&amp;out…</translation>
    </message>
    <message>
        <source>Handout for this client</source>
        <translation>Handout für diese Klient:in</translation>
    </message>
    <message>
        <source>Preview, print or save a handout of what this tab shows (Ctrl+P); the arrow offers every kind</source>
        <translation>Ein Handout mit dem Inhalt dieser Registerkarte ansehen, drucken oder speichern (Ctrl+P); über den Pfeil sind alle Arten erreichbar</translation>
    </message>
    <message>
        <source>Client record</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Choose a client on the left, or add one with New client (Ctrl+N).</source>
        <translation>Wählen Sie links eine Klient:in, oder legen Sie eine mit „Klient:in anlegen“ an (Ctrl+N).</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>seit {day}</translation>
    </message>
    <message>
        <source>Close client</source>
        <translation>Akte schließen</translation>
    </message>
    <message>
        <source>Close {name}&apos;s record? It stays in the vault and you can reopen it at any time.</source>
        <translation>Die Akte von {name} schließen? Sie bleibt im Tresor, und Sie können sie jederzeit wieder öffnen.</translation>
    </message>
</context>
<context>
    <name>CommitmentsDialog</name>
    <message>
        <source>The goal agreement</source>
        <translation>Die Zielvereinbarung</translation>
    </message>
    <message>
        <source>What the client commits to</source>
        <translation>Was die Klient:in zusagt</translation>
    </message>
    <message>
        <source>What the therapist commits to</source>
        <translation>Was die Therapeut:in zusagt</translation>
    </message>
    <message>
        <source>What &amp;I commit to (the client):</source>
        <translation>Was &amp;ich zusage (Klient:in):</translation>
    </message>
    <message>
        <source>What the &amp;therapist commits to:</source>
        <translation>Was die &amp;Therapeut:in zusagt:</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>The agreement gathers the client&apos;s current goals, as they stand when it is agreed, with what each of you commits to. It stays a draft until you both sign it.</source>
        <translation>Die Vereinbarung hält die aktuellen Ziele der Klient:in fest, so wie sie lauten, wenn sie vereinbart wird, zusammen mit dem, was Sie beide jeweils zusagen. Sie bleibt ein Entwurf, bis Sie beide unterschreiben.</translation>
    </message>
</context>
<context>
    <name>DisclosureLogDialog</name>
    <message>
        <source>Disclosure log</source>
        <translation>Weitergabeprotokoll</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Weitergaben</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Für wen</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Betrifft:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Everything that has left Reciprocal: exports, printouts, handouts and backups. Entries are added by the app and can never be changed.</source>
        <translation>Alles, was Reciprocal verlassen hat: Exporte, Ausdrucke, Handouts und Sicherungen. Die Einträge legt die App selbst an, und sie lassen sich nie ändern.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>The whole practice (backups)</source>
        <translation>Die ganze Praxis (Sicherungen)</translation>
    </message>
    <message>
        <source>The whole practice</source>
        <translation>Die ganze Praxis</translation>
    </message>
    <message>
        <source>(erased or unknown)</source>
        <translation>(gelöscht oder unbekannt)</translation>
    </message>
    <message>
        <source>(damaged entry)</source>
        <translation>(beschädigter Eintrag)</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n entry(s) shown.</source>
        <translation>
            <numerusform>{shown} von %n Eintrag angezeigt.</numerusform>
            <numerusform>{shown} von %n Einträgen angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseClientDialog</name>
    <message>
        <source>Erase a client for good</source>
        <translation>Klient:in endgültig löschen</translation>
    </message>
    <message>
        <source>Erase {name} for good?</source>
        <translation>{name} endgültig löschen?</translation>
    </message>
    <message>
        <source>Every session note, goal agreement, checklist, feedback, questionnaire (measure) and exercise of {name} is destroyed, together with the key that encrypts them. This cannot be undone.</source>
        <translation>Alle Sitzungsnotizen, Zielvereinbarungen, Checklisten, Rückmeldungen, Fragebögen und Übungen von {name} werden vernichtet, zusammen mit dem Schlüssel, der sie verschlüsselt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Backups made before now still hold {name}: erasure cannot reach them. If those must go too, delete or overwrite the old backup files yourself.</source>
        <translation>Bisherige Sicherungen enthalten {name} weiterhin: Das Löschen erreicht sie nicht. Wenn auch diese Daten verschwinden müssen, löschen oder überschreiben Sie die alten Sicherungsdateien selbst.</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>E&amp;rase anyway, before the retention period ends</source>
        <translation>Trotzdem &amp;löschen, vor Ablauf der Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>Type the client&apos;s name to confirm</source>
        <translation>Zur Bestätigung den Namen der Klient:in eingeben</translation>
    </message>
    <message>
        <source>To confirm, t&amp;ype the client&apos;s id: {id}</source>
        <translation>Geben Sie zur Bestätigung die Kennung der Klient:in ei&amp;n: {id}</translation>
    </message>
    <message>
        <source>To confirm, t&amp;ype the client&apos;s name: {name}</source>
        <translation>Geben Sie zur Bestätigung den Namen der Klient:in ei&amp;n: {name}</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <source>Destroys this client&apos;s records and key; cannot be undone</source>
        <translation>Vernichtet die Daten und den Schlüssel dieser Klient:in; lässt sich nicht rückgängig machen</translation>
    </message>
    <message>
        <source>Records are normally kept until {day} ({years} years after the last session).</source>
        <translation>Die Unterlagen werden normalerweise bis {day} aufbewahrt ({years} Jahre nach der letzten Sitzung).</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Wird gelöscht…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong, so that last step did not finish. What you saved before is safe; please try again.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen, daher wurde der letzte Schritt nicht abgeschlossen. Was Sie vorher gespeichert haben, ist sicher; bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Reciprocal</source>
        <translation>Reciprocal</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
</context>
<context>
    <name>ExerciseDialog</name>
    <message>
        <source>Agree an exercise</source>
        <translation>Übung vereinbaren</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>My own words</source>
        <translation>In eigenen Worten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>for example: every evening</source>
        <translation>zum Beispiel: jeden Abend</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>How it went, in the client&apos;s words</source>
        <translation>Wie es lief, in den Worten der Klient:in</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>&amp;Vereinbaren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Start from</source>
        <translation>&amp;Ausgehend von</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>A&amp;rt</translation>
    </message>
    <message>
        <source>How &amp;often</source>
        <translation>Wie &amp;oft</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>&amp;Was zu tun ist</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>How it &amp;went
(their words)</source>
        <translation>Wie es &amp;lief
(eigene Worte)</translation>
    </message>
</context>
<context>
    <name>ExerciseLibrary</name>
    <message>
        <source>Slow breathing</source>
        <translation>Langsam atmen</translation>
    </message>
    <message>
        <source>Breathe in through your nose to a count of four, and out through your mouth to a count of six. Ten breaths like this. Notice how you feel before and after.</source>
        <translation>Atmen Sie durch die Nase ein und zählen Sie dabei bis vier, dann durch den Mund aus und zählen Sie bis sechs. Zehn Atemzüge auf diese Weise. Achten Sie darauf, wie Sie sich vorher und nachher fühlen.</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>zweimal täglich</translation>
    </message>
    <message>
        <source>Three lines before bed</source>
        <translation>Drei Zeilen vor dem Schlafen</translation>
    </message>
    <message>
        <source>Write three lines: something that happened today, how you felt about it, and one thing you would like to remember.</source>
        <translation>Schreiben Sie drei Zeilen: etwas, das heute passiert ist, wie Sie sich dabei gefühlt haben, und eine Sache, an die Sie sich gern erinnern möchten.</translation>
    </message>
    <message>
        <source>every evening</source>
        <translation>jeden Abend</translation>
    </message>
    <message>
        <source>Noticing the body</source>
        <translation>Den Körper wahrnehmen</translation>
    </message>
    <message>
        <source>Once a day, pause and notice where in your body you feel tension, warmth or ease. Just notice; there is nothing to change.</source>
        <translation>Halten Sie einmal am Tag inne und nehmen Sie wahr, wo in Ihrem Körper Sie Anspannung, Wärme oder Leichtigkeit spüren. Einfach wahrnehmen; es gibt nichts zu verändern.</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>einmal täglich</translation>
    </message>
    <message>
        <source>A kind pause</source>
        <translation>Eine freundliche Pause</translation>
    </message>
    <message>
        <source>When you notice you are being hard on yourself, pause, put a hand on your chest, and say to yourself what you would say to a good friend in the same place.</source>
        <translation>Wenn Sie merken, dass Sie hart mit sich ins Gericht gehen, halten Sie inne, legen Sie eine Hand auf die Brust und sagen Sie sich, was Sie einer guten Freundin oder einem guten Freund in derselben Lage sagen würden.</translation>
    </message>
    <message>
        <source>when it comes up</source>
        <translation>wenn es aufkommt</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Was mir wichtig ist</translation>
    </message>
    <message>
        <source>Choose one thing that matters to you — kindness, honesty, play, or another. Notice one small moment this week when you acted on it, and jot it down.</source>
        <translation>Wählen Sie etwas, das Ihnen wichtig ist – Freundlichkeit, Ehrlichkeit, Spiel oder etwas anderes. Achten Sie diese Woche auf einen kleinen Moment, in dem Sie danach gehandelt haben, und notieren Sie ihn kurz.</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
    <message>
        <source>Grounding: 5-4-3-2-1</source>
        <translation>Erden: 5-4-3-2-1</translation>
    </message>
    <message>
        <source>When feelings run high, name five things you can see, four you can touch, three you can hear, two you can smell and one you can taste.</source>
        <translation>Wenn die Gefühle hochkochen, benennen Sie fünf Dinge, die Sie sehen, vier, die Sie berühren, drei, die Sie hören, zwei, die Sie riechen, und eines, das Sie schmecken können.</translation>
    </message>
</context>
<context>
    <name>ExercisesTab</name>
    <message>
        <source>Exercises between sessions</source>
        <translation>Übungen zwischen den Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Agree an exercise…</source>
        <translation>Übung &amp;vereinbaren…</translation>
    </message>
    <message>
        <source>No exercises agreed yet. Agree one with the client: from the library, or in your own words.</source>
        <translation>Noch keine Übungen vereinbart. Vereinbaren Sie eine mit der Klient:in: aus der Sammlung oder in Ihren eigenen Worten.</translation>
    </message>
    <message>
        <source>A damaged exercise record cannot be shown.</source>
        <translation>Eine beschädigte Übung kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>{facts} · agreed {day}</source>
        <translation>{facts} · vereinbart am {day}</translation>
    </message>
    <message>
        <source>How it went, in their words</source>
        <translation>Wie es lief, in eigenen Worten</translation>
    </message>
    <message>
        <source>Note how it went, or change “{title}”…</source>
        <translation>Festhalten, wie es lief, oder „{title}“ ändern…</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Session feedback</source>
        <translation>Rückmeldung zur Sitzung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Each from 0 (not at all) to 10 (completely); leave any the client prefers not to rate as “not rated”.</source>
        <translation>Jeweils von 0 (gar nicht) bis 10 (vollständig); was die Klient:in lieber nicht bewerten möchte, bleibt auf „nicht bewertet“.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Your reflection on it</source>
        <translation>Ihre Gedanken dazu</translation>
    </message>
    <message>
        <source>{question} (in the client&apos;s words)</source>
        <translation>{question} (in den Worten der Klient:in)</translation>
    </message>
    <message>
        <source>Your &amp;reflection on it (for your record):</source>
        <translation>Ihre &amp;Gedanken dazu (für Ihre Unterlagen):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>Record session &amp;feedback…</source>
        <translation>&amp;Rückmeldung zur Sitzung erfassen…</translation>
    </message>
    <message>
        <source>Record a PHQ-&amp;9…</source>
        <translation>PHQ-&amp;9 erfassen…</translation>
    </message>
    <message>
        <source>Record a GAD-&amp;7…</source>
        <translation>GAD-&amp;7 erfassen…</translation>
    </message>
    <message>
        <source>Chart to show</source>
        <translation>Angezeigtes Diagramm</translation>
    </message>
    <message>
        <source>PHQ-9 over time</source>
        <translation>PHQ-9 im Verlauf</translation>
    </message>
    <message>
        <source>GAD-7 over time</source>
        <translation>GAD-7 im Verlauf</translation>
    </message>
    <message>
        <source>Session feedback over time</source>
        <translation>Rückmeldungen zu den Sitzungen im Verlauf</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <source>Chart of questionnaires and feedback</source>
        <translation>Diagramm der Fragebögen und Rückmeldungen</translation>
    </message>
    <message>
        <source>Feedback and questionnaires</source>
        <translation>Rückmeldungen und Fragebögen</translation>
    </message>
    <message>
        <source>A PHQ-9 from {day} is damaged and cannot be read; check item 9 with the client and record a follow-up.</source>
        <translation>Ein PHQ-9 vom {day} ist beschädigt und kann nicht gelesen werden; klären Sie Frage 9 mit der Klient:in und halten Sie die Abklärung fest.</translation>
    </message>
    <message>
        <source>PHQ-9 on {day}: item 9 was answered “{answer}”. No follow-up is recorded yet.</source>
        <translation>PHQ-9 vom {day}: Frage 9 wurde mit „{answer}“ beantwortet. Es ist noch keine Abklärung festgehalten.</translation>
    </message>
    <message>
        <source>Record the follow-up…</source>
        <translation>Abklärung festhalten…</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>Record a follow-up</source>
        <translation>Abklärung festhalten</translation>
    </message>
    <message>
        <source>The PHQ-9 from {day} is damaged and cannot be read. Check item 9 with the client, then note what you did.</source>
        <translation>Der PHQ-9 vom {day} ist beschädigt und kann nicht gelesen werden. Klären Sie Frage 9 mit der Klient:in und notieren Sie dann, was Sie getan haben.</translation>
    </message>
    <message>
        <source>On the PHQ-9 from {day}, item 9 (thoughts of being better off dead or of hurting oneself) was answered “{answer}”.</source>
        <translation>Im PHQ-9 vom {day} wurde Frage 9 (Gedanken, dass man lieber tot wäre oder sich Leid zufügen möchte) mit „{answer}“ beantwortet.</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Was Sie getan haben</translation>
    </message>
    <message>
        <source>For example: talked it through in the session; safety plan made together; crisis numbers given.</source>
        <translation>Zum Beispiel: in der Sitzung besprochen; gemeinsam einen Krisenplan erstellt; Notrufnummern mitgegeben.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>&amp;Record follow-up</source>
        <translation>Abklärung &amp;festhalten</translation>
    </message>
    <message>
        <source>&amp;What you did</source>
        <translation>&amp;Was Sie getan haben</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>Wa&amp;nn</translation>
    </message>
    <message>
        <source>Kept as you write it, in this client&apos;s record; it cannot be changed afterwards.</source>
        <translation>Wird so, wie Sie es schreiben, in der Akte dieser Klient:in aufbewahrt; es lässt sich danach nicht mehr ändern.</translation>
    </message>
</context>
<context>
    <name>GoalCharts</name>
    <message>
        <source>Progress on each goal</source>
        <translation>Fortschritt je Ziel</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Überprüfungstermin</translation>
    </message>
    <message>
        <source>No goal has been rated yet.</source>
        <translation>Noch kein Ziel wurde eingeschätzt.</translation>
    </message>
    <message>
        <source>Latest levels: {levels}.</source>
        <translation>Letzte Stufen: {levels}.</translation>
    </message>
    <message>
        <source>GAS T-score over time</source>
        <translation>GAS-T-Wert im Verlauf</translation>
    </message>
    <message>
        <source>T-score</source>
        <translation>T-Wert</translation>
    </message>
    <message>
        <source>As hoped for (50)</source>
        <translation>Wie erhofft (50)</translation>
    </message>
    <message numerus="yes">
        <source>The latest T-score is {score:.1f} across %n goal(s), on {day} (50 means every goal as hoped for).</source>
        <translation>
            <numerusform>Der letzte T-Wert ist {score:.1f} über %n Ziel, am {day} (50 heißt: jedes Ziel wie erhofft).</numerusform>
            <numerusform>Der letzte T-Wert ist {score:.1f} über %n Ziele, am {day} (50 heißt: jedes Ziel wie erhofft).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>A new goal</source>
        <translation>Ein neues Ziel</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>The goal, in the client&apos;s words</source>
        <translation>Das Ziel, in den Worten der Klient:in</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Signs of progress</source>
        <translation>Anzeichen für Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Look at it again on</source>
        <translation>Wieder &amp;anschauen am</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Überprüfungstermin</translation>
    </message>
    <message>
        <source>Weight in the T-score</source>
        <translation>Gewichtung im T-Wert</translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation>Ziel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation>Warum es &amp;wichtig ist</translation>
    </message>
    <message>
        <source>&amp;First steps</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>Signs of &amp;progress</source>
        <translation>Anzeichen für &amp;Fortschritt</translation>
    </message>
    <message>
        <source>What each level of progress would look like, in the client&apos;s words (any may stay empty):</source>
        <translation>Wie jede Stufe des Fortschritts aussähe, in den Worten der Klient:in (jede darf leer bleiben):</translation>
    </message>
    <message>
        <source>W&amp;eight</source>
        <translation>&amp;Gewichtung</translation>
    </message>
    <message>
        <source>How much this goal counts in the GAS T-score (1 for every goal unless you choose otherwise).</source>
        <translation>Wie stark dieses Ziel in den GAS-T-Wert eingeht (1 für jedes Ziel, sofern Sie nichts anderes wählen).</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Goals and agreement</source>
        <translation>Ziele und Vereinbarung</translation>
    </message>
    <message>
        <source>&amp;Add a goal…</source>
        <translation>Ziel &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Chart to show</source>
        <translation>Angezeigtes Diagramm</translation>
    </message>
    <message>
        <source>Progress on each goal</source>
        <translation>Fortschritt je Ziel</translation>
    </message>
    <message>
        <source>GAS T-score over time</source>
        <translation>GAS-T-Wert im Verlauf</translation>
    </message>
    <message>
        <source>Chart of goal progress</source>
        <translation>Diagramm des Zielfortschritts</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <source>Progress on “{goal}”</source>
        <translation>Fortschritt bei „{goal}“</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>No goals recorded yet.</source>
        <translation>Noch keine Ziele festgehalten.</translation>
    </message>
    <message>
        <source>A damaged goal record cannot be shown.</source>
        <translation>Ein beschädigtes Ziel kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Signs of progress</source>
        <translation>Anzeichen für Fortschritt</translation>
    </message>
    <message>
        <source>Review on {day}.</source>
        <translation>Überprüfen am {day}.</translation>
    </message>
    <message>
        <source>Rated on</source>
        <translation>Eingeschätzt am</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>In eigenen Worten</translation>
    </message>
    <message>
        <source>Rate progress on “{goal}”…</source>
        <translation>Fortschritt bei „{goal}“ einschätzen…</translation>
    </message>
    <message>
        <source>Change “{goal}”…</source>
        <translation>„{goal}“ ändern…</translation>
    </message>
    <message>
        <source>Move “{goal}” up</source>
        <translation>„{goal}“ nach oben verschieben</translation>
    </message>
    <message>
        <source>Move “{goal}” down</source>
        <translation>„{goal}“ nach unten verschieben</translation>
    </message>
    <message>
        <source>Goal agreement</source>
        <translation>Zielvereinbarung</translation>
    </message>
    <message>
        <source>No agreement yet.</source>
        <translation>Noch keine Vereinbarung.</translation>
    </message>
    <message>
        <source>Version {n} is damaged and cannot be shown.</source>
        <translation>Version {n} ist beschädigt und kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Earlier: version {n}, {state}.</source>
        <translation>Früher: Version {n}, {state}.</translation>
    </message>
    <message>
        <source>Version {n}, {state}.</source>
        <translation>Version {n}, {state}.</translation>
    </message>
    <message>
        <source>The client&apos;s commitments</source>
        <translation>Zusagen der Klient:in</translation>
    </message>
    <message>
        <source>The therapist&apos;s commitments</source>
        <translation>Zusagen der Therapeut:in</translation>
    </message>
    <message>
        <source>Signed by {client} on {client_day} and {therapist} on {therapist_day}.</source>
        <translation>Unterschrieben von {client} am {client_day} und von {therapist} am {therapist_day}.</translation>
    </message>
    <message>
        <source>Start the goal agreement…</source>
        <translation>Zielvereinbarung beginnen…</translation>
    </message>
    <message>
        <source>Write the commitments of version {n}…</source>
        <translation>Zusagen für Version {n} schreiben…</translation>
    </message>
    <message>
        <source>Agree version {n}, with both names…</source>
        <translation>Version {n} vereinbaren, mit beiden Namen…</translation>
    </message>
    <message>
        <source>Revise: start version {n} as a draft</source>
        <translation>Überarbeiten: Version {n} als Entwurf beginnen</translation>
    </message>
    <message>
        <source>See what changed between versions…</source>
        <translation>Ansehen, was sich zwischen den Versionen geändert hat…</translation>
    </message>
    <message>
        <source>agreed on {day}</source>
        <translation>vereinbart am {day}</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>ein Entwurf</translation>
    </message>
</context>
<context>
    <name>HandoutPreview</name>
    <message>
        <source>Session summary</source>
        <translation>Sitzungszusammenfassung</translation>
    </message>
    <message>
        <source>Goal agreement</source>
        <translation>Zielvereinbarung</translation>
    </message>
    <message>
        <source>Boundaries &amp; transparency agreement</source>
        <translation>Vereinbarung zu Grenzen und Transparenz</translation>
    </message>
    <message>
        <source>Practices sheet</source>
        <translation>Übungsblatt</translation>
    </message>
    <message>
        <source>PHQ-9 form (blank)</source>
        <translation>PHQ-9-Bogen (leer)</translation>
    </message>
    <message>
        <source>GAD-7 form (blank)</source>
        <translation>GAD-7-Bogen (leer)</translation>
    </message>
    <message>
        <source>The client&apos;s record</source>
        <translation>Akte der Klient:in</translation>
    </message>
    <message>
        <source>Handout: {kind}</source>
        <translation>Handout: {kind}</translation>
    </message>
    <message>
        <source>Preview of the handout</source>
        <translation>Vorschau des Handouts</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>&amp;Großdruck</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Großdruck</translation>
    </message>
    <message>
        <source>Bigger type, for a client who finds small print hard to read</source>
        <translation>Größere Schrift, für Klient:innen, denen kleine Schrift schwerfällt</translation>
    </message>
    <message>
        <source>Handout status</source>
        <translation>Stand des Handouts</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print it (Ctrl+P)</source>
        <translation>Drucken (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation>Das Handout wird vorbereitet…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) on {paper} paper. Nothing is saved or logged until you print or save it.</source>
        <translation>
            <numerusform>%n Seite im Format {paper}. Nichts wird gespeichert oder protokolliert, bevor Sie drucken oder speichern.</numerusform>
            <numerusform>%n Seiten im Format {paper}. Nichts wird gespeichert oder protokolliert, bevor Sie drucken oder speichern.</numerusform>
        </translation>
    </message>
    <message>
        <source>This questionnaire prints in English: there is no official translation of it in {language} here, and a questionnaire is never translated by anyone else. {status}</source>
        <translation>Dieser Fragebogen wird auf Englisch gedruckt: Hier gibt es keine offizielle Übersetzung ({language}), und ein Fragebogen wird nie von jemand anderem übersetzt. {status}</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Handout drucken</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <source>Sent to the printer. The disclosure log records it.</source>
        <translation>An den Drucker gesendet. Das Weitergabeprotokoll hält es fest.</translation>
    </message>
    <message>
        <source>Save the handout as a PDF</source>
        <translation>Handout als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved to {path}. The disclosure log records it.</source>
        <translation>Gespeichert unter {path}. Das Weitergabeprotokoll hält es fest.</translation>
    </message>
</context>
<context>
    <name>HandoverWindow</name>
    <message>
        <source>Reciprocal — over to you</source>
        <translation>Reciprocal – Sie haben das Wort</translation>
    </message>
    <message>
        <source>I&apos;m &amp;done — hand back</source>
        <translation>&amp;Fertig – zurückgeben</translation>
    </message>
    <message>
        <source>&amp;Stop without saving</source>
        <translation>&amp;Abbrechen, ohne zu speichern</translation>
    </message>
    <message>
        <source>Over to you, {name}</source>
        <translation>Sie haben das Wort, {name}</translation>
    </message>
    <message>
        <source>Your therapist has handed this screen to you. Take your time. What you write here goes into your record with them, marked as written by you. Nothing else of the record is shown here.</source>
        <translation>Dieser Bildschirm gehört jetzt Ihnen. Lassen Sie sich Zeit. Was Sie hier schreiben, kommt in Ihre Akte in der Praxis und wird als von Ihnen geschrieben gekennzeichnet. Sonst wird hier nichts aus der Akte angezeigt.</translation>
    </message>
    <message>
        <source>Any you would rather not answer, leave.</source>
        <translation>Was Sie lieber nicht beantworten möchten, lassen Sie einfach frei.</translation>
    </message>
    <message>
        <source>Your goals, in your own words. Change anything that no longer says it the way you mean it, and what each step of progress would look like to you.</source>
        <translation>Ihre Ziele, in Ihren eigenen Worten. Ändern Sie alles, was es nicht mehr so ausdrückt, wie Sie es meinen – auch, wie jede Stufe des Fortschritts für Sie aussähe.</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Mein Ziel</translation>
    </message>
    <message>
        <source>There are no goals written yet.</source>
        <translation>Es sind noch keine Ziele aufgeschrieben.</translation>
    </message>
    <message>
        <source>How you would like our work together to go, in your own words.</source>
        <translation>Wie Sie sich unsere gemeinsame Arbeit wünschen, in Ihren eigenen Worten.</translation>
    </message>
    <message>
        <source>Choose at least one number, or write a few words.</source>
        <translation>Wählen Sie mindestens eine Zahl, oder schreiben Sie ein paar Worte.</translation>
    </message>
    <message>
        <source>Question {n} is not answered yet.</source>
        <translation>Frage {n} ist noch nicht beantwortet.</translation>
    </message>
    <message>
        <source>A goal needs a few words; write it again, or leave it as it was.</source>
        <translation>Ein Ziel braucht ein paar Worte; schreiben Sie es neu, oder lassen Sie es, wie es war.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>How the agreement has changed</source>
        <translation>Wie sich die Vereinbarung verändert hat</translation>
    </message>
    <message>
        <source>agreed {day}</source>
        <translation>vereinbart am {day}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Version {n}, {state}</source>
        <translation>Version {n}, {state}</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Nothing changed between these versions.</source>
        <translation>Zwischen diesen Versionen hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Signs of progress</source>
        <translation>Anzeichen für Fortschritt</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Überprüfungstermin</translation>
    </message>
    <message>
        <source>What the client commits to</source>
        <translation>Was die Klient:in zusagt</translation>
    </message>
    <message>
        <source>What the therapist commits to</source>
        <translation>Was die Therapeut:in zusagt</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>taken out</source>
        <translation>herausgenommen</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Underlined words were added; struck-through words were taken out.</source>
        <translation>Unterstrichene Wörter kamen hinzu; durchgestrichene Wörter wurden herausgenommen.</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Zusagen</translation>
    </message>
</context>
<context>
    <name>IntegrityNotice</name>
    <message>
        <source>Reciprocal</source>
        <translation>Reciprocal</translation>
    </message>
    <message>
        <source>This vault file is older than the one this computer last opened: it holds fewer saves. If you did not put back an older copy yourself, someone may have replaced it. Compare it with your latest backup before you go on.</source>
        <translation>Diese Tresordatei ist älter als die, die dieser Computer zuletzt geöffnet hat: Sie enthält weniger gespeicherte Stände. Wenn Sie nicht selbst eine ältere Kopie zurückgespielt haben, hat sie vielleicht jemand ersetzt. Vergleichen Sie sie mit Ihrer neuesten Sicherung, bevor Sie weitermachen.</translation>
    </message>
    <message>
        <source>&amp;Keep using this copy</source>
        <translation>Diese Kopie &amp;weiter verwenden</translation>
    </message>
    <message>
        <source>Stop warning about this copy: it is the one I meant to use.</source>
        <translation>Für diese Kopie nicht mehr warnen: Es ist die, die ich verwenden wollte.</translation>
    </message>
    <message>
        <source>&amp;Remind me next time</source>
        <translation>Nächstes Mal &amp;erinnern</translation>
    </message>
    <message>
        <source>Some records were deleted, added or replaced in the vault file outside Reciprocal: {listed}. Everything else opens as usual; restore the vault from a backup to get them back.</source>
        <translation>Einige Datensätze wurden außerhalb von Reciprocal in der Tresordatei gelöscht, hinzugefügt oder ersetzt: {listed}. Alles andere öffnet sich wie gewohnt; stellen Sie den Tresor aus einer Sicherung wieder her, um sie zurückzubekommen.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>A topic of our own</source>
        <translation>Ein eigenes Thema</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>Was besprochen oder vereinbart wurde</translation>
    </message>
    <message>
        <source>&amp;Add topic</source>
        <translation>Thema &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>&amp;Where it stands</source>
        <translation>Stan&amp;d</translation>
    </message>
    <message>
        <source>&amp;Raised by</source>
        <translation>&amp;Angesprochen von</translation>
    </message>
    <message>
        <source>&amp;What was said</source>
        <translation>&amp;Was besprochen wurde</translation>
    </message>
    <message>
        <source>The date is noted for you when the topic has been talked about.</source>
        <translation>Das Datum wird für Sie eingetragen, sobald über das Thema gesprochen wurde.</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <source>Journal entries</source>
        <translation>Journaleinträge</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <source>Start a new entry; choose its kind beside the title</source>
        <translation>Einen neuen Eintrag beginnen; die Art wählen Sie neben dem Titel</translation>
    </message>
    <message>
        <source>Your journal</source>
        <translation>Ihr Journal</translation>
    </message>
    <message>
        <source>Only you see this. It is never part of a client&apos;s record.</source>
        <translation>Nur Sie sehen das. Es wird nie Teil der Akte einer Klient:in.</translation>
    </message>
    <message>
        <source>From a &amp;prompt</source>
        <translation>Mit einer &amp;Impulsfrage</translation>
    </message>
    <message>
        <source>Start a new entry from a question to reflect on</source>
        <translation>Einen neuen Eintrag mit einer Frage zum Nachdenken beginnen</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Write here; the entry saves itself as you go.</source>
        <translation>Schreiben Sie hier; der Eintrag speichert sich, während Sie schreiben.</translation>
    </message>
    <message>
        <source>Check-in: 0 is not at all, 10 is very much</source>
        <translation>Kurz innehalten: 0 heißt gar nicht, 10 heißt sehr</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation>Eintrag löschen…</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>{day} · damaged entry</source>
        <translation>{day} · beschädigter Eintrag</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>A new entry saves itself as you write.</source>
        <translation>Ein neuer Eintrag speichert sich, während Sie schreiben.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete this journal entry? This cannot be undone.</source>
        <translation>Diesen Journaleintrag löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>JournalPrompts</name>
    <message>
        <source>What did I learn from a client this week?</source>
        <translation>Was habe ich diese Woche von einer Klient:in gelernt?</translation>
    </message>
    <message>
        <source>Where did my own reactions show in a session, and what might they be telling me?</source>
        <translation>Wo haben sich in einer Sitzung meine eigenen Reaktionen gezeigt, und was wollen sie mir vielleicht sagen?</translation>
    </message>
    <message>
        <source>Which moment with a client stays with me, and why?</source>
        <translation>Welcher Moment mit einer Klient:in geht mir nach, und warum?</translation>
    </message>
    <message>
        <source>How are my boundaries, my rest and my energy?</source>
        <translation>Wie steht es um meine Grenzen, meine Erholung und meine Kraft?</translation>
    </message>
    <message>
        <source>What do I want to bring to supervision?</source>
        <translation>Was möchte ich in die Supervision mitnehmen?</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Come back to this</source>
        <translation>Noch einmal aufgreifen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Therapeut:in</translation>
    </message>
    <message>
        <source>Self-reflection</source>
        <translation>Selbstreflexion</translation>
    </message>
    <message>
        <source>Mindfulness</source>
        <translation>Achtsamkeit</translation>
    </message>
    <message>
        <source>Emotional regulation</source>
        <translation>Emotionsregulation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Minimal</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittelgradig</translation>
    </message>
    <message>
        <source>Moderately severe</source>
        <translation>Ausgeprägt</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>In session</source>
        <translation>In der Sitzung</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>Auf Papier</translation>
    </message>
    <message>
        <source>By the client, on their own</source>
        <translation>Von der Klient:in allein</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>Saved as a PDF</source>
        <translation>Als PDF gespeichert</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Self-care check-in</source>
        <translation>Selbstfürsorge: kurz innehalten</translation>
    </message>
    <message>
        <source>I felt heard and understood.</source>
        <translation>Ich habe mich gehört und verstanden gefühlt.</translation>
    </message>
    <message>
        <source>We worked on what mattered to me.</source>
        <translation>Wir haben an dem gearbeitet, was mir wichtig war.</translation>
    </message>
    <message>
        <source>The way we worked suited me.</source>
        <translation>Die Art, wie wir gearbeitet haben, hat zu mir gepasst.</translation>
    </message>
    <message>
        <source>Overall, this session was right for me.</source>
        <translation>Insgesamt hat diese Sitzung für mich gepasst.</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>How direct I&apos;d like you to be</source>
        <translation>Wie direkt Sie mit mir sein sollen</translation>
    </message>
    <message>
        <source>Exercises between sessions, or not</source>
        <translation>Übungen zwischen den Sitzungen – oder nicht</translation>
    </message>
    <message>
        <source>Language and words that suit me</source>
        <translation>Sprache und Worte, die zu mir passen</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Was hilft</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation>Was nicht hilft</translation>
    </message>
    <message>
        <source>I&apos;m getting enough rest and sleep</source>
        <translation>Ich bekomme genug Ruhe und Schlaf</translation>
    </message>
    <message>
        <source>I have energy for my work</source>
        <translation>Ich habe Energie für meine Arbeit</translation>
    </message>
    <message>
        <source>My mood has been good</source>
        <translation>Meine Stimmung war gut</translation>
    </message>
    <message>
        <source>I feel connected to people outside work</source>
        <translation>Ich fühle mich mit Menschen außerhalb der Arbeit verbunden</translation>
    </message>
    <message>
        <source>My workload feels manageable</source>
        <translation>Meine Arbeitslast fühlt sich bewältigbar an</translation>
    </message>
    <message>
        <source>I make time for things I enjoy</source>
        <translation>Ich nehme mir Zeit für Dinge, die mir Freude machen</translation>
    </message>
    <message>
        <source>Subjective</source>
        <translation>Subjektiv</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objektiv</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Much less than hoped</source>
        <translation>Deutlich weniger als erhofft</translation>
    </message>
    <message>
        <source>Somewhat less than hoped</source>
        <translation>Etwas weniger als erhofft</translation>
    </message>
    <message>
        <source>What we hoped for</source>
        <translation>Wie erhofft</translation>
    </message>
    <message>
        <source>Somewhat more than hoped</source>
        <translation>Etwas mehr als erhofft</translation>
    </message>
    <message>
        <source>Much more than hoped</source>
        <translation>Deutlich mehr als erhofft</translation>
    </message>
    <message>
        <source>What could be different next time?</source>
        <translation>Was könnte nächstes Mal anders sein?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>Demo practice: everyone here is invented.</source>
        <translation>Demo-Praxis: Alle Personen hier sind erfunden.</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>Klient:in &amp;anlegen…</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search clients, notes and your journal</source>
        <translation>Klient:innen, Notizen und Ihr Journal durchsuchen</translation>
    </message>
    <message>
        <source>Sa&amp;ve now</source>
        <translation>Jetzt s&amp;peichern</translation>
    </message>
    <message>
        <source>Notes save themselves; this saves at once</source>
        <translation>Notizen speichern sich selbst; hiermit wird sofort gespeichert</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Sp&amp;erren</translation>
    </message>
    <message>
        <source>Hide everything and lock the vault</source>
        <translation>Alles ausblenden und den Tresor sperren</translation>
    </message>
    <message>
        <source>Leave the &amp;demo</source>
        <translation>Demo &amp;verlassen</translation>
    </message>
    <message>
        <source>Han&amp;dout…</source>
        <translation>Hand&amp;out…</translation>
    </message>
    <message>
        <source>Preview, print or save a handout of what the client&apos;s tab shows</source>
        <translation>Ein Handout mit dem Inhalt der aktuellen Registerkarte ansehen, drucken oder speichern</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt s&amp;ichern</translation>
    </message>
    <message>
        <source>Write an encrypted backup of your whole practice into your backup folder</source>
        <translation>Eine verschlüsselte Sicherung Ihrer gesamten Praxis in Ihren Sicherungsordner schreiben</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Make a new vault from a backup file; no existing vault is changed</source>
        <translation>Einen neuen Tresor aus einer Sicherungsdatei erstellen; kein vorhandener Tresor wird verändert</translation>
    </message>
    <message>
        <source>Veri&amp;fy a backup…</source>
        <translation>Sicherung p&amp;rüfen…</translation>
    </message>
    <message>
        <source>Check that a backup file is whole and that its key opens it</source>
        <translation>Prüfen, ob eine Sicherungsdatei vollständig ist und ihr Schlüssel sie öffnet</translation>
    </message>
    <message>
        <source>&amp;Disclosure log…</source>
        <translation>Weitergabeprotoko&amp;ll…</translation>
    </message>
    <message>
        <source>Everything that has left Reciprocal: exports, printouts, handouts, backups</source>
        <translation>Alles, was Reciprocal verlassen hat: Exporte, Ausdrucke, Handouts, Sicherungen</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Passphrase ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Klient:innen</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Read the user guide; it is part of the app and works offline</source>
        <translation>Das Benutzerhandbuch lesen; es gehört zur App und funktioniert ohne Internet</translation>
    </message>
    <message>
        <source>&amp;About Reciprocal</source>
        <translation>&amp;Über Reciprocal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Wechseln zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Demo practice</source>
        <translation>Demo-Praxis</translation>
    </message>
    <message>
        <source>Open the restored practice?</source>
        <translation>Die wiederhergestellte Praxis öffnen?</translation>
    </message>
    <message>
        <source>The restored practice is ready in {path}. Open it now? The practice open now is saved, locked and closed; nothing in it changes.</source>
        <translation>Die wiederhergestellte Praxis liegt bereit unter {path}. Jetzt öffnen? Die gerade geöffnete Praxis wird gespeichert, gesperrt und geschlossen; darin ändert sich nichts.</translation>
    </message>
    <message>
        <source>Open the restored practice</source>
        <translation>Wiederhergestellte Praxis öffnen</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>Hierbleiben</translation>
    </message>
    <message>
        <source>What you were typing in the vault you left could not be saved; it is kept, locked, and comes back when you open that vault again in this window.</source>
        <translation>Was Sie im verlassenen Tresor gerade getippt haben, konnte nicht gespeichert werden; es bleibt gesperrt aufbewahrt und kommt zurück, wenn Sie diesen Tresor in diesem Fenster wieder öffnen.</translation>
    </message>
    <message>
        <source>What you were typing when the vault locked could not be saved then; it is saved now.</source>
        <translation>Was Sie beim Sperren des Tresors gerade getippt haben, konnte da nicht gespeichert werden; jetzt ist es gespeichert.</translation>
    </message>
    <message>
        <source>{reason} What you were typing when the vault locked is back where you typed it, not saved yet; Save now ({keys}) tries again.</source>
        <translation>{reason} Was Sie beim Sperren des Tresors gerade getippt haben, steht wieder dort, wo Sie es getippt haben, ist aber noch nicht gespeichert; „Jetzt speichern“ ({keys}) versucht es noch einmal.</translation>
    </message>
    <message>
        <source>Reciprocal</source>
        <translation>Reciprocal</translation>
    </message>
    <message>
        <source>What you were typing when the vault locked is not saved yet: unlock to save it, or quit again to leave without it.</source>
        <translation>Was Sie beim Sperren des Tresors gerade getippt haben, ist noch nicht gespeichert: Entsperren Sie, um es zu speichern, oder beenden Sie noch einmal, um ohne diesen Text zu schließen.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Question {n} of the {instrument} is not answered yet, so the form was not saved.</source>
        <translation>Frage {n} des {instrument} ist noch nicht beantwortet, daher wurde der Bogen nicht gespeichert.</translation>
    </message>
    <message>
        <source>Record a {name}</source>
        <translation>{name} erfassen</translation>
    </message>
    <message>
        <source>How it was filled in</source>
        <translation>Wie er ausgefüllt wurde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Filled in</source>
        <translation>&amp;Ausgefüllt</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Ihr Kommentar</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Your &amp;comment (optional):</source>
        <translation>Ihr &amp;Kommentar (freiwillig):</translation>
    </message>
    <message numerus="yes">
        <source>{total} so far; {missing} of %n question(s) still to answer.</source>
        <translation>
            <numerusform>Bisher {total}; {missing} von %n Frage noch zu beantworten.</numerusform>
            <numerusform>Bisher {total}; {missing} von %n Fragen noch zu beantworten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total {total} of {most}: {band}.</source>
        <translation>Summe {total} von {most}: {band}.</translation>
    </message>
    <message>
        <source>Question {n} (“{words}”) is not answered yet; the total counts only a complete form.</source>
        <translation>Frage {n} („{words}“) ist noch nicht beantwortet; eine Summe gibt es nur für einen vollständig ausgefüllten Bogen.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Neue Passphrase, noch einmal</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Wiederholung</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Client overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Record the follow-up…</source>
        <translation>Abklärung festhalten…</translation>
    </message>
    <message>
        <source>A PHQ-9 from {day} is damaged and cannot be read; check item 9 with the client and record a follow-up.</source>
        <translation>Ein PHQ-9 vom {day} ist beschädigt und kann nicht gelesen werden; klären Sie Frage 9 mit der Klient:in und halten Sie die Abklärung fest.</translation>
    </message>
    <message>
        <source>PHQ-9 on {day}: item 9 (thoughts of being better off dead or of self-harm) was answered “{answer}”. No follow-up is recorded yet.</source>
        <translation>PHQ-9 vom {day}: Frage 9 (Gedanken, lieber tot zu sein oder sich selbst zu verletzen) wurde mit „{answer}“ beantwortet. Es ist noch keine Abklärung festgehalten.</translation>
    </message>
    <message>
        <source>Review the goal “{goal}”: it was due on {day}.</source>
        <translation>Ziel „{goal}“ überprüfen: Es war am {day} fällig.</translation>
    </message>
    <message>
        <source>Review the goal “{goal}”: due on {day}.</source>
        <translation>Ziel „{goal}“ überprüfen: fällig am {day}.</translation>
    </message>
    <message>
        <source>Come back to “{topic}”.</source>
        <translation>„{topic}“ noch einmal aufgreifen.</translation>
    </message>
    <message>
        <source>Ask how “{exercise}” went.</source>
        <translation>Fragen, wie „{exercise}“ gelaufen ist.</translation>
    </message>
    <message>
        <source>Before this session</source>
        <translation>Vor dieser Sitzung</translation>
    </message>
    <message>
        <source>Nothing needs attention first.</source>
        <translation>Nichts erfordert vorab Ihre Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Letztes Mal</translation>
    </message>
    <message>
        <source>No session has taken place yet.</source>
        <translation>Es hat noch keine Sitzung stattgefunden.</translation>
    </message>
    <message>
        <source>The last session&apos;s note is damaged and cannot be shown.</source>
        <translation>Die Notiz der letzten Sitzung ist beschädigt und kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>What we worked on (shared summary)</source>
        <translation>Woran wir gearbeitet haben (gemeinsame Zusammenfassung)</translation>
    </message>
    <message>
        <source>No plan or shared summary was written.</source>
        <translation>Es wurde kein Plan und keine gemeinsame Zusammenfassung geschrieben.</translation>
    </message>
    <message>
        <source>How I like to work</source>
        <translation>So arbeite ich gern</translation>
    </message>
    <message>
        <source>Nothing noted yet. Ask how they would like to work together, and note it with Edit details.</source>
        <translation>Noch nichts notiert. Fragen Sie, wie Ihr Gegenüber gern zusammenarbeiten möchte, und halten Sie es unter „Angaben bearbeiten“ fest.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>No goal agreement yet.</source>
        <translation>Noch keine Zielvereinbarung.</translation>
    </message>
    <message>
        <source>Agreement version {n}, agreed on {day}.</source>
        <translation>Vereinbarung Version {n}, vereinbart am {day}.</translation>
    </message>
    <message>
        <source>Agreement version {n} is a draft, not yet signed.</source>
        <translation>Vereinbarung Version {n} ist ein Entwurf und noch nicht unterschrieben.</translation>
    </message>
    <message>
        <source>Last feedback</source>
        <translation>Letzte Rückmeldung</translation>
    </message>
    <message>
        <source>No feedback recorded yet.</source>
        <translation>Noch keine Rückmeldung erfasst.</translation>
    </message>
    <message>
        <source>The last feedback record is damaged.</source>
        <translation>Die letzte Rückmeldung ist beschädigt.</translation>
    </message>
    <message>
        <source>The client said</source>
        <translation>Die Klient:in sagte</translation>
    </message>
    <message>
        <source>0–10</source>
        <translation>0–10</translation>
    </message>
    <message>
        <source>What could be different next time</source>
        <translation>Was nächstes Mal anders sein könnte</translation>
    </message>
    <message>
        <source>Latest questionnaires</source>
        <translation>Letzte Fragebögen</translation>
    </message>
    <message>
        <source>{name} on {day}: {total} ({band})</source>
        <translation>{name} vom {day}: {total} ({band})</translation>
    </message>
    <message>
        <source>No PHQ-9 or GAD-7 recorded yet.</source>
        <translation>Noch kein PHQ-9 oder GAD-7 erfasst.</translation>
    </message>
    <message>
        <source>Exercises between sessions</source>
        <translation>Übungen zwischen den Sitzungen</translation>
    </message>
    <message>
        <source>No exercises agreed at the moment.</source>
        <translation>Zurzeit sind keine Übungen vereinbart.</translation>
    </message>
    <message>
        <source>Checklist topics to come back to</source>
        <translation>Offene Themen der Checkliste</translation>
    </message>
    <message>
        <source>Nothing open on the boundaries and transparency checklist.</source>
        <translation>Auf der Checkliste zu Grenzen und Transparenz ist nichts offen.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Noch keine Sitzungen.</translation>
    </message>
    <message>
        <source>Sessions so far: {count}. The last was on {day}.</source>
        <translation>Bisherige Sitzungen: {count}. Die letzte war am {day}.</translation>
    </message>
</context>
<context>
    <name>QuitBackupDialog</name>
    <message>
        <source>Backing up</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <source>Backup message</source>
        <translation>Meldung zur Sicherung</translation>
    </message>
    <message>
        <source>&amp;Quit without a backup</source>
        <translation>Ohne Sicherung &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Stay open</source>
        <translation>&amp;Geöffnet lassen</translation>
    </message>
    <message>
        <source>Backing up your practice before Reciprocal closes…</source>
        <translation>Ihre Praxis wird gesichert, bevor Reciprocal sich schließt…</translation>
    </message>
    <message>
        <source>{problem} Everything you wrote is saved in your vault; only this backup was not made.</source>
        <translation>{problem} Alles, was Sie geschrieben haben, ist in Ihrem Tresor gespeichert; nur diese Sicherung wurde nicht erstellt.</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Choose the level of progress the client sees, from −2 to +2.</source>
        <translation>Wählen Sie die Stufe des Fortschritts, die die Klient:in sieht, von −2 bis +2.</translation>
    </message>
    <message>
        <source>Not at a session</source>
        <translation>Nicht in einer Sitzung</translation>
    </message>
    <message>
        <source>Rate progress</source>
        <translation>Fortschritt einschätzen</translation>
    </message>
    <message>
        <source>In the client&apos;s words</source>
        <translation>In den Worten der Klient:in</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>In their &amp;words</source>
        <translation>In eigenen &amp;Worten</translation>
    </message>
    <message>
        <source>At the &amp;session</source>
        <translation>In der Sit&amp;zung</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>No goal agreement has been agreed yet. The rating is kept with the goal and charted; agreeing the goals together makes the levels you rate against shared.</source>
        <translation>Es wurde noch keine Zielvereinbarung getroffen. Die Einschätzung wird beim Ziel gespeichert und im Diagramm gezeigt; wenn Sie die Ziele gemeinsam vereinbaren, werden die Stufen, nach denen Sie einschätzen, zu gemeinsamen Stufen.</translation>
    </message>
</context>
<context>
    <name>RecordFeature</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Überblick</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Goals &amp;&amp; agreement</source>
        <translation>&amp;Zielvereinbarung</translation>
    </message>
    <message>
        <source>&amp;Boundaries &amp;&amp; transparency</source>
        <translation>&amp;Grenzen &amp;&amp; Transparenz</translation>
    </message>
    <message>
        <source>&amp;Feedback &amp;&amp; measures</source>
        <translation>&amp;Feedback &amp;&amp; Fragebögen</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>Üb&amp;ungen</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copies the key; it is cleared from the clipboard after 30 seconds.</source>
        <translation>Kopiert den Schlüssel; nach 30 Sekunden wird er aus der Zwischenablage gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Print recovery sheet…</source>
        <translation>Wiederherstellungsblatt &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Save recovery sheet as PDF…</source>
        <translation>Wiederherstellungsblatt als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>I have stored my recovery key somewhere safe</source>
        <translation>Ich habe meinen Wiederherstellungsschlüssel sicher aufbewahrt</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>About this vault</source>
        <translation>Über diesen Tresor</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be emptied in 30 seconds.</source>
        <translation>Kopiert. Die Zwischenablage wird in 30 Sekunden geleert.</translation>
    </message>
</context>
<context>
    <name>RecoverySheetOutput</name>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Wiederherstellungsblatt speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the recovery sheet to {path}. Print it, then delete the file.</source>
        <translation>Das Wiederherstellungsblatt wurde unter {path} gespeichert. Drucken Sie es aus und löschen Sie dann die Datei.</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Wiederherstellungsblatt drucken</translation>
    </message>
    <message>
        <source>Sent the recovery sheet to the printer.</source>
        <translation>Das Wiederherstellungsblatt wurde an den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose a backup file (its name starts with reciprocal-backup-) and how to open it. Reciprocal makes a new vault from it; it never changes an existing one.</source>
        <translation>Wählen Sie eine Sicherungsdatei (ihr Name beginnt mit reciprocal-backup-) und wie sie geöffnet werden soll. Reciprocal erstellt daraus einen neuen Tresor; ein vorhandener wird nie verändert.</translation>
    </message>
    <message>
        <source>Where to keep the restored practice</source>
        <translation>Speicherort der wiederhergestellten Praxis</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Choose where to keep the restored practice</source>
        <translation>Speicherort für die wiederhergestellte Praxis auswählen</translation>
    </message>
    <message>
        <source>&amp;Keep the passphrase that opened the backup key file</source>
        <translation>Die Passphrase &amp;beibehalten, mit der sich die Sicherungsschlüsseldatei geöffnet hat</translation>
    </message>
    <message>
        <source>Choose a &amp;new passphrase</source>
        <translation>Eine &amp;neue Passphrase wählen</translation>
    </message>
    <message>
        <source>Reciprocal cannot confirm who made this backup: it opened with a key that is not the practice&apos;s own backup key, and anyone who knows the practice&apos;s public key could have made it. Restore it only if you trust where it came from.</source>
        <translation>Reciprocal kann nicht bestätigen, wer diese Sicherung erstellt hat: Sie wurde mit einem Schlüssel geöffnet, der nicht der eigene Sicherungsschlüssel der Praxis ist, und jede Person, die den öffentlichen Schlüssel der Praxis kennt, könnte sie erstellt haben. Stellen Sie sie nur wieder her, wenn Sie ihrer Herkunft vertrauen.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Vault file</source>
        <translation>&amp;Tresordatei</translation>
    </message>
    <message>
        <source>The restored practice</source>
        <translation>Die wiederhergestellte Praxis</translation>
    </message>
    <message>
        <source>Where should the restored practice live on this computer? The suggested place is where Reciprocal looks first. A file that already exists is never replaced.</source>
        <translation>Wo soll die wiederhergestellte Praxis auf diesem Computer liegen? Am vorgeschlagenen Ort sucht Reciprocal zuerst. Eine bereits vorhandene Datei wird nie ersetzt.</translation>
    </message>
    <message>
        <source>Its passphrase:</source>
        <translation>Passphrase der Praxis:</translation>
    </message>
    <message>
        <source>Restoring your practice</source>
        <translation>Ihre Praxis wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Ihr neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>The restored practice has its own recovery key; the one on your old recovery sheet does not open it. It is shown only this once: print a new recovery sheet and keep it somewhere safe, away from this computer.</source>
        <translation>Die wiederhergestellte Praxis hat einen eigenen Wiederherstellungsschlüssel; der auf Ihrem alten Wiederherstellungsblatt öffnet sie nicht. Er wird nur dieses eine Mal angezeigt: Drucken Sie ein neues Wiederherstellungsblatt und bewahren Sie es an einem sicheren Ort auf, nicht bei diesem Computer.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>Unter {path} gibt es keine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Opening the key and the backup…</source>
        <translation>Schlüssel und Sicherung werden geöffnet…</translation>
    </message>
    <message>
        <source>Reciprocal vaults (*.vault)</source>
        <translation>Reciprocal-Tresore (*.vault)</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for the restored practice.</source>
        <translation>{path} gibt es schon; wählen Sie einen neuen Dateinamen für die wiederhergestellte Praxis.</translation>
    </message>
    <message>
        <source>Restore a backup of unconfirmed origin?</source>
        <translation>Eine Sicherung unbestätigter Herkunft wiederherstellen?</translation>
    </message>
    <message>
        <source>Reciprocal cannot confirm who made this backup: the key that opened it is not the practice&apos;s own backup key. Anyone who knows the practice&apos;s public key could have made it and put invented records in it. Restore it anyway?</source>
        <translation>Reciprocal kann nicht bestätigen, wer diese Sicherung erstellt hat: Der Schlüssel, der sie geöffnet hat, ist nicht der eigene Sicherungsschlüssel der Praxis. Jede Person, die den öffentlichen Schlüssel der Praxis kennt, könnte sie erstellt und erfundene Daten hineingelegt haben. Trotzdem wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore &amp;anyway</source>
        <translation>&amp;Trotzdem wiederherstellen</translation>
    </message>
    <message>
        <source>Opening the backup and making the new vault&apos;s key. This takes a few seconds on purpose: it is what makes guessing the passphrase slow.</source>
        <translation>Die Sicherung wird geöffnet und der Schlüssel des neuen Tresors erzeugt. Das dauert absichtlich ein paar Sekunden: Genau das macht das Erraten der Passphrase langsam.</translation>
    </message>
    <message>
        <source>The backup opened. Making the new vault&apos;s key…</source>
        <translation>Die Sicherung ist geöffnet. Der Schlüssel des neuen Tresors wird erzeugt…</translation>
    </message>
    <message numerus="yes">
        <source>Restoring {done} of %n record(s)…</source>
        <translation>
            <numerusform>{done} von %n Datensatz wird wiederhergestellt…</numerusform>
            <numerusform>{done} von %n Datensätzen werden wiederhergestellt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n record(s) from the backup made on {made}, into {path}.</source>
        <translation>
            <numerusform>%n Datensatz aus der Sicherung vom {made} in {path} wiederhergestellt.</numerusform>
            <numerusform>%n Datensätze aus der Sicherung vom {made} in {path} wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who made this backup cannot be confirmed with this key; only the practice&apos;s own backup key can confirm it.</source>
        <translation>Wer diese Sicherung erstellt hat, lässt sich mit diesem Schlüssel nicht bestätigen; das kann nur der eigene Sicherungsschlüssel der Praxis.</translation>
    </message>
    <message>
        <source>It was opened with another person&apos;s key, so the restored practice has a new backup key, printed on the new recovery sheet.</source>
        <translation>Sie wurde mit dem Schlüssel einer anderen Person geöffnet, daher hat die wiederhergestellte Praxis einen neuen Sicherungsschlüssel; er steht auf dem neuen Wiederherstellungsblatt.</translation>
    </message>
    <message>
        <source>Some records were already damaged when the backup was made (damaged records: {count}); their unreadable parts are empty.</source>
        <translation>Einige Datensätze waren schon beschädigt, als die Sicherung erstellt wurde (beschädigte Datensätze: {count}); ihre unlesbaren Teile sind leer.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>goal agreement</source>
        <translation>Zielvereinbarung</translation>
    </message>
    <message>
        <source>checklist topic</source>
        <translation>Thema der Checkliste</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>amtlicher Name</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>private note</source>
        <translation>private Notiz</translation>
    </message>
    <message>
        <source>shared summary</source>
        <translation>gemeinsame Zusammenfassung</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>why it matters</source>
        <translation>warum es wichtig ist</translation>
    </message>
    <message>
        <source>first steps</source>
        <translation>erste Schritte</translation>
    </message>
    <message>
        <source>signs of progress</source>
        <translation>Zeichen von Fortschritt</translation>
    </message>
    <message>
        <source>what the client commits to</source>
        <translation>was die Klient:in zusagt</translation>
    </message>
    <message>
        <source>what the therapist commits to</source>
        <translation>was die Therapeut:in zusagt</translation>
    </message>
    <message>
        <source>revision note</source>
        <translation>Anmerkung zur Überarbeitung</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>how often</source>
        <translation>wie oft</translation>
    </message>
    <message>
        <source>how it went</source>
        <translation>wie es lief</translation>
    </message>
    <message>
        <source>what could be different</source>
        <translation>was anders sein könnte</translation>
    </message>
    <message>
        <source>your reflection</source>
        <translation>Ihre Gedanken</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>Abklärung</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>Eintrag</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search clients, notes, goals, checklists, exercises and your journal</source>
        <translation>Klient:innen, Notizen, Ziele, Checklisten, Übungen und Ihr Journal durchsuchen</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Suchen nach</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Search state</source>
        <translation>Stand der Suche</translation>
    </message>
    <message>
        <source>Words must all appear; put a phrase in &quot;quotes&quot;.</source>
        <translation>Alle Wörter müssen vorkommen; eine Wortgruppe setzen Sie in &quot;Anführungszeichen&quot;.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%n Ergebnis. Enter öffnet das markierte.</numerusform>
            <numerusform>%n Ergebnisse. Enter öffnet das markierte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches all of those words.</source>
        <translation>Nichts enthält all diese Wörter.</translation>
    </message>
    <message>
        <source>Still reading your records: more may follow.</source>
        <translation>Ihre Aufzeichnungen werden noch gelesen: Es können weitere folgen.</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>A GAS T-score needs at least one rated goal.</source>
        <translation>Für einen GAS-T-Wert muss mindestens ein Ziel eingeschätzt sein.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the vault or its working files.</source>
        <translation>Eine Sicherung kann nicht über den Tresor oder seine Arbeitsdateien geschrieben werden.</translation>
    </message>
    <message>
        <source>A checklist template needs at least one topic.</source>
        <translation>Eine Checklisten-Vorlage braucht mindestens ein Thema.</translation>
    </message>
    <message>
        <source>A date or id stored in the vault is damaged (the file was changed outside Reciprocal); run a check to see which record, and restore it from a backup.</source>
        <translation>Ein im Tresor gespeichertes Datum oder eine ID ist beschädigt (die Datei wurde außerhalb von Reciprocal verändert); führen Sie eine Prüfung durch, um den betroffenen Datensatz zu finden, und stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>A follow-up is already recorded for this questionnaire.</source>
        <translation>Für diesen Fragebogen ist bereits eine Abklärung festgehalten.</translation>
    </message>
    <message>
        <source>A handout is either printed or saved.</source>
        <translation>Ein Handout wird entweder gedruckt oder gespeichert.</translation>
    </message>
    <message>
        <source>A newer version of this agreement exists; revise that one.</source>
        <translation>Es gibt eine neuere Version dieser Vereinbarung; überarbeiten Sie stattdessen diese.</translation>
    </message>
    <message>
        <source>A record does not open with the vault&apos;s keys, so no key was renewed; run a check and restore the damaged record from a backup first.</source>
        <translation>Ein Datensatz lässt sich mit den Schlüsseln des Tresors nicht öffnen, daher wurde kein Schlüssel erneuert; führen Sie zuerst eine Prüfung durch und stellen Sie den beschädigten Datensatz aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>A record is missing or was changed, so no key was renewed; run a check and restore the vault from a backup first.</source>
        <translation>Ein Datensatz fehlt oder wurde verändert, daher wurde kein Schlüssel erneuert; führen Sie zuerst eine Prüfung durch und stellen Sie den Tresor aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation>Eine Sitzung dauert zwischen 1 Minute und 24 Stunden.</translation>
    </message>
    <message>
        <source>A signature date cannot be in the future.</source>
        <translation>Ein Unterschriftsdatum kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>A signed note cannot be deleted.</source>
        <translation>Eine unterschriebene Notiz kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Add at least one goal before agreeing.</source>
        <translation>Fügen Sie mindestens ein Ziel hinzu, bevor Sie die Vereinbarung treffen.</translation>
    </message>
    <message>
        <source>An age identity in this file is mistyped or incomplete.</source>
        <translation>Eine age-Identität in dieser Datei ist falsch geschrieben oder unvollständig.</translation>
    </message>
    <message>
        <source>An amendment cannot be empty.</source>
        <translation>Ein Nachtrag darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Both of you need to type your name to sign the agreement.</source>
        <translation>Um die Vereinbarung zu unterschreiben, müssen Sie beide Ihren Namen eingeben.</translation>
    </message>
    <message>
        <source>Each check-in rating needs a topic.</source>
        <translation>Jede Einschätzung beim kurzen Innehalten braucht ein Thema.</translation>
    </message>
    <message>
        <source>Each goal can appear only once in the new order.</source>
        <translation>Jedes Ziel darf in der neuen Reihenfolge nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>Each goal&apos;s level is from −2 to +2.</source>
        <translation>Die Stufe jedes Ziels reicht von −2 bis +2.</translation>
    </message>
    <message>
        <source>Each rated goal needs a weight above 0.</source>
        <translation>Jedes eingeschätzte Ziel braucht eine Gewichtung über 0.</translation>
    </message>
    <message>
        <source>Every topic on a checklist needs a few words saying what it is about.</source>
        <translation>Jedes Thema einer Checkliste braucht ein paar Worte dazu, worum es geht.</translation>
    </message>
    <message>
        <source>Feedback is given by the client, alone or with the therapist.</source>
        <translation>Die Rückmeldung gibt die Klient:in, allein oder zusammen mit der Therapeut:in.</translation>
    </message>
    <message>
        <source>Feedback needs at least one rating or a few words from the client.</source>
        <translation>Eine Rückmeldung braucht mindestens eine Einschätzung oder ein paar Worte der Klient:in.</translation>
    </message>
    <message>
        <source>Goal levels run from -2 to +2.</source>
        <translation>Die Stufen der Ziele reichen von −2 bis +2.</translation>
    </message>
    <message>
        <source>More than one client has that name; use the id or position instead.</source>
        <translation>Mehrere Klient:innen haben diesen Namen; verwenden Sie stattdessen die ID oder die Position in der Liste.</translation>
    </message>
    <message>
        <source>No backup key file was given.</source>
        <translation>Es wurde keine Sicherungsschlüsseldatei angegeben.</translation>
    </message>
    <message>
        <source>No client matches that id, name or position.</source>
        <translation>Keine Klient:in passt zu dieser ID, diesem Namen oder dieser Position.</translation>
    </message>
    <message>
        <source>One of this client&apos;s goals is damaged, so the agreement cannot include it; restore it from a backup or retire it.</source>
        <translation>Eines der Ziele dieser Klient:in ist beschädigt und kann daher nicht in die Vereinbarung aufgenommen werden; stellen Sie es aus einer Sicherung wieder her oder setzen Sie es auf „Zurückgestellt“.</translation>
    </message>
    <message>
        <source>Only a signed note takes amendments; edit the draft instead.</source>
        <translation>Nachträge sind nur bei einer unterschriebenen Notiz möglich; bearbeiten Sie stattdessen den Entwurf.</translation>
    </message>
    <message>
        <source>Only a vault that was just created can be filled in bulk.</source>
        <translation>Nur ein gerade erst angelegter Tresor kann auf einmal mit Daten befüllt werden.</translation>
    </message>
    <message>
        <source>Only an agreed version can be revised; edit the draft instead.</source>
        <translation>Nur eine vereinbarte Version kann überarbeitet werden; bearbeiten Sie stattdessen den Entwurf.</translation>
    </message>
    <message>
        <source>Only this client&apos;s goals can be put in order here.</source>
        <translation>Hier können nur die Ziele dieser Klient:in in eine Reihenfolge gebracht werden.</translation>
    </message>
    <message>
        <source>Please give the checklist template a name.</source>
        <translation>Bitte geben Sie der Checklisten-Vorlage einen Namen.</translation>
    </message>
    <message>
        <source>Please give the client a name to show in the list.</source>
        <translation>Bitte geben Sie einen Namen ein, unter dem die Klient:in in der Liste erscheint.</translation>
    </message>
    <message>
        <source>Please give the exercise a short title.</source>
        <translation>Bitte geben Sie der Übung einen kurzen Titel.</translation>
    </message>
    <message>
        <source>Please write a few words about how you followed this up.</source>
        <translation>Bitte schreiben Sie in ein paar Worten, wie Sie das abgeklärt haben.</translation>
    </message>
    <message>
        <source>Please write the goal in a few words, as the client puts it.</source>
        <translation>Bitte beschreiben Sie das Ziel in ein paar Worten, so wie die Klient:in es ausdrückt.</translation>
    </message>
    <message>
        <source>Say what was disclosed, in a few words.</source>
        <translation>Beschreiben Sie in ein paar Worten, was weitergegeben wurde.</translation>
    </message>
    <message>
        <source>Some of the text has a broken character (half of an emoji or symbol), so it was not saved; please retype that part.</source>
        <translation>Ein Teil des Textes enthält ein defektes Zeichen (ein halbes Emoji oder Symbol), daher wurde der Text nicht gespeichert; bitte geben Sie diese Stelle neu ein.</translation>
    </message>
    <message>
        <source>That change conflicts with records already in the vault, so it was not saved.</source>
        <translation>Diese Änderung steht im Widerspruch zu Datensätzen, die schon im Tresor sind, und wurde daher nicht gespeichert.</translation>
    </message>
    <message>
        <source>That client is not in this vault.</source>
        <translation>Diese Klient:in ist nicht in diesem Tresor.</translation>
    </message>
    <message>
        <source>That is not an age public key; it starts with &quot;age1&quot; and is one word.</source>
        <translation>Das ist kein öffentlicher age-Schlüssel; ein solcher beginnt mit „age1“ und ist ein einziges Wort.</translation>
    </message>
    <message>
        <source>That recipient is not an age public key (one starts with age1).</source>
        <translation>Dieser Eintrag bei den Empfänger:innen ist kein öffentlicher age-Schlüssel (ein solcher beginnt mit age1).</translation>
    </message>
    <message>
        <source>That recovery key does not belong to this vault.</source>
        <translation>Dieser Wiederherstellungsschlüssel gehört nicht zu diesem Tresor.</translation>
    </message>
    <message>
        <source>That session belongs to another client.</source>
        <translation>Diese Sitzung gehört zu einer anderen Klient:in.</translation>
    </message>
    <message>
        <source>That session is not in this vault.</source>
        <translation>Diese Sitzung ist nicht in diesem Tresor.</translation>
    </message>
    <message>
        <source>That session is not one of this client&apos;s.</source>
        <translation>Diese Sitzung gehört nicht zu dieser Klient:in.</translation>
    </message>
    <message>
        <source>The built-in template cannot be deleted; you can reword it.</source>
        <translation>Die mitgelieferte Vorlage kann nicht gelöscht werden; Sie können sie aber umformulieren.</translation>
    </message>
    <message>
        <source>The correlation between goals is from 0 up to (not including) 1.</source>
        <translation>Die Korrelation zwischen den Zielen beträgt mindestens 0 und muss kleiner als 1 sein.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved; free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher wurde nichts gespeichert; geben Sie etwas Speicherplatz frei und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The entry is empty, so there is nothing to save.</source>
        <translation>Der Eintrag ist leer, es gibt also nichts zu speichern.</translation>
    </message>
    <message>
        <source>The language setting is a short code such as &quot;en&quot; or &quot;en-GB&quot;.</source>
        <translation>Die Spracheinstellung ist ein kurzer Code wie „en“ oder „en-GB“.</translation>
    </message>
    <message>
        <source>The logo is larger than 1 MB; choose a smaller picture.</source>
        <translation>Das Logo ist größer als 1 MB; wählen Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>The logo is more than 4000 pixels across; choose a smaller picture.</source>
        <translation>Das Logo ist mehr als 4000 Pixel breit oder hoch; wählen Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>The logo is not a picture Reciprocal can read; choose a PNG or JPEG file.</source>
        <translation>Das Logo ist kein Bild, das Reciprocal lesen kann; wählen Sie eine PNG- oder JPEG-Datei.</translation>
    </message>
    <message>
        <source>The new passphrase cannot be empty.</source>
        <translation>Die neue Passphrase darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation>Die Passphrase darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The passphrase has a broken character; please type it again.</source>
        <translation>Die Passphrase enthält ein defektes Zeichen; bitte geben Sie sie noch einmal ein.</translation>
    </message>
    <message>
        <source>The vault could not be read; restore it from a backup.</source>
        <translation>Der Tresor konnte nicht gelesen werden; stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The vault file cannot be opened.</source>
        <translation>Die Tresordatei lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>The vault file is damaged (truncated or corrupted); restore it from a backup.</source>
        <translation>Die Tresordatei ist beschädigt (abgeschnitten oder fehlerhaft); stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The vault file is read-only, so nothing can be saved to it.</source>
        <translation>Die Tresordatei ist schreibgeschützt, daher kann nichts darin gespeichert werden.</translation>
    </message>
    <message>
        <source>The vault is busy in another program; close it there and try again.</source>
        <translation>Der Tresor wird gerade von einem anderen Programm verwendet; schließen Sie ihn dort und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The vault is closed.</source>
        <translation>Der Tresor ist geschlossen.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <source>The vault&apos;s backup key is missing; restore from a backup.</source>
        <translation>Der Sicherungsschlüssel des Tresors fehlt; stellen Sie den Tresor aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The vault&apos;s backup key record has been changed, so no backup was written; run a check and restore from a backup if needed.</source>
        <translation>Der Datensatz mit dem Sicherungsschlüssel des Tresors wurde verändert, daher wurde keine Sicherung geschrieben; führen Sie eine Prüfung durch und stellen Sie den Tresor bei Bedarf aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The vault&apos;s key record is damaged; restore it from a backup.</source>
        <translation>Der Schlüsseldatensatz des Tresors ist beschädigt; stellen Sie den Tresor aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The vault&apos;s key record is missing or duplicated; restore it from a backup.</source>
        <translation>Der Schlüsseldatensatz des Tresors fehlt oder ist doppelt vorhanden; stellen Sie den Tresor aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>This agreement is signed, so it cannot be changed; revise it to make a new version.</source>
        <translation>Diese Vereinbarung ist unterschrieben und kann daher nicht geändert werden; überarbeiten Sie sie zu einer neuen Version.</translation>
    </message>
    <message>
        <source>This client already has a goal agreement; edit the draft or revise the agreed version.</source>
        <translation>Für diese Klient:in gibt es bereits eine Zielvereinbarung; bearbeiten Sie den Entwurf oder überarbeiten Sie die vereinbarte Version.</translation>
    </message>
    <message>
        <source>This client has no boundaries &amp; transparency list yet, so there is nothing to print.</source>
        <translation>Diese Klient:in hat noch keine Checkliste zu Grenzen und Transparenz, daher kann nichts gedruckt werden.</translation>
    </message>
    <message>
        <source>This client has no goal agreement yet, so there is nothing to print.</source>
        <translation>Diese Klient:in hat noch keine Zielvereinbarung, daher kann nichts gedruckt werden.</translation>
    </message>
    <message>
        <source>This client has no sessions yet, so there is no summary to print.</source>
        <translation>Diese Klient:in hat noch keine Sitzungen, daher gibt es keine Zusammenfassung zum Drucken.</translation>
    </message>
    <message>
        <source>This client&apos;s details are damaged, so no handout was made; restore them from a backup.</source>
        <translation>Die Angaben zu dieser Klient:in sind beschädigt, daher wurde kein Handout erstellt; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>This file is not a Reciprocal vault.</source>
        <translation>Diese Datei ist kein Reciprocal-Tresor.</translation>
    </message>
    <message>
        <source>This goal agreement is damaged, so it cannot be printed; restore it from a backup.</source>
        <translation>Diese Zielvereinbarung ist beschädigt und kann daher nicht gedruckt werden; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>This identity file holds no age identity (AGE-SECRET-KEY-1…).</source>
        <translation>Diese Identitätsdatei enthält keine age-Identität (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>This is not a valid backup key, so no recovery sheet was made.</source>
        <translation>Das ist kein gültiger Sicherungsschlüssel, daher wurde kein Wiederherstellungsblatt erstellt.</translation>
    </message>
    <message>
        <source>This is not a valid recovery key, so no recovery sheet was made.</source>
        <translation>Das ist kein gültiger Wiederherstellungsschlüssel, daher wurde kein Wiederherstellungsblatt erstellt.</translation>
    </message>
    <message>
        <source>This is not an age identity file (its keys start with AGE-SECRET-KEY-1).</source>
        <translation>Das ist keine age-Identitätsdatei (die Schlüssel in einer solchen Datei beginnen mit AGE-SECRET-KEY-1).</translation>
    </message>
    <message>
        <source>This is not an age identity file.</source>
        <translation>Das ist keine age-Identitätsdatei.</translation>
    </message>
    <message>
        <source>This note is already signed.</source>
        <translation>Diese Notiz ist bereits unterschrieben.</translation>
    </message>
    <message>
        <source>This note is signed and locked; add an amendment instead.</source>
        <translation>Diese Notiz ist unterschrieben und abgeschlossen; fügen Sie stattdessen einen Nachtrag hinzu.</translation>
    </message>
    <message>
        <source>This questionnaire has no answer that needs a follow-up.</source>
        <translation>Dieser Fragebogen enthält keine Antwort, die eine Abklärung erfordert.</translation>
    </message>
    <message>
        <source>This vault is already open in another Reciprocal window or program; close it there first.</source>
        <translation>Dieser Tresor ist bereits in einem anderen Reciprocal-Fenster oder einem anderen Programm geöffnet; schließen Sie ihn zuerst dort.</translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of Reciprocal; please update the app.</source>
        <translation>Dieser Tresor wurde mit einer neueren Version von Reciprocal gespeichert; bitte aktualisieren Sie die App.</translation>
    </message>
    <message>
        <source>Type your name to sign the note.</source>
        <translation>Geben Sie Ihren Namen ein, um die Notiz zu unterschreiben.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Private — never printed or shared</source>
        <translation>Privat – wird nie gedruckt oder weitergegeben</translation>
    </message>
    <message>
        <source>Shared with the client — appears on handouts</source>
        <translation>Mit der Klient:in geteilt – erscheint auf Handouts</translation>
    </message>
    <message>
        <source>Session date and time</source>
        <translation>Datum und Uhrzeit der Sitzung</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Note template</source>
        <translation>Notizvorlage</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>Shared summary</source>
        <translation>Gemeinsame Zusammenfassung</translation>
    </message>
    <message>
        <source>Written for the client, in words they will recognise.</source>
        <translation>Für die Klient:in geschrieben, in vertrauten Worten.</translation>
    </message>
    <message>
        <source>Private process note</source>
        <translation>Private Prozessnotiz</translation>
    </message>
    <message>
        <source>Your own process notes: kept apart from the client&apos;s record and left out of every handout and export.</source>
        <translation>Ihre eigenen Prozessnotizen: getrennt von der Akte der Klient:in aufbewahrt und aus jedem Handout und Export herausgehalten.</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Sitzungsnotiz</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Entwurf löschen…</translation>
    </message>
    <message>
        <source>&amp;Sign and lock…</source>
        <translation>&amp;Unterschreiben und abschließen…</translation>
    </message>
    <message>
        <source>Sign the note with your name; after that only dated amendments can be added.</source>
        <translation>Die Notiz mit Ihrem Namen unterschreiben; danach können nur noch datierte Nachträge hinzukommen.</translation>
    </message>
    <message>
        <source>Signed note</source>
        <translation>Unterschriebene Notiz</translation>
    </message>
    <message>
        <source>New amendment</source>
        <translation>Neuer Nachtrag</translation>
    </message>
    <message>
        <source>Something to add or correct, dated today</source>
        <translation>Etwas zu ergänzen oder zu berichtigen, mit heutigem Datum</translation>
    </message>
    <message>
        <source>A&amp;dd amendment</source>
        <translation>Nachtrag &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add an amendment</source>
        <translation>&amp;Nachtrag hinzufügen</translation>
    </message>
    <message>
        <source>Signed by {name} on {when}. This note is locked; anything to add or correct goes below as a dated amendment.</source>
        <translation>Unterschrieben von {name} am {when}. Diese Notiz ist abgeschlossen; was zu ergänzen oder zu berichtigen ist, kommt unten als datierter Nachtrag hinzu.</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <source>(nothing written)</source>
        <translation>(nichts geschrieben)</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Nachträge</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Signed and locked</source>
        <translation>Unterschrieben und abgeschlossen</translation>
    </message>
    <message>
        <source>Amendment added {time}</source>
        <translation>Nachtrag hinzugefügt {time}</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Delete this draft note? This cannot be undone.</source>
        <translation>Diesen Notizentwurf löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>Free text</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>New &amp;session</source>
        <translation>Neue &amp;Sitzung</translation>
    </message>
    <message>
        <source>Start a note for a new session</source>
        <translation>Eine Notiz für eine neue Sitzung beginnen</translation>
    </message>
    <message>
        <source>No sessions yet. Press New session to start the first note.</source>
        <translation>Noch keine Sitzungen. Klicken Sie auf „Neue Sitzung“, um die erste Notiz zu beginnen.</translation>
    </message>
    <message>
        <source>Choose a session on the left to read or write its note, or press New session.</source>
        <translation>Wählen Sie links eine Sitzung, um ihre Notiz zu lesen oder zu schreiben, oder klicken Sie auf „Neue Sitzung“.</translation>
    </message>
    <message>
        <source>This note is damaged and cannot be shown; the rest of the record is fine. Restore it from a backup.</source>
        <translation>Diese Notiz ist beschädigt und kann nicht angezeigt werden; der Rest der Akte ist in Ordnung. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Nach so vielen Minuten ohne Aktivität sperren</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Aufzubewahrende Sicherungen</translation>
    </message>
    <message>
        <source>Back up when I quit</source>
        <translation>Beim Beenden sichern</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Sprache der App</translation>
    </message>
    <message>
        <source>Last vault opened</source>
        <translation>Zuletzt geöffneter Tresor</translation>
    </message>
    <message>
        <source>Template for new session notes</source>
        <translation>Vorlage für neue Sitzungsnotizen</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Practice logo</source>
        <translation>Logo der Praxis</translation>
    </message>
    <message>
        <source>Choo&amp;se logo…</source>
        <translation>Logo au&amp;swählen…</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation>Logo &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Save state of the practice details</source>
        <translation>Speicherstatus der Praxisangaben</translation>
    </message>
    <message>
        <source>Your practice, as printed on handouts</source>
        <translation>Ihre Praxis, wie sie auf Handouts erscheint</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ihr &amp;Name</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>C&amp;redentials</source>
        <translation>&amp;Qualifikationen</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Qualifikationen</translation>
    </message>
    <message>
        <source>&amp;Practice name</source>
        <translation>Name der &amp;Praxis</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>K&amp;ontakt</translation>
    </message>
    <message>
        <source>Practice contact</source>
        <translation>Kontakt der Praxis</translation>
    </message>
    <message>
        <source>Handout &amp;footer</source>
        <translation>&amp;Fußzeile der Handouts</translation>
    </message>
    <message>
        <source>Handout footer</source>
        <translation>Fußzeile der Handouts</translation>
    </message>
    <message>
        <source>Crisis and &amp;emergency resources</source>
        <translation>Krisen- und Notfall&amp;hilfen</translation>
    </message>
    <message>
        <source>Crisis and emergency resources</source>
        <translation>Krisen- und Notfallhilfen</translation>
    </message>
    <message>
        <source>Pa&amp;per size</source>
        <translation>Papierfor&amp;mat</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Handouts &amp;in</source>
        <translation>Handouts a&amp;uf</translation>
    </message>
    <message>
        <source>Language of handouts, unless a client has their own</source>
        <translation>Sprache der Handouts, sofern für eine Klient:in keine eigene festgelegt ist</translation>
    </message>
    <message>
        <source>Keep records for</source>
        <translation>Unterlagen aufbewahren für</translation>
    </message>
    <message>
        <source>Years records are kept after the last session</source>
        <translation>Jahre, die Unterlagen nach der letzten Sitzung aufbewahrt werden</translation>
    </message>
    <message>
        <source>Records are kept this many years after the last session; Reciprocal warns before erasing a client sooner.</source>
        <translation>So viele Jahre nach der letzten Sitzung werden die Unterlagen aufbewahrt; Reciprocal warnt, bevor eine Klient:in früher gelöscht wird.</translation>
    </message>
    <message>
        <source>These details save themselves as you type.</source>
        <translation>Diese Angaben speichern sich, während Sie tippen.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for</source>
        <translation>Sperren bei &amp;Inaktivität nach</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Sprache der App</translation>
    </message>
    <message>
        <source>The system&apos;s language ({name})</source>
        <translation>Sprache des Systems ({name})</translation>
    </message>
    <message>
        <source>L&amp;anguage of the app</source>
        <translation>Sprache der &amp;App</translation>
    </message>
    <message>
        <source>Reciprocal speaks the language you choose from the next time it opens.</source>
        <translation>Reciprocal spricht die gewählte Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>The app locks itself after this much time without a key press or mouse movement. Ctrl+L locks at once.</source>
        <translation>Die App sperrt sich nach so viel Zeit ohne Tastendruck oder Mausbewegung. Ctrl+L sperrt sofort.</translation>
    </message>
    <message>
        <source>Boundaries &amp; transparency checklists</source>
        <translation>Checklisten zu Grenzen und Transparenz</translation>
    </message>
    <message>
        <source>Edit checklist &amp;templates…</source>
        <translation>Checklisten-&amp;Vorlagen bearbeiten…</translation>
    </message>
    <message>
        <source>The topics a new client&apos;s checklist starts with: the built-in one, reworded if you like, and your own.</source>
        <translation>Die Themen, mit denen die Checkliste einer neuen Klient:in beginnt: die mitgelieferte, nach Wunsch umformuliert, und Ihre eigenen.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ihre Passphrase</translation>
    </message>
    <message>
        <source>Chan&amp;ge passphrase…</source>
        <translation>Passphrase &amp;ändern…</translation>
    </message>
    <message>
        <source>Changing it takes a few seconds; your records stay as they are, your recovery sheet stays valid, and the backup key file beside your backups follows.</source>
        <translation>Das Ändern dauert ein paar Sekunden; Ihre Daten bleiben, wie sie sind, Ihr Wiederherstellungsblatt bleibt gültig, und die Sicherungsschlüsseldatei neben Ihren Sicherungen wird angepasst.</translation>
    </message>
    <message>
        <source>Not in the demo practice.</source>
        <translation>Nicht in der Demo-Praxis.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture of up to 1 MB, printed at the top of every handout. It is kept encrypted in the vault with the rest of these details.</source>
        <translation>Ein PNG- oder JPEG-Bild bis 1 MB, oben auf jedes Handout gedruckt. Es wird mit den übrigen Angaben verschlüsselt im Tresor aufbewahrt.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Noch nicht gewählt</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner auswählen</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> Sicherungen</translation>
    </message>
    <message>
        <source>Back up when I &amp;quit</source>
        <translation>Beim Beenden si&amp;chern</translation>
    </message>
    <message>
        <source>Extra recipients of backups</source>
        <translation>Weitere Empfänger:innen der Sicherungen</translation>
    </message>
    <message>
        <source>Save recip&amp;ients</source>
        <translation>Empfänger:innen speiche&amp;rn</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>A backup is one encrypted file holding your whole practice. Keep them off this computer: a USB stick or an external drive. Beside them, this practice&apos;s backup key file lets your passphrase alone open them.</source>
        <translation>Eine Sicherung ist eine einzige verschlüsselte Datei mit Ihrer ganzen Praxis. Bewahren Sie Sicherungen nicht auf diesem Computer auf, sondern auf einem USB-Stick oder einer externen Festplatte. Die Sicherungsschlüsseldatei dieser Praxis daneben sorgt dafür, dass Ihre Passphrase allein sie öffnet.</translation>
    </message>
    <message>
        <source>Backup fol&amp;der</source>
        <translation>Sicherungsor&amp;dner</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>Die neuesten &amp;behalten</translation>
    </message>
    <message>
        <source>Extra recipien&amp;ts</source>
        <translation>Weitere Empfän&amp;ger:innen</translation>
    </message>
    <message>
        <source>Age public keys (they start with age1), one per line: for example the colleague named in your professional will as records custodian. Each can open every new backup with their own key.</source>
        <translation>Öffentliche age-Schlüssel (sie beginnen mit age1), einer pro Zeile: zum Beispiel von der Person aus Ihrem Kollegenkreis, die Sie in Ihrem Praxistestament als Aktenverwahrer:in benannt haben. Jede dieser Personen kann jede neue Sicherung mit ihrem eigenen Schlüssel öffnen.</translation>
    </message>
    <message>
        <source>Choose the practice&apos;s logo</source>
        <translation>Logo der Praxis auswählen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>That file could not be read; choose another PNG or JPEG file.</source>
        <translation>Diese Datei ließ sich nicht lesen; wählen Sie eine andere PNG- oder JPEG-Datei.</translation>
    </message>
    <message>
        <source>Printed on every handout</source>
        <translation>Wird auf jedes Handout gedruckt</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>A logo this computer cannot show</source>
        <translation>Ein Logo, das dieser Computer nicht anzeigen kann</translation>
    </message>
    <message>
        <source>New backups are also encrypted to other keys (keys: {count}).</source>
        <translation>Neue Sicherungen werden zusätzlich für weitere Schlüssel verschlüsselt (Schlüssel: {count}).</translation>
    </message>
    <message>
        <source>New backups open only with your own backup key.</source>
        <translation>Neue Sicherungen öffnen sich nur mit Ihrem eigenen Sicherungsschlüssel.</translation>
    </message>
    <message>
        <source>Last backup: {when}.</source>
        <translation>Letzte Sicherung: {when}.</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Noch keine Sicherung.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>Zwischen Feldern wechseln</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Move through a list or search results</source>
        <translation>In einer Liste oder in Suchergebnissen blättern</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Pfeil nach oben, Pfeil nach unten</translation>
    </message>
    <message>
        <source>Open the chosen search result</source>
        <translation>Gewähltes Suchergebnis öffnen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Next or previous tab of a client</source>
        <translation>Nächste oder vorherige Registerkarte einer Klient:in</translation>
    </message>
    <message>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab, Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <source>Go to a labelled field or button</source>
        <translation>Zu einem beschrifteten Feld oder einer Schaltfläche springen</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Dialog schließen, ohne zu speichern</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Agree version {n}</source>
        <translation>Version {n} vereinbaren</translation>
    </message>
    <message>
        <source>The client&apos;s name, typed by the client</source>
        <translation>Name der Klient:in, selbst eingetippt</translation>
    </message>
    <message>
        <source>The client&apos;s date</source>
        <translation>Datum der Klient:in</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your date</source>
        <translation>Ihr Datum</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>&amp;Vereinbaren</translation>
    </message>
    <message>
        <source>The &amp;client types their name</source>
        <translation>Die &amp;Klient:in tippt den eigenen Namen</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>&amp;You type yours</source>
        <translation>&amp;Sie tippen Ihren Namen</translation>
    </message>
    <message>
        <source>On </source>
        <translation>Am </translation>
    </message>
    <message>
        <source>Agreeing keeps this version exactly as it is now: its {count} goals and both commitments. To change anything later, revise it into a new version.</source>
        <translation>Mit der Vereinbarung bleibt diese Version genau so, wie sie jetzt ist: alle ihre Ziele ({count}) und die Zusagen von Ihnen beiden. Um später etwas zu ändern, überarbeiten Sie sie zu einer neuen Version.</translation>
    </message>
    <message>
        <source>Typed names stand for signatures; a printed agreement has room to sign by hand.</source>
        <translation>Getippte Namen stehen für Unterschriften; eine ausgedruckte Vereinbarung hat Platz für handschriftliche Unterschriften.</translation>
    </message>
    <message>
        <source>Sign and lock</source>
        <translation>Unterschreiben und abschließen</translation>
    </message>
    <message>
        <source>Your name, as signature</source>
        <translation>Ihr Name als Unterschrift</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ihr &amp;Name</translation>
    </message>
    <message>
        <source>Signing locks this note as it is now. After that it cannot be changed; anything to add or correct is kept as a dated amendment beside it.</source>
        <translation>Mit der Unterschrift wird diese Notiz so abgeschlossen, wie sie jetzt ist. Danach lässt sie sich nicht mehr ändern; was zu ergänzen oder zu berichtigen ist, wird als datierter Nachtrag daneben aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>A few unusual words strung together make a passphrase that is strong and easy to remember.</source>
        <translation>Ein paar ungewöhnliche Wörter aneinandergereiht ergeben eine Passphrase, die stark ist und sich leicht merken lässt.</translation>
    </message>
    <message>
        <source>Strong. Guessing it would take {time} even for someone holding a copy of your vault file.</source>
        <translation>Stark. Sie zu erraten würde {time} dauern, selbst für jemanden mit einer Kopie Ihrer Tresordatei.</translation>
    </message>
    <message>
        <source>Good. Guessing it would take {time}; one more word would make it stronger still.</source>
        <translation>Gut. Sie zu erraten würde {time} dauern; ein weiteres Wort macht sie noch stärker.</translation>
    </message>
    <message>
        <source>Too easy to guess: someone with a copy of your vault file could find it in {time}.</source>
        <translation>Zu leicht zu erraten: Jemand mit einer Kopie Ihrer Tresordatei könnte sie in {time} herausfinden.</translation>
    </message>
    <message>
        <source>Add another word or two.</source>
        <translation>Fügen Sie noch ein oder zwei Wörter hinzu.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Checklist templates</source>
        <translation>Checklisten-Vorlagen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Neue Vorlage</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <source>Add a &amp;topic</source>
        <translation>&amp;Thema hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove the topic</source>
        <translation>Thema &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>Vorlage &amp;speichern</translation>
    </message>
    <message>
        <source>Put the &amp;original wording back</source>
        <translation>&amp;Ursprünglichen Wortlaut wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Delete template…</source>
        <translation>Vorlage &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>A client&apos;s checklist is their own copy, made when it is started: changing a template here never changes a checklist a client already has.</source>
        <translation>Die Checkliste einer Klient:in ist eine eigene Kopie, angelegt beim Beginnen: Wenn Sie hier eine Vorlage ändern, ändert sich nie eine Checkliste, die eine Klient:in schon hat.</translation>
    </message>
    <message>
        <source> (built in)</source>
        <translation> (mitgeliefert)</translation>
    </message>
    <message>
        <source>My checklist</source>
        <translation>Meine Checkliste</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the template “{name}”? Clients&apos; checklists made from it stay as they are.</source>
        <translation>Die Vorlage „{name}“ löschen? Checklisten von Klient:innen, die daraus entstanden sind, bleiben, wie sie sind.</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ihre Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Meldung zum Entsperren</translation>
    </message>
    <message>
        <source>&amp;Forgot it? Use the recovery key</source>
        <translation>&amp;Vergessen? Den Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <source>Your records are locked. Type your passphrase to open them.</source>
        <translation>Ihre Daten sind gesperrt. Geben Sie Ihre Passphrase ein, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The key from your recovery sheet</source>
        <translation>Der Schlüssel von Ihrem Wiederherstellungsblatt</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Set passphrase and &amp;unlock</source>
        <translation>Passphrase festlegen und &amp;entsperren</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Use your recovery key</source>
        <translation>Ihren Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <source>Type the recovery key from the sheet you stored when you made the vault (dashes and spaces don&apos;t matter), then choose a new passphrase. Your old passphrase will stop working.</source>
        <translation>Geben Sie den Wiederherstellungsschlüssel von dem Blatt ein, das Sie beim Anlegen des Tresors aufbewahrt haben (Bindestriche und Leerzeichen spielen keine Rolle), und wählen Sie dann eine neue Passphrase. Ihre alte Passphrase funktioniert danach nicht mehr.</translation>
    </message>
    <message>
        <source>The demo practice</source>
        <translation>Die Demo-Praxis</translation>
    </message>
    <message>
        <source>Everyone in this practice is invented. Its passphrase is: {passphrase}</source>
        <translation>Alle Personen in dieser Praxis sind erfunden. Die Passphrase lautet: {passphrase}</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation>Diese Passphrase öffnet den Tresor nicht. Prüfen Sie die Feststelltaste und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Checking the key and setting your new passphrase…</source>
        <translation>Der Schlüssel wird geprüft und Ihre neue Passphrase festgelegt…</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a backup</source>
        <translation>Sicherung prüfen</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check that a backup is whole and that its key opens it: every record is read and every checksum compared. Your vault is not touched.</source>
        <translation>Prüfen, ob eine Sicherung vollständig ist und ihr Schlüssel sie öffnet: Jeder Datensatz wird gelesen und jede Prüfsumme verglichen. Ihr Tresor bleibt unberührt.</translation>
    </message>
    <message>
        <source>Checking every record of the backup…</source>
        <translation>Alle Datensätze der Sicherung werden geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>This backup is whole: %n record(s), made on {made} by Reciprocal {version}.</source>
        <translation>
            <numerusform>Diese Sicherung ist vollständig: %n Datensatz, erstellt am {made} mit Reciprocal {version}.</numerusform>
            <numerusform>Diese Sicherung ist vollständig: %n Datensätze, erstellt am {made} mit Reciprocal {version}.</numerusform>
        </translation>
    </message>
    <message>
        <source>When it was made, some records were already damaged in the vault (damaged records: {count}); their unreadable parts are empty in it.</source>
        <translation>Als sie erstellt wurde, waren einige Datensätze im Tresor schon beschädigt (beschädigte Datensätze: {count}); ihre unlesbaren Teile sind darin leer.</translation>
    </message>
    <message>
        <source>Who made this backup cannot be confirmed with this key; only the practice&apos;s own backup key can confirm it.</source>
        <translation>Wer diese Sicherung erstellt hat, lässt sich mit diesem Schlüssel nicht bestätigen; das kann nur der eigene Sicherungsschlüssel der Praxis.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>&amp;Create my vault</source>
        <translation>Meinen Tresor &amp;anlegen</translation>
    </message>
    <message>
        <source>Start your own practice records, protected by a passphrase.</source>
        <translation>Eigene Praxisunterlagen anlegen, geschützt durch eine Passphrase.</translation>
    </message>
    <message>
        <source>&amp;Explore a demo practice</source>
        <translation>Eine Demo-Praxis &amp;erkunden</translation>
    </message>
    <message>
        <source>Open a practice of invented clients to try the app.</source>
        <translation>Eine Praxis mit erfundenen Klient:innen öffnen, um die App auszuprobieren.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Bring back your records from a backup file, for example on a new computer.</source>
        <translation>Ihre Daten aus einer Sicherungsdatei zurückholen, zum Beispiel auf einem neuen Computer.</translation>
    </message>
    <message>
        <source>Welcome to Reciprocal</source>
        <translation>Willkommen bei Reciprocal</translation>
    </message>
    <message>
        <source>Your practice records stay on this computer, encrypted with a passphrase only you know. Nothing is ever sent anywhere.</source>
        <translation>Ihre Praxisunterlagen bleiben auf diesem Computer, verschlüsselt mit einer Passphrase, die nur Sie kennen. Nichts wird je irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Set a passphrase and start with an empty practice.</source>
        <translation>Legen Sie eine Passphrase fest und beginnen Sie mit einer leeren Praxis.</translation>
    </message>
    <message>
        <source>Look around a practice of invented clients first; your own vault can come later.</source>
        <translation>Sehen Sie sich zuerst in einer Praxis mit erfundenen Klient:innen um; Ihren eigenen Tresor können Sie später anlegen.</translation>
    </message>
    <message>
        <source>On a new computer: bring back your practice from a backup file.</source>
        <translation>Auf einem neuen Computer: Holen Sie Ihre Praxis aus einer Sicherungsdatei zurück.</translation>
    </message>
    <message>
        <source>Create my &amp;vault</source>
        <translation>Meinen &amp;Tresor anlegen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Wählen Sie eine Passphrase</translation>
    </message>
    <message>
        <source>Your passphrase unlocks the vault each day. Choose one you can remember without writing it down: four or five unusual words in a row work well.</source>
        <translation>Mit Ihrer Passphrase entsperren Sie jeden Tag den Tresor. Wählen Sie eine, die Sie sich merken können, ohne sie aufzuschreiben: Vier oder fünf ungewöhnliche Wörter hintereinander eignen sich gut.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your records. It is shown only this once. Print it or write it down, and keep it somewhere safe away from this computer.</source>
        <translation>Falls Sie Ihre Passphrase einmal vergessen, ist dieser Schlüssel der einzige Weg zurück zu Ihren Daten. Er wird nur dieses eine Mal angezeigt. Drucken Sie ihn aus oder schreiben Sie ihn auf und bewahren Sie ihn an einem sicheren Ort auf, nicht bei diesem Computer.</translation>
    </message>
    <message>
        <source>A demo practice</source>
        <translation>Eine Demo-Praxis</translation>
    </message>
    <message>
        <source>Making a practice of {clients} invented clients with a few months of sessions each. Everything in it is made up, so explore freely.</source>
        <translation>Eine Praxis mit {clients} erfundenen Klient:innen und jeweils einigen Monaten an Sitzungen wird angelegt. Alles darin ist ausgedacht – sehen Sie sich ganz frei um.</translation>
    </message>
    <message>
        <source>Setting up your vault. Making the key takes a few seconds on purpose: it is what makes guessing your passphrase slow.</source>
        <translation>Ihr Tresor wird eingerichtet. Das Erzeugen des Schlüssels dauert absichtlich ein paar Sekunden: Genau das macht das Erraten Ihrer Passphrase langsam.</translation>
    </message>
    <message>
        <source>Inventing clients and their sessions…</source>
        <translation>Klient:innen und ihre Sitzungen werden erfunden…</translation>
    </message>
</context>
<context>
    <name>_Scale</name>
    <message>
        <source>not at all</source>
        <translation>gar nicht</translation>
    </message>
    <message>
        <source>{value} of 10</source>
        <translation>{value} von 10</translation>
    </message>
    <message>
        <source>completely</source>
        <translation>vollständig</translation>
    </message>
</context>
<context>
    <name>_Tables</name>
    <message>
        <source>Session feedback (0–10)</source>
        <translation>Rückmeldungen zu den Sitzungen (0–10)</translation>
    </message>
    <message>
        <source>No feedback recorded yet.</source>
        <translation>Noch keine Rückmeldung erfasst.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What could be different</source>
        <translation>Was anders sein könnte</translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation>Ihre Gedanken</translation>
    </message>
    <message>
        <source>(damaged record)</source>
        <translation>(beschädigter Eintrag)</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <source>No PHQ-9 or GAD-7 recorded yet.</source>
        <translation>Noch kein PHQ-9 oder GAD-7 erfasst.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktwert</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Ausgefüllt</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Abklärung</translation>
    </message>
    <message>
        <source>{day} (by the client)</source>
        <translation>{day} (von der Klient:in)</translation>
    </message>
    <message>
        <source>Item 9 needs a follow-up</source>
        <translation>Frage 9: Abklärung nötig</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Abgeklärt</translation>
    </message>
</context>
</TS>
