<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt for Python: the windows</source>
        <translation>Qt pour Python&#x202f;: les fenêtres</translation>
    </message>
    <message>
        <source>Qt for Python&apos;s bindings</source>
        <translation>les liaisons de Qt pour Python</translation>
    </message>
    <message>
        <source>the database layer</source>
        <translation>la couche base de données</translation>
    </message>
    <message>
        <source>schema migrations</source>
        <translation>les migrations du schéma</translation>
    </message>
    <message>
        <source>AES-GCM, key wrapping</source>
        <translation>AES-GCM, enveloppement de clés</translation>
    </message>
    <message>
        <source>age encryption of backups (rage)</source>
        <translation>chiffrement age des sauvegardes (rage)</translation>
    </message>
    <message>
        <source>PDF handouts</source>
        <translation>documents PDF</translation>
    </message>
    <message>
        <source>reportlab&apos;s speed-ups</source>
        <translation>accélérations de reportlab</translation>
    </message>
    <message>
        <source>text shaping in handouts</source>
        <translation>mise en forme du texte dans les documents</translation>
    </message>
    <message>
        <source>right-to-left text in handouts</source>
        <translation>texte de droite à gauche dans les documents</translation>
    </message>
    <message>
        <source>images in handouts</source>
        <translation>images dans les documents</translation>
    </message>
    <message>
        <source>passphrase strength</source>
        <translation>solidité de la phrase secrète</translation>
    </message>
    <message>
        <source>where files live</source>
        <translation>emplacement des fichiers</translation>
    </message>
    <message>
        <source>MIT (the pyrage project&apos;s LICENSE)</source>
        <translation>MIT (le fichier LICENSE du projet pyrage)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>Bitstream Vera / DejaVu licence (free)</source>
        <translation>Licence Bitstream Vera / DejaVu (libre)</translation>
    </message>
    <message>
        <source>Noto Sans Arabic, Hebrew, SC, KR (a Hangul subset), Noto Emoji</source>
        <translation>Noto Sans Arabic, Hebrew, SC, KR (un sous-ensemble hangeul), Noto Emoji</translation>
    </message>
    <message>
        <source>About Reciprocal</source>
        <translation>À propos de Reciprocal</translation>
    </message>
    <message>
        <source>not chosen yet (Settings, or the first Back up now, asks for a folder)</source>
        <translation>pas encore choisi (les Paramètres, ou la première commande Sauvegarder maintenant, demandent un dossier)</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Ce coffre</translation>
    </message>
    <message>
        <source>New vaults and the demo</source>
        <translation>Nouveaux coffres et démo</translation>
    </message>
    <message>
        <source>Settings of this computer</source>
        <translation>Paramètres de cet ordinateur</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>{licence} (through PySide6 {version})</source>
        <translation>{licence} (via PySide6 {version})</translation>
    </message>
    <message>
        <source>the toolkit</source>
        <translation>l’interface graphique</translation>
    </message>
    <message>
        <source>An offline, encrypted practice companion for therapists. Your records stay on this computer; nothing is ever sent anywhere.</source>
        <translation>Un compagnon de cabinet hors ligne et chiffré, pour les thérapeutes. Vos dossiers restent sur cet ordinateur&#x202f;; rien n’est jamais envoyé nulle part.</translation>
    </message>
    <message>
        <source>Backups are files in the age format (age-encryption.org/v1); the age tool opens them without this app.</source>
        <translation>Les sauvegardes sont des fichiers au format age (age-encryption.org/v1)&#x202f;; l’outil age les ouvre sans cette application.</translation>
    </message>
    <message>
        <source>Where things are</source>
        <translation>Où se trouvent les choses</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Polices</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Not saved yet — your text is still here</source>
        <translation>Pas encore enregistré — votre texte est toujours là</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Enregistré à {time}</translation>
    </message>
</context>
<context>
    <name>BackupKeyDialog</name>
    <message>
        <source>Your backup key</source>
        <translation>Votre clé de sauvegarde</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Write the backup key</source>
        <translation>&amp;Écrire la clé de sauvegarde</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>Votre &amp;phrase secrète</translation>
    </message>
    <message>
        <source>Your backup is written. Beside it, Reciprocal keeps your backup key in a file of this practice&apos;s own (its name starts with backup-key-), locked with your passphrase, so that your passphrase alone opens these backups on a new computer. Type your passphrase once to write it there.</source>
        <translation>Votre sauvegarde est écrite. À côté, Reciprocal conserve votre clé de sauvegarde dans un fichier propre à ce cabinet (son nom commence par backup-key-), verrouillé par votre phrase secrète&#x202f;: ainsi, votre phrase secrète suffit à ouvrir ces sauvegardes sur un nouvel ordinateur. Saisissez votre phrase secrète une fois pour l’y écrire.</translation>
    </message>
    <message>
        <source>Locking the backup key with your passphrase…</source>
        <translation>Verrouillage de la clé de sauvegarde avec votre phrase secrète…</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation>Cette phrase secrète n’ouvre pas ce coffre. Vérifiez la touche Verr. Maj et réessayez.</translation>
    </message>
</context>
<context>
    <name>BackupKeyPicker</name>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Choisir le fichier de sauvegarde</translation>
    </message>
    <message>
        <source>With the &amp;backup key file and my passphrase</source>
        <translation>Avec le fichier de clé de &amp;sauvegarde et ma phrase secrète</translation>
    </message>
    <message>
        <source>Backup key file</source>
        <translation>Fichier de clé de sauvegarde</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Choi&amp;sir…</translation>
    </message>
    <message>
        <source>Choose the backup key file</source>
        <translation>Choisir le fichier de clé de sauvegarde</translation>
    </message>
    <message>
        <source>Passphrase for the backup key file</source>
        <translation>Phrase secrète du fichier de clé de sauvegarde</translation>
    </message>
    <message>
        <source>With the backup key from my &amp;recovery sheet</source>
        <translation>Avec la clé de sauvegarde de ma fiche de &amp;récupération</translation>
    </message>
    <message>
        <source>Backup key from the recovery sheet</source>
        <translation>Clé de sauvegarde de la fiche de récupération</translation>
    </message>
    <message>
        <source>With an age &amp;identity file (for example your records custodian&apos;s)</source>
        <translation>Avec un fichier d’&amp;identité age (par exemple celui de votre dépositaire des dossiers)</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Fichier d’identité</translation>
    </message>
    <message>
        <source>Choos&amp;e…</source>
        <translation>Chois&amp;ir…</translation>
    </message>
    <message>
        <source>Choose the identity file</source>
        <translation>Choisir le fichier d’identité</translation>
    </message>
    <message>
        <source>Key &amp;file</source>
        <translation>&amp;Fichier de clé</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>Backup &amp;key</source>
        <translation>&amp;Clé de sauvegarde</translation>
    </message>
    <message>
        <source>I&amp;dentity file</source>
        <translation>Fichier d’i&amp;dentité</translation>
    </message>
    <message>
        <source>Back&amp;up file</source>
        <translation>Fichier de sa&amp;uvegarde</translation>
    </message>
    <message>
        <source>Open it with:</source>
        <translation>L’ouvrir avec&#x202f;:</translation>
    </message>
    <message>
        <source>Backup keys (backup-key*.age);;All files (*)</source>
        <translation>Clés de sauvegarde (backup-key*.age);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose an age identity file</source>
        <translation>Choisir un fichier d’identité age</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the backup to open</source>
        <translation>Choisir la sauvegarde à ouvrir</translation>
    </message>
    <message>
        <source>Reciprocal backups (*.age);;All files (*)</source>
        <translation>Sauvegardes Reciprocal (*.age);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Found {name} beside the backup: type the passphrase that protects it.</source>
        <translation>{name} a été trouvé à côté de la sauvegarde&#x202f;: saisissez la phrase secrète qui le protège.</translation>
    </message>
    <message>
        <source>Found {count} backup key files beside the backup, one for each practice backed up there: type your passphrase and Reciprocal tries each of them.</source>
        <translation>{count} fichiers de clé de sauvegarde ont été trouvés à côté de la sauvegarde, un par cabinet sauvegardé à cet endroit&#x202f;: saisissez votre phrase secrète et Reciprocal les essaiera un à un.</translation>
    </message>
    <message>
        <source>There is no backup key file beside this backup. Choose it, or use the backup key on your recovery sheet.</source>
        <translation>Il n’y a pas de fichier de clé de sauvegarde à côté de cette sauvegarde. Choisissez-le, ou utilisez la clé de sauvegarde de votre fiche de récupération.</translation>
    </message>
    <message>
        <source>{name} is protected by a passphrase: choose it under &quot;With the backup key file and my passphrase&quot; and type the passphrase there.</source>
        <translation>{name} est protégé par une phrase secrète&#x202f;: choisissez-le sous «&#x202f;Avec le fichier de clé de sauvegarde et ma phrase secrète&#x202f;» et saisissez-y la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>Backed up {time} — {size} to {folder}</source>
        <translation>Sauvegardé à {time} — {size} dans {folder}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in {path}</source>
        <translation>
            <numerusform>%n élément dans {path}</numerusform>
            <numerusform>%n éléments dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup is written, but some records were already damaged in the vault and are incomplete in it (damaged records: {count}).</source>
        <translation>La sauvegarde est écrite, mais certains éléments étaient déjà endommagés dans le coffre et y sont incomplets (éléments endommagés&#x202f;: {count}).</translation>
    </message>
    <message>
        <source>No backup folder is chosen yet; choose one in Settings under Backups.</source>
        <translation>Aucun dossier de sauvegarde n’est encore choisi&#x202f;; choisissez-en un dans les Paramètres, sous Sauvegardes.</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>État de la sauvegarde</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Write a backup of your whole practice into your backup folder.</source>
        <translation>Écrire une sauvegarde de tout votre cabinet dans votre dossier de sauvegarde.</translation>
    </message>
    <message>
        <source>You haven&apos;t made a backup yet.</source>
        <translation>Vous n’avez encore fait aucune sauvegarde.</translation>
    </message>
    <message numerus="yes">
        <source>Your last backup was %n day(s) ago.</source>
        <translation>
            <numerusform>Votre dernière sauvegarde remonte à %n jour.</numerusform>
            <numerusform>Votre dernière sauvegarde remonte à %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Choose the folder for your backups</source>
        <translation>Choisir le dossier de vos sauvegardes</translation>
    </message>
</context>
<context>
    <name>BoundariesTab</name>
    <message>
        <source>Boundaries and transparency</source>
        <translation>Cadre et transparence</translation>
    </message>
    <message>
        <source>&amp;Start a checklist</source>
        <translation>&amp;Commencer une liste</translation>
    </message>
    <message>
        <source>A new checklist for this client, from the practice&apos;s template</source>
        <translation>Une nouvelle liste pour ce client, d’après le modèle du cabinet</translation>
    </message>
    <message>
        <source>Choose a topic to note where it stands. The practice&apos;s templates are edited in Settings.</source>
        <translation>Choisissez un sujet pour noter où vous en êtes. Les modèles du cabinet se modifient dans les Paramètres.</translation>
    </message>
    <message>
        <source>No checklist started for this client yet. Start one to walk through what they have a right to know, over the first sessions.</source>
        <translation>Aucune liste n’est encore commencée pour ce client. Commencez-en une pour parcourir, au fil des premières séances, ce que la personne a le droit de savoir.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Où on en est</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Abordé par</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>(damaged record)</source>
        <translation>(élément endommagé)</translation>
    </message>
    <message>
        <source>Add a topic of our own…</source>
        <translation>Ajouter notre propre sujet…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation>Changer votre phrase secrète</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Votre nouvelle clé de récupération</translation>
    </message>
    <message>
        <source>Every record is now locked with new keys, so your old recovery key no longer opens this vault. This new one is shown only this once: print a new recovery sheet and keep it somewhere safe, away from this computer. Keep your old sheet too: it still opens the backups made before today.</source>
        <translation>Chaque élément est désormais verrouillé avec de nouvelles clés&#x202f;: votre ancienne clé de récupération n’ouvre donc plus ce coffre. Cette nouvelle clé ne s’affiche qu’une seule fois&#x202f;: imprimez une nouvelle fiche de récupération et rangez-la en lieu sûr, loin de cet ordinateur. Gardez aussi l’ancienne fiche&#x202f;: elle ouvre toujours les sauvegardes faites avant aujourd’hui.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>Also &amp;renew every key</source>
        <translation>&amp;Renouveler aussi toutes les clés</translation>
    </message>
    <message>
        <source>Do this if a copy of your vault or backup key may have been taken.</source>
        <translation>À faire si une copie de votre coffre ou de votre clé de sauvegarde a pu être dérobée.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Your c&amp;urrent passphrase:</source>
        <translation>Votre phrase secrète a&amp;ctuelle&#x202f;:</translation>
    </message>
    <message>
        <source>Your &amp;new passphrase, twice:</source>
        <translation>Votre &amp;nouvelle phrase secrète, deux fois&#x202f;:</translation>
    </message>
    <message>
        <source>Do this if a copy of your vault or backup key may have been taken. Every record is locked again with new keys, and you get a new recovery key to store. Backups made before stay readable with the old backup key and recovery sheet.</source>
        <translation>À faire si une copie de votre coffre ou de votre clé de sauvegarde a pu être dérobée. Chaque élément est de nouveau verrouillé avec de nouvelles clés, et vous recevez une nouvelle clé de récupération à conserver. Les sauvegardes faites auparavant restent lisibles avec l’ancienne clé de sauvegarde et l’ancienne fiche de récupération.</translation>
    </message>
    <message>
        <source>Your records stay as they are, locked again with new keys. You will get a new recovery key to store.</source>
        <translation>Vos dossiers restent tels quels, verrouillés de nouveau avec de nouvelles clés. Vous recevrez une nouvelle clé de récupération à conserver.</translation>
    </message>
    <message>
        <source>&amp;Change and renew keys</source>
        <translation>&amp;Changer et renouveler les clés</translation>
    </message>
    <message>
        <source>Your records stay as they are; only the lock on them changes. Your recovery sheet stays valid.</source>
        <translation>Vos dossiers restent tels quels&#x202f;; seul le verrou qui les protège change. Votre fiche de récupération reste valable.</translation>
    </message>
    <message>
        <source>Locking every record with new keys…</source>
        <translation>Verrouillage de chaque élément avec de nouvelles clés…</translation>
    </message>
    <message>
        <source>Changing your passphrase…</source>
        <translation>Changement de votre phrase secrète…</translation>
    </message>
    <message>
        <source>Your passphrase is changed. The backup key beside your backups could not be renewed: {problem}</source>
        <translation>Votre phrase secrète est changée. La clé de sauvegarde placée à côté de vos sauvegardes n’a pas pu être renouvelée&#x202f;: {problem}</translation>
    </message>
    <message>
        <source>Your passphrase is changed. The backup key beside your backups will be renewed the next time you unlock with the backup folder available.</source>
        <translation>Votre phrase secrète est changée. La clé de sauvegarde placée à côté de vos sauvegardes sera renouvelée la prochaine fois que vous déverrouillerez avec le dossier de sauvegarde accessible.</translation>
    </message>
    <message>
        <source>Your passphrase is changed, and the backup key beside your backups now opens with it.</source>
        <translation>Votre phrase secrète est changée, et la clé de sauvegarde placée à côté de vos sauvegardes s’ouvre désormais avec elle.</translation>
    </message>
    <message>
        <source>Your passphrase is changed.</source>
        <translation>Votre phrase secrète est changée.</translation>
    </message>
    <message>
        <source>Every key is renewed.</source>
        <translation>Toutes les clés sont renouvelées.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>{name} over time</source>
        <translation>{name} au fil du temps</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No {name} recorded yet.</source>
        <translation>Aucun {name} enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>{count} recorded; the latest total is {total} of {most} ({band}), on {day}.</source>
        <translation>Enregistrés&#x202f;: {count}&#x202f;; dernier total&#x202f;: {total} sur {most} ({band}), le {day}.</translation>
    </message>
    <message>
        <source>Heard and understood</source>
        <translation>Écouté et compris</translation>
    </message>
    <message>
        <source>What mattered</source>
        <translation>Ce qui comptait</translation>
    </message>
    <message>
        <source>The way we worked</source>
        <translation>Notre façon de travailler</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Dans l’ensemble</translation>
    </message>
    <message>
        <source>Session feedback over time</source>
        <translation>Retours sur les séances au fil du temps</translation>
    </message>
    <message>
        <source>Rating (0–10)</source>
        <translation>Note (0–10)</translation>
    </message>
    <message>
        <source>No session feedback recorded yet.</source>
        <translation>Aucun retour sur les séances enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>{count} recorded; the latest: {given}.</source>
        <translation>Enregistrés&#x202f;: {count}&#x202f;; le dernier&#x202f;: {given}.</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Informations sur le client</translation>
    </message>
    <message>
        <source>Name shown in the list</source>
        <translation>Nom affiché dans la liste</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nom à l’état civil</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Language of this client&apos;s handouts</source>
        <translation>Langue des documents remis à ce client</translation>
    </message>
    <message>
        <source>The practice&apos;s language (Settings)</source>
        <translation>La langue du cabinet (Paramètres)</translation>
    </message>
    <message>
        <source>&amp;Name in the list</source>
        <translation>&amp;Nom dans la liste</translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation>Nom à l’état &amp;civil</translation>
    </message>
    <message>
        <source>&amp;Pronouns</source>
        <translation>&amp;Pronoms</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontact</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;Handouts in</source>
        <translation>Documents &amp;remis en</translation>
    </message>
    <message>
        <source>Only the name in the list is needed; it can be a first name or initials.</source>
        <translation>Seul le nom dans la liste est nécessaire&#x202f;; ce peut être un prénom ou des initiales.</translation>
    </message>
    <message>
        <source>In the client&apos;s own words: how they would like the work to go.</source>
        <translation>Dans les mots du client&#x202f;: comment la personne aimerait que le travail se déroule.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>How I like to work</source>
        <translation>Comment j’aime travailler</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Ajouter le client</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <source>PHQ-9 item 9 needs a follow-up</source>
        <translation>L’item 9 du PHQ-9 demande un suivi</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>Find a client</source>
        <translation>Trouver un client</translation>
    </message>
    <message>
        <source>Find a client by name</source>
        <translation>Trouver un client par son nom</translation>
    </message>
    <message>
        <source>Clear the name</source>
        <translation>Effacer le nom</translation>
    </message>
    <message>
        <source>Show clients who are</source>
        <translation>Afficher les clients</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
        <source>Add a client to your practice</source>
        <translation>Ajouter un client à votre cabinet</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>No clients yet. Add your first with New client.</source>
        <translation>Aucun client pour l’instant. Ajoutez le premier avec Nouveau client.</translation>
    </message>
    <message>
        <source>No client matches.</source>
        <translation>Aucun client ne correspond.</translation>
    </message>
</context>
<context>
    <name>ClientWorkspace</name>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Modifier les informations…</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>&amp;Hand over to the client</source>
        <translation>&amp;Confier l’écran au client</translation>
    </message>
    <message>
        <source>Session &amp;feedback</source>
        <translation>&amp;Retour sur la séance</translation>
    </message>
    <message>
        <source>Their &amp;goals</source>
        <translation>Ses &amp;objectifs</translation>
    </message>
    <message>
        <source>How I like to &amp;work</source>
        <translation>Comment j’aime &amp;travailler</translation>
    </message>
    <message>
        <source>&amp;Erase for good…</source>
        <translation>&amp;Effacer définitivement…</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Plus</translation>
    </message>
    <message>
        <source>More actions for this client</source>
        <translation>Autres actions pour ce client</translation>
    </message>
    <message>
        <source>Han&amp;dout…</source>
        <translation>&amp;Document…</translation>
    </message>
    <message>
        <source>Handout for this client</source>
        <translation>Document à remettre pour ce client</translation>
    </message>
    <message>
        <source>Preview, print or save a handout of what this tab shows (Ctrl+P); the arrow offers every kind</source>
        <translation>Prévisualiser, imprimer ou enregistrer un document reprenant ce que montre cet onglet (Ctrl+P)&#x202f;; la flèche propose tous les types</translation>
    </message>
    <message>
        <source>Client record</source>
        <translation>Dossier du client</translation>
    </message>
    <message>
        <source>Choose a client on the left, or add one with New client (Ctrl+N).</source>
        <translation>Choisissez un client à gauche, ou ajoutez-en un avec Nouveau client (Ctrl+N).</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>depuis le {day}</translation>
    </message>
    <message>
        <source>Close client</source>
        <translation>Clore le dossier</translation>
    </message>
    <message>
        <source>Close {name}&apos;s record? It stays in the vault and you can reopen it at any time.</source>
        <translation>Clore le dossier de {name}&#x202f;? Il reste dans le coffre et vous pouvez le rouvrir à tout moment.</translation>
    </message>
</context>
<context>
    <name>CommitmentsDialog</name>
    <message>
        <source>The goal agreement</source>
        <translation>L’accord sur les objectifs</translation>
    </message>
    <message>
        <source>What the client commits to</source>
        <translation>Ce à quoi le client s’engage</translation>
    </message>
    <message>
        <source>What the therapist commits to</source>
        <translation>Ce à quoi le thérapeute s’engage</translation>
    </message>
    <message>
        <source>What &amp;I commit to (the client):</source>
        <translation>Ce à quoi &amp;je m’engage (le client)&#x202f;:</translation>
    </message>
    <message>
        <source>What the &amp;therapist commits to:</source>
        <translation>Ce à quoi le &amp;thérapeute s’engage&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>The agreement gathers the client&apos;s current goals, as they stand when it is agreed, with what each of you commits to. It stays a draft until you both sign it.</source>
        <translation>L’accord rassemble les objectifs actuels du client, tels qu’ils sont au moment où il est validé, avec ce à quoi chacun de vous s’engage. Il reste un brouillon jusqu’à ce que vous le signiez tous les deux.</translation>
    </message>
</context>
<context>
    <name>DisclosureLogDialog</name>
    <message>
        <source>Disclosure log</source>
        <translation>Registre des sorties</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concernant</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Concernant&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Au&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Everything that has left Reciprocal: exports, printouts, handouts and backups. Entries are added by the app and can never be changed.</source>
        <translation>Tout ce qui a quitté Reciprocal&#x202f;: exports, impressions, documents remis et sauvegardes. Les entrées sont ajoutées par l’application et ne peuvent jamais être modifiées.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>The whole practice (backups)</source>
        <translation>Tout le cabinet (sauvegardes)</translation>
    </message>
    <message>
        <source>The whole practice</source>
        <translation>Tout le cabinet</translation>
    </message>
    <message>
        <source>(erased or unknown)</source>
        <translation>(effacé ou inconnu)</translation>
    </message>
    <message>
        <source>(damaged entry)</source>
        <translation>(entrée endommagée)</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n entry(s) shown.</source>
        <translation>
            <numerusform>Entrées affichées&#x202f;: {shown} sur %n.</numerusform>
            <numerusform>Entrées affichées&#x202f;: {shown} sur %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseClientDialog</name>
    <message>
        <source>Erase a client for good</source>
        <translation>Effacer définitivement un client</translation>
    </message>
    <message>
        <source>Erase {name} for good?</source>
        <translation>Effacer définitivement {name}&#x202f;?</translation>
    </message>
    <message>
        <source>Every session note, goal agreement, checklist, feedback, questionnaire (measure) and exercise of {name} is destroyed, together with the key that encrypts them. This cannot be undone.</source>
        <translation>Toutes les notes de séance, accords sur les objectifs, listes, retours, questionnaires et exercices de {name} sont détruits, ainsi que la clé qui les chiffre. C’est irréversible.</translation>
    </message>
    <message>
        <source>Backups made before now still hold {name}: erasure cannot reach them. If those must go too, delete or overwrite the old backup files yourself.</source>
        <translation>Les sauvegardes faites avant maintenant contiennent toujours {name}&#x202f;: l’effacement ne peut pas les atteindre. Si elles doivent disparaître elles aussi, supprimez ou écrasez vous-même les anciens fichiers de sauvegarde.</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>E&amp;rase anyway, before the retention period ends</source>
        <translation>Effacer &amp;quand même, avant la fin de la durée de conservation</translation>
    </message>
    <message>
        <source>Type the client&apos;s name to confirm</source>
        <translation>Saisissez le nom du client pour confirmer</translation>
    </message>
    <message>
        <source>To confirm, t&amp;ype the client&apos;s id: {id}</source>
        <translation>Pour confirmer, &amp;saisissez l’identifiant du client&#x202f;: {id}</translation>
    </message>
    <message>
        <source>To confirm, t&amp;ype the client&apos;s name: {name}</source>
        <translation>Pour confirmer, &amp;saisissez le nom du client&#x202f;: {name}</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
    <message>
        <source>Destroys this client&apos;s records and key; cannot be undone</source>
        <translation>Détruit les dossiers et la clé de ce client&#x202f;; c’est irréversible</translation>
    </message>
    <message>
        <source>Records are normally kept until {day} ({years} years after the last session).</source>
        <translation>Les dossiers sont normalement conservés jusqu’au {day} ({years} ans après la dernière séance).</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Effacement…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong, so that last step did not finish. What you saved before is safe; please try again.</source>
        <translation>Un imprévu est survenu et cette dernière étape n’a pas abouti. Ce que vous aviez enregistré avant est en sécurité&#x202f;; veuillez réessayer.</translation>
    </message>
    <message>
        <source>Reciprocal</source>
        <translation>Reciprocal</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d’erreur</translation>
    </message>
</context>
<context>
    <name>ExerciseDialog</name>
    <message>
        <source>Agree an exercise</source>
        <translation>Convenir d’un exercice</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>My own words</source>
        <translation>Mes propres mots</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>for example: every evening</source>
        <translation>par exemple&#x202f;: chaque soir</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Ce qu’il faut faire</translation>
    </message>
    <message>
        <source>How it went, in the client&apos;s words</source>
        <translation>Comment ça s’est passé, dans les mots du client</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>&amp;Convenir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Start from</source>
        <translation>&amp;Partir de</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>How &amp;often</source>
        <translation>&amp;Fréquence</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>&amp;Ce qu’il faut faire</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>Ét&amp;at</translation>
    </message>
    <message>
        <source>How it &amp;went
(their words)</source>
        <translation>Comment ça s’est &amp;passé
(ses mots)</translation>
    </message>
</context>
<context>
    <name>ExerciseLibrary</name>
    <message>
        <source>Slow breathing</source>
        <translation>Respiration lente</translation>
    </message>
    <message>
        <source>Breathe in through your nose to a count of four, and out through your mouth to a count of six. Ten breaths like this. Notice how you feel before and after.</source>
        <translation>Inspirez par le nez en comptant jusqu’à quatre, puis expirez par la bouche en comptant jusqu’à six. Dix respirations comme celle-ci. Remarquez comment vous vous sentez avant et après.</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>deux fois par jour</translation>
    </message>
    <message>
        <source>Three lines before bed</source>
        <translation>Trois lignes avant de dormir</translation>
    </message>
    <message>
        <source>Write three lines: something that happened today, how you felt about it, and one thing you would like to remember.</source>
        <translation>Écrivez trois lignes&#x202f;: quelque chose qui s’est passé aujourd’hui, ce que vous avez ressenti, et une chose dont vous aimeriez vous souvenir.</translation>
    </message>
    <message>
        <source>every evening</source>
        <translation>chaque soir</translation>
    </message>
    <message>
        <source>Noticing the body</source>
        <translation>Observer le corps</translation>
    </message>
    <message>
        <source>Once a day, pause and notice where in your body you feel tension, warmth or ease. Just notice; there is nothing to change.</source>
        <translation>Une fois par jour, faites une pause et remarquez où, dans votre corps, vous sentez une tension, de la chaleur ou de la détente. Remarquez simplement&#x202f;; il n’y a rien à changer.</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>une fois par jour</translation>
    </message>
    <message>
        <source>A kind pause</source>
        <translation>Une pause bienveillante</translation>
    </message>
    <message>
        <source>When you notice you are being hard on yourself, pause, put a hand on your chest, and say to yourself what you would say to a good friend in the same place.</source>
        <translation>Quand vous remarquez que vous vous jugez durement, faites une pause, posez une main sur votre poitrine et dites-vous ce que vous diriez à une personne chère dans la même situation.</translation>
    </message>
    <message>
        <source>when it comes up</source>
        <translation>quand cela se présente</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Ce qui compte pour moi</translation>
    </message>
    <message>
        <source>Choose one thing that matters to you — kindness, honesty, play, or another. Notice one small moment this week when you acted on it, and jot it down.</source>
        <translation>Choisissez une chose qui compte pour vous — la gentillesse, l’honnêteté, le jeu, ou autre chose. Repérez cette semaine un petit moment où vous avez agi en accord avec elle, et notez-le.</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>cette semaine</translation>
    </message>
    <message>
        <source>Grounding: 5-4-3-2-1</source>
        <translation>Ancrage&#x202f;: 5-4-3-2-1</translation>
    </message>
    <message>
        <source>When feelings run high, name five things you can see, four you can touch, three you can hear, two you can smell and one you can taste.</source>
        <translation>Quand les émotions montent, nommez cinq choses que vous voyez, quatre que vous pouvez toucher, trois sons que vous entendez, deux odeurs que vous sentez et une saveur que vous pouvez goûter.</translation>
    </message>
</context>
<context>
    <name>ExercisesTab</name>
    <message>
        <source>Exercises between sessions</source>
        <translation>Exercices entre les séances</translation>
    </message>
    <message>
        <source>&amp;Agree an exercise…</source>
        <translation>&amp;Convenir d’un exercice…</translation>
    </message>
    <message>
        <source>No exercises agreed yet. Agree one with the client: from the library, or in your own words.</source>
        <translation>Aucun exercice convenu pour l’instant. Convenez-en un avec le client&#x202f;: depuis la bibliothèque, ou avec vos propres mots.</translation>
    </message>
    <message>
        <source>A damaged exercise record cannot be shown.</source>
        <translation>Un exercice endommagé ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>{facts} · agreed {day}</source>
        <translation>{facts} · convenu le {day}</translation>
    </message>
    <message>
        <source>How it went, in their words</source>
        <translation>Comment ça s’est passé, dans ses mots</translation>
    </message>
    <message>
        <source>Note how it went, or change “{title}”…</source>
        <translation>Noter comment ça s’est passé, ou modifier «&#x202f;{title}&#x202f;»…</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Session feedback</source>
        <translation>Retour sur la séance</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Each from 0 (not at all) to 10 (completely); leave any the client prefers not to rate as “not rated”.</source>
        <translation>Chaque point de 0 (pas du tout) à 10 (complètement)&#x202f;; laissez sur «&#x202f;non noté&#x202f;» ceux que le client préfère ne pas noter.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>Your reflection on it</source>
        <translation>Votre réflexion à ce sujet</translation>
    </message>
    <message>
        <source>{question} (in the client&apos;s words)</source>
        <translation>{question} (dans les mots du client)</translation>
    </message>
    <message>
        <source>Your &amp;reflection on it (for your record):</source>
        <translation>Votre &amp;réflexion à ce sujet (pour vos notes)&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>Record session &amp;feedback…</source>
        <translation>Noter un &amp;retour sur la séance…</translation>
    </message>
    <message>
        <source>Record a PHQ-&amp;9…</source>
        <translation>Noter un PHQ-&amp;9…</translation>
    </message>
    <message>
        <source>Record a GAD-&amp;7…</source>
        <translation>Noter un GAD-&amp;7…</translation>
    </message>
    <message>
        <source>Chart to show</source>
        <translation>Graphique à afficher</translation>
    </message>
    <message>
        <source>PHQ-9 over time</source>
        <translation>PHQ-9 au fil du temps</translation>
    </message>
    <message>
        <source>GAD-7 over time</source>
        <translation>GAD-7 au fil du temps</translation>
    </message>
    <message>
        <source>Session feedback over time</source>
        <translation>Retours sur les séances au fil du temps</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Graphique&#x202f;:</translation>
    </message>
    <message>
        <source>Chart of questionnaires and feedback</source>
        <translation>Graphique des questionnaires et des retours</translation>
    </message>
    <message>
        <source>Feedback and questionnaires</source>
        <translation>Retours et questionnaires</translation>
    </message>
    <message>
        <source>A PHQ-9 from {day} is damaged and cannot be read; check item 9 with the client and record a follow-up.</source>
        <translation>Un PHQ-9 du {day} est endommagé et ne peut pas être lu&#x202f;; vérifiez l’item 9 avec le client et notez un suivi.</translation>
    </message>
    <message>
        <source>PHQ-9 on {day}: item 9 was answered “{answer}”. No follow-up is recorded yet.</source>
        <translation>PHQ-9 du {day}&#x202f;: à l’item 9, la réponse a été «&#x202f;{answer}&#x202f;». Aucun suivi n’est encore noté.</translation>
    </message>
    <message>
        <source>Record the follow-up…</source>
        <translation>Noter le suivi…</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>Record a follow-up</source>
        <translation>Noter un suivi</translation>
    </message>
    <message>
        <source>The PHQ-9 from {day} is damaged and cannot be read. Check item 9 with the client, then note what you did.</source>
        <translation>Le PHQ-9 du {day} est endommagé et ne peut pas être lu. Vérifiez l’item 9 avec le client, puis notez ce que vous avez fait.</translation>
    </message>
    <message>
        <source>On the PHQ-9 from {day}, item 9 (thoughts of being better off dead or of hurting oneself) was answered “{answer}”.</source>
        <translation>Au PHQ-9 du {day}, à l’item 9 (pensées qu’il vaudrait mieux mourir ou envie de se faire du mal), la réponse a été «&#x202f;{answer}&#x202f;».</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Ce que vous avez fait</translation>
    </message>
    <message>
        <source>For example: talked it through in the session; safety plan made together; crisis numbers given.</source>
        <translation>Par exemple&#x202f;: nous en avons parlé pendant la séance&#x202f;; plan de sécurité établi ensemble&#x202f;; numéros d’urgence donnés.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>&amp;Record follow-up</source>
        <translation>&amp;Noter le suivi</translation>
    </message>
    <message>
        <source>&amp;What you did</source>
        <translation>&amp;Ce que vous avez fait</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>Kept as you write it, in this client&apos;s record; it cannot be changed afterwards.</source>
        <translation>Conservé tel que vous l’écrivez, dans le dossier de ce client&#x202f;; cela ne pourra plus être modifié ensuite.</translation>
    </message>
</context>
<context>
    <name>GoalCharts</name>
    <message>
        <source>Progress on each goal</source>
        <translation>Progrès sur chaque objectif</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de bilan</translation>
    </message>
    <message>
        <source>No goal has been rated yet.</source>
        <translation>Aucun objectif n’a encore été évalué.</translation>
    </message>
    <message>
        <source>Latest levels: {levels}.</source>
        <translation>Derniers niveaux&#x202f;: {levels}.</translation>
    </message>
    <message>
        <source>GAS T-score over time</source>
        <translation>Note T de la GAS au fil du temps</translation>
    </message>
    <message>
        <source>T-score</source>
        <translation>Note T</translation>
    </message>
    <message>
        <source>As hoped for (50)</source>
        <translation>Comme espéré (50)</translation>
    </message>
    <message numerus="yes">
        <source>The latest T-score is {score:.1f} across %n goal(s), on {day} (50 means every goal as hoped for).</source>
        <translation>
            <numerusform>La dernière note T est de {score:.1f}, calculée sur %n objectif, le {day} (50 signifie que chaque objectif est atteint comme espéré).</numerusform>
            <numerusform>La dernière note T est de {score:.1f}, calculée sur %n objectifs, le {day} (50 signifie que chaque objectif est atteint comme espéré).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>A new goal</source>
        <translation>Un nouvel objectif</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>The goal, in the client&apos;s words</source>
        <translation>L’objectif, dans les mots du client</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c’est important</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Signs of progress</source>
        <translation>Signes de progrès</translation>
    </message>
    <message>
        <source>&amp;Look at it again on</source>
        <translation>&amp;Faire le point le</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de bilan</translation>
    </message>
    <message>
        <source>Weight in the T-score</source>
        <translation>Poids dans la note T</translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation>&amp;Ajouter l’objectif</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Objectif</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation>&amp;Pourquoi c’est important</translation>
    </message>
    <message>
        <source>&amp;First steps</source>
        <translation>Premiers pa&amp;s</translation>
    </message>
    <message>
        <source>Signs of &amp;progress</source>
        <translation>Signes de p&amp;rogrès</translation>
    </message>
    <message>
        <source>What each level of progress would look like, in the client&apos;s words (any may stay empty):</source>
        <translation>À quoi ressemblerait chaque niveau de progrès, dans les mots du client (chacun peut rester vide)&#x202f;:</translation>
    </message>
    <message>
        <source>W&amp;eight</source>
        <translation>Poi&amp;ds</translation>
    </message>
    <message>
        <source>How much this goal counts in the GAS T-score (1 for every goal unless you choose otherwise).</source>
        <translation>Le poids de cet objectif dans la note T de la GAS (1 pour chaque objectif, sauf si vous en décidez autrement).</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>É&amp;tat</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Goals and agreement</source>
        <translation>Objectifs et accord</translation>
    </message>
    <message>
        <source>&amp;Add a goal…</source>
        <translation>&amp;Ajouter un objectif…</translation>
    </message>
    <message>
        <source>Chart to show</source>
        <translation>Graphique à afficher</translation>
    </message>
    <message>
        <source>Progress on each goal</source>
        <translation>Progrès sur chaque objectif</translation>
    </message>
    <message>
        <source>GAS T-score over time</source>
        <translation>Note T de la GAS au fil du temps</translation>
    </message>
    <message>
        <source>Chart of goal progress</source>
        <translation>Graphique des progrès vers les objectifs</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Graphique&#x202f;:</translation>
    </message>
    <message>
        <source>Progress on “{goal}”</source>
        <translation>Progrès sur «&#x202f;{goal}&#x202f;»</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>No goals recorded yet.</source>
        <translation>Aucun objectif noté pour l’instant.</translation>
    </message>
    <message>
        <source>A damaged goal record cannot be shown.</source>
        <translation>Un objectif endommagé ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Signs of progress</source>
        <translation>Signes de progrès</translation>
    </message>
    <message>
        <source>Review on {day}.</source>
        <translation>Bilan le {day}.</translation>
    </message>
    <message>
        <source>Rated on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Dans ses mots</translation>
    </message>
    <message>
        <source>Rate progress on “{goal}”…</source>
        <translation>Évaluer les progrès sur «&#x202f;{goal}&#x202f;»…</translation>
    </message>
    <message>
        <source>Change “{goal}”…</source>
        <translation>Modifier «&#x202f;{goal}&#x202f;»…</translation>
    </message>
    <message>
        <source>Move “{goal}” up</source>
        <translation>Monter «&#x202f;{goal}&#x202f;»</translation>
    </message>
    <message>
        <source>Move “{goal}” down</source>
        <translation>Descendre «&#x202f;{goal}&#x202f;»</translation>
    </message>
    <message>
        <source>Goal agreement</source>
        <translation>Accord sur les objectifs</translation>
    </message>
    <message>
        <source>No agreement yet.</source>
        <translation>Pas encore d’accord.</translation>
    </message>
    <message>
        <source>Version {n} is damaged and cannot be shown.</source>
        <translation>La version {n} est endommagée et ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>Earlier: version {n}, {state}.</source>
        <translation>Précédemment&#x202f;: version {n}, {state}.</translation>
    </message>
    <message>
        <source>Version {n}, {state}.</source>
        <translation>Version {n}, {state}.</translation>
    </message>
    <message>
        <source>The client&apos;s commitments</source>
        <translation>Les engagements du client</translation>
    </message>
    <message>
        <source>The therapist&apos;s commitments</source>
        <translation>Les engagements du thérapeute</translation>
    </message>
    <message>
        <source>Signed by {client} on {client_day} and {therapist} on {therapist_day}.</source>
        <translation>Signé par {client} le {client_day} et par {therapist} le {therapist_day}.</translation>
    </message>
    <message>
        <source>Start the goal agreement…</source>
        <translation>Commencer l’accord sur les objectifs…</translation>
    </message>
    <message>
        <source>Write the commitments of version {n}…</source>
        <translation>Écrire les engagements de la version {n}…</translation>
    </message>
    <message>
        <source>Agree version {n}, with both names…</source>
        <translation>Valider la version {n}, avec les deux noms…</translation>
    </message>
    <message>
        <source>Revise: start version {n} as a draft</source>
        <translation>Réviser&#x202f;: commencer la version {n} en brouillon</translation>
    </message>
    <message>
        <source>See what changed between versions…</source>
        <translation>Voir ce qui a changé d’une version à l’autre…</translation>
    </message>
    <message>
        <source>agreed on {day}</source>
        <translation>validée le {day}</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>en brouillon</translation>
    </message>
</context>
<context>
    <name>HandoutPreview</name>
    <message>
        <source>Session summary</source>
        <translation>Résumé de séance</translation>
    </message>
    <message>
        <source>Goal agreement</source>
        <translation>Accord sur les objectifs</translation>
    </message>
    <message>
        <source>Boundaries &amp; transparency agreement</source>
        <translation>Accord Cadre et transparence</translation>
    </message>
    <message>
        <source>Practices sheet</source>
        <translation>Fiche des exercices</translation>
    </message>
    <message>
        <source>PHQ-9 form (blank)</source>
        <translation>Formulaire PHQ-9 (vierge)</translation>
    </message>
    <message>
        <source>GAD-7 form (blank)</source>
        <translation>Formulaire GAD-7 (vierge)</translation>
    </message>
    <message>
        <source>The client&apos;s record</source>
        <translation>Le dossier du client</translation>
    </message>
    <message>
        <source>Handout: {kind}</source>
        <translation>Document&#x202f;: {kind}</translation>
    </message>
    <message>
        <source>Preview of the handout</source>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>&amp;Gros caractères</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Gros caractères</translation>
    </message>
    <message>
        <source>Bigger type, for a client who finds small print hard to read</source>
        <translation>Des caractères plus grands, pour un client qui a du mal à lire les petits caractères</translation>
    </message>
    <message>
        <source>Handout status</source>
        <translation>État du document</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print it (Ctrl+P)</source>
        <translation>L’imprimer (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation>Préparation du document…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) on {paper} paper. Nothing is saved or logged until you print or save it.</source>
        <translation>
            <numerusform>%n page au format {paper}. Rien n’est enregistré ni consigné tant que vous ne l’imprimez pas ou ne l’enregistrez pas.</numerusform>
            <numerusform>%n pages au format {paper}. Rien n’est enregistré ni consigné tant que vous ne l’imprimez pas ou ne l’enregistrez pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>This questionnaire prints in English: there is no official translation of it in {language} here, and a questionnaire is never translated by anyone else. {status}</source>
        <translation>Ce questionnaire s’imprime en anglais&#x202f;: il n’en existe ici aucune traduction officielle ({language}), et un questionnaire n’est jamais traduit par quelqu’un d’autre. {status}</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Imprimer le document</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Sent to the printer. The disclosure log records it.</source>
        <translation>Envoyé à l’imprimante. Le registre des sorties le consigne.</translation>
    </message>
    <message>
        <source>Save the handout as a PDF</source>
        <translation>Enregistrer le document en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved to {path}. The disclosure log records it.</source>
        <translation>Enregistré dans {path}. Le registre des sorties le consigne.</translation>
    </message>
</context>
<context>
    <name>HandoverWindow</name>
    <message>
        <source>Reciprocal — over to you</source>
        <translation>Reciprocal — à vous</translation>
    </message>
    <message>
        <source>I&apos;m &amp;done — hand back</source>
        <translation>J’ai &amp;fini — rendre l’écran</translation>
    </message>
    <message>
        <source>&amp;Stop without saving</source>
        <translation>&amp;Arrêter sans enregistrer</translation>
    </message>
    <message>
        <source>Over to you, {name}</source>
        <translation>À vous, {name}</translation>
    </message>
    <message>
        <source>Your therapist has handed this screen to you. Take your time. What you write here goes into your record with them, marked as written by you. Nothing else of the record is shown here.</source>
        <translation>Votre thérapeute vous a confié cet écran. Prenez votre temps. Ce que vous écrivez ici rejoint le dossier que votre thérapeute tient pour vous, avec la mention que c’est vous qui l’avez écrit. Rien d’autre de votre dossier n’est affiché ici.</translation>
    </message>
    <message>
        <source>Any you would rather not answer, leave.</source>
        <translation>Si vous préférez ne pas répondre à certaines questions, laissez-les de côté.</translation>
    </message>
    <message>
        <source>Your goals, in your own words. Change anything that no longer says it the way you mean it, and what each step of progress would look like to you.</source>
        <translation>Vos objectifs, dans vos propres mots. Modifiez tout ce qui ne dit plus les choses comme vous l’entendez, ainsi que ce à quoi ressemblerait pour vous chaque étape de progrès.</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Mon objectif</translation>
    </message>
    <message>
        <source>There are no goals written yet.</source>
        <translation>Aucun objectif n’est encore écrit.</translation>
    </message>
    <message>
        <source>How you would like our work together to go, in your own words.</source>
        <translation>Comment vous aimeriez que notre travail ensemble se déroule, dans vos propres mots.</translation>
    </message>
    <message>
        <source>Choose at least one number, or write a few words.</source>
        <translation>Choisissez au moins un chiffre, ou écrivez quelques mots.</translation>
    </message>
    <message>
        <source>Question {n} is not answered yet.</source>
        <translation>La question {n} n’a pas encore de réponse.</translation>
    </message>
    <message>
        <source>A goal needs a few words; write it again, or leave it as it was.</source>
        <translation>Un objectif a besoin de quelques mots&#x202f;: écrivez-le de nouveau, ou laissez-le tel qu’il était.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>How the agreement has changed</source>
        <translation>Comment l’accord a évolué</translation>
    </message>
    <message>
        <source>agreed {day}</source>
        <translation>validée le {day}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Version {n}, {state}</source>
        <translation>Version {n}, {state}</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;À</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Nothing changed between these versions.</source>
        <translation>Rien n’a changé entre ces versions.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c’est important</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Signs of progress</source>
        <translation>Signes de progrès</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de bilan</translation>
    </message>
    <message>
        <source>What the client commits to</source>
        <translation>Ce à quoi le client s’engage</translation>
    </message>
    <message>
        <source>What the therapist commits to</source>
        <translation>Ce à quoi le thérapeute s’engage</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>taken out</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Underlined words were added; struck-through words were taken out.</source>
        <translation>Les mots soulignés ont été ajoutés&#x202f;; les mots barrés ont été retirés.</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
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
        <translation>Ce fichier de coffre est plus ancien que celui que cet ordinateur a ouvert la dernière fois&#x202f;: il a été enregistré moins de fois. Si vous n’avez pas vous-même remis en place une copie plus ancienne, quelqu’un l’a peut-être remplacé. Comparez-le avec votre dernière sauvegarde avant de continuer.</translation>
    </message>
    <message>
        <source>&amp;Keep using this copy</source>
        <translation>&amp;Continuer avec cette copie</translation>
    </message>
    <message>
        <source>Stop warning about this copy: it is the one I meant to use.</source>
        <translation>Ne plus avertir pour cette copie&#x202f;: c’est bien celle que je voulais utiliser.</translation>
    </message>
    <message>
        <source>&amp;Remind me next time</source>
        <translation>Me le &amp;rappeler la prochaine fois</translation>
    </message>
    <message>
        <source>Some records were deleted, added or replaced in the vault file outside Reciprocal: {listed}. Everything else opens as usual; restore the vault from a backup to get them back.</source>
        <translation>Certains éléments ont été supprimés, ajoutés ou remplacés dans le fichier du coffre en dehors de Reciprocal&#x202f;: {listed}. Tout le reste s’ouvre normalement&#x202f;; restaurez le coffre depuis une sauvegarde pour les récupérer.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>A topic of our own</source>
        <translation>Un sujet à nous</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>Ce qui a été dit ou convenu</translation>
    </message>
    <message>
        <source>&amp;Add topic</source>
        <translation>&amp;Ajouter le sujet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Sujet</translation>
    </message>
    <message>
        <source>&amp;Where it stands</source>
        <translation>&amp;Où on en est</translation>
    </message>
    <message>
        <source>&amp;Raised by</source>
        <translation>A&amp;bordé par</translation>
    </message>
    <message>
        <source>&amp;What was said</source>
        <translation>&amp;Ce qui a été dit</translation>
    </message>
    <message>
        <source>The date is noted for you when the topic has been talked about.</source>
        <translation>La date est notée pour vous lorsque le sujet a été abordé.</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nouvelle entrée</translation>
    </message>
    <message>
        <source>Start a new entry; choose its kind beside the title</source>
        <translation>Commencer une nouvelle entrée&#x202f;; choisissez son type à côté du titre</translation>
    </message>
    <message>
        <source>Your journal</source>
        <translation>Votre journal</translation>
    </message>
    <message>
        <source>Only you see this. It is never part of a client&apos;s record.</source>
        <translation>Il n’est visible que par vous. Il ne fait jamais partie du dossier d’un client.</translation>
    </message>
    <message>
        <source>From a &amp;prompt</source>
        <translation>À partir d’une &amp;question</translation>
    </message>
    <message>
        <source>Start a new entry from a question to reflect on</source>
        <translation>Commencer une nouvelle entrée à partir d’une question de réflexion</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Type d’entrée</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Write here; the entry saves itself as you go.</source>
        <translation>Écrivez ici&#x202f;; l’entrée s’enregistre d’elle-même au fil de l’écriture.</translation>
    </message>
    <message>
        <source>Check-in: 0 is not at all, 10 is very much</source>
        <translation>Point sur soi&#x202f;: 0, pas du tout&#x202f;; 10, énormément</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation>Supprimer l’entrée…</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>{day} · damaged entry</source>
        <translation>{day} · entrée endommagée</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>A new entry saves itself as you write.</source>
        <translation>Une nouvelle entrée s’enregistre d’elle-même pendant que vous écrivez.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Supprimer l’entrée</translation>
    </message>
    <message>
        <source>Delete this journal entry? This cannot be undone.</source>
        <translation>Supprimer cette entrée du journal&#x202f;? C’est irréversible.</translation>
    </message>
</context>
<context>
    <name>JournalPrompts</name>
    <message>
        <source>What did I learn from a client this week?</source>
        <translation>Qu’ai-je appris d’un client cette semaine&#x202f;?</translation>
    </message>
    <message>
        <source>Where did my own reactions show in a session, and what might they be telling me?</source>
        <translation>Où mes propres réactions se sont-elles manifestées en séance, et que pourraient-elles me dire&#x202f;?</translation>
    </message>
    <message>
        <source>Which moment with a client stays with me, and why?</source>
        <translation>Quel moment avec un client me reste en tête, et pourquoi&#x202f;?</translation>
    </message>
    <message>
        <source>How are my boundaries, my rest and my energy?</source>
        <translation>Où en sont mes limites, mon repos et mon énergie&#x202f;?</translation>
    </message>
    <message>
        <source>What do I want to bring to supervision?</source>
        <translation>Qu’ai-je envie d’apporter en supervision&#x202f;?</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Mis de côté</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Abordé</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Convenu</translation>
    </message>
    <message>
        <source>Come back to this</source>
        <translation>À reprendre</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Thérapeute</translation>
    </message>
    <message>
        <source>Self-reflection</source>
        <translation>Réflexion sur soi</translation>
    </message>
    <message>
        <source>Mindfulness</source>
        <translation>Pleine conscience</translation>
    </message>
    <message>
        <source>Emotional regulation</source>
        <translation>Régulation émotionnelle</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Minime</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Légère</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <source>Moderately severe</source>
        <translation>Modérément sévère</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Sévère</translation>
    </message>
    <message>
        <source>In session</source>
        <translation>En séance</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>Sur papier</translation>
    </message>
    <message>
        <source>By the client, on their own</source>
        <translation>Par le client, en autonomie</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>Saved as a PDF</source>
        <translation>Enregistré en PDF</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Self-care check-in</source>
        <translation>Point sur soi</translation>
    </message>
    <message>
        <source>I felt heard and understood.</source>
        <translation>J’ai eu le sentiment qu’on m’écoutait et qu’on me comprenait.</translation>
    </message>
    <message>
        <source>We worked on what mattered to me.</source>
        <translation>Nous avons travaillé sur ce qui comptait pour moi.</translation>
    </message>
    <message>
        <source>The way we worked suited me.</source>
        <translation>Notre façon de travailler me convenait.</translation>
    </message>
    <message>
        <source>Overall, this session was right for me.</source>
        <translation>Dans l’ensemble, cette séance me convenait.</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>How direct I&apos;d like you to be</source>
        <translation>À quel point j’aimerais que vous soyez direct</translation>
    </message>
    <message>
        <source>Exercises between sessions, or not</source>
        <translation>Des exercices entre les séances, ou non</translation>
    </message>
    <message>
        <source>Language and words that suit me</source>
        <translation>Le langage et les mots qui me conviennent</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Ce qui aide</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation>Ce qui n’aide pas</translation>
    </message>
    <message>
        <source>I&apos;m getting enough rest and sleep</source>
        <translation>Je me repose et je dors suffisamment</translation>
    </message>
    <message>
        <source>I have energy for my work</source>
        <translation>J’ai de l’énergie pour mon travail</translation>
    </message>
    <message>
        <source>My mood has been good</source>
        <translation>Mon humeur a été bonne</translation>
    </message>
    <message>
        <source>I feel connected to people outside work</source>
        <translation>J’ai des liens avec des personnes en dehors du travail</translation>
    </message>
    <message>
        <source>My workload feels manageable</source>
        <translation>Ma charge de travail me semble gérable</translation>
    </message>
    <message>
        <source>I make time for things I enjoy</source>
        <translation>Je prends du temps pour ce que j’aime</translation>
    </message>
    <message>
        <source>Subjective</source>
        <translation>Subjectif</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Much less than hoped</source>
        <translation>Bien en deçà de ce que nous espérions</translation>
    </message>
    <message>
        <source>Somewhat less than hoped</source>
        <translation>Un peu en deçà de ce que nous espérions</translation>
    </message>
    <message>
        <source>What we hoped for</source>
        <translation>Ce que nous espérions</translation>
    </message>
    <message>
        <source>Somewhat more than hoped</source>
        <translation>Un peu au-delà de ce que nous espérions</translation>
    </message>
    <message>
        <source>Much more than hoped</source>
        <translation>Bien au-delà de ce que nous espérions</translation>
    </message>
    <message>
        <source>What could be different next time?</source>
        <translation>Qu’est-ce qui pourrait être différent la prochaine fois&#x202f;?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Demo practice: everyone here is invented.</source>
        <translation>Cabinet de démonstration&#x202f;: toutes les personnes présentes ici sont inventées.</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Search clients, notes and your journal</source>
        <translation>Rechercher dans les clients, les notes et votre journal</translation>
    </message>
    <message>
        <source>Sa&amp;ve now</source>
        <translation>&amp;Enregistrer maintenant</translation>
    </message>
    <message>
        <source>Notes save themselves; this saves at once</source>
        <translation>Les notes s’enregistrent d’elles-mêmes&#x202f;; ceci enregistre tout de suite</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Verrou&amp;iller</translation>
    </message>
    <message>
        <source>Hide everything and lock the vault</source>
        <translation>Tout masquer et verrouiller le coffre</translation>
    </message>
    <message>
        <source>Leave the &amp;demo</source>
        <translation>Quitter la dé&amp;mo</translation>
    </message>
    <message>
        <source>Han&amp;dout…</source>
        <translation>&amp;Document…</translation>
    </message>
    <message>
        <source>Preview, print or save a handout of what the client&apos;s tab shows</source>
        <translation>Prévisualiser, imprimer ou enregistrer un document reprenant ce que montre l’onglet du client</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Write an encrypted backup of your whole practice into your backup folder</source>
        <translation>Écrire une sauvegarde chiffrée de tout votre cabinet dans votre dossier de sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Res&amp;taurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Make a new vault from a backup file; no existing vault is changed</source>
        <translation>Créer un nouveau coffre à partir d’un fichier de sauvegarde&#x202f;; aucun coffre existant n’est modifié</translation>
    </message>
    <message>
        <source>Veri&amp;fy a backup…</source>
        <translation>&amp;Vérifier une sauvegarde…</translation>
    </message>
    <message>
        <source>Check that a backup file is whole and that its key opens it</source>
        <translation>Vérifier qu’un fichier de sauvegarde est complet et que sa clé l’ouvre</translation>
    </message>
    <message>
        <source>&amp;Disclosure log…</source>
        <translation>Registre des s&amp;orties…</translation>
    </message>
    <message>
        <source>Everything that has left Reciprocal: exports, printouts, handouts, backups</source>
        <translation>Tout ce qui a quitté Reciprocal&#x202f;: exports, impressions, documents remis, sauvegardes</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Paramè&amp;tres</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>Read the user guide; it is part of the app and works offline</source>
        <translation>Lire le guide d’utilisation&#x202f;; il fait partie de l’application et fonctionne hors ligne</translation>
    </message>
    <message>
        <source>&amp;About Reciprocal</source>
        <translation>À &amp;propos de Reciprocal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Demo practice</source>
        <translation>Cabinet de démonstration</translation>
    </message>
    <message>
        <source>Open the restored practice?</source>
        <translation>Ouvrir le cabinet restauré&#x202f;?</translation>
    </message>
    <message>
        <source>The restored practice is ready in {path}. Open it now? The practice open now is saved, locked and closed; nothing in it changes.</source>
        <translation>Le cabinet restauré est prêt dans {path}. L’ouvrir maintenant&#x202f;? Le cabinet actuellement ouvert est enregistré, verrouillé et fermé&#x202f;; rien n’y change.</translation>
    </message>
    <message>
        <source>Open the restored practice</source>
        <translation>Ouvrir le cabinet restauré</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>Rester ici</translation>
    </message>
    <message>
        <source>What you were typing in the vault you left could not be saved; it is kept, locked, and comes back when you open that vault again in this window.</source>
        <translation>Ce que vous étiez en train d’écrire dans le coffre que vous avez quitté n’a pas pu être enregistré&#x202f;; c’est conservé, verrouillé, et cela reviendra quand vous rouvrirez ce coffre dans cette fenêtre.</translation>
    </message>
    <message>
        <source>What you were typing when the vault locked could not be saved then; it is saved now.</source>
        <translation>Ce que vous étiez en train d’écrire quand le coffre s’est verrouillé n’avait pas pu être enregistré sur le moment&#x202f;; c’est maintenant enregistré.</translation>
    </message>
    <message>
        <source>{reason} What you were typing when the vault locked is back where you typed it, not saved yet; Save now ({keys}) tries again.</source>
        <translation>{reason} Ce que vous étiez en train d’écrire quand le coffre s’est verrouillé est revenu là où vous l’aviez écrit, mais n’est pas encore enregistré&#x202f;; Enregistrer maintenant ({keys}) réessaie.</translation>
    </message>
    <message>
        <source>Reciprocal</source>
        <translation>Reciprocal</translation>
    </message>
    <message>
        <source>What you were typing when the vault locked is not saved yet: unlock to save it, or quit again to leave without it.</source>
        <translation>Ce que vous étiez en train d’écrire quand le coffre s’est verrouillé n’est pas encore enregistré&#x202f;: déverrouillez pour l’enregistrer, ou quittez de nouveau pour partir sans.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Question {n} of the {instrument} is not answered yet, so the form was not saved.</source>
        <translation>La question {n} du {instrument} n’a pas encore de réponse, le formulaire n’a donc pas été enregistré.</translation>
    </message>
    <message>
        <source>Record a {name}</source>
        <translation>Noter un {name}</translation>
    </message>
    <message>
        <source>How it was filled in</source>
        <translation>Mode de passation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Filled in</source>
        <translation>&amp;Passation</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Votre commentaire</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Your &amp;comment (optional):</source>
        <translation>Votre &amp;commentaire (facultatif)&#x202f;:</translation>
    </message>
    <message numerus="yes">
        <source>{total} so far; {missing} of %n question(s) still to answer.</source>
        <translation>
            <numerusform>Total provisoire&#x202f;: {total}&#x202f;; encore sans réponse&#x202f;: {missing} sur %n question.</numerusform>
            <numerusform>Total provisoire&#x202f;: {total}&#x202f;; encore sans réponse&#x202f;: {missing} sur %n questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total {total} of {most}: {band}.</source>
        <translation>Total {total} sur {most}&#x202f;: {band}.</translation>
    </message>
    <message>
        <source>Question {n} (“{words}”) is not answered yet; the total counts only a complete form.</source>
        <translation>La question {n} («&#x202f;{words}&#x202f;») n’a pas encore de réponse&#x202f;; le total ne compte qu’un formulaire complet.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Confirmation de la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Confirmation</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Les deux phrases secrètes ne sont pas encore identiques.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Client overview</source>
        <translation>Vue d’ensemble du client</translation>
    </message>
    <message>
        <source>Record the follow-up…</source>
        <translation>Noter le suivi…</translation>
    </message>
    <message>
        <source>A PHQ-9 from {day} is damaged and cannot be read; check item 9 with the client and record a follow-up.</source>
        <translation>Un PHQ-9 du {day} est endommagé et ne peut pas être lu&#x202f;; vérifiez l’item 9 avec le client et notez un suivi.</translation>
    </message>
    <message>
        <source>PHQ-9 on {day}: item 9 (thoughts of being better off dead or of self-harm) was answered “{answer}”. No follow-up is recorded yet.</source>
        <translation>PHQ-9 du {day}&#x202f;: à l’item 9 (pensées qu’il vaudrait mieux mourir ou envie de se faire du mal), la réponse a été «&#x202f;{answer}&#x202f;». Aucun suivi n’est encore noté.</translation>
    </message>
    <message>
        <source>Review the goal “{goal}”: it was due on {day}.</source>
        <translation>Faire le point sur l’objectif «&#x202f;{goal}&#x202f;»&#x202f;: c’était prévu le {day}.</translation>
    </message>
    <message>
        <source>Review the goal “{goal}”: due on {day}.</source>
        <translation>Faire le point sur l’objectif «&#x202f;{goal}&#x202f;»&#x202f;: prévu le {day}.</translation>
    </message>
    <message>
        <source>Come back to “{topic}”.</source>
        <translation>Revenir sur «&#x202f;{topic}&#x202f;».</translation>
    </message>
    <message>
        <source>Ask how “{exercise}” went.</source>
        <translation>Demander comment «&#x202f;{exercise}&#x202f;» s’est passé.</translation>
    </message>
    <message>
        <source>Before this session</source>
        <translation>Avant cette séance</translation>
    </message>
    <message>
        <source>Nothing needs attention first.</source>
        <translation>Rien ne demande d’attention particulière.</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>La dernière fois</translation>
    </message>
    <message>
        <source>No session has taken place yet.</source>
        <translation>Aucune séance n’a encore eu lieu.</translation>
    </message>
    <message>
        <source>The last session&apos;s note is damaged and cannot be shown.</source>
        <translation>La note de la dernière séance est endommagée et ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Le plan</translation>
    </message>
    <message>
        <source>What we worked on (shared summary)</source>
        <translation>Ce sur quoi nous avons travaillé (résumé partagé)</translation>
    </message>
    <message>
        <source>No plan or shared summary was written.</source>
        <translation>Aucun plan ni résumé partagé n’a été écrit.</translation>
    </message>
    <message>
        <source>How I like to work</source>
        <translation>Comment j’aime travailler</translation>
    </message>
    <message>
        <source>Nothing noted yet. Ask how they would like to work together, and note it with Edit details.</source>
        <translation>Rien de noté pour l’instant. Demandez à la personne comment elle aimerait travailler avec vous, et notez-le avec Modifier les informations.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>No goal agreement yet.</source>
        <translation>Pas encore d’accord sur les objectifs.</translation>
    </message>
    <message>
        <source>Agreement version {n}, agreed on {day}.</source>
        <translation>Version {n} de l’accord, validée le {day}.</translation>
    </message>
    <message>
        <source>Agreement version {n} is a draft, not yet signed.</source>
        <translation>La version {n} de l’accord est un brouillon, pas encore signée.</translation>
    </message>
    <message>
        <source>Last feedback</source>
        <translation>Dernier retour</translation>
    </message>
    <message>
        <source>No feedback recorded yet.</source>
        <translation>Aucun retour noté pour l’instant.</translation>
    </message>
    <message>
        <source>The last feedback record is damaged.</source>
        <translation>Le dernier retour est endommagé.</translation>
    </message>
    <message>
        <source>The client said</source>
        <translation>Le client a dit</translation>
    </message>
    <message>
        <source>0–10</source>
        <translation>0–10</translation>
    </message>
    <message>
        <source>What could be different next time</source>
        <translation>Ce qui pourrait être différent la prochaine fois</translation>
    </message>
    <message>
        <source>Latest questionnaires</source>
        <translation>Derniers questionnaires</translation>
    </message>
    <message>
        <source>{name} on {day}: {total} ({band})</source>
        <translation>{name} du {day}&#x202f;: {total} ({band})</translation>
    </message>
    <message>
        <source>No PHQ-9 or GAD-7 recorded yet.</source>
        <translation>Aucun PHQ-9 ni GAD-7 noté pour l’instant.</translation>
    </message>
    <message>
        <source>Exercises between sessions</source>
        <translation>Exercices entre les séances</translation>
    </message>
    <message>
        <source>No exercises agreed at the moment.</source>
        <translation>Aucun exercice convenu pour le moment.</translation>
    </message>
    <message>
        <source>Checklist topics to come back to</source>
        <translation>Sujets de la liste à reprendre</translation>
    </message>
    <message>
        <source>Nothing open on the boundaries and transparency checklist.</source>
        <translation>Rien d’ouvert dans la liste Cadre et transparence.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Pas encore de séance.</translation>
    </message>
    <message>
        <source>Sessions so far: {count}. The last was on {day}.</source>
        <translation>Séances jusqu’ici&#x202f;: {count}. La dernière a eu lieu le {day}.</translation>
    </message>
</context>
<context>
    <name>QuitBackupDialog</name>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <source>Backup message</source>
        <translation>Message de sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Quit without a backup</source>
        <translation>&amp;Quitter sans sauvegarder</translation>
    </message>
    <message>
        <source>&amp;Stay open</source>
        <translation>&amp;Ne pas quitter</translation>
    </message>
    <message>
        <source>Backing up your practice before Reciprocal closes…</source>
        <translation>Sauvegarde de votre cabinet avant la fermeture de Reciprocal…</translation>
    </message>
    <message>
        <source>{problem} Everything you wrote is saved in your vault; only this backup was not made.</source>
        <translation>{problem} Tout ce que vous avez écrit est enregistré dans votre coffre&#x202f;; seule cette sauvegarde n’a pas été faite.</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Choose the level of progress the client sees, from −2 to +2.</source>
        <translation>Choisissez le niveau de progrès que le client constate, de −2 à +2.</translation>
    </message>
    <message>
        <source>Not at a session</source>
        <translation>Hors séance</translation>
    </message>
    <message>
        <source>Rate progress</source>
        <translation>Évaluer les progrès</translation>
    </message>
    <message>
        <source>In the client&apos;s words</source>
        <translation>Dans les mots du client</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>In their &amp;words</source>
        <translation>Dans ses &amp;mots</translation>
    </message>
    <message>
        <source>At the &amp;session</source>
        <translation>Lors de la &amp;séance</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>No goal agreement has been agreed yet. The rating is kept with the goal and charted; agreeing the goals together makes the levels you rate against shared.</source>
        <translation>Aucun accord sur les objectifs n’a encore été validé. L’évaluation est conservée avec l’objectif et apparaît sur le graphique&#x202f;; valider les objectifs ensemble permet de partager les niveaux par rapport auxquels vous évaluez.</translation>
    </message>
</context>
<context>
    <name>RecordFeature</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <source>&amp;Goals &amp;&amp; agreement</source>
        <translation>&amp;Objectifs &amp;&amp; accord</translation>
    </message>
    <message>
        <source>&amp;Boundaries &amp;&amp; transparency</source>
        <translation>&amp;Cadre &amp;&amp; transparence</translation>
    </message>
    <message>
        <source>&amp;Feedback &amp;&amp; measures</source>
        <translation>&amp;Retours &amp;&amp; questionnaires</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>E&amp;xercices</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>Copies the key; it is cleared from the clipboard after 30 seconds.</source>
        <translation>Copie la clé&#x202f;; elle est effacée du presse-papiers au bout de 30 secondes.</translation>
    </message>
    <message>
        <source>&amp;Print recovery sheet…</source>
        <translation>&amp;Imprimer la fiche de récupération…</translation>
    </message>
    <message>
        <source>&amp;Save recovery sheet as PDF…</source>
        <translation>&amp;Enregistrer la fiche de récupération en PDF…</translation>
    </message>
    <message>
        <source>I have stored my recovery key somewhere safe</source>
        <translation>J’ai rangé ma clé de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>Con&amp;tinuer</translation>
    </message>
    <message>
        <source>About this vault</source>
        <translation>À propos de ce coffre</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be emptied in 30 seconds.</source>
        <translation>Copiée. Le presse-papiers sera vidé dans 30 secondes.</translation>
    </message>
</context>
<context>
    <name>RecoverySheetOutput</name>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Enregistrer la fiche de récupération</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the recovery sheet to {path}. Print it, then delete the file.</source>
        <translation>Fiche de récupération enregistrée dans {path}. Imprimez-la, puis supprimez le fichier.</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Imprimer la fiche de récupération</translation>
    </message>
    <message>
        <source>Sent the recovery sheet to the printer.</source>
        <translation>Fiche de récupération envoyée à l’imprimante.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose a backup file (its name starts with reciprocal-backup-) and how to open it. Reciprocal makes a new vault from it; it never changes an existing one.</source>
        <translation>Choisissez un fichier de sauvegarde (son nom commence par reciprocal-backup-) et la façon de l’ouvrir. Reciprocal crée à partir de lui un nouveau coffre&#x202f;; il ne modifie jamais un coffre existant.</translation>
    </message>
    <message>
        <source>Where to keep the restored practice</source>
        <translation>Où conserver le cabinet restauré</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose where to keep the restored practice</source>
        <translation>Choisir où conserver le cabinet restauré</translation>
    </message>
    <message>
        <source>&amp;Keep the passphrase that opened the backup key file</source>
        <translation>&amp;Garder la phrase secrète qui a ouvert le fichier de clé de sauvegarde</translation>
    </message>
    <message>
        <source>Choose a &amp;new passphrase</source>
        <translation>Choisir une &amp;nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Reciprocal cannot confirm who made this backup: it opened with a key that is not the practice&apos;s own backup key, and anyone who knows the practice&apos;s public key could have made it. Restore it only if you trust where it came from.</source>
        <translation>Reciprocal ne peut pas confirmer qui a fait cette sauvegarde&#x202f;: elle s’est ouverte avec une clé qui n’est pas la clé de sauvegarde propre au cabinet, et toute personne connaissant la clé publique du cabinet aurait pu la faire. Ne la restaurez que si vous avez confiance en sa provenance.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Vault file</source>
        <translation>Fichier du &amp;coffre</translation>
    </message>
    <message>
        <source>The restored practice</source>
        <translation>Le cabinet restauré</translation>
    </message>
    <message>
        <source>Where should the restored practice live on this computer? The suggested place is where Reciprocal looks first. A file that already exists is never replaced.</source>
        <translation>Où le cabinet restauré doit-il se trouver sur cet ordinateur&#x202f;? L’emplacement proposé est celui où Reciprocal regarde en premier. Un fichier existant n’est jamais remplacé.</translation>
    </message>
    <message>
        <source>Its passphrase:</source>
        <translation>Sa phrase secrète&#x202f;:</translation>
    </message>
    <message>
        <source>Restoring your practice</source>
        <translation>Restauration de votre cabinet</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Votre nouvelle clé de récupération</translation>
    </message>
    <message>
        <source>The restored practice has its own recovery key; the one on your old recovery sheet does not open it. It is shown only this once: print a new recovery sheet and keep it somewhere safe, away from this computer.</source>
        <translation>Le cabinet restauré a sa propre clé de récupération&#x202f;; celle de votre ancienne fiche de récupération ne l’ouvre pas. Elle ne s’affiche qu’une seule fois&#x202f;: imprimez une nouvelle fiche de récupération et rangez-la en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>Il n’y a pas de fichier de sauvegarde à l’emplacement {path}.</translation>
    </message>
    <message>
        <source>Opening the key and the backup…</source>
        <translation>Ouverture de la clé et de la sauvegarde…</translation>
    </message>
    <message>
        <source>Reciprocal vaults (*.vault)</source>
        <translation>Coffres Reciprocal (*.vault)</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for the restored practice.</source>
        <translation>{path} existe déjà&#x202f;; choisissez un nouveau nom de fichier pour le cabinet restauré.</translation>
    </message>
    <message>
        <source>Restore a backup of unconfirmed origin?</source>
        <translation>Restaurer une sauvegarde d’origine non confirmée&#x202f;?</translation>
    </message>
    <message>
        <source>Reciprocal cannot confirm who made this backup: the key that opened it is not the practice&apos;s own backup key. Anyone who knows the practice&apos;s public key could have made it and put invented records in it. Restore it anyway?</source>
        <translation>Reciprocal ne peut pas confirmer qui a fait cette sauvegarde&#x202f;: la clé qui l’a ouverte n’est pas la clé de sauvegarde propre au cabinet. Toute personne connaissant la clé publique du cabinet aurait pu la faire et y placer des dossiers inventés. La restaurer quand même&#x202f;?</translation>
    </message>
    <message>
        <source>Restore &amp;anyway</source>
        <translation>Restaurer &amp;quand même</translation>
    </message>
    <message>
        <source>Opening the backup and making the new vault&apos;s key. This takes a few seconds on purpose: it is what makes guessing the passphrase slow.</source>
        <translation>Ouverture de la sauvegarde et création de la clé du nouveau coffre. Cela prend volontairement quelques secondes&#x202f;: c’est ce qui rend lente toute tentative de deviner la phrase secrète.</translation>
    </message>
    <message>
        <source>The backup opened. Making the new vault&apos;s key…</source>
        <translation>La sauvegarde s’est ouverte. Création de la clé du nouveau coffre…</translation>
    </message>
    <message numerus="yes">
        <source>Restoring {done} of %n record(s)…</source>
        <translation>
            <numerusform>Restauration&#x202f;: {done} sur %n élément…</numerusform>
            <numerusform>Restauration&#x202f;: {done} sur %n éléments…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n record(s) from the backup made on {made}, into {path}.</source>
        <translation>
            <numerusform>%n élément restauré depuis la sauvegarde faite le {made}, dans {path}.</numerusform>
            <numerusform>%n éléments restaurés depuis la sauvegarde faite le {made}, dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who made this backup cannot be confirmed with this key; only the practice&apos;s own backup key can confirm it.</source>
        <translation>L’auteur de cette sauvegarde ne peut pas être confirmé avec cette clé&#x202f;; seule la clé de sauvegarde propre au cabinet permet de le confirmer.</translation>
    </message>
    <message>
        <source>It was opened with another person&apos;s key, so the restored practice has a new backup key, printed on the new recovery sheet.</source>
        <translation>Elle a été ouverte avec la clé d’une autre personne&#x202f;: le cabinet restauré reçoit donc une nouvelle clé de sauvegarde, imprimée sur la nouvelle fiche de récupération.</translation>
    </message>
    <message>
        <source>Some records were already damaged when the backup was made (damaged records: {count}); their unreadable parts are empty.</source>
        <translation>Certains éléments étaient déjà endommagés au moment de la sauvegarde (éléments endommagés&#x202f;: {count})&#x202f;; leurs parties illisibles sont vides.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>session</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>goal agreement</source>
        <translation>accord sur les objectifs</translation>
    </message>
    <message>
        <source>checklist topic</source>
        <translation>sujet de la liste</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>exercice</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>retour</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>questionnaire</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>journal</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>nom à l’état civil</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>private note</source>
        <translation>note privée</translation>
    </message>
    <message>
        <source>shared summary</source>
        <translation>résumé partagé</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>complément</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>why it matters</source>
        <translation>pourquoi c’est important</translation>
    </message>
    <message>
        <source>first steps</source>
        <translation>premiers pas</translation>
    </message>
    <message>
        <source>signs of progress</source>
        <translation>signes de progrès</translation>
    </message>
    <message>
        <source>what the client commits to</source>
        <translation>ce à quoi le client s’engage</translation>
    </message>
    <message>
        <source>what the therapist commits to</source>
        <translation>ce à quoi le thérapeute s’engage</translation>
    </message>
    <message>
        <source>revision note</source>
        <translation>note de révision</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>sujet</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>consignes</translation>
    </message>
    <message>
        <source>how often</source>
        <translation>fréquence</translation>
    </message>
    <message>
        <source>how it went</source>
        <translation>comment ça s’est passé</translation>
    </message>
    <message>
        <source>what could be different</source>
        <translation>ce qui pourrait être différent</translation>
    </message>
    <message>
        <source>your reflection</source>
        <translation>votre réflexion</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>entrée</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search clients, notes, goals, checklists, exercises and your journal</source>
        <translation>Rechercher dans les clients, les notes, les objectifs, les listes, les exercices et votre journal</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Search state</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Words must all appear; put a phrase in &quot;quotes&quot;.</source>
        <translation>Tous les mots doivent apparaître&#x202f;; mettez une expression entre &quot;guillemets&quot;.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%n résultat. Enter ouvre celui qui est en surbrillance.</numerusform>
            <numerusform>%n résultats. Enter ouvre celui qui est en surbrillance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches all of those words.</source>
        <translation>Rien ne correspond à tous ces mots.</translation>
    </message>
    <message>
        <source>Still reading your records: more may follow.</source>
        <translation>Lecture de vos dossiers en cours&#x202f;: d’autres résultats peuvent suivre.</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>A GAS T-score needs at least one rated goal.</source>
        <translation>Une note T de la GAS nécessite au moins un objectif évalué.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the vault or its working files.</source>
        <translation>Une sauvegarde ne peut pas écraser le coffre ni ses fichiers de travail.</translation>
    </message>
    <message>
        <source>A checklist template needs at least one topic.</source>
        <translation>Un modèle de liste doit contenir au moins un sujet.</translation>
    </message>
    <message>
        <source>A date or id stored in the vault is damaged (the file was changed outside Reciprocal); run a check to see which record, and restore it from a backup.</source>
        <translation>Une date ou un identifiant enregistré dans le coffre est endommagé (le fichier a été modifié en dehors de Reciprocal)&#x202f;; lancez une vérification pour savoir quel élément est concerné, puis restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>A follow-up is already recorded for this questionnaire.</source>
        <translation>Un suivi est déjà noté pour ce questionnaire.</translation>
    </message>
    <message>
        <source>A handout is either printed or saved.</source>
        <translation>Un document à remettre est soit imprimé, soit enregistré.</translation>
    </message>
    <message>
        <source>A newer version of this agreement exists; revise that one.</source>
        <translation>Il existe une version plus récente de cet accord&#x202f;; c’est elle qu’il faut réviser.</translation>
    </message>
    <message>
        <source>A record does not open with the vault&apos;s keys, so no key was renewed; run a check and restore the damaged record from a backup first.</source>
        <translation>Un élément ne s’ouvre pas avec les clés du coffre, aucune clé n’a donc été renouvelée&#x202f;; lancez d’abord une vérification et restaurez l’élément endommagé depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>A record is missing or was changed, so no key was renewed; run a check and restore the vault from a backup first.</source>
        <translation>Un élément manque ou a été modifié, aucune clé n’a donc été renouvelée&#x202f;; lancez d’abord une vérification et restaurez le coffre depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation>Une séance dure entre 1 minute et 24 heures.</translation>
    </message>
    <message>
        <source>A signature date cannot be in the future.</source>
        <translation>Une date de signature ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>A signed note cannot be deleted.</source>
        <translation>Une note signée ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>Add at least one goal before agreeing.</source>
        <translation>Ajoutez au moins un objectif avant de valider.</translation>
    </message>
    <message>
        <source>An age identity in this file is mistyped or incomplete.</source>
        <translation>Une identité age de ce fichier est mal saisie ou incomplète.</translation>
    </message>
    <message>
        <source>An amendment cannot be empty.</source>
        <translation>Un complément ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Both of you need to type your name to sign the agreement.</source>
        <translation>Vous devez saisir tous les deux votre nom pour signer l’accord.</translation>
    </message>
    <message>
        <source>Each check-in rating needs a topic.</source>
        <translation>Chaque évaluation du point sur soi doit avoir un sujet.</translation>
    </message>
    <message>
        <source>Each goal can appear only once in the new order.</source>
        <translation>Chaque objectif ne peut figurer qu’une fois dans le nouvel ordre.</translation>
    </message>
    <message>
        <source>Each goal&apos;s level is from −2 to +2.</source>
        <translation>Le niveau de chaque objectif va de −2 à +2.</translation>
    </message>
    <message>
        <source>Each rated goal needs a weight above 0.</source>
        <translation>Chaque objectif évalué doit avoir un poids supérieur à 0.</translation>
    </message>
    <message>
        <source>Every topic on a checklist needs a few words saying what it is about.</source>
        <translation>Chaque sujet d’une liste a besoin de quelques mots qui disent de quoi il s’agit.</translation>
    </message>
    <message>
        <source>Feedback is given by the client, alone or with the therapist.</source>
        <translation>Le retour est donné par le client, seul ou avec le thérapeute.</translation>
    </message>
    <message>
        <source>Feedback needs at least one rating or a few words from the client.</source>
        <translation>Un retour nécessite au moins une note ou quelques mots du client.</translation>
    </message>
    <message>
        <source>Goal levels run from -2 to +2.</source>
        <translation>Les niveaux des objectifs vont de -2 à +2.</translation>
    </message>
    <message>
        <source>More than one client has that name; use the id or position instead.</source>
        <translation>Plusieurs clients portent ce nom&#x202f;; utilisez plutôt l’identifiant ou le numéro dans la liste.</translation>
    </message>
    <message>
        <source>No backup key file was given.</source>
        <translation>Aucun fichier de clé de sauvegarde n’a été indiqué.</translation>
    </message>
    <message>
        <source>No client matches that id, name or position.</source>
        <translation>Aucun client ne correspond à cet identifiant, ce nom ou ce numéro dans la liste.</translation>
    </message>
    <message>
        <source>One of this client&apos;s goals is damaged, so the agreement cannot include it; restore it from a backup or retire it.</source>
        <translation>L’un des objectifs de ce client est endommagé, l’accord ne peut donc pas l’inclure&#x202f;; restaurez-le depuis une sauvegarde ou mettez-le de côté.</translation>
    </message>
    <message>
        <source>Only a signed note takes amendments; edit the draft instead.</source>
        <translation>Seule une note signée peut recevoir des compléments&#x202f;; modifiez plutôt le brouillon.</translation>
    </message>
    <message>
        <source>Only a vault that was just created can be filled in bulk.</source>
        <translation>Seul un coffre qui vient d’être créé peut être rempli en bloc.</translation>
    </message>
    <message>
        <source>Only an agreed version can be revised; edit the draft instead.</source>
        <translation>Seule une version validée peut être révisée&#x202f;; modifiez plutôt le brouillon.</translation>
    </message>
    <message>
        <source>Only this client&apos;s goals can be put in order here.</source>
        <translation>Seuls les objectifs de ce client peuvent être mis en ordre ici.</translation>
    </message>
    <message>
        <source>Please give the checklist template a name.</source>
        <translation>Veuillez donner un nom au modèle de liste.</translation>
    </message>
    <message>
        <source>Please give the client a name to show in the list.</source>
        <translation>Veuillez donner au client un nom à afficher dans la liste.</translation>
    </message>
    <message>
        <source>Please give the exercise a short title.</source>
        <translation>Veuillez donner un titre court à l’exercice.</translation>
    </message>
    <message>
        <source>Please write a few words about how you followed this up.</source>
        <translation>Veuillez écrire quelques mots sur la façon dont vous avez assuré ce suivi.</translation>
    </message>
    <message>
        <source>Please write the goal in a few words, as the client puts it.</source>
        <translation>Veuillez écrire l’objectif en quelques mots, tel que le client le formule.</translation>
    </message>
    <message>
        <source>Say what was disclosed, in a few words.</source>
        <translation>Indiquez en quelques mots ce qui a été communiqué.</translation>
    </message>
    <message>
        <source>Some of the text has a broken character (half of an emoji or symbol), so it was not saved; please retype that part.</source>
        <translation>Le texte contient un caractère abîmé (la moitié d’un emoji ou d’un symbole) et n’a donc pas été enregistré&#x202f;; veuillez ressaisir le passage concerné.</translation>
    </message>
    <message>
        <source>That change conflicts with records already in the vault, so it was not saved.</source>
        <translation>Cette modification entre en conflit avec des éléments déjà présents dans le coffre, elle n’a donc pas été enregistrée.</translation>
    </message>
    <message>
        <source>That client is not in this vault.</source>
        <translation>Ce client ne figure pas dans ce coffre.</translation>
    </message>
    <message>
        <source>That is not an age public key; it starts with &quot;age1&quot; and is one word.</source>
        <translation>Ce n’est pas une clé publique age&#x202f;; une telle clé commence par «&#x202f;age1&#x202f;» et forme un seul mot.</translation>
    </message>
    <message>
        <source>That recipient is not an age public key (one starts with age1).</source>
        <translation>Ce destinataire n’est pas une clé publique age (une telle clé commence par age1).</translation>
    </message>
    <message>
        <source>That recovery key does not belong to this vault.</source>
        <translation>Cette clé de récupération n’appartient pas à ce coffre.</translation>
    </message>
    <message>
        <source>That session belongs to another client.</source>
        <translation>Cette séance appartient à un autre client.</translation>
    </message>
    <message>
        <source>That session is not in this vault.</source>
        <translation>Cette séance ne figure pas dans ce coffre.</translation>
    </message>
    <message>
        <source>That session is not one of this client&apos;s.</source>
        <translation>Cette séance ne fait pas partie de celles de ce client.</translation>
    </message>
    <message>
        <source>The built-in template cannot be deleted; you can reword it.</source>
        <translation>Le modèle intégré ne peut pas être supprimé&#x202f;; vous pouvez le reformuler.</translation>
    </message>
    <message>
        <source>The correlation between goals is from 0 up to (not including) 1.</source>
        <translation>La corrélation entre les objectifs est comprise entre 0 et 1 (1 exclu).</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved; free some space and try again.</source>
        <translation>Le disque est plein, rien n’a donc été enregistré&#x202f;; libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>The entry is empty, so there is nothing to save.</source>
        <translation>L’entrée est vide, il n’y a donc rien à enregistrer.</translation>
    </message>
    <message>
        <source>The language setting is a short code such as &quot;en&quot; or &quot;en-GB&quot;.</source>
        <translation>Le paramètre de langue est un code court, comme «&#x202f;en&#x202f;» ou «&#x202f;en-GB&#x202f;».</translation>
    </message>
    <message>
        <source>The logo is larger than 1 MB; choose a smaller picture.</source>
        <translation>Le logo dépasse 1&#x202f;Mo&#x202f;; choisissez une image plus petite.</translation>
    </message>
    <message>
        <source>The logo is more than 4000 pixels across; choose a smaller picture.</source>
        <translation>Le logo fait plus de 4&#x202f;000 pixels de large&#x202f;; choisissez une image plus petite.</translation>
    </message>
    <message>
        <source>The logo is not a picture Reciprocal can read; choose a PNG or JPEG file.</source>
        <translation>Le logo n’est pas une image que Reciprocal sait lire&#x202f;; choisissez un fichier PNG ou JPEG.</translation>
    </message>
    <message>
        <source>The new passphrase cannot be empty.</source>
        <translation>La nouvelle phrase secrète ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation>La phrase secrète ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The passphrase has a broken character; please type it again.</source>
        <translation>La phrase secrète contient un caractère abîmé&#x202f;; veuillez la saisir de nouveau.</translation>
    </message>
    <message>
        <source>The vault could not be read; restore it from a backup.</source>
        <translation>Le coffre n’a pas pu être lu&#x202f;; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault file cannot be opened.</source>
        <translation>Le fichier du coffre ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The vault file is damaged (truncated or corrupted); restore it from a backup.</source>
        <translation>Le fichier du coffre est endommagé (tronqué ou corrompu)&#x202f;; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault file is read-only, so nothing can be saved to it.</source>
        <translation>Le fichier du coffre est en lecture seule, rien ne peut donc y être enregistré.</translation>
    </message>
    <message>
        <source>The vault is busy in another program; close it there and try again.</source>
        <translation>Le coffre est occupé par un autre programme&#x202f;; fermez-le dans ce programme et réessayez.</translation>
    </message>
    <message>
        <source>The vault is closed.</source>
        <translation>Le coffre est fermé.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>The vault&apos;s backup key is missing; restore from a backup.</source>
        <translation>La clé de sauvegarde du coffre est introuvable&#x202f;; restaurez le coffre depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault&apos;s backup key record has been changed, so no backup was written; run a check and restore from a backup if needed.</source>
        <translation>L’élément qui contient la clé de sauvegarde du coffre a été modifié, aucune sauvegarde n’a donc été écrite&#x202f;; lancez une vérification et, si besoin, restaurez le coffre depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault&apos;s key record is damaged; restore it from a backup.</source>
        <translation>L’élément qui contient la clé du coffre est endommagé&#x202f;; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault&apos;s key record is missing or duplicated; restore it from a backup.</source>
        <translation>L’élément qui contient la clé du coffre est manquant ou en double&#x202f;; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>This agreement is signed, so it cannot be changed; revise it to make a new version.</source>
        <translation>Cet accord est signé, il ne peut donc pas être modifié&#x202f;; révisez-le pour en faire une nouvelle version.</translation>
    </message>
    <message>
        <source>This client already has a goal agreement; edit the draft or revise the agreed version.</source>
        <translation>Ce client a déjà un accord sur les objectifs&#x202f;; modifiez le brouillon ou révisez la version validée.</translation>
    </message>
    <message>
        <source>This client has no boundaries &amp; transparency list yet, so there is nothing to print.</source>
        <translation>Ce client n’a pas encore de liste Cadre et transparence, il n’y a donc rien à imprimer.</translation>
    </message>
    <message>
        <source>This client has no goal agreement yet, so there is nothing to print.</source>
        <translation>Ce client n’a pas encore d’accord sur les objectifs, il n’y a donc rien à imprimer.</translation>
    </message>
    <message>
        <source>This client has no sessions yet, so there is no summary to print.</source>
        <translation>Ce client n’a pas encore de séance, il n’y a donc aucun résumé à imprimer.</translation>
    </message>
    <message>
        <source>This client&apos;s details are damaged, so no handout was made; restore them from a backup.</source>
        <translation>Les informations de ce client sont endommagées, aucun document n’a donc été créé&#x202f;; restaurez-les depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>This file is not a Reciprocal vault.</source>
        <translation>Ce fichier n’est pas un coffre Reciprocal.</translation>
    </message>
    <message>
        <source>This goal agreement is damaged, so it cannot be printed; restore it from a backup.</source>
        <translation>Cet accord sur les objectifs est endommagé, il ne peut donc pas être imprimé&#x202f;; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>This identity file holds no age identity (AGE-SECRET-KEY-1…).</source>
        <translation>Ce fichier d’identité ne contient aucune identité age (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>This is not a valid backup key, so no recovery sheet was made.</source>
        <translation>Ce n’est pas une clé de sauvegarde valide, aucune fiche de récupération n’a donc été créée.</translation>
    </message>
    <message>
        <source>This is not a valid recovery key, so no recovery sheet was made.</source>
        <translation>Ce n’est pas une clé de récupération valide, aucune fiche de récupération n’a donc été créée.</translation>
    </message>
    <message>
        <source>This is not an age identity file (its keys start with AGE-SECRET-KEY-1).</source>
        <translation>Ce n’est pas un fichier d’identité age (ses clés commencent par AGE-SECRET-KEY-1).</translation>
    </message>
    <message>
        <source>This is not an age identity file.</source>
        <translation>Ce n’est pas un fichier d’identité age.</translation>
    </message>
    <message>
        <source>This note is already signed.</source>
        <translation>Cette note est déjà signée.</translation>
    </message>
    <message>
        <source>This note is signed and locked; add an amendment instead.</source>
        <translation>Cette note est signée et verrouillée&#x202f;; ajoutez plutôt un complément.</translation>
    </message>
    <message>
        <source>This questionnaire has no answer that needs a follow-up.</source>
        <translation>Ce questionnaire ne comporte aucune réponse qui nécessite un suivi.</translation>
    </message>
    <message>
        <source>This vault is already open in another Reciprocal window or program; close it there first.</source>
        <translation>Ce coffre est déjà ouvert dans une autre fenêtre de Reciprocal ou dans un autre programme&#x202f;; commencez par le fermer là-bas.</translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of Reciprocal; please update the app.</source>
        <translation>Ce coffre a été enregistré par une version plus récente de Reciprocal&#x202f;; veuillez mettre l’application à jour.</translation>
    </message>
    <message>
        <source>Type your name to sign the note.</source>
        <translation>Saisissez votre nom pour signer la note.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Private — never printed or shared</source>
        <translation>Privé — jamais imprimé ni partagé</translation>
    </message>
    <message>
        <source>Shared with the client — appears on handouts</source>
        <translation>Partagé avec le client — figure sur les documents remis</translation>
    </message>
    <message>
        <source>Session date and time</source>
        <translation>Date et heure de la séance</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Note template</source>
        <translation>Modèle de note</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>Shared summary</source>
        <translation>Résumé partagé</translation>
    </message>
    <message>
        <source>Written for the client, in words they will recognise.</source>
        <translation>Écrit pour le client, avec des mots qu’il reconnaîtra.</translation>
    </message>
    <message>
        <source>Private process note</source>
        <translation>Note de processus privée</translation>
    </message>
    <message>
        <source>Your own process notes: kept apart from the client&apos;s record and left out of every handout and export.</source>
        <translation>Vos propres notes de processus&#x202f;: conservées à part du dossier du client et exclues de tous les documents remis et de tous les exports.</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Note de séance</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Supprimer le brouillon…</translation>
    </message>
    <message>
        <source>&amp;Sign and lock…</source>
        <translation>&amp;Signer et verrouiller…</translation>
    </message>
    <message>
        <source>Sign the note with your name; after that only dated amendments can be added.</source>
        <translation>Signer la note de votre nom&#x202f;; ensuite, seuls des compléments datés pourront être ajoutés.</translation>
    </message>
    <message>
        <source>Signed note</source>
        <translation>Note signée</translation>
    </message>
    <message>
        <source>New amendment</source>
        <translation>Nouveau complément</translation>
    </message>
    <message>
        <source>Something to add or correct, dated today</source>
        <translation>Quelque chose à ajouter ou à corriger, daté d’aujourd’hui</translation>
    </message>
    <message>
        <source>A&amp;dd amendment</source>
        <translation>Ajouter le com&amp;plément</translation>
    </message>
    <message>
        <source>&amp;Add an amendment</source>
        <translation>&amp;Complément à ajouter</translation>
    </message>
    <message>
        <source>Signed by {name} on {when}. This note is locked; anything to add or correct goes below as a dated amendment.</source>
        <translation>Signée par {name} le {when}. Cette note est verrouillée&#x202f;; tout ajout ou correction se fait ci-dessous, sous forme de complément daté.</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>(nothing written)</source>
        <translation>(rien d’écrit)</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Compléments</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Signed and locked</source>
        <translation>Signée et verrouillée</translation>
    </message>
    <message>
        <source>Amendment added {time}</source>
        <translation>Complément ajouté à {time}</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Delete this draft note? This cannot be undone.</source>
        <translation>Supprimer ce brouillon de note&#x202f;? C’est irréversible.</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>endommagée</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>New &amp;session</source>
        <translation>Nouvelle &amp;séance</translation>
    </message>
    <message>
        <source>Start a note for a new session</source>
        <translation>Commencer la note d’une nouvelle séance</translation>
    </message>
    <message>
        <source>No sessions yet. Press New session to start the first note.</source>
        <translation>Pas encore de séance. Cliquez sur Nouvelle séance pour commencer la première note.</translation>
    </message>
    <message>
        <source>Choose a session on the left to read or write its note, or press New session.</source>
        <translation>Choisissez une séance à gauche pour lire ou écrire sa note, ou cliquez sur Nouvelle séance.</translation>
    </message>
    <message>
        <source>This note is damaged and cannot be shown; the rest of the record is fine. Restore it from a backup.</source>
        <translation>Cette note est endommagée et ne peut pas être affichée&#x202f;; le reste du dossier est intact. Restaurez-la depuis une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Verrouiller après ce nombre de minutes d’inactivité</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Sauvegardes à conserver</translation>
    </message>
    <message>
        <source>Back up when I quit</source>
        <translation>Sauvegarder quand je quitte</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Langue de l’application</translation>
    </message>
    <message>
        <source>Last vault opened</source>
        <translation>Dernier coffre ouvert</translation>
    </message>
    <message>
        <source>Template for new session notes</source>
        <translation>Modèle des nouvelles notes de séance</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Practice logo</source>
        <translation>Logo du cabinet</translation>
    </message>
    <message>
        <source>Choo&amp;se logo…</source>
        <translation>Choisir le &amp;logo…</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation>&amp;Retirer le logo</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Save state of the practice details</source>
        <translation>État de l’enregistrement des informations du cabinet</translation>
    </message>
    <message>
        <source>Your practice, as printed on handouts</source>
        <translation>Votre cabinet, tel qu’il apparaît sur les documents remis</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>C&amp;redentials</source>
        <translation>&amp;Titres professionnels</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Titres professionnels</translation>
    </message>
    <message>
        <source>&amp;Practice name</source>
        <translation>Nom du &amp;cabinet</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>C&amp;oordonnées</translation>
    </message>
    <message>
        <source>Practice contact</source>
        <translation>Coordonnées du cabinet</translation>
    </message>
    <message>
        <source>Handout &amp;footer</source>
        <translation>&amp;Bas de page des documents</translation>
    </message>
    <message>
        <source>Handout footer</source>
        <translation>Bas de page des documents</translation>
    </message>
    <message>
        <source>Crisis and &amp;emergency resources</source>
        <translation>Ressources de crise et d’&amp;urgence</translation>
    </message>
    <message>
        <source>Crisis and emergency resources</source>
        <translation>Ressources de crise et d’urgence</translation>
    </message>
    <message>
        <source>Pa&amp;per size</source>
        <translation>&amp;Format du papier</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Handouts &amp;in</source>
        <translation>Langue des &amp;documents</translation>
    </message>
    <message>
        <source>Language of handouts, unless a client has their own</source>
        <translation>Langue des documents remis, sauf si un client a la sienne</translation>
    </message>
    <message>
        <source>Keep records for</source>
        <translation>Conserver les dossiers pendant</translation>
    </message>
    <message>
        <source>Years records are kept after the last session</source>
        <translation>Nombre d’années de conservation des dossiers après la dernière séance</translation>
    </message>
    <message>
        <source>Records are kept this many years after the last session; Reciprocal warns before erasing a client sooner.</source>
        <translation>Les dossiers sont conservés ce nombre d’années après la dernière séance&#x202f;; Reciprocal vous avertit avant d’effacer un client plus tôt.</translation>
    </message>
    <message>
        <source>These details save themselves as you type.</source>
        <translation>Ces informations s’enregistrent d’elles-mêmes pendant que vous tapez.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for</source>
        <translation>&amp;Verrouiller après une inactivité de</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Langue de l’application</translation>
    </message>
    <message>
        <source>The system&apos;s language ({name})</source>
        <translation>La langue du système ({name})</translation>
    </message>
    <message>
        <source>L&amp;anguage of the app</source>
        <translation>L&amp;angue de l’application</translation>
    </message>
    <message>
        <source>Reciprocal speaks the language you choose from the next time it opens.</source>
        <translation>Reciprocal parlera la langue choisie à partir de sa prochaine ouverture.</translation>
    </message>
    <message>
        <source>The app locks itself after this much time without a key press or mouse movement. Ctrl+L locks at once.</source>
        <translation>L’application se verrouille d’elle-même après ce délai sans frappe au clavier ni mouvement de souris. Ctrl+L verrouille immédiatement.</translation>
    </message>
    <message>
        <source>Boundaries &amp; transparency checklists</source>
        <translation>Listes Cadre et transparence</translation>
    </message>
    <message>
        <source>Edit checklist &amp;templates…</source>
        <translation>Modifier les &amp;modèles de liste…</translation>
    </message>
    <message>
        <source>The topics a new client&apos;s checklist starts with: the built-in one, reworded if you like, and your own.</source>
        <translation>Les sujets par lesquels commence la liste d’un nouveau client&#x202f;: ceux de la liste intégrée, reformulés si vous le souhaitez, et les vôtres.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Votre phrase secrète</translation>
    </message>
    <message>
        <source>Chan&amp;ge passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>Changing it takes a few seconds; your records stay as they are, your recovery sheet stays valid, and the backup key file beside your backups follows.</source>
        <translation>Le changement prend quelques secondes&#x202f;; vos dossiers restent tels quels, votre fiche de récupération reste valable, et le fichier de clé de sauvegarde placé à côté de vos sauvegardes suit.</translation>
    </message>
    <message>
        <source>Not in the demo practice.</source>
        <translation>Pas dans le cabinet de démonstration.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture of up to 1 MB, printed at the top of every handout. It is kept encrypted in the vault with the rest of these details.</source>
        <translation>Une image PNG ou JPEG de 1 Mo au plus, imprimée en haut de chaque document remis. Elle est conservée chiffrée dans le coffre avec le reste de ces informations.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Pas encore choisi</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier de sauvegarde</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> sauvegardes</translation>
    </message>
    <message>
        <source>Back up when I &amp;quit</source>
        <translation>Sauvegarder quand je &amp;quitte</translation>
    </message>
    <message>
        <source>Extra recipients of backups</source>
        <translation>Destinataires supplémentaires des sauvegardes</translation>
    </message>
    <message>
        <source>Save recip&amp;ients</source>
        <translation>Enregistrer les destinata&amp;ires</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>A backup is one encrypted file holding your whole practice. Keep them off this computer: a USB stick or an external drive. Beside them, this practice&apos;s backup key file lets your passphrase alone open them.</source>
        <translation>Une sauvegarde est un fichier chiffré qui contient tout votre cabinet. Conservez-les ailleurs que sur cet ordinateur&#x202f;: une clé USB ou un disque externe. À côté d’elles, le fichier de clé de sauvegarde de ce cabinet permet à votre seule phrase secrète de les ouvrir.</translation>
    </message>
    <message>
        <source>Backup fol&amp;der</source>
        <translation>Dossier de sauv&amp;egarde</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>&amp;Garder les plus récentes</translation>
    </message>
    <message>
        <source>Extra recipien&amp;ts</source>
        <translation>Destinataires suppl&amp;émentaires</translation>
    </message>
    <message>
        <source>Age public keys (they start with age1), one per line: for example the colleague named in your professional will as records custodian. Each can open every new backup with their own key.</source>
        <translation>Clés publiques age (elles commencent par age1), une par ligne&#x202f;: par exemple celle du ou de la collègue désigné(e) comme dépositaire des dossiers dans vos dispositions professionnelles. Chacune peut ouvrir toute nouvelle sauvegarde avec sa propre clé.</translation>
    </message>
    <message>
        <source>Choose the practice&apos;s logo</source>
        <translation>Choisir le logo du cabinet</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>That file could not be read; choose another PNG or JPEG file.</source>
        <translation>Ce fichier n’a pas pu être lu&#x202f;; choisissez un autre fichier PNG ou JPEG.</translation>
    </message>
    <message>
        <source>Printed on every handout</source>
        <translation>Imprimé sur chaque document remis</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>A logo this computer cannot show</source>
        <translation>Un logo que cet ordinateur ne peut pas afficher</translation>
    </message>
    <message>
        <source>New backups are also encrypted to other keys (keys: {count}).</source>
        <translation>Les nouvelles sauvegardes sont aussi chiffrées pour d’autres clés (clés&#x202f;: {count}).</translation>
    </message>
    <message>
        <source>New backups open only with your own backup key.</source>
        <translation>Les nouvelles sauvegardes ne s’ouvrent qu’avec votre propre clé de sauvegarde.</translation>
    </message>
    <message>
        <source>Last backup: {when}.</source>
        <translation>Dernière sauvegarde&#x202f;: {when}.</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Pas encore de sauvegarde.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>Passer d’un champ à l’autre</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Move through a list or search results</source>
        <translation>Se déplacer dans une liste ou dans les résultats de recherche</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Haut, Bas</translation>
    </message>
    <message>
        <source>Open the chosen search result</source>
        <translation>Ouvrir le résultat de recherche choisi</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Next or previous tab of a client</source>
        <translation>Onglet suivant ou précédent d’un client</translation>
    </message>
    <message>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab, Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <source>Go to a labelled field or button</source>
        <translation>Aller à un champ ou à un bouton étiqueté</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + lettre soulignée</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Fermer une boîte de dialogue sans enregistrer</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Agree version {n}</source>
        <translation>Valider la version {n}</translation>
    </message>
    <message>
        <source>The client&apos;s name, typed by the client</source>
        <translation>Le nom du client, saisi par le client</translation>
    </message>
    <message>
        <source>The client&apos;s date</source>
        <translation>La date du client</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your date</source>
        <translation>Votre date</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>The &amp;client types their name</source>
        <translation>Le &amp;client saisit son nom</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>&amp;You type yours</source>
        <translation>&amp;Vous saisissez le vôtre</translation>
    </message>
    <message>
        <source>On </source>
        <translation>Le </translation>
    </message>
    <message>
        <source>Agreeing keeps this version exactly as it is now: its {count} goals and both commitments. To change anything later, revise it into a new version.</source>
        <translation>Valider fige cette version exactement telle qu’elle est maintenant&#x202f;: ses {count} objectifs et les deux engagements. Pour modifier quoi que ce soit plus tard, révisez-la en une nouvelle version.</translation>
    </message>
    <message>
        <source>Typed names stand for signatures; a printed agreement has room to sign by hand.</source>
        <translation>Les noms saisis tiennent lieu de signatures&#x202f;; un accord imprimé laisse la place pour signer à la main.</translation>
    </message>
    <message>
        <source>Sign and lock</source>
        <translation>Signer et verrouiller</translation>
    </message>
    <message>
        <source>Your name, as signature</source>
        <translation>Votre nom, en guise de signature</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <source>Signing locks this note as it is now. After that it cannot be changed; anything to add or correct is kept as a dated amendment beside it.</source>
        <translation>Signer verrouille cette note telle qu’elle est maintenant. Ensuite, elle ne peut plus être modifiée&#x202f;; tout ajout ou correction est conservé à côté, sous forme de complément daté.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Force de la phrase secrète</translation>
    </message>
    <message>
        <source>A few unusual words strung together make a passphrase that is strong and easy to remember.</source>
        <translation>Quelques mots inhabituels mis bout à bout font une phrase secrète solide et facile à retenir.</translation>
    </message>
    <message>
        <source>Strong. Guessing it would take {time} even for someone holding a copy of your vault file.</source>
        <translation>Solide. La deviner prendrait {time}, même pour quelqu’un qui détient une copie de votre fichier de coffre.</translation>
    </message>
    <message>
        <source>Good. Guessing it would take {time}; one more word would make it stronger still.</source>
        <translation>Correcte. La deviner prendrait {time}&#x202f;; un mot de plus la rendrait encore plus solide.</translation>
    </message>
    <message>
        <source>Too easy to guess: someone with a copy of your vault file could find it in {time}.</source>
        <translation>Trop facile à deviner&#x202f;: quelqu’un qui a une copie de votre fichier de coffre pourrait la trouver en {time}.</translation>
    </message>
    <message>
        <source>Add another word or two.</source>
        <translation>Ajoutez encore un ou deux mots.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Checklist templates</source>
        <translation>Modèles de liste</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Nouveau modèle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>Ce qu’il recouvre</translation>
    </message>
    <message>
        <source>Add a &amp;topic</source>
        <translation>Ajouter un &amp;sujet</translation>
    </message>
    <message>
        <source>&amp;Remove the topic</source>
        <translation>&amp;Retirer le sujet</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Put the &amp;original wording back</source>
        <translation>Rétablir la formulation d’&amp;origine</translation>
    </message>
    <message>
        <source>&amp;Delete template…</source>
        <translation>Su&amp;pprimer le modèle…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>A client&apos;s checklist is their own copy, made when it is started: changing a template here never changes a checklist a client already has.</source>
        <translation>La liste d’un client est sa propre copie, faite au moment où elle est commencée&#x202f;: modifier un modèle ici ne change jamais une liste qu’un client a déjà.</translation>
    </message>
    <message>
        <source> (built in)</source>
        <translation> (intégré)</translation>
    </message>
    <message>
        <source>My checklist</source>
        <translation>Ma liste</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the template “{name}”? Clients&apos; checklists made from it stay as they are.</source>
        <translation>Supprimer le modèle «&#x202f;{name}&#x202f;»&#x202f;? Les listes des clients créées à partir de lui restent telles quelles.</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Welcome back</source>
        <translation>Bon retour</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Votre phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Message de déverrouillage</translation>
    </message>
    <message>
        <source>&amp;Forgot it? Use the recovery key</source>
        <translation>&amp;Oubliée&#x202f;? Utiliser la clé de récupération</translation>
    </message>
    <message>
        <source>Your records are locked. Type your passphrase to open them.</source>
        <translation>Vos dossiers sont verrouillés. Saisissez votre phrase secrète pour les ouvrir.</translation>
    </message>
    <message>
        <source>The key from your recovery sheet</source>
        <translation>La clé de votre fiche de récupération</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Set passphrase and &amp;unlock</source>
        <translation>Définir la phrase secrète et &amp;déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Use your recovery key</source>
        <translation>Utiliser votre clé de récupération</translation>
    </message>
    <message>
        <source>Type the recovery key from the sheet you stored when you made the vault (dashes and spaces don&apos;t matter), then choose a new passphrase. Your old passphrase will stop working.</source>
        <translation>Saisissez la clé de récupération figurant sur la fiche que vous avez rangée lors de la création du coffre (les tirets et les espaces n’ont pas d’importance), puis choisissez une nouvelle phrase secrète. Votre ancienne phrase secrète cessera de fonctionner.</translation>
    </message>
    <message>
        <source>The demo practice</source>
        <translation>Le cabinet de démonstration</translation>
    </message>
    <message>
        <source>Everyone in this practice is invented. Its passphrase is: {passphrase}</source>
        <translation>Toutes les personnes de ce cabinet sont inventées. Sa phrase secrète est&#x202f;: {passphrase}</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation>Cette phrase secrète n’ouvre pas ce coffre. Vérifiez la touche Verr. Maj et réessayez.</translation>
    </message>
    <message>
        <source>Checking the key and setting your new passphrase…</source>
        <translation>Vérification de la clé et définition de votre nouvelle phrase secrète…</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#x202f;:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a backup</source>
        <translation>Vérifier une sauvegarde</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check that a backup is whole and that its key opens it: every record is read and every checksum compared. Your vault is not touched.</source>
        <translation>Vérifier qu’une sauvegarde est complète et que sa clé l’ouvre&#x202f;: chaque élément est lu et chaque somme de contrôle comparée. Votre coffre n’est pas touché.</translation>
    </message>
    <message>
        <source>Checking every record of the backup…</source>
        <translation>Vérification de chaque élément de la sauvegarde…</translation>
    </message>
    <message numerus="yes">
        <source>This backup is whole: %n record(s), made on {made} by Reciprocal {version}.</source>
        <translation>
            <numerusform>Cette sauvegarde est complète&#x202f;: %n élément, faite le {made} par Reciprocal {version}.</numerusform>
            <numerusform>Cette sauvegarde est complète&#x202f;: %n éléments, faite le {made} par Reciprocal {version}.</numerusform>
        </translation>
    </message>
    <message>
        <source>When it was made, some records were already damaged in the vault (damaged records: {count}); their unreadable parts are empty in it.</source>
        <translation>Au moment où elle a été faite, certains éléments étaient déjà endommagés dans le coffre (éléments endommagés&#x202f;: {count})&#x202f;; leurs parties illisibles y sont vides.</translation>
    </message>
    <message>
        <source>Who made this backup cannot be confirmed with this key; only the practice&apos;s own backup key can confirm it.</source>
        <translation>L’auteur de cette sauvegarde ne peut pas être confirmé avec cette clé&#x202f;; seule la clé de sauvegarde propre au cabinet permet de le confirmer.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>&amp;Create my vault</source>
        <translation>&amp;Créer mon coffre</translation>
    </message>
    <message>
        <source>Start your own practice records, protected by a passphrase.</source>
        <translation>Commencer vos propres dossiers de cabinet, protégés par une phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;Explore a demo practice</source>
        <translation>&amp;Explorer un cabinet de démonstration</translation>
    </message>
    <message>
        <source>Open a practice of invented clients to try the app.</source>
        <translation>Ouvrir un cabinet aux clients inventés pour essayer l’application.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup</source>
        <translation>&amp;Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Bring back your records from a backup file, for example on a new computer.</source>
        <translation>Récupérer vos dossiers depuis un fichier de sauvegarde, par exemple sur un nouvel ordinateur.</translation>
    </message>
    <message>
        <source>Welcome to Reciprocal</source>
        <translation>Bienvenue dans Reciprocal</translation>
    </message>
    <message>
        <source>Your practice records stay on this computer, encrypted with a passphrase only you know. Nothing is ever sent anywhere.</source>
        <translation>Les dossiers de votre cabinet restent sur cet ordinateur, chiffrés avec une phrase secrète que personne d’autre que vous ne connaît. Rien n’est jamais envoyé nulle part.</translation>
    </message>
    <message>
        <source>Set a passphrase and start with an empty practice.</source>
        <translation>Choisissez une phrase secrète et commencez avec un cabinet vide.</translation>
    </message>
    <message>
        <source>Look around a practice of invented clients first; your own vault can come later.</source>
        <translation>Découvrez d’abord un cabinet aux clients inventés&#x202f;; votre propre coffre peut attendre.</translation>
    </message>
    <message>
        <source>On a new computer: bring back your practice from a backup file.</source>
        <translation>Sur un nouvel ordinateur&#x202f;: récupérez votre cabinet depuis un fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>Create my &amp;vault</source>
        <translation>Créer mon &amp;coffre</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisir une phrase secrète</translation>
    </message>
    <message>
        <source>Your passphrase unlocks the vault each day. Choose one you can remember without writing it down: four or five unusual words in a row work well.</source>
        <translation>Votre phrase secrète déverrouille le coffre chaque jour. Choisissez-en une que vous pouvez retenir sans la noter&#x202f;: quatre ou cinq mots inhabituels à la suite, cela fonctionne bien.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your records. It is shown only this once. Print it or write it down, and keep it somewhere safe away from this computer.</source>
        <translation>Si vous oubliez un jour votre phrase secrète, cette clé est le seul moyen de retrouver l’accès à vos dossiers. Elle ne s’affiche qu’une seule fois. Imprimez-la ou recopiez-la, et rangez-la en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>A demo practice</source>
        <translation>Un cabinet de démonstration</translation>
    </message>
    <message>
        <source>Making a practice of {clients} invented clients with a few months of sessions each. Everything in it is made up, so explore freely.</source>
        <translation>Création d’un cabinet de {clients} clients inventés, avec quelques mois de séances chacun. Tout y est fictif&#x202f;: explorez librement.</translation>
    </message>
    <message>
        <source>Setting up your vault. Making the key takes a few seconds on purpose: it is what makes guessing your passphrase slow.</source>
        <translation>Création de votre coffre. La création de la clé prend volontairement quelques secondes&#x202f;: c’est ce qui rend lente toute tentative de deviner votre phrase secrète.</translation>
    </message>
    <message>
        <source>Inventing clients and their sessions…</source>
        <translation>Invention des clients et de leurs séances…</translation>
    </message>
</context>
<context>
    <name>_Scale</name>
    <message>
        <source>not at all</source>
        <translation>pas du tout</translation>
    </message>
    <message>
        <source>{value} of 10</source>
        <translation>{value} sur 10</translation>
    </message>
    <message>
        <source>completely</source>
        <translation>complètement</translation>
    </message>
</context>
<context>
    <name>_Tables</name>
    <message>
        <source>Session feedback (0–10)</source>
        <translation>Retours sur les séances (0–10)</translation>
    </message>
    <message>
        <source>No feedback recorded yet.</source>
        <translation>Aucun retour noté pour l’instant.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What could be different</source>
        <translation>Ce qui pourrait être différent</translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation>Votre réflexion</translation>
    </message>
    <message>
        <source>(damaged record)</source>
        <translation>(élément endommagé)</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>No PHQ-9 or GAD-7 recorded yet.</source>
        <translation>Aucun PHQ-9 ni GAD-7 noté pour l’instant.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Sévérité</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Passation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>{day} (by the client)</source>
        <translation>{day} (par le client)</translation>
    </message>
    <message>
        <source>Item 9 needs a follow-up</source>
        <translation>L’item 9 demande un suivi</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Suivi fait</translation>
    </message>
</context>
</TS>
