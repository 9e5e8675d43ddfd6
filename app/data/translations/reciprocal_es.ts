<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt for Python: the windows</source>
        <translation>Qt para Python: las ventanas</translation>
    </message>
    <message>
        <source>Qt for Python&apos;s bindings</source>
        <translation>los enlaces de Qt para Python</translation>
    </message>
    <message>
        <source>the database layer</source>
        <translation>la capa de base de datos</translation>
    </message>
    <message>
        <source>schema migrations</source>
        <translation>migraciones del esquema</translation>
    </message>
    <message>
        <source>AES-GCM, key wrapping</source>
        <translation>AES-GCM, envoltura de claves</translation>
    </message>
    <message>
        <source>age encryption of backups (rage)</source>
        <translation>cifrado age de las copias de seguridad (rage)</translation>
    </message>
    <message>
        <source>PDF handouts</source>
        <translation>documentos en PDF</translation>
    </message>
    <message>
        <source>reportlab&apos;s speed-ups</source>
        <translation>aceleraciones de reportlab</translation>
    </message>
    <message>
        <source>text shaping in handouts</source>
        <translation>composición del texto en los documentos</translation>
    </message>
    <message>
        <source>right-to-left text in handouts</source>
        <translation>texto de derecha a izquierda en los documentos</translation>
    </message>
    <message>
        <source>images in handouts</source>
        <translation>imágenes en los documentos</translation>
    </message>
    <message>
        <source>passphrase strength</source>
        <translation>robustez de la frase de contraseña</translation>
    </message>
    <message>
        <source>where files live</source>
        <translation>dónde se guardan los archivos</translation>
    </message>
    <message>
        <source>MIT (the pyrage project&apos;s LICENSE)</source>
        <translation>MIT (el LICENSE del proyecto pyrage)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicada</translation>
    </message>
    <message>
        <source>Bitstream Vera / DejaVu licence (free)</source>
        <translation>Licencia Bitstream Vera / DejaVu (libre)</translation>
    </message>
    <message>
        <source>Noto Sans Arabic, Hebrew, SC, KR (a Hangul subset), Noto Emoji</source>
        <translation>Noto Sans Arabic, Hebrew, SC, KR (un subconjunto de hangul), Noto Emoji</translation>
    </message>
    <message>
        <source>About Reciprocal</source>
        <translation>Acerca de Reciprocal</translation>
    </message>
    <message>
        <source>not chosen yet (Settings, or the first Back up now, asks for a folder)</source>
        <translation>aún sin elegir (se elige en Ajustes, o se pide la primera vez que usas «Hacer copia ahora»)</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Esta caja fuerte</translation>
    </message>
    <message>
        <source>New vaults and the demo</source>
        <translation>Cajas fuertes nuevas y la demostración</translation>
    </message>
    <message>
        <source>Settings of this computer</source>
        <translation>Ajustes de este ordenador</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>{licence} (through PySide6 {version})</source>
        <translation>{licence} (a través de PySide6 {version})</translation>
    </message>
    <message>
        <source>the toolkit</source>
        <translation>la biblioteca de la interfaz</translation>
    </message>
    <message>
        <source>An offline, encrypted practice companion for therapists. Your records stay on this computer; nothing is ever sent anywhere.</source>
        <translation>Un compañero de consulta cifrado y sin conexión para terapeutas. Tus registros se quedan en este ordenador; nunca se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>Backups are files in the age format (age-encryption.org/v1); the age tool opens them without this app.</source>
        <translation>Las copias de seguridad son archivos en formato age (age-encryption.org/v1); la herramienta age las abre sin esta aplicación.</translation>
    </message>
    <message>
        <source>Where things are</source>
        <translation>Dónde está cada cosa</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Tipos de letra</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Not saved yet — your text is still here</source>
        <translation>Aún sin guardar — tu texto sigue aquí</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Guardado a las {time}</translation>
    </message>
</context>
<context>
    <name>BackupKeyDialog</name>
    <message>
        <source>Your backup key</source>
        <translation>Tu clave de copia de seguridad</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Write the backup key</source>
        <translation>&amp;Guardar la clave</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>Tu &amp;frase de contraseña</translation>
    </message>
    <message>
        <source>Your backup is written. Beside it, Reciprocal keeps your backup key in a file of this practice&apos;s own (its name starts with backup-key-), locked with your passphrase, so that your passphrase alone opens these backups on a new computer. Type your passphrase once to write it there.</source>
        <translation>Tu copia de seguridad está hecha. A su lado, Reciprocal guarda tu clave de copia de seguridad en un archivo propio de esta consulta (su nombre empieza por backup-key-), bloqueado con tu frase de contraseña, para que tu frase de contraseña baste para abrir estas copias en un ordenador nuevo. Escribe tu frase de contraseña una vez para guardarla allí.</translation>
    </message>
    <message>
        <source>Locking the backup key with your passphrase…</source>
        <translation>Bloqueando la clave de copia de seguridad con tu frase de contraseña…</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation>Esa frase de contraseña no abre esta caja fuerte. Comprueba Bloq Mayús y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>BackupKeyPicker</name>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Elegir el archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>With the &amp;backup key file and my passphrase</source>
        <translation>Con el archivo de &amp;clave y mi frase de contraseña</translation>
    </message>
    <message>
        <source>Backup key file</source>
        <translation>Archivo de clave de copia de seguridad</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <source>Choose the backup key file</source>
        <translation>Elegir el archivo de clave de copia de seguridad</translation>
    </message>
    <message>
        <source>Passphrase for the backup key file</source>
        <translation>Frase de contraseña del archivo de clave</translation>
    </message>
    <message>
        <source>With the backup key from my &amp;recovery sheet</source>
        <translation>Con la clave de copia de seguridad de mi &amp;hoja de recuperación</translation>
    </message>
    <message>
        <source>Backup key from the recovery sheet</source>
        <translation>Clave de copia de seguridad de la hoja de recuperación</translation>
    </message>
    <message>
        <source>With an age &amp;identity file (for example your records custodian&apos;s)</source>
        <translation>Con un archivo de &amp;identidad de age (por ejemplo, el de tu custodio de los registros)</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Archivo de identidad</translation>
    </message>
    <message>
        <source>Choos&amp;e…</source>
        <translation>Elegi&amp;r…</translation>
    </message>
    <message>
        <source>Choose the identity file</source>
        <translation>Elegir el archivo de identidad</translation>
    </message>
    <message>
        <source>Key &amp;file</source>
        <translation>Archivo de c&amp;lave</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>Backup &amp;key</source>
        <translation>Cla&amp;ve de copia</translation>
    </message>
    <message>
        <source>I&amp;dentity file</source>
        <translation>Archivo de i&amp;dentidad</translation>
    </message>
    <message>
        <source>Back&amp;up file</source>
        <translation>Archivo de c&amp;opia</translation>
    </message>
    <message>
        <source>Open it with:</source>
        <translation>Abrirla con:</translation>
    </message>
    <message>
        <source>Backup keys (backup-key*.age);;All files (*)</source>
        <translation>Claves de copia de seguridad (backup-key*.age);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose an age identity file</source>
        <translation>Elegir un archivo de identidad de age</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the backup to open</source>
        <translation>Elegir la copia de seguridad que quieres abrir</translation>
    </message>
    <message>
        <source>Reciprocal backups (*.age);;All files (*)</source>
        <translation>Copias de seguridad de Reciprocal (*.age);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Found {name} beside the backup: type the passphrase that protects it.</source>
        <translation>Se ha encontrado {name} junto a la copia de seguridad: escribe la frase de contraseña que lo protege.</translation>
    </message>
    <message>
        <source>Found {count} backup key files beside the backup, one for each practice backed up there: type your passphrase and Reciprocal tries each of them.</source>
        <translation>Se han encontrado {count} archivos de clave junto a la copia de seguridad, uno por cada consulta que guarda allí sus copias: escribe tu frase de contraseña y Reciprocal probará con cada uno.</translation>
    </message>
    <message>
        <source>There is no backup key file beside this backup. Choose it, or use the backup key on your recovery sheet.</source>
        <translation>No hay ningún archivo de clave junto a esta copia de seguridad. Elígelo o usa la clave de copia de seguridad de tu hoja de recuperación.</translation>
    </message>
    <message>
        <source>{name} is protected by a passphrase: choose it under &quot;With the backup key file and my passphrase&quot; and type the passphrase there.</source>
        <translation>{name} está protegido con una frase de contraseña: elígelo en «Con el archivo de clave y mi frase de contraseña» y escribe allí la frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>Backed up {time} — {size} to {folder}</source>
        <translation>Copia hecha a las {time} — {size} en {folder}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in {path}</source>
        <translation>
            <numerusform>%n registro en {path}</numerusform>
            <numerusform>%n registros en {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup is written, but some records were already damaged in the vault and are incomplete in it (damaged records: {count}).</source>
        <translation>La copia de seguridad está hecha, pero algunos registros ya estaban dañados en la caja fuerte y quedan incompletos en ella (registros dañados: {count}).</translation>
    </message>
    <message>
        <source>No backup folder is chosen yet; choose one in Settings under Backups.</source>
        <translation>Todavía no has elegido una carpeta para las copias de seguridad; elígela en Ajustes, en «Copias de seguridad».</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} a las {time}</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Estado de las copias de seguridad</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Haciendo copia de seguridad</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Write a backup of your whole practice into your backup folder.</source>
        <translation>Guardar una copia de seguridad de toda tu consulta en tu carpeta de copias.</translation>
    </message>
    <message>
        <source>You haven&apos;t made a backup yet.</source>
        <translation>Todavía no has hecho ninguna copia de seguridad.</translation>
    </message>
    <message numerus="yes">
        <source>Your last backup was %n day(s) ago.</source>
        <translation>
            <numerusform>Tu última copia de seguridad fue hace %n día.</numerusform>
            <numerusform>Tu última copia de seguridad fue hace %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Choose the folder for your backups</source>
        <translation>Elegir la carpeta para tus copias de seguridad</translation>
    </message>
</context>
<context>
    <name>BoundariesTab</name>
    <message>
        <source>Boundaries and transparency</source>
        <translation>Límites y transparencia</translation>
    </message>
    <message>
        <source>&amp;Start a checklist</source>
        <translation>&amp;Empezar una lista</translation>
    </message>
    <message>
        <source>A new checklist for this client, from the practice&apos;s template</source>
        <translation>Una lista nueva para este cliente, a partir de la plantilla de la consulta</translation>
    </message>
    <message>
        <source>Choose a topic to note where it stands. The practice&apos;s templates are edited in Settings.</source>
        <translation>Elige un tema para anotar en qué punto está. Las plantillas de la consulta se editan en Ajustes.</translation>
    </message>
    <message>
        <source>No checklist started for this client yet. Start one to walk through what they have a right to know, over the first sessions.</source>
        <translation>Todavía no hay ninguna lista para este cliente. Empieza una para repasar, durante las primeras sesiones, lo que tiene derecho a saber.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>En qué punto está</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Planteado por</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>(damaged record)</source>
        <translation>(registro dañado)</translation>
    </message>
    <message>
        <source>Add a topic of our own…</source>
        <translation>Añadir un tema propio…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation>Cambiar tu frase de contraseña</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Tu nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Every record is now locked with new keys, so your old recovery key no longer opens this vault. This new one is shown only this once: print a new recovery sheet and keep it somewhere safe, away from this computer. Keep your old sheet too: it still opens the backups made before today.</source>
        <translation>Ahora cada registro está bloqueado con claves nuevas, así que tu antigua clave de recuperación ya no abre esta caja fuerte. Esta nueva solo se muestra esta vez: imprime una hoja de recuperación nueva y guárdala en un lugar seguro, lejos de este ordenador. Conserva también la hoja antigua: sigue abriendo las copias de seguridad hechas antes de hoy.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>Also &amp;renew every key</source>
        <translation>&amp;Renovar también todas las claves</translation>
    </message>
    <message>
        <source>Do this if a copy of your vault or backup key may have been taken.</source>
        <translation>Hazlo si alguien puede haberse llevado una copia de tu caja fuerte o de tu clave de copia de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Your c&amp;urrent passphrase:</source>
        <translation>Tu frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>Your &amp;new passphrase, twice:</source>
        <translation>Tu &amp;nueva frase de contraseña, dos veces:</translation>
    </message>
    <message>
        <source>Do this if a copy of your vault or backup key may have been taken. Every record is locked again with new keys, and you get a new recovery key to store. Backups made before stay readable with the old backup key and recovery sheet.</source>
        <translation>Hazlo si alguien puede haberse llevado una copia de tu caja fuerte o de tu clave de copia de seguridad. Cada registro se vuelve a bloquear con claves nuevas y recibes una clave de recuperación nueva que tendrás que guardar. Las copias de seguridad anteriores se siguen pudiendo leer con la clave de copia de seguridad y la hoja de recuperación antiguas.</translation>
    </message>
    <message>
        <source>Your records stay as they are, locked again with new keys. You will get a new recovery key to store.</source>
        <translation>Tus registros se quedan como están, bloqueados de nuevo con claves nuevas. Recibirás una clave de recuperación nueva que tendrás que guardar.</translation>
    </message>
    <message>
        <source>&amp;Change and renew keys</source>
        <translation>&amp;Cambiar y renovar las claves</translation>
    </message>
    <message>
        <source>Your records stay as they are; only the lock on them changes. Your recovery sheet stays valid.</source>
        <translation>Tus registros se quedan como están; solo cambia el cierre que los protege. Tu hoja de recuperación sigue siendo válida.</translation>
    </message>
    <message>
        <source>Locking every record with new keys…</source>
        <translation>Bloqueando cada registro con claves nuevas…</translation>
    </message>
    <message>
        <source>Changing your passphrase…</source>
        <translation>Cambiando tu frase de contraseña…</translation>
    </message>
    <message>
        <source>Your passphrase is changed. The backup key beside your backups could not be renewed: {problem}</source>
        <translation>Tu frase de contraseña ha cambiado. No se ha podido renovar la clave de copia de seguridad que está junto a tus copias: {problem}</translation>
    </message>
    <message>
        <source>Your passphrase is changed. The backup key beside your backups will be renewed the next time you unlock with the backup folder available.</source>
        <translation>Tu frase de contraseña ha cambiado. La clave de copia de seguridad que está junto a tus copias se renovará la próxima vez que desbloquees con la carpeta de copias disponible.</translation>
    </message>
    <message>
        <source>Your passphrase is changed, and the backup key beside your backups now opens with it.</source>
        <translation>Tu frase de contraseña ha cambiado, y la clave de copia de seguridad que está junto a tus copias ya se abre con ella.</translation>
    </message>
    <message>
        <source>Your passphrase is changed.</source>
        <translation>Tu frase de contraseña ha cambiado.</translation>
    </message>
    <message>
        <source>Every key is renewed.</source>
        <translation>Todas las claves están renovadas.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>{name} over time</source>
        <translation>Evolución de {name}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No {name} recorded yet.</source>
        <translation>Todavía no hay ningún {name} registrado.</translation>
    </message>
    <message>
        <source>{count} recorded; the latest total is {total} of {most} ({band}), on {day}.</source>
        <translation>{count} registrados; el total más reciente es {total} de {most} ({band}), del {day}.</translation>
    </message>
    <message>
        <source>Heard and understood</source>
        <translation>Escucha y comprensión</translation>
    </message>
    <message>
        <source>What mattered</source>
        <translation>Lo importante</translation>
    </message>
    <message>
        <source>The way we worked</source>
        <translation>Forma de trabajar</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>En general</translation>
    </message>
    <message>
        <source>Session feedback over time</source>
        <translation>Evolución de la valoración de las sesiones</translation>
    </message>
    <message>
        <source>Rating (0–10)</source>
        <translation>Puntuación (0–10)</translation>
    </message>
    <message>
        <source>No session feedback recorded yet.</source>
        <translation>Todavía no hay valoraciones de sesión registradas.</translation>
    </message>
    <message>
        <source>{count} recorded; the latest: {given}.</source>
        <translation>{count} registradas; la más reciente: {given}.</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Datos del cliente</translation>
    </message>
    <message>
        <source>Name shown in the list</source>
        <translation>Nombre que aparece en la lista</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Language of this client&apos;s handouts</source>
        <translation>Idioma de los documentos de este cliente</translation>
    </message>
    <message>
        <source>The practice&apos;s language (Settings)</source>
        <translation>El idioma de la consulta (Ajustes)</translation>
    </message>
    <message>
        <source>&amp;Name in the list</source>
        <translation>&amp;Nombre en la lista</translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation>Nombre &amp;legal</translation>
    </message>
    <message>
        <source>&amp;Pronouns</source>
        <translation>&amp;Pronombres</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontacto</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;Handouts in</source>
        <translation>&amp;Documentos en</translation>
    </message>
    <message>
        <source>Only the name in the list is needed; it can be a first name or initials.</source>
        <translation>Solo hace falta el nombre de la lista; puede ser un nombre de pila o unas iniciales.</translation>
    </message>
    <message>
        <source>In the client&apos;s own words: how they would like the work to go.</source>
        <translation>Con las palabras del cliente: cómo le gustaría que fuera el trabajo.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>How I like to work</source>
        <translation>Cómo me gusta trabajar</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Añadir cliente</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <source>PHQ-9 item 9 needs a follow-up</source>
        <translation>El ítem 9 del PHQ-9 necesita seguimiento</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>Find a client</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <source>Find a client by name</source>
        <translation>Buscar un cliente por su nombre</translation>
    </message>
    <message>
        <source>Clear the name</source>
        <translation>Borrar el nombre</translation>
    </message>
    <message>
        <source>Show clients who are</source>
        <translation>Mostrar los clientes en estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrados</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <source>Add a client to your practice</source>
        <translation>Añadir un cliente a tu consulta</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>No clients yet. Add your first with New client.</source>
        <translation>Todavía no hay clientes. Añade el primero con «Nuevo cliente».</translation>
    </message>
    <message>
        <source>No client matches.</source>
        <translation>Ningún cliente coincide.</translation>
    </message>
</context>
<context>
    <name>ClientWorkspace</name>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Editar datos…</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <source>&amp;Hand over to the client</source>
        <translation>&amp;Pasar la pantalla al cliente</translation>
    </message>
    <message>
        <source>Session &amp;feedback</source>
        <translation>&amp;Valoración de la sesión</translation>
    </message>
    <message>
        <source>Their &amp;goals</source>
        <translation>Sus &amp;objetivos</translation>
    </message>
    <message>
        <source>How I like to &amp;work</source>
        <translation>Cómo me gusta &amp;trabajar</translation>
    </message>
    <message>
        <source>&amp;Erase for good…</source>
        <translation>&amp;Borrar definitivamente…</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Más</translation>
    </message>
    <message>
        <source>More actions for this client</source>
        <translation>Más acciones para este cliente</translation>
    </message>
    <message>
        <source>Han&amp;dout…</source>
        <translation>&amp;Documento…</translation>
    </message>
    <message>
        <source>Handout for this client</source>
        <translation>Documento para este cliente</translation>
    </message>
    <message>
        <source>Preview, print or save a handout of what this tab shows (Ctrl+P); the arrow offers every kind</source>
        <translation>Ver, imprimir o guardar un documento con lo que muestra esta pestaña (Ctrl+P); la flecha ofrece todos los tipos</translation>
    </message>
    <message>
        <source>Client record</source>
        <translation>Expediente del cliente</translation>
    </message>
    <message>
        <source>Choose a client on the left, or add one with New client (Ctrl+N).</source>
        <translation>Elige un cliente a la izquierda o añade uno con «Nuevo cliente» (Ctrl+N).</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>desde el {day}</translation>
    </message>
    <message>
        <source>Close client</source>
        <translation>Cerrar el expediente</translation>
    </message>
    <message>
        <source>Close {name}&apos;s record? It stays in the vault and you can reopen it at any time.</source>
        <translation>¿Cerrar el expediente de {name}? Se queda en la caja fuerte y puedes volver a abrirlo cuando quieras.</translation>
    </message>
</context>
<context>
    <name>CommitmentsDialog</name>
    <message>
        <source>The goal agreement</source>
        <translation>El acuerdo de objetivos</translation>
    </message>
    <message>
        <source>What the client commits to</source>
        <translation>A qué se compromete el cliente</translation>
    </message>
    <message>
        <source>What the therapist commits to</source>
        <translation>A qué se compromete el terapeuta</translation>
    </message>
    <message>
        <source>What &amp;I commit to (the client):</source>
        <translation>A qué me &amp;comprometo yo (el cliente):</translation>
    </message>
    <message>
        <source>What the &amp;therapist commits to:</source>
        <translation>A qué se compromete el &amp;terapeuta:</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <source>The agreement gathers the client&apos;s current goals, as they stand when it is agreed, with what each of you commits to. It stays a draft until you both sign it.</source>
        <translation>El acuerdo reúne los objetivos actuales del cliente, tal como están en el momento de acordarlo, junto con aquello a lo que cada parte se compromete. Sigue siendo un borrador hasta que esté firmado por los dos.</translation>
    </message>
</context>
<context>
    <name>DisclosureLogDialog</name>
    <message>
        <source>Disclosure log</source>
        <translation>Registro de salidas</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Relativo a</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Para quién</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Relativo a:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Everything that has left Reciprocal: exports, printouts, handouts and backups. Entries are added by the app and can never be changed.</source>
        <translation>Todo lo que ha salido de Reciprocal: exportaciones, impresiones, documentos y copias de seguridad. Las entradas las añade la aplicación y nunca se pueden modificar.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>The whole practice (backups)</source>
        <translation>Toda la consulta (copias de seguridad)</translation>
    </message>
    <message>
        <source>The whole practice</source>
        <translation>Toda la consulta</translation>
    </message>
    <message>
        <source>(erased or unknown)</source>
        <translation>(borrado o desconocido)</translation>
    </message>
    <message>
        <source>(damaged entry)</source>
        <translation>(entrada dañada)</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n entry(s) shown.</source>
        <translation>
            <numerusform>Mostradas: {shown} de %n entrada.</numerusform>
            <numerusform>Mostradas: {shown} de %n entradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseClientDialog</name>
    <message>
        <source>Erase a client for good</source>
        <translation>Borrar un cliente definitivamente</translation>
    </message>
    <message>
        <source>Erase {name} for good?</source>
        <translation>¿Borrar a {name} definitivamente?</translation>
    </message>
    <message>
        <source>Every session note, goal agreement, checklist, feedback, questionnaire (measure) and exercise of {name} is destroyed, together with the key that encrypts them. This cannot be undone.</source>
        <translation>Se destruyen todas las notas de sesión, acuerdos de objetivos, listas, valoraciones, cuestionarios y ejercicios de {name}, junto con la clave que los cifra. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Backups made before now still hold {name}: erasure cannot reach them. If those must go too, delete or overwrite the old backup files yourself.</source>
        <translation>Las copias de seguridad hechas hasta ahora siguen conteniendo a {name}: el borrado no puede llegar a ellas. Si también tienen que desaparecer, borra o sobrescribe por tu cuenta los archivos de copia antiguos.</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Plazo de conservación</translation>
    </message>
    <message>
        <source>E&amp;rase anyway, before the retention period ends</source>
        <translation>&amp;Borrar de todos modos, antes de que acabe el plazo de conservación</translation>
    </message>
    <message>
        <source>Type the client&apos;s name to confirm</source>
        <translation>Escribe el nombre del cliente para confirmar</translation>
    </message>
    <message>
        <source>To confirm, t&amp;ype the client&apos;s id: {id}</source>
        <translation>Para confirmar, &amp;escribe el identificador del cliente: {id}</translation>
    </message>
    <message>
        <source>To confirm, t&amp;ype the client&apos;s name: {name}</source>
        <translation>Para confirmar, &amp;escribe el nombre del cliente: {name}</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>Borrar &amp;definitivamente</translation>
    </message>
    <message>
        <source>Destroys this client&apos;s records and key; cannot be undone</source>
        <translation>Destruye los registros y la clave de este cliente; no se puede deshacer</translation>
    </message>
    <message>
        <source>Records are normally kept until {day} ({years} years after the last session).</source>
        <translation>Normalmente los registros se conservan hasta el {day} ({years} años después de la última sesión).</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Borrando…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong, so that last step did not finish. What you saved before is safe; please try again.</source>
        <translation>Algo inesperado ha fallado y ese último paso no ha terminado. Lo que guardaste antes está a salvo; vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <source>Reciprocal</source>
        <translation>Reciprocal</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
</context>
<context>
    <name>ExerciseDialog</name>
    <message>
        <source>Agree an exercise</source>
        <translation>Acordar un ejercicio</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>My own words</source>
        <translation>Mis propias palabras</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>for example: every evening</source>
        <translation>por ejemplo: cada noche</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>How it went, in the client&apos;s words</source>
        <translation>Cómo fue, con las palabras del cliente</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>&amp;Acordar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Start from</source>
        <translation>Partir &amp;de</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Ti&amp;po</translation>
    </message>
    <message>
        <source>How &amp;often</source>
        <translation>&amp;Frecuencia</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>&amp;Qué hacer</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>How it &amp;went
(their words)</source>
        <translation>&amp;Cómo fue
(sus palabras)</translation>
    </message>
</context>
<context>
    <name>ExerciseLibrary</name>
    <message>
        <source>Slow breathing</source>
        <translation>Respiración lenta</translation>
    </message>
    <message>
        <source>Breathe in through your nose to a count of four, and out through your mouth to a count of six. Ten breaths like this. Notice how you feel before and after.</source>
        <translation>Inspira por la nariz contando hasta cuatro y suelta el aire por la boca contando hasta seis. Haz diez respiraciones así. Fíjate en cómo te sientes antes y después.</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>dos veces al día</translation>
    </message>
    <message>
        <source>Three lines before bed</source>
        <translation>Tres líneas antes de dormir</translation>
    </message>
    <message>
        <source>Write three lines: something that happened today, how you felt about it, and one thing you would like to remember.</source>
        <translation>Escribe tres líneas: algo que haya pasado hoy, cómo te has sentido con ello y una cosa que te gustaría recordar.</translation>
    </message>
    <message>
        <source>every evening</source>
        <translation>cada noche</translation>
    </message>
    <message>
        <source>Noticing the body</source>
        <translation>Atender al cuerpo</translation>
    </message>
    <message>
        <source>Once a day, pause and notice where in your body you feel tension, warmth or ease. Just notice; there is nothing to change.</source>
        <translation>Una vez al día, haz una pausa y fíjate en qué parte del cuerpo sientes tensión, calor o bienestar. Solo observa; no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>una vez al día</translation>
    </message>
    <message>
        <source>A kind pause</source>
        <translation>Una pausa amable</translation>
    </message>
    <message>
        <source>When you notice you are being hard on yourself, pause, put a hand on your chest, and say to yourself what you would say to a good friend in the same place.</source>
        <translation>Cuando notes que te estás tratando con dureza, haz una pausa, ponte una mano en el pecho y dite lo que le dirías a una buena amistad en tu misma situación.</translation>
    </message>
    <message>
        <source>when it comes up</source>
        <translation>cuando surja</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Lo que me importa</translation>
    </message>
    <message>
        <source>Choose one thing that matters to you — kindness, honesty, play, or another. Notice one small moment this week when you acted on it, and jot it down.</source>
        <translation>Elige algo que te importe: la amabilidad, la honestidad, el juego u otra cosa. Fíjate esta semana en algún pequeño momento en que hayas actuado de acuerdo con ello, y apúntalo.</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>esta semana</translation>
    </message>
    <message>
        <source>Grounding: 5-4-3-2-1</source>
        <translation>Anclaje: 5-4-3-2-1</translation>
    </message>
    <message>
        <source>When feelings run high, name five things you can see, four you can touch, three you can hear, two you can smell and one you can taste.</source>
        <translation>Cuando las emociones estén muy a flor de piel, nombra cinco cosas que puedas ver, cuatro que puedas tocar, tres que puedas oír, dos que puedas oler y una que puedas saborear.</translation>
    </message>
</context>
<context>
    <name>ExercisesTab</name>
    <message>
        <source>Exercises between sessions</source>
        <translation>Ejercicios entre sesiones</translation>
    </message>
    <message>
        <source>&amp;Agree an exercise…</source>
        <translation>&amp;Acordar un ejercicio…</translation>
    </message>
    <message>
        <source>No exercises agreed yet. Agree one with the client: from the library, or in your own words.</source>
        <translation>Todavía no hay ejercicios acordados. Acuerda uno con el cliente: de la biblioteca o con tus propias palabras.</translation>
    </message>
    <message>
        <source>A damaged exercise record cannot be shown.</source>
        <translation>No se puede mostrar un registro de ejercicio dañado.</translation>
    </message>
    <message>
        <source>{facts} · agreed {day}</source>
        <translation>{facts} · acordado el {day}</translation>
    </message>
    <message>
        <source>How it went, in their words</source>
        <translation>Cómo fue, con sus palabras</translation>
    </message>
    <message>
        <source>Note how it went, or change “{title}”…</source>
        <translation>Anotar cómo fue o cambiar «{title}»…</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Session feedback</source>
        <translation>Valoración de la sesión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Each from 0 (not at all) to 10 (completely); leave any the client prefers not to rate as “not rated”.</source>
        <translation>Cada una de 0 (nada) a 10 (totalmente); deja como «sin puntuar» las que el cliente prefiera no puntuar.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>Your reflection on it</source>
        <translation>Tu reflexión al respecto</translation>
    </message>
    <message>
        <source>{question} (in the client&apos;s words)</source>
        <translation>{question} (con las palabras del cliente)</translation>
    </message>
    <message>
        <source>Your &amp;reflection on it (for your record):</source>
        <translation>Tu &amp;reflexión al respecto (para tus notas):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>Record session &amp;feedback…</source>
        <translation>Registrar la &amp;valoración de la sesión…</translation>
    </message>
    <message>
        <source>Record a PHQ-&amp;9…</source>
        <translation>Registrar un PHQ-&amp;9…</translation>
    </message>
    <message>
        <source>Record a GAD-&amp;7…</source>
        <translation>Registrar un GAD-&amp;7…</translation>
    </message>
    <message>
        <source>Chart to show</source>
        <translation>Gráfico que mostrar</translation>
    </message>
    <message>
        <source>PHQ-9 over time</source>
        <translation>Evolución del PHQ-9</translation>
    </message>
    <message>
        <source>GAD-7 over time</source>
        <translation>Evolución del GAD-7</translation>
    </message>
    <message>
        <source>Session feedback over time</source>
        <translation>Evolución de la valoración de las sesiones</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Gráfico:</translation>
    </message>
    <message>
        <source>Chart of questionnaires and feedback</source>
        <translation>Gráfico de cuestionarios y valoraciones</translation>
    </message>
    <message>
        <source>Feedback and questionnaires</source>
        <translation>Valoraciones y cuestionarios</translation>
    </message>
    <message>
        <source>A PHQ-9 from {day} is damaged and cannot be read; check item 9 with the client and record a follow-up.</source>
        <translation>Un PHQ-9 del {day} está dañado y no se puede leer; revisa el ítem 9 con el cliente y registra un seguimiento.</translation>
    </message>
    <message>
        <source>PHQ-9 on {day}: item 9 was answered “{answer}”. No follow-up is recorded yet.</source>
        <translation>PHQ-9 del {day}: en el ítem 9 se respondió «{answer}». Todavía no hay ningún seguimiento registrado.</translation>
    </message>
    <message>
        <source>Record the follow-up…</source>
        <translation>Registrar el seguimiento…</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>Record a follow-up</source>
        <translation>Registrar un seguimiento</translation>
    </message>
    <message>
        <source>The PHQ-9 from {day} is damaged and cannot be read. Check item 9 with the client, then note what you did.</source>
        <translation>El PHQ-9 del {day} está dañado y no se puede leer. Revisa el ítem 9 con el cliente y después anota lo que hiciste.</translation>
    </message>
    <message>
        <source>On the PHQ-9 from {day}, item 9 (thoughts of being better off dead or of hurting oneself) was answered “{answer}”.</source>
        <translation>En el PHQ-9 del {day}, en el ítem 9 (pensamientos de que estaría mejor muerto o de hacerse daño) se respondió «{answer}».</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Lo que hiciste</translation>
    </message>
    <message>
        <source>For example: talked it through in the session; safety plan made together; crisis numbers given.</source>
        <translation>Por ejemplo: lo hablamos en la sesión; hicimos juntos un plan de seguridad; le di los teléfonos de crisis.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>&amp;Record follow-up</source>
        <translation>&amp;Registrar el seguimiento</translation>
    </message>
    <message>
        <source>&amp;What you did</source>
        <translation>&amp;Lo que hiciste</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>Kept as you write it, in this client&apos;s record; it cannot be changed afterwards.</source>
        <translation>Se guarda tal como lo escribes, en el expediente de este cliente; después no se puede modificar.</translation>
    </message>
</context>
<context>
    <name>GoalCharts</name>
    <message>
        <source>Progress on each goal</source>
        <translation>Progreso de cada objetivo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>No goal has been rated yet.</source>
        <translation>Todavía no se ha puntuado ningún objetivo.</translation>
    </message>
    <message>
        <source>Latest levels: {levels}.</source>
        <translation>Últimos niveles: {levels}.</translation>
    </message>
    <message>
        <source>GAS T-score over time</source>
        <translation>Evolución de la puntuación T (GAS)</translation>
    </message>
    <message>
        <source>T-score</source>
        <translation>Puntuación T</translation>
    </message>
    <message>
        <source>As hoped for (50)</source>
        <translation>Como esperábamos (50)</translation>
    </message>
    <message numerus="yes">
        <source>The latest T-score is {score:.1f} across %n goal(s), on {day} (50 means every goal as hoped for).</source>
        <translation>
            <numerusform>La última puntuación T es {score:.1f}, con %n objetivo, el {day} (50 significa que el objetivo va como esperábamos).</numerusform>
            <numerusform>La última puntuación T es {score:.1f}, con %n objetivos, el {day} (50 significa que todos los objetivos van como esperábamos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>A new goal</source>
        <translation>Un objetivo nuevo</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>The goal, in the client&apos;s words</source>
        <translation>El objetivo, con las palabras del cliente</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Signs of progress</source>
        <translation>Señales de progreso</translation>
    </message>
    <message>
        <source>&amp;Look at it again on</source>
        <translation>&amp;Revisarlo el día</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>Weight in the T-score</source>
        <translation>Peso en la puntuación T</translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation>&amp;Añadir objetivo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation>&amp;Por qué importa</translation>
    </message>
    <message>
        <source>&amp;First steps</source>
        <translation>Pri&amp;meros pasos</translation>
    </message>
    <message>
        <source>Signs of &amp;progress</source>
        <translation>&amp;Señales de progreso</translation>
    </message>
    <message>
        <source>What each level of progress would look like, in the client&apos;s words (any may stay empty):</source>
        <translation>Cómo se vería cada nivel de progreso, con las palabras del cliente (cualquiera puede quedar vacío):</translation>
    </message>
    <message>
        <source>W&amp;eight</source>
        <translation>P&amp;eso</translation>
    </message>
    <message>
        <source>How much this goal counts in the GAS T-score (1 for every goal unless you choose otherwise).</source>
        <translation>Cuánto cuenta este objetivo en la puntuación T de la GAS (1 para todos los objetivos, salvo que elijas otra cosa).</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Es&amp;tado</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Goals and agreement</source>
        <translation>Objetivos y acuerdo</translation>
    </message>
    <message>
        <source>&amp;Add a goal…</source>
        <translation>&amp;Añadir un objetivo…</translation>
    </message>
    <message>
        <source>Chart to show</source>
        <translation>Gráfico que mostrar</translation>
    </message>
    <message>
        <source>Progress on each goal</source>
        <translation>Progreso de cada objetivo</translation>
    </message>
    <message>
        <source>GAS T-score over time</source>
        <translation>Evolución de la puntuación T (GAS)</translation>
    </message>
    <message>
        <source>Chart of goal progress</source>
        <translation>Gráfico del progreso de los objetivos</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Gráfico:</translation>
    </message>
    <message>
        <source>Progress on “{goal}”</source>
        <translation>Progreso de «{goal}»</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>No goals recorded yet.</source>
        <translation>Todavía no hay objetivos registrados.</translation>
    </message>
    <message>
        <source>A damaged goal record cannot be shown.</source>
        <translation>No se puede mostrar un registro de objetivo dañado.</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Signs of progress</source>
        <translation>Señales de progreso</translation>
    </message>
    <message>
        <source>Review on {day}.</source>
        <translation>Revisión el {day}.</translation>
    </message>
    <message>
        <source>Rated on</source>
        <translation>Puntuado el</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Con sus palabras</translation>
    </message>
    <message>
        <source>Rate progress on “{goal}”…</source>
        <translation>Puntuar el progreso de «{goal}»…</translation>
    </message>
    <message>
        <source>Change “{goal}”…</source>
        <translation>Cambiar «{goal}»…</translation>
    </message>
    <message>
        <source>Move “{goal}” up</source>
        <translation>Subir «{goal}»</translation>
    </message>
    <message>
        <source>Move “{goal}” down</source>
        <translation>Bajar «{goal}»</translation>
    </message>
    <message>
        <source>Goal agreement</source>
        <translation>Acuerdo de objetivos</translation>
    </message>
    <message>
        <source>No agreement yet.</source>
        <translation>Todavía no hay acuerdo.</translation>
    </message>
    <message>
        <source>Version {n} is damaged and cannot be shown.</source>
        <translation>La versión {n} está dañada y no se puede mostrar.</translation>
    </message>
    <message>
        <source>Earlier: version {n}, {state}.</source>
        <translation>Anterior: versión {n}, {state}.</translation>
    </message>
    <message>
        <source>Version {n}, {state}.</source>
        <translation>Versión {n}, {state}.</translation>
    </message>
    <message>
        <source>The client&apos;s commitments</source>
        <translation>Compromisos del cliente</translation>
    </message>
    <message>
        <source>The therapist&apos;s commitments</source>
        <translation>Compromisos del terapeuta</translation>
    </message>
    <message>
        <source>Signed by {client} on {client_day} and {therapist} on {therapist_day}.</source>
        <translation>Firmado por {client} el {client_day} y por {therapist} el {therapist_day}.</translation>
    </message>
    <message>
        <source>Start the goal agreement…</source>
        <translation>Empezar el acuerdo de objetivos…</translation>
    </message>
    <message>
        <source>Write the commitments of version {n}…</source>
        <translation>Escribir los compromisos de la versión {n}…</translation>
    </message>
    <message>
        <source>Agree version {n}, with both names…</source>
        <translation>Acordar la versión {n}, con los dos nombres…</translation>
    </message>
    <message>
        <source>Revise: start version {n} as a draft</source>
        <translation>Revisar: empezar la versión {n} como borrador</translation>
    </message>
    <message>
        <source>See what changed between versions…</source>
        <translation>Ver qué cambió entre versiones…</translation>
    </message>
    <message>
        <source>agreed on {day}</source>
        <translation>acordada el {day}</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>en borrador</translation>
    </message>
</context>
<context>
    <name>HandoutPreview</name>
    <message>
        <source>Session summary</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <source>Goal agreement</source>
        <translation>Acuerdo de objetivos</translation>
    </message>
    <message>
        <source>Boundaries &amp; transparency agreement</source>
        <translation>Acuerdo de límites y transparencia</translation>
    </message>
    <message>
        <source>Practices sheet</source>
        <translation>Hoja de ejercicios</translation>
    </message>
    <message>
        <source>PHQ-9 form (blank)</source>
        <translation>Formulario PHQ-9 (en blanco)</translation>
    </message>
    <message>
        <source>GAD-7 form (blank)</source>
        <translation>Formulario GAD-7 (en blanco)</translation>
    </message>
    <message>
        <source>The client&apos;s record</source>
        <translation>Expediente del cliente</translation>
    </message>
    <message>
        <source>Handout: {kind}</source>
        <translation>Documento: {kind}</translation>
    </message>
    <message>
        <source>Preview of the handout</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>&amp;Letra grande</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>Bigger type, for a client who finds small print hard to read</source>
        <translation>Letra más grande, para un cliente al que le cuesta leer la letra pequeña</translation>
    </message>
    <message>
        <source>Handout status</source>
        <translation>Estado del documento</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print it (Ctrl+P)</source>
        <translation>Imprimirlo (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation>Preparando el documento…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) on {paper} paper. Nothing is saved or logged until you print or save it.</source>
        <translation>
            <numerusform>%n página en papel {paper}. No se guarda ni se registra nada hasta que lo imprimas o lo guardes.</numerusform>
            <numerusform>%n páginas en papel {paper}. No se guarda ni se registra nada hasta que lo imprimas o lo guardes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This questionnaire prints in English: there is no official translation of it in {language} here, and a questionnaire is never translated by anyone else. {status}</source>
        <translation>Este cuestionario se imprime en inglés: aquí no hay ninguna traducción oficial ({language}), y un cuestionario nunca lo traduce nadie más. {status}</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Imprimir el documento</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Sent to the printer. The disclosure log records it.</source>
        <translation>Enviado a la impresora. Queda anotado en el registro de salidas.</translation>
    </message>
    <message>
        <source>Save the handout as a PDF</source>
        <translation>Guardar el documento como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved to {path}. The disclosure log records it.</source>
        <translation>Guardado en {path}. Queda anotado en el registro de salidas.</translation>
    </message>
</context>
<context>
    <name>HandoverWindow</name>
    <message>
        <source>Reciprocal — over to you</source>
        <translation>Reciprocal — te toca a ti</translation>
    </message>
    <message>
        <source>I&apos;m &amp;done — hand back</source>
        <translation>He &amp;terminado — devolver la pantalla</translation>
    </message>
    <message>
        <source>&amp;Stop without saving</source>
        <translation>&amp;Parar sin guardar</translation>
    </message>
    <message>
        <source>Over to you, {name}</source>
        <translation>Te toca a ti, {name}</translation>
    </message>
    <message>
        <source>Your therapist has handed this screen to you. Take your time. What you write here goes into your record with them, marked as written by you. Nothing else of the record is shown here.</source>
        <translation>Tu terapeuta te ha pasado esta pantalla. Tómate tu tiempo. Lo que escribas aquí se añade a tu expediente, marcado como escrito por ti. Aquí no se muestra nada más del expediente.</translation>
    </message>
    <message>
        <source>Any you would rather not answer, leave.</source>
        <translation>Si prefieres no responder a alguna, déjala en blanco.</translation>
    </message>
    <message>
        <source>Your goals, in your own words. Change anything that no longer says it the way you mean it, and what each step of progress would look like to you.</source>
        <translation>Tus objetivos, con tus propias palabras. Cambia lo que ya no exprese lo que quieres decir, y cómo sería para ti cada paso de progreso.</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Mi objetivo</translation>
    </message>
    <message>
        <source>There are no goals written yet.</source>
        <translation>Todavía no hay objetivos escritos.</translation>
    </message>
    <message>
        <source>How you would like our work together to go, in your own words.</source>
        <translation>Cómo te gustaría que fuera nuestro trabajo en común, con tus propias palabras.</translation>
    </message>
    <message>
        <source>Choose at least one number, or write a few words.</source>
        <translation>Elige al menos un número o escribe unas palabras.</translation>
    </message>
    <message>
        <source>Question {n} is not answered yet.</source>
        <translation>La pregunta {n} aún no tiene respuesta.</translation>
    </message>
    <message>
        <source>A goal needs a few words; write it again, or leave it as it was.</source>
        <translation>Un objetivo necesita unas palabras; vuelve a escribirlo o déjalo como estaba.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>How the agreement has changed</source>
        <translation>Cómo ha cambiado el acuerdo</translation>
    </message>
    <message>
        <source>agreed {day}</source>
        <translation>acordada el {day}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Version {n}, {state}</source>
        <translation>Versión {n}, {state}</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;A</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Nothing changed between these versions.</source>
        <translation>Nada cambió entre estas versiones.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Signs of progress</source>
        <translation>Señales de progreso</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>What the client commits to</source>
        <translation>A qué se compromete el cliente</translation>
    </message>
    <message>
        <source>What the therapist commits to</source>
        <translation>A qué se compromete el terapeuta</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>taken out</source>
        <translation>quitado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>Underlined words were added; struck-through words were taken out.</source>
        <translation>Las palabras subrayadas se añadieron; las tachadas se quitaron.</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
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
        <translation>Este archivo de la caja fuerte es más antiguo que el que abrió este ordenador la última vez: contiene menos guardados. Si no has repuesto tú una copia antigua, puede que alguien lo haya sustituido. Compáralo con tu última copia de seguridad antes de continuar.</translation>
    </message>
    <message>
        <source>&amp;Keep using this copy</source>
        <translation>&amp;Seguir usando esta copia</translation>
    </message>
    <message>
        <source>Stop warning about this copy: it is the one I meant to use.</source>
        <translation>Dejar de avisar sobre esta copia: es la que quería usar.</translation>
    </message>
    <message>
        <source>&amp;Remind me next time</source>
        <translation>&amp;Recordármelo la próxima vez</translation>
    </message>
    <message>
        <source>Some records were deleted, added or replaced in the vault file outside Reciprocal: {listed}. Everything else opens as usual; restore the vault from a backup to get them back.</source>
        <translation>Algunos registros se borraron, añadieron o sustituyeron en el archivo de la caja fuerte fuera de Reciprocal: {listed}. Todo lo demás se abre con normalidad; restaura la caja fuerte desde una copia de seguridad para recuperarlos.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>A topic of our own</source>
        <translation>Un tema propio</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>Qué se dijo o acordó</translation>
    </message>
    <message>
        <source>&amp;Add topic</source>
        <translation>&amp;Añadir tema</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Where it stands</source>
        <translation>&amp;En qué punto está</translation>
    </message>
    <message>
        <source>&amp;Raised by</source>
        <translation>&amp;Planteado por</translation>
    </message>
    <message>
        <source>&amp;What was said</source>
        <translation>&amp;Qué se dijo</translation>
    </message>
    <message>
        <source>The date is noted for you when the topic has been talked about.</source>
        <translation>La fecha se anota sola cuando se ha hablado del tema.</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nueva entrada</translation>
    </message>
    <message>
        <source>Start a new entry; choose its kind beside the title</source>
        <translation>Empezar una entrada nueva; elige su tipo junto al título</translation>
    </message>
    <message>
        <source>Your journal</source>
        <translation>Tu diario</translation>
    </message>
    <message>
        <source>Only you see this. It is never part of a client&apos;s record.</source>
        <translation>Solo lo ves tú. Nunca forma parte del expediente de un cliente.</translation>
    </message>
    <message>
        <source>From a &amp;prompt</source>
        <translation>A partir de una pre&amp;gunta</translation>
    </message>
    <message>
        <source>Start a new entry from a question to reflect on</source>
        <translation>Empezar una entrada nueva a partir de una pregunta para reflexionar</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Write here; the entry saves itself as you go.</source>
        <translation>Escribe aquí; la entrada se guarda sola mientras escribes.</translation>
    </message>
    <message>
        <source>Check-in: 0 is not at all, 10 is very much</source>
        <translation>Cómo estás: 0 es nada, 10 es muchísimo</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation>Eliminar la entrada…</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Ti&amp;po</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>{day} · damaged entry</source>
        <translation>{day} · entrada dañada</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>A new entry saves itself as you write.</source>
        <translation>Una entrada nueva se guarda sola mientras escribes.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eliminar la entrada</translation>
    </message>
    <message>
        <source>Delete this journal entry? This cannot be undone.</source>
        <translation>¿Eliminar esta entrada del diario? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>JournalPrompts</name>
    <message>
        <source>What did I learn from a client this week?</source>
        <translation>¿Qué he aprendido esta semana de un cliente?</translation>
    </message>
    <message>
        <source>Where did my own reactions show in a session, and what might they be telling me?</source>
        <translation>¿Dónde se han notado mis propias reacciones en una sesión, y qué podrían estar diciéndome?</translation>
    </message>
    <message>
        <source>Which moment with a client stays with me, and why?</source>
        <translation>¿Qué momento con un cliente se me ha quedado dentro, y por qué?</translation>
    </message>
    <message>
        <source>How are my boundaries, my rest and my energy?</source>
        <translation>¿Cómo están mis límites, mi descanso y mi energía?</translation>
    </message>
    <message>
        <source>What do I want to bring to supervision?</source>
        <translation>¿Qué quiero llevar a supervisión?</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Por teléfono</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation>En proceso</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Conseguido</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Dejado de lado</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Hablado</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>Come back to this</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeuta</translation>
    </message>
    <message>
        <source>Self-reflection</source>
        <translation>Autorreflexión</translation>
    </message>
    <message>
        <source>Mindfulness</source>
        <translation>Atención plena</translation>
    </message>
    <message>
        <source>Emotional regulation</source>
        <translation>Regulación emocional</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Mínima</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Moderately severe</source>
        <translation>Moderadamente grave</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>In session</source>
        <translation>En la sesión</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>En papel</translation>
    </message>
    <message>
        <source>By the client, on their own</source>
        <translation>Por el cliente, por su cuenta</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <source>Saved as a PDF</source>
        <translation>Guardado como PDF</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>Self-care check-in</source>
        <translation>Revisión de autocuidado</translation>
    </message>
    <message>
        <source>I felt heard and understood.</source>
        <translation>Sentí que me escuchaban y me comprendían.</translation>
    </message>
    <message>
        <source>We worked on what mattered to me.</source>
        <translation>Trabajamos en lo que me importaba.</translation>
    </message>
    <message>
        <source>The way we worked suited me.</source>
        <translation>La forma en que trabajamos me sentó bien.</translation>
    </message>
    <message>
        <source>Overall, this session was right for me.</source>
        <translation>En general, esta sesión fue adecuada para mí.</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>How direct I&apos;d like you to be</source>
        <translation>Lo directo que me gustaría que fueras</translation>
    </message>
    <message>
        <source>Exercises between sessions, or not</source>
        <translation>Ejercicios entre sesiones, o no</translation>
    </message>
    <message>
        <source>Language and words that suit me</source>
        <translation>El lenguaje y las palabras que van conmigo</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Lo que ayuda</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation>Lo que no ayuda</translation>
    </message>
    <message>
        <source>I&apos;m getting enough rest and sleep</source>
        <translation>Descanso y duermo lo suficiente</translation>
    </message>
    <message>
        <source>I have energy for my work</source>
        <translation>Tengo energía para mi trabajo</translation>
    </message>
    <message>
        <source>My mood has been good</source>
        <translation>Mi estado de ánimo ha sido bueno</translation>
    </message>
    <message>
        <source>I feel connected to people outside work</source>
        <translation>Me siento en contacto con personas fuera del trabajo</translation>
    </message>
    <message>
        <source>My workload feels manageable</source>
        <translation>Mi carga de trabajo me parece llevadera</translation>
    </message>
    <message>
        <source>I make time for things I enjoy</source>
        <translation>Me hago tiempo para cosas que disfruto</translation>
    </message>
    <message>
        <source>Subjective</source>
        <translation>Subjetivo</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Conducta</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Much less than hoped</source>
        <translation>Mucho menos de lo esperado</translation>
    </message>
    <message>
        <source>Somewhat less than hoped</source>
        <translation>Algo menos de lo esperado</translation>
    </message>
    <message>
        <source>What we hoped for</source>
        <translation>Lo que esperábamos</translation>
    </message>
    <message>
        <source>Somewhat more than hoped</source>
        <translation>Algo más de lo esperado</translation>
    </message>
    <message>
        <source>Much more than hoped</source>
        <translation>Mucho más de lo esperado</translation>
    </message>
    <message>
        <source>What could be different next time?</source>
        <translation>¿Qué podría ser diferente la próxima vez?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Demo practice: everyone here is invented.</source>
        <translation>Consulta de demostración: aquí todas las personas son inventadas.</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search clients, notes and your journal</source>
        <translation>Buscar en clientes, notas y tu diario</translation>
    </message>
    <message>
        <source>Sa&amp;ve now</source>
        <translation>&amp;Guardar ahora</translation>
    </message>
    <message>
        <source>Notes save themselves; this saves at once</source>
        <translation>Las notas se guardan solas; esto guarda al momento</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Blo&amp;quear</translation>
    </message>
    <message>
        <source>Hide everything and lock the vault</source>
        <translation>Ocultar todo y bloquear la caja fuerte</translation>
    </message>
    <message>
        <source>Leave the &amp;demo</source>
        <translation>Salir de la de&amp;mostración</translation>
    </message>
    <message>
        <source>Han&amp;dout…</source>
        <translation>&amp;Documento…</translation>
    </message>
    <message>
        <source>Preview, print or save a handout of what the client&apos;s tab shows</source>
        <translation>Ver, imprimir o guardar un documento con lo que muestra la pestaña del cliente</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <source>Write an encrypted backup of your whole practice into your backup folder</source>
        <translation>Guardar una copia de seguridad cifrada de toda tu consulta en tu carpeta de copias</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Make a new vault from a backup file; no existing vault is changed</source>
        <translation>Crear una caja fuerte nueva a partir de un archivo de copia de seguridad; no se modifica ninguna caja fuerte existente</translation>
    </message>
    <message>
        <source>Veri&amp;fy a backup…</source>
        <translation>&amp;Comprobar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Check that a backup file is whole and that its key opens it</source>
        <translation>Comprobar que un archivo de copia de seguridad está completo y que su clave lo abre</translation>
    </message>
    <message>
        <source>&amp;Disclosure log…</source>
        <translation>Registro de sa&amp;lidas…</translation>
    </message>
    <message>
        <source>Everything that has left Reciprocal: exports, printouts, handouts, backups</source>
        <translation>Todo lo que ha salido de Reciprocal: exportaciones, impresiones, documentos, copias de seguridad</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Ajustes</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>Read the user guide; it is part of the app and works offline</source>
        <translation>Leer la guía de uso; forma parte de la aplicación y funciona sin conexión</translation>
    </message>
    <message>
        <source>&amp;About Reciprocal</source>
        <translation>Acerca &amp;de Reciprocal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Demo practice</source>
        <translation>Consulta de demostración</translation>
    </message>
    <message>
        <source>Open the restored practice?</source>
        <translation>¿Abrir la consulta restaurada?</translation>
    </message>
    <message>
        <source>The restored practice is ready in {path}. Open it now? The practice open now is saved, locked and closed; nothing in it changes.</source>
        <translation>La consulta restaurada está lista en {path}. ¿Abrirla ahora? La consulta abierta ahora se guarda, se bloquea y se cierra; no cambia nada en ella.</translation>
    </message>
    <message>
        <source>Open the restored practice</source>
        <translation>Abrir la consulta restaurada</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>Quedarme aquí</translation>
    </message>
    <message>
        <source>What you were typing in the vault you left could not be saved; it is kept, locked, and comes back when you open that vault again in this window.</source>
        <translation>Lo que estabas escribiendo en la caja fuerte que dejaste no se ha podido guardar; se conserva, bloqueado, y volverá cuando abras de nuevo esa caja fuerte en esta ventana.</translation>
    </message>
    <message>
        <source>What you were typing when the vault locked could not be saved then; it is saved now.</source>
        <translation>Lo que estabas escribiendo cuando se bloqueó la caja fuerte no se pudo guardar en ese momento; ya está guardado.</translation>
    </message>
    <message>
        <source>{reason} What you were typing when the vault locked is back where you typed it, not saved yet; Save now ({keys}) tries again.</source>
        <translation>{reason} Lo que estabas escribiendo cuando se bloqueó la caja fuerte ha vuelto a donde lo escribiste, todavía sin guardar; «Guardar ahora» ({keys}) lo vuelve a intentar.</translation>
    </message>
    <message>
        <source>Reciprocal</source>
        <translation>Reciprocal</translation>
    </message>
    <message>
        <source>What you were typing when the vault locked is not saved yet: unlock to save it, or quit again to leave without it.</source>
        <translation>Lo que estabas escribiendo cuando se bloqueó la caja fuerte todavía no está guardado: desbloquea para guardarlo, o vuelve a salir para irte sin guardarlo.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Question {n} of the {instrument} is not answered yet, so the form was not saved.</source>
        <translation>La pregunta {n} del {instrument} aún no tiene respuesta, así que el formulario no se ha guardado.</translation>
    </message>
    <message>
        <source>Record a {name}</source>
        <translation>Registrar un {name}</translation>
    </message>
    <message>
        <source>How it was filled in</source>
        <translation>Cómo se rellenó</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>&amp;Filled in</source>
        <translation>&amp;Rellenado</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Tu comentario</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Your &amp;comment (optional):</source>
        <translation>Tu &amp;comentario (opcional):</translation>
    </message>
    <message numerus="yes">
        <source>{total} so far; {missing} of %n question(s) still to answer.</source>
        <translation>
            <numerusform>{total} por ahora; sin responder: {missing} de %n pregunta.</numerusform>
            <numerusform>{total} por ahora; sin responder: {missing} de %n preguntas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total {total} of {most}: {band}.</source>
        <translation>Total {total} de {most}: {band}.</translation>
    </message>
    <message>
        <source>Question {n} (“{words}”) is not answered yet; the total counts only a complete form.</source>
        <translation>La pregunta {n} («{words}») aún no tiene respuesta; el total solo se calcula con el formulario completo.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Nueva frase de contraseña, otra vez</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Otra vez</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña todavía no coinciden.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Client overview</source>
        <translation>Resumen del cliente</translation>
    </message>
    <message>
        <source>Record the follow-up…</source>
        <translation>Registrar el seguimiento…</translation>
    </message>
    <message>
        <source>A PHQ-9 from {day} is damaged and cannot be read; check item 9 with the client and record a follow-up.</source>
        <translation>Un PHQ-9 del {day} está dañado y no se puede leer; revisa el ítem 9 con el cliente y registra un seguimiento.</translation>
    </message>
    <message>
        <source>PHQ-9 on {day}: item 9 (thoughts of being better off dead or of self-harm) was answered “{answer}”. No follow-up is recorded yet.</source>
        <translation>PHQ-9 del {day}: en el ítem 9 (pensamientos de que estaría mejor muerto o de hacerse daño) se respondió «{answer}». Todavía no hay ningún seguimiento registrado.</translation>
    </message>
    <message>
        <source>Review the goal “{goal}”: it was due on {day}.</source>
        <translation>Revisar el objetivo «{goal}»: tocaba el {day}.</translation>
    </message>
    <message>
        <source>Review the goal “{goal}”: due on {day}.</source>
        <translation>Revisar el objetivo «{goal}»: toca el {day}.</translation>
    </message>
    <message>
        <source>Come back to “{topic}”.</source>
        <translation>Retomar «{topic}».</translation>
    </message>
    <message>
        <source>Ask how “{exercise}” went.</source>
        <translation>Preguntar cómo fue «{exercise}».</translation>
    </message>
    <message>
        <source>Before this session</source>
        <translation>Antes de esta sesión</translation>
    </message>
    <message>
        <source>Nothing needs attention first.</source>
        <translation>No hay nada pendiente.</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>La última vez</translation>
    </message>
    <message>
        <source>No session has taken place yet.</source>
        <translation>Todavía no ha habido ninguna sesión.</translation>
    </message>
    <message>
        <source>The last session&apos;s note is damaged and cannot be shown.</source>
        <translation>La nota de la última sesión está dañada y no se puede mostrar.</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>El plan</translation>
    </message>
    <message>
        <source>What we worked on (shared summary)</source>
        <translation>En qué trabajamos (resumen compartido)</translation>
    </message>
    <message>
        <source>No plan or shared summary was written.</source>
        <translation>No se escribió ni plan ni resumen compartido.</translation>
    </message>
    <message>
        <source>How I like to work</source>
        <translation>Cómo me gusta trabajar</translation>
    </message>
    <message>
        <source>Nothing noted yet. Ask how they would like to work together, and note it with Edit details.</source>
        <translation>Todavía no hay nada anotado. Pregúntale cómo le gustaría trabajar en común y anótalo con «Editar datos».</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>No goal agreement yet.</source>
        <translation>Todavía no hay acuerdo de objetivos.</translation>
    </message>
    <message>
        <source>Agreement version {n}, agreed on {day}.</source>
        <translation>Versión {n} del acuerdo, acordada el {day}.</translation>
    </message>
    <message>
        <source>Agreement version {n} is a draft, not yet signed.</source>
        <translation>La versión {n} del acuerdo es un borrador, aún sin firmar.</translation>
    </message>
    <message>
        <source>Last feedback</source>
        <translation>Última valoración</translation>
    </message>
    <message>
        <source>No feedback recorded yet.</source>
        <translation>Todavía no hay valoraciones registradas.</translation>
    </message>
    <message>
        <source>The last feedback record is damaged.</source>
        <translation>El registro de la última valoración está dañado.</translation>
    </message>
    <message>
        <source>The client said</source>
        <translation>El cliente dijo</translation>
    </message>
    <message>
        <source>0–10</source>
        <translation>0–10</translation>
    </message>
    <message>
        <source>What could be different next time</source>
        <translation>Qué podría ser diferente la próxima vez</translation>
    </message>
    <message>
        <source>Latest questionnaires</source>
        <translation>Últimos cuestionarios</translation>
    </message>
    <message>
        <source>{name} on {day}: {total} ({band})</source>
        <translation>{name} del {day}: {total} ({band})</translation>
    </message>
    <message>
        <source>No PHQ-9 or GAD-7 recorded yet.</source>
        <translation>Todavía no hay ningún PHQ-9 ni GAD-7 registrado.</translation>
    </message>
    <message>
        <source>Exercises between sessions</source>
        <translation>Ejercicios entre sesiones</translation>
    </message>
    <message>
        <source>No exercises agreed at the moment.</source>
        <translation>Ahora mismo no hay ejercicios acordados.</translation>
    </message>
    <message>
        <source>Checklist topics to come back to</source>
        <translation>Temas de la lista que hay que retomar</translation>
    </message>
    <message>
        <source>Nothing open on the boundaries and transparency checklist.</source>
        <translation>No hay nada pendiente en la lista de límites y transparencia.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Todavía no hay sesiones.</translation>
    </message>
    <message>
        <source>Sessions so far: {count}. The last was on {day}.</source>
        <translation>Sesiones hasta ahora: {count}. La última fue el {day}.</translation>
    </message>
</context>
<context>
    <name>QuitBackupDialog</name>
    <message>
        <source>Backing up</source>
        <translation>Haciendo copia de seguridad</translation>
    </message>
    <message>
        <source>Backup message</source>
        <translation>Mensaje de la copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Quit without a backup</source>
        <translation>&amp;Salir sin copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Stay open</source>
        <translation>&amp;No cerrar</translation>
    </message>
    <message>
        <source>Backing up your practice before Reciprocal closes…</source>
        <translation>Haciendo una copia de seguridad de tu consulta antes de que Reciprocal se cierre…</translation>
    </message>
    <message>
        <source>{problem} Everything you wrote is saved in your vault; only this backup was not made.</source>
        <translation>{problem} Todo lo que escribiste está guardado en tu caja fuerte; solo falta esta copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Choose the level of progress the client sees, from −2 to +2.</source>
        <translation>Elige el nivel de progreso que ve el cliente, de −2 a +2.</translation>
    </message>
    <message>
        <source>Not at a session</source>
        <translation>Fuera de una sesión</translation>
    </message>
    <message>
        <source>Rate progress</source>
        <translation>Puntuar el progreso</translation>
    </message>
    <message>
        <source>In the client&apos;s words</source>
        <translation>Con las palabras del cliente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>In their &amp;words</source>
        <translation>Con sus &amp;palabras</translation>
    </message>
    <message>
        <source>At the &amp;session</source>
        <translation>En la &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>No goal agreement has been agreed yet. The rating is kept with the goal and charted; agreeing the goals together makes the levels you rate against shared.</source>
        <translation>Todavía no se ha cerrado ningún acuerdo de objetivos. La puntuación se guarda con el objetivo y aparece en el gráfico; acordar juntos los objetivos hace que los niveles con los que puntúas sean compartidos.</translation>
    </message>
</context>
<context>
    <name>RecordFeature</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>&amp;Goals &amp;&amp; agreement</source>
        <translation>&amp;Objetivos y acuerdo</translation>
    </message>
    <message>
        <source>&amp;Boundaries &amp;&amp; transparency</source>
        <translation>&amp;Límites y transparencia</translation>
    </message>
    <message>
        <source>&amp;Feedback &amp;&amp; measures</source>
        <translation>&amp;Valoración y cuestionarios</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>&amp;Ejercicios</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copies the key; it is cleared from the clipboard after 30 seconds.</source>
        <translation>Copia la clave; se borra del portapapeles al cabo de 30 segundos.</translation>
    </message>
    <message>
        <source>&amp;Print recovery sheet…</source>
        <translation>&amp;Imprimir la hoja de recuperación…</translation>
    </message>
    <message>
        <source>&amp;Save recovery sheet as PDF…</source>
        <translation>&amp;Guardar la hoja de recuperación como PDF…</translation>
    </message>
    <message>
        <source>I have stored my recovery key somewhere safe</source>
        <translation>He guardado mi clave de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>Con&amp;tinuar</translation>
    </message>
    <message>
        <source>About this vault</source>
        <translation>Sobre esta caja fuerte</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be emptied in 30 seconds.</source>
        <translation>Copiada. El portapapeles se vaciará dentro de 30 segundos.</translation>
    </message>
</context>
<context>
    <name>RecoverySheetOutput</name>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Guardar la hoja de recuperación</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the recovery sheet to {path}. Print it, then delete the file.</source>
        <translation>Hoja de recuperación guardada en {path}. Imprímela y después borra el archivo.</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Imprimir la hoja de recuperación</translation>
    </message>
    <message>
        <source>Sent the recovery sheet to the printer.</source>
        <translation>Hoja de recuperación enviada a la impresora.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose a backup file (its name starts with reciprocal-backup-) and how to open it. Reciprocal makes a new vault from it; it never changes an existing one.</source>
        <translation>Elige un archivo de copia de seguridad (su nombre empieza por reciprocal-backup-) y cómo abrirlo. Reciprocal crea a partir de él una caja fuerte nueva; nunca modifica una existente.</translation>
    </message>
    <message>
        <source>Where to keep the restored practice</source>
        <translation>Dónde guardar la consulta restaurada</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose where to keep the restored practice</source>
        <translation>Elegir dónde guardar la consulta restaurada</translation>
    </message>
    <message>
        <source>&amp;Keep the passphrase that opened the backup key file</source>
        <translation>&amp;Mantener la frase de contraseña que abrió el archivo de clave</translation>
    </message>
    <message>
        <source>Choose a &amp;new passphrase</source>
        <translation>Elegir una frase de contraseña &amp;nueva</translation>
    </message>
    <message>
        <source>Reciprocal cannot confirm who made this backup: it opened with a key that is not the practice&apos;s own backup key, and anyone who knows the practice&apos;s public key could have made it. Restore it only if you trust where it came from.</source>
        <translation>Reciprocal no puede confirmar quién hizo esta copia de seguridad: se abrió con una clave que no es la clave de copia de seguridad propia de la consulta, y cualquiera que conozca la clave pública de la consulta podría haberla hecho. Restáurala solo si confías en su procedencia.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Vault file</source>
        <translation>Archivo de la &amp;caja fuerte</translation>
    </message>
    <message>
        <source>The restored practice</source>
        <translation>La consulta restaurada</translation>
    </message>
    <message>
        <source>Where should the restored practice live on this computer? The suggested place is where Reciprocal looks first. A file that already exists is never replaced.</source>
        <translation>¿Dónde quieres guardar la consulta restaurada en este ordenador? El lugar propuesto es donde Reciprocal busca primero. Nunca se sustituye un archivo que ya exista.</translation>
    </message>
    <message>
        <source>Its passphrase:</source>
        <translation>Su frase de contraseña:</translation>
    </message>
    <message>
        <source>Restoring your practice</source>
        <translation>Restaurando tu consulta</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Tu nueva clave de recuperación</translation>
    </message>
    <message>
        <source>The restored practice has its own recovery key; the one on your old recovery sheet does not open it. It is shown only this once: print a new recovery sheet and keep it somewhere safe, away from this computer.</source>
        <translation>La consulta restaurada tiene su propia clave de recuperación; la de tu antigua hoja de recuperación no la abre. Solo se muestra esta vez: imprime una hoja de recuperación nueva y guárdala en un lugar seguro, lejos de este ordenador.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>No hay ningún archivo de copia de seguridad en {path}.</translation>
    </message>
    <message>
        <source>Opening the key and the backup…</source>
        <translation>Abriendo la clave y la copia de seguridad…</translation>
    </message>
    <message>
        <source>Reciprocal vaults (*.vault)</source>
        <translation>Cajas fuertes de Reciprocal (*.vault)</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for the restored practice.</source>
        <translation>{path} ya existe; elige otro nombre de archivo para la consulta restaurada.</translation>
    </message>
    <message>
        <source>Restore a backup of unconfirmed origin?</source>
        <translation>¿Restaurar una copia de seguridad de origen no confirmado?</translation>
    </message>
    <message>
        <source>Reciprocal cannot confirm who made this backup: the key that opened it is not the practice&apos;s own backup key. Anyone who knows the practice&apos;s public key could have made it and put invented records in it. Restore it anyway?</source>
        <translation>Reciprocal no puede confirmar quién hizo esta copia de seguridad: la clave que la abrió no es la clave de copia de seguridad propia de la consulta. Cualquiera que conozca la clave pública de la consulta podría haberla hecho y haber puesto en ella registros inventados. ¿Restaurarla de todos modos?</translation>
    </message>
    <message>
        <source>Restore &amp;anyway</source>
        <translation>Restaurar de &amp;todos modos</translation>
    </message>
    <message>
        <source>Opening the backup and making the new vault&apos;s key. This takes a few seconds on purpose: it is what makes guessing the passphrase slow.</source>
        <translation>Abriendo la copia de seguridad y creando la clave de la nueva caja fuerte. Tarda unos segundos a propósito: es lo que hace lento adivinar la frase de contraseña.</translation>
    </message>
    <message>
        <source>The backup opened. Making the new vault&apos;s key…</source>
        <translation>La copia de seguridad se ha abierto. Creando la clave de la nueva caja fuerte…</translation>
    </message>
    <message numerus="yes">
        <source>Restoring {done} of %n record(s)…</source>
        <translation>
            <numerusform>Restaurando {done} de %n registro…</numerusform>
            <numerusform>Restaurando {done} de %n registros…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n record(s) from the backup made on {made}, into {path}.</source>
        <translation>
            <numerusform>Se ha restaurado %n registro de la copia de seguridad hecha el {made}, en {path}.</numerusform>
            <numerusform>Se han restaurado %n registros de la copia de seguridad hecha el {made}, en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who made this backup cannot be confirmed with this key; only the practice&apos;s own backup key can confirm it.</source>
        <translation>Con esta clave no se puede confirmar quién hizo esta copia de seguridad; solo la clave de copia de seguridad propia de la consulta puede confirmarlo.</translation>
    </message>
    <message>
        <source>It was opened with another person&apos;s key, so the restored practice has a new backup key, printed on the new recovery sheet.</source>
        <translation>Se abrió con la clave de otra persona, así que la consulta restaurada tiene una clave de copia de seguridad nueva, impresa en la nueva hoja de recuperación.</translation>
    </message>
    <message>
        <source>Some records were already damaged when the backup was made (damaged records: {count}); their unreadable parts are empty.</source>
        <translation>Algunos registros ya estaban dañados cuando se hizo la copia de seguridad (registros dañados: {count}); sus partes ilegibles están vacías.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>goal agreement</source>
        <translation>acuerdo de objetivos</translation>
    </message>
    <message>
        <source>checklist topic</source>
        <translation>tema de la lista</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>ejercicio</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>valoración</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>cuestionario</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>diario</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>nombre legal</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>private note</source>
        <translation>nota privada</translation>
    </message>
    <message>
        <source>shared summary</source>
        <translation>resumen compartido</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>adenda</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>why it matters</source>
        <translation>por qué importa</translation>
    </message>
    <message>
        <source>first steps</source>
        <translation>primeros pasos</translation>
    </message>
    <message>
        <source>signs of progress</source>
        <translation>señales de progreso</translation>
    </message>
    <message>
        <source>what the client commits to</source>
        <translation>a qué se compromete el cliente</translation>
    </message>
    <message>
        <source>what the therapist commits to</source>
        <translation>a qué se compromete el terapeuta</translation>
    </message>
    <message>
        <source>revision note</source>
        <translation>nota de revisión</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>instrucciones</translation>
    </message>
    <message>
        <source>how often</source>
        <translation>con qué frecuencia</translation>
    </message>
    <message>
        <source>how it went</source>
        <translation>cómo fue</translation>
    </message>
    <message>
        <source>what could be different</source>
        <translation>qué podría ser diferente</translation>
    </message>
    <message>
        <source>your reflection</source>
        <translation>tu reflexión</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>entrada</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search clients, notes, goals, checklists, exercises and your journal</source>
        <translation>Buscar en clientes, notas, objetivos, listas, ejercicios y tu diario</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Texto que buscar</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search state</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Words must all appear; put a phrase in &quot;quotes&quot;.</source>
        <translation>Deben aparecer todas las palabras; pon una frase entre &quot;comillas&quot;.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%n resultado. Enter abre el resaltado.</numerusform>
            <numerusform>%n resultados. Enter abre el resaltado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches all of those words.</source>
        <translation>Nada contiene todas esas palabras.</translation>
    </message>
    <message>
        <source>Still reading your records: more may follow.</source>
        <translation>Todavía leyendo tus registros: puede que aparezcan más.</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>A GAS T-score needs at least one rated goal.</source>
        <translation>Para calcular la puntuación T (GAS) hace falta al menos un objetivo puntuado.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the vault or its working files.</source>
        <translation>No se puede guardar una copia de seguridad encima de la caja fuerte ni de sus archivos de trabajo.</translation>
    </message>
    <message>
        <source>A checklist template needs at least one topic.</source>
        <translation>Una plantilla de lista necesita al menos un tema.</translation>
    </message>
    <message>
        <source>A date or id stored in the vault is damaged (the file was changed outside Reciprocal); run a check to see which record, and restore it from a backup.</source>
        <translation>Una fecha o un identificador guardados en la caja fuerte están dañados (el archivo se modificó fuera de Reciprocal); haz una comprobación para ver qué registro es y restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>A follow-up is already recorded for this questionnaire.</source>
        <translation>Ya hay un seguimiento registrado para este cuestionario.</translation>
    </message>
    <message>
        <source>A handout is either printed or saved.</source>
        <translation>Un documento solo se puede imprimir o guardar.</translation>
    </message>
    <message>
        <source>A newer version of this agreement exists; revise that one.</source>
        <translation>Hay una versión más reciente de este acuerdo; revisa esa versión.</translation>
    </message>
    <message>
        <source>A record does not open with the vault&apos;s keys, so no key was renewed; run a check and restore the damaged record from a backup first.</source>
        <translation>Un registro no se abre con las claves de la caja fuerte, así que no se ha renovado ninguna clave; haz una comprobación y restaura primero el registro dañado desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>A record is missing or was changed, so no key was renewed; run a check and restore the vault from a backup first.</source>
        <translation>Falta un registro o se ha modificado, así que no se ha renovado ninguna clave; haz una comprobación y restaura primero la caja fuerte desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation>Una sesión dura entre 1 minuto y 24 horas.</translation>
    </message>
    <message>
        <source>A signature date cannot be in the future.</source>
        <translation>La fecha de la firma no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>A signed note cannot be deleted.</source>
        <translation>Una nota firmada no se puede borrar.</translation>
    </message>
    <message>
        <source>Add at least one goal before agreeing.</source>
        <translation>Añade al menos un objetivo antes de acordar la versión.</translation>
    </message>
    <message>
        <source>An age identity in this file is mistyped or incomplete.</source>
        <translation>Una identidad de age de este archivo está mal escrita o incompleta.</translation>
    </message>
    <message>
        <source>An amendment cannot be empty.</source>
        <translation>Una adenda no puede estar vacía.</translation>
    </message>
    <message>
        <source>Both of you need to type your name to sign the agreement.</source>
        <translation>Para firmar el acuerdo, cada uno tiene que escribir su nombre.</translation>
    </message>
    <message>
        <source>Each check-in rating needs a topic.</source>
        <translation>Cada puntuación de la revisión de autocuidado necesita un tema.</translation>
    </message>
    <message>
        <source>Each goal can appear only once in the new order.</source>
        <translation>Cada objetivo solo puede aparecer una vez en el nuevo orden.</translation>
    </message>
    <message>
        <source>Each goal&apos;s level is from −2 to +2.</source>
        <translation>El nivel de cada objetivo va de −2 a +2.</translation>
    </message>
    <message>
        <source>Each rated goal needs a weight above 0.</source>
        <translation>Cada objetivo puntuado necesita un peso mayor que 0.</translation>
    </message>
    <message>
        <source>Every topic on a checklist needs a few words saying what it is about.</source>
        <translation>Cada tema de una lista necesita unas palabras que digan de qué trata.</translation>
    </message>
    <message>
        <source>Feedback is given by the client, alone or with the therapist.</source>
        <translation>La valoración la da el cliente, solo o con el terapeuta.</translation>
    </message>
    <message>
        <source>Feedback needs at least one rating or a few words from the client.</source>
        <translation>La valoración necesita al menos una puntuación o unas palabras del cliente.</translation>
    </message>
    <message>
        <source>Goal levels run from -2 to +2.</source>
        <translation>Los niveles de los objetivos van de -2 a +2.</translation>
    </message>
    <message>
        <source>More than one client has that name; use the id or position instead.</source>
        <translation>Hay más de un cliente con ese nombre; usa el identificador o la posición.</translation>
    </message>
    <message>
        <source>No backup key file was given.</source>
        <translation>No se ha indicado ningún archivo de clave de copia de seguridad.</translation>
    </message>
    <message>
        <source>No client matches that id, name or position.</source>
        <translation>Ningún cliente coincide con ese identificador, nombre o posición.</translation>
    </message>
    <message>
        <source>One of this client&apos;s goals is damaged, so the agreement cannot include it; restore it from a backup or retire it.</source>
        <translation>Uno de los objetivos de este cliente está dañado, así que el acuerdo no puede incluirlo; restáuralo desde una copia de seguridad o déjalo de lado.</translation>
    </message>
    <message>
        <source>Only a signed note takes amendments; edit the draft instead.</source>
        <translation>Solo se pueden añadir adendas a una nota firmada; edita el borrador.</translation>
    </message>
    <message>
        <source>Only a vault that was just created can be filled in bulk.</source>
        <translation>Solo se puede llenar de una vez una caja fuerte recién creada.</translation>
    </message>
    <message>
        <source>Only an agreed version can be revised; edit the draft instead.</source>
        <translation>Solo se puede revisar una versión acordada; edita el borrador.</translation>
    </message>
    <message>
        <source>Only this client&apos;s goals can be put in order here.</source>
        <translation>Aquí solo se pueden ordenar los objetivos de este cliente.</translation>
    </message>
    <message>
        <source>Please give the checklist template a name.</source>
        <translation>Ponle un nombre a la plantilla de lista.</translation>
    </message>
    <message>
        <source>Please give the client a name to show in the list.</source>
        <translation>Ponle al cliente un nombre para que aparezca en la lista.</translation>
    </message>
    <message>
        <source>Please give the exercise a short title.</source>
        <translation>Ponle al ejercicio un título breve.</translation>
    </message>
    <message>
        <source>Please write a few words about how you followed this up.</source>
        <translation>Escribe unas palabras sobre cómo hiciste el seguimiento.</translation>
    </message>
    <message>
        <source>Please write the goal in a few words, as the client puts it.</source>
        <translation>Escribe el objetivo en pocas palabras, tal como lo expresa el cliente.</translation>
    </message>
    <message>
        <source>Say what was disclosed, in a few words.</source>
        <translation>Indica en pocas palabras qué ha salido de Reciprocal.</translation>
    </message>
    <message>
        <source>Some of the text has a broken character (half of an emoji or symbol), so it was not saved; please retype that part.</source>
        <translation>Parte del texto tiene un carácter roto (la mitad de un emoji o de un símbolo), así que no se ha guardado; vuelve a escribir esa parte.</translation>
    </message>
    <message>
        <source>That change conflicts with records already in the vault, so it was not saved.</source>
        <translation>Ese cambio choca con registros que ya están en la caja fuerte, así que no se ha guardado.</translation>
    </message>
    <message>
        <source>That client is not in this vault.</source>
        <translation>Ese cliente no está en esta caja fuerte.</translation>
    </message>
    <message>
        <source>That is not an age public key; it starts with &quot;age1&quot; and is one word.</source>
        <translation>Eso no es una clave pública de age; empieza por «age1» y es una sola palabra.</translation>
    </message>
    <message>
        <source>That recipient is not an age public key (one starts with age1).</source>
        <translation>Ese destinatario no es una clave pública de age (estas empiezan por age1).</translation>
    </message>
    <message>
        <source>That recovery key does not belong to this vault.</source>
        <translation>Esa clave de recuperación no es de esta caja fuerte.</translation>
    </message>
    <message>
        <source>That session belongs to another client.</source>
        <translation>Esa sesión pertenece a otro cliente.</translation>
    </message>
    <message>
        <source>That session is not in this vault.</source>
        <translation>Esa sesión no está en esta caja fuerte.</translation>
    </message>
    <message>
        <source>That session is not one of this client&apos;s.</source>
        <translation>Esa sesión no es de este cliente.</translation>
    </message>
    <message>
        <source>The built-in template cannot be deleted; you can reword it.</source>
        <translation>La plantilla incluida no se puede borrar; puedes cambiar su texto.</translation>
    </message>
    <message>
        <source>The correlation between goals is from 0 up to (not including) 1.</source>
        <translation>La correlación entre objetivos va de 0 hasta 1 (sin incluir el 1).</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved; free some space and try again.</source>
        <translation>El disco está lleno, así que no se ha guardado nada; libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The entry is empty, so there is nothing to save.</source>
        <translation>La entrada está vacía, así que no hay nada que guardar.</translation>
    </message>
    <message>
        <source>The language setting is a short code such as &quot;en&quot; or &quot;en-GB&quot;.</source>
        <translation>El ajuste de idioma es un código corto, como «en» o «en-GB».</translation>
    </message>
    <message>
        <source>The logo is larger than 1 MB; choose a smaller picture.</source>
        <translation>El logotipo ocupa más de 1 MB; elige una imagen más pequeña.</translation>
    </message>
    <message>
        <source>The logo is more than 4000 pixels across; choose a smaller picture.</source>
        <translation>El logotipo mide más de 4000 píxeles de ancho; elige una imagen más pequeña.</translation>
    </message>
    <message>
        <source>The logo is not a picture Reciprocal can read; choose a PNG or JPEG file.</source>
        <translation>El logotipo no es una imagen que Reciprocal pueda leer; elige un archivo PNG o JPEG.</translation>
    </message>
    <message>
        <source>The new passphrase cannot be empty.</source>
        <translation>La nueva frase de contraseña no puede estar vacía.</translation>
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation>La frase de contraseña no puede estar vacía.</translation>
    </message>
    <message>
        <source>The passphrase has a broken character; please type it again.</source>
        <translation>La frase de contraseña tiene un carácter roto; vuelve a escribirla.</translation>
    </message>
    <message>
        <source>The vault could not be read; restore it from a backup.</source>
        <translation>No se ha podido leer la caja fuerte; restáurala desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The vault file cannot be opened.</source>
        <translation>No se puede abrir el archivo de la caja fuerte.</translation>
    </message>
    <message>
        <source>The vault file is damaged (truncated or corrupted); restore it from a backup.</source>
        <translation>El archivo de la caja fuerte está dañado (truncado o corrupto); restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The vault file is read-only, so nothing can be saved to it.</source>
        <translation>El archivo de la caja fuerte es de solo lectura, así que no se puede guardar nada en él.</translation>
    </message>
    <message>
        <source>The vault is busy in another program; close it there and try again.</source>
        <translation>La caja fuerte está en uso en otro programa; ciérrala allí y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The vault is closed.</source>
        <translation>La caja fuerte está cerrada.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La caja fuerte está bloqueada.</translation>
    </message>
    <message>
        <source>The vault&apos;s backup key is missing; restore from a backup.</source>
        <translation>Falta la clave de copia de seguridad de la caja fuerte; restaura desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The vault&apos;s backup key record has been changed, so no backup was written; run a check and restore from a backup if needed.</source>
        <translation>El registro de la clave de copia de seguridad de la caja fuerte se ha modificado, así que no se ha hecho ninguna copia; haz una comprobación y, si hace falta, restaura desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The vault&apos;s key record is damaged; restore it from a backup.</source>
        <translation>El registro de claves de la caja fuerte está dañado; restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The vault&apos;s key record is missing or duplicated; restore it from a backup.</source>
        <translation>Falta el registro de claves de la caja fuerte o está duplicado; restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>This agreement is signed, so it cannot be changed; revise it to make a new version.</source>
        <translation>Este acuerdo está firmado, así que no se puede modificar; revísalo para crear una versión nueva.</translation>
    </message>
    <message>
        <source>This client already has a goal agreement; edit the draft or revise the agreed version.</source>
        <translation>Este cliente ya tiene un acuerdo de objetivos; edita el borrador o revisa la versión acordada.</translation>
    </message>
    <message>
        <source>This client has no boundaries &amp; transparency list yet, so there is nothing to print.</source>
        <translation>Este cliente todavía no tiene lista de límites y transparencia, así que no hay nada que imprimir.</translation>
    </message>
    <message>
        <source>This client has no goal agreement yet, so there is nothing to print.</source>
        <translation>Este cliente todavía no tiene acuerdo de objetivos, así que no hay nada que imprimir.</translation>
    </message>
    <message>
        <source>This client has no sessions yet, so there is no summary to print.</source>
        <translation>Este cliente todavía no tiene sesiones, así que no hay ningún resumen que imprimir.</translation>
    </message>
    <message>
        <source>This client&apos;s details are damaged, so no handout was made; restore them from a backup.</source>
        <translation>Los datos de este cliente están dañados, así que no se ha creado ningún documento; restáuralos desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>This file is not a Reciprocal vault.</source>
        <translation>Este archivo no es una caja fuerte de Reciprocal.</translation>
    </message>
    <message>
        <source>This goal agreement is damaged, so it cannot be printed; restore it from a backup.</source>
        <translation>Este acuerdo de objetivos está dañado, así que no se puede imprimir; restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>This identity file holds no age identity (AGE-SECRET-KEY-1…).</source>
        <translation>Este archivo de identidad no contiene ninguna identidad de age (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>This is not a valid backup key, so no recovery sheet was made.</source>
        <translation>Esta no es una clave de copia de seguridad válida, así que no se ha creado ninguna hoja de recuperación.</translation>
    </message>
    <message>
        <source>This is not a valid recovery key, so no recovery sheet was made.</source>
        <translation>Esta no es una clave de recuperación válida, así que no se ha creado ninguna hoja de recuperación.</translation>
    </message>
    <message>
        <source>This is not an age identity file (its keys start with AGE-SECRET-KEY-1).</source>
        <translation>Este no es un archivo de identidad de age (sus claves empiezan por AGE-SECRET-KEY-1).</translation>
    </message>
    <message>
        <source>This is not an age identity file.</source>
        <translation>Este no es un archivo de identidad de age.</translation>
    </message>
    <message>
        <source>This note is already signed.</source>
        <translation>Esta nota ya está firmada.</translation>
    </message>
    <message>
        <source>This note is signed and locked; add an amendment instead.</source>
        <translation>Esta nota está firmada y bloqueada; añade una adenda.</translation>
    </message>
    <message>
        <source>This questionnaire has no answer that needs a follow-up.</source>
        <translation>Este cuestionario no tiene ninguna respuesta que necesite seguimiento.</translation>
    </message>
    <message>
        <source>This vault is already open in another Reciprocal window or program; close it there first.</source>
        <translation>Esta caja fuerte ya está abierta en otra ventana de Reciprocal o en otro programa; ciérrala allí primero.</translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of Reciprocal; please update the app.</source>
        <translation>Esta caja fuerte se guardó con una versión más reciente de Reciprocal; actualiza la aplicación.</translation>
    </message>
    <message>
        <source>Type your name to sign the note.</source>
        <translation>Escribe tu nombre para firmar la nota.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Private — never printed or shared</source>
        <translation>Privado — nunca se imprime ni se comparte</translation>
    </message>
    <message>
        <source>Shared with the client — appears on handouts</source>
        <translation>Compartido con el cliente — aparece en los documentos</translation>
    </message>
    <message>
        <source>Session date and time</source>
        <translation>Fecha y hora de la sesión</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Note template</source>
        <translation>Plantilla de la nota</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Plantilla</translation>
    </message>
    <message>
        <source>Shared summary</source>
        <translation>Resumen compartido</translation>
    </message>
    <message>
        <source>Written for the client, in words they will recognise.</source>
        <translation>Escrito para el cliente, con palabras que reconozca.</translation>
    </message>
    <message>
        <source>Private process note</source>
        <translation>Nota de proceso privada</translation>
    </message>
    <message>
        <source>Your own process notes: kept apart from the client&apos;s record and left out of every handout and export.</source>
        <translation>Tus propias notas de proceso: se guardan aparte del expediente del cliente y quedan fuera de todos los documentos y exportaciones.</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Nota de sesión</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Eliminar el borrador…</translation>
    </message>
    <message>
        <source>&amp;Sign and lock…</source>
        <translation>Firmar y &amp;bloquear…</translation>
    </message>
    <message>
        <source>Sign the note with your name; after that only dated amendments can be added.</source>
        <translation>Firmar la nota con tu nombre; después solo se pueden añadir adendas fechadas.</translation>
    </message>
    <message>
        <source>Signed note</source>
        <translation>Nota firmada</translation>
    </message>
    <message>
        <source>New amendment</source>
        <translation>Nueva adenda</translation>
    </message>
    <message>
        <source>Something to add or correct, dated today</source>
        <translation>Algo que añadir o corregir, con fecha de hoy</translation>
    </message>
    <message>
        <source>A&amp;dd amendment</source>
        <translation>Añadir ade&amp;nda</translation>
    </message>
    <message>
        <source>&amp;Add an amendment</source>
        <translation>&amp;Añadir una adenda</translation>
    </message>
    <message>
        <source>Signed by {name} on {when}. This note is locked; anything to add or correct goes below as a dated amendment.</source>
        <translation>Firmada por {name} el {when}. Esta nota está bloqueada; lo que haya que añadir o corregir va debajo, como adenda fechada.</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>(nothing written)</source>
        <translation>(no hay nada escrito)</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Adendas</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Signed and locked</source>
        <translation>Firmada y bloqueada</translation>
    </message>
    <message>
        <source>Amendment added {time}</source>
        <translation>Adenda añadida a las {time}</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Eliminar el borrador</translation>
    </message>
    <message>
        <source>Delete this draft note? This cannot be undone.</source>
        <translation>¿Eliminar esta nota en borrador? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>Free text</source>
        <translation>Texto libre</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>dañada</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>New &amp;session</source>
        <translation>Nueva &amp;sesión</translation>
    </message>
    <message>
        <source>Start a note for a new session</source>
        <translation>Empezar la nota de una sesión nueva</translation>
    </message>
    <message>
        <source>No sessions yet. Press New session to start the first note.</source>
        <translation>Todavía no hay sesiones. Pulsa «Nueva sesión» para empezar la primera nota.</translation>
    </message>
    <message>
        <source>Choose a session on the left to read or write its note, or press New session.</source>
        <translation>Elige una sesión a la izquierda para leer o escribir su nota, o pulsa «Nueva sesión».</translation>
    </message>
    <message>
        <source>This note is damaged and cannot be shown; the rest of the record is fine. Restore it from a backup.</source>
        <translation>Esta nota está dañada y no se puede mostrar; el resto del expediente está bien. Restáurala desde una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Bloquear tras estos minutos de inactividad</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Copias de seguridad que conservar</translation>
    </message>
    <message>
        <source>Back up when I quit</source>
        <translation>Hacer copia al salir</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <source>Last vault opened</source>
        <translation>Última caja fuerte abierta</translation>
    </message>
    <message>
        <source>Template for new session notes</source>
        <translation>Plantilla para nuevas notas de sesión</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Practice logo</source>
        <translation>Logotipo de la consulta</translation>
    </message>
    <message>
        <source>Choo&amp;se logo…</source>
        <translation>Elegir &amp;logotipo…</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Elegir logotipo</translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation>&amp;Quitar logotipo</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Quitar logotipo</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>Save state of the practice details</source>
        <translation>Estado del guardado de los datos de la consulta</translation>
    </message>
    <message>
        <source>Your practice, as printed on handouts</source>
        <translation>Tu consulta, tal como aparece en los documentos</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Tu &amp;nombre</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>C&amp;redentials</source>
        <translation>&amp;Titulación</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Titulación</translation>
    </message>
    <message>
        <source>&amp;Practice name</source>
        <translation>Nombre de la &amp;consulta</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Nombre de la consulta</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontacto</translation>
    </message>
    <message>
        <source>Practice contact</source>
        <translation>Contacto de la consulta</translation>
    </message>
    <message>
        <source>Handout &amp;footer</source>
        <translation>&amp;Pie de los documentos</translation>
    </message>
    <message>
        <source>Handout footer</source>
        <translation>Pie de los documentos</translation>
    </message>
    <message>
        <source>Crisis and &amp;emergency resources</source>
        <translation>Recursos de crisis y &amp;emergencia</translation>
    </message>
    <message>
        <source>Crisis and emergency resources</source>
        <translation>Recursos de crisis y emergencia</translation>
    </message>
    <message>
        <source>Pa&amp;per size</source>
        <translation>Tamaño del p&amp;apel</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Handouts &amp;in</source>
        <translation>Doc&amp;umentos en</translation>
    </message>
    <message>
        <source>Language of handouts, unless a client has their own</source>
        <translation>Idioma de los documentos, salvo que un cliente tenga el suyo</translation>
    </message>
    <message>
        <source>Keep records for</source>
        <translation>Conservar los registros durante</translation>
    </message>
    <message>
        <source>Years records are kept after the last session</source>
        <translation>Años que se conservan los registros tras la última sesión</translation>
    </message>
    <message>
        <source>Records are kept this many years after the last session; Reciprocal warns before erasing a client sooner.</source>
        <translation>Los registros se conservan este número de años después de la última sesión; Reciprocal avisa antes de borrar a un cliente antes de tiempo.</translation>
    </message>
    <message>
        <source>These details save themselves as you type.</source>
        <translation>Estos datos se guardan solos mientras escribes.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for</source>
        <translation>&amp;Bloquear si está inactivo durante</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <source>The system&apos;s language ({name})</source>
        <translation>El idioma del sistema ({name})</translation>
    </message>
    <message>
        <source>L&amp;anguage of the app</source>
        <translation>Idio&amp;ma de la aplicación</translation>
    </message>
    <message>
        <source>Reciprocal speaks the language you choose from the next time it opens.</source>
        <translation>Reciprocal usará el idioma que elijas a partir de la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>The app locks itself after this much time without a key press or mouse movement. Ctrl+L locks at once.</source>
        <translation>La aplicación se bloquea sola tras este tiempo sin pulsar ninguna tecla ni mover el ratón. Ctrl+L la bloquea al momento.</translation>
    </message>
    <message>
        <source>Boundaries &amp; transparency checklists</source>
        <translation>Listas de límites y transparencia</translation>
    </message>
    <message>
        <source>Edit checklist &amp;templates…</source>
        <translation>Editar las plantillas de li&amp;stas…</translation>
    </message>
    <message>
        <source>The topics a new client&apos;s checklist starts with: the built-in one, reworded if you like, and your own.</source>
        <translation>Los temas con los que empieza la lista de un cliente nuevo: la plantilla incluida, con otras palabras si quieres, y las tuyas propias.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Tu frase de contraseña</translation>
    </message>
    <message>
        <source>Chan&amp;ge passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>Changing it takes a few seconds; your records stay as they are, your recovery sheet stays valid, and the backup key file beside your backups follows.</source>
        <translation>El cambio tarda unos segundos; tus registros se quedan como están, tu hoja de recuperación sigue siendo válida y el archivo de clave que está junto a tus copias de seguridad se actualiza también.</translation>
    </message>
    <message>
        <source>Not in the demo practice.</source>
        <translation>No disponible en la consulta de demostración.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture of up to 1 MB, printed at the top of every handout. It is kept encrypted in the vault with the rest of these details.</source>
        <translation>Una imagen PNG o JPEG de hasta 1 MB, impresa en la parte superior de cada documento. Se guarda cifrada en la caja fuerte junto con el resto de estos datos.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Aún sin elegir</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Elegir la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> copias</translation>
    </message>
    <message>
        <source>Back up when I &amp;quit</source>
        <translation>&amp;Hacer copia al salir</translation>
    </message>
    <message>
        <source>Extra recipients of backups</source>
        <translation>Destinatarios adicionales de las copias</translation>
    </message>
    <message>
        <source>Save recip&amp;ients</source>
        <translation>Guardar &amp;destinatarios</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer copia aho&amp;ra</translation>
    </message>
    <message>
        <source>A backup is one encrypted file holding your whole practice. Keep them off this computer: a USB stick or an external drive. Beside them, this practice&apos;s backup key file lets your passphrase alone open them.</source>
        <translation>Una copia de seguridad es un único archivo cifrado que contiene toda tu consulta. Guárdalas fuera de este ordenador: en una memoria USB o un disco externo. A su lado, el archivo de clave de copia de seguridad de esta consulta permite abrirlas solo con tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Backup fol&amp;der</source>
        <translation>Carpeta de cop&amp;ias</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>Conser&amp;var las más recientes</translation>
    </message>
    <message>
        <source>Extra recipien&amp;ts</source>
        <translation>Destinatarios e&amp;xtra</translation>
    </message>
    <message>
        <source>Age public keys (they start with age1), one per line: for example the colleague named in your professional will as records custodian. Each can open every new backup with their own key.</source>
        <translation>Claves públicas de age (empiezan por age1), una por línea: por ejemplo, la del colega que tu testamento profesional designa como custodio de los registros. Cada una puede abrir todas las copias de seguridad nuevas con su propia clave.</translation>
    </message>
    <message>
        <source>Choose the practice&apos;s logo</source>
        <translation>Elegir el logotipo de la consulta</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>That file could not be read; choose another PNG or JPEG file.</source>
        <translation>No se ha podido leer ese archivo; elige otro archivo PNG o JPEG.</translation>
    </message>
    <message>
        <source>Printed on every handout</source>
        <translation>Se imprime en todos los documentos</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>A logo this computer cannot show</source>
        <translation>Un logotipo que este ordenador no puede mostrar</translation>
    </message>
    <message>
        <source>New backups are also encrypted to other keys (keys: {count}).</source>
        <translation>Las copias de seguridad nuevas también se cifran para otras claves (claves: {count}).</translation>
    </message>
    <message>
        <source>New backups open only with your own backup key.</source>
        <translation>Las copias de seguridad nuevas solo se abren con tu propia clave de copia de seguridad.</translation>
    </message>
    <message>
        <source>Last backup: {when}.</source>
        <translation>Última copia de seguridad: {when}.</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Todavía no hay ninguna copia.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>Moverse entre campos</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Move through a list or search results</source>
        <translation>Recorrer una lista o los resultados de búsqueda</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Flecha arriba, flecha abajo</translation>
    </message>
    <message>
        <source>Open the chosen search result</source>
        <translation>Abrir el resultado de búsqueda elegido</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Next or previous tab of a client</source>
        <translation>Pestaña siguiente o anterior de un cliente</translation>
    </message>
    <message>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab, Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <source>Go to a labelled field or button</source>
        <translation>Ir a un campo o botón con etiqueta</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Cerrar un cuadro de diálogo sin guardar</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Agree version {n}</source>
        <translation>Acordar la versión {n}</translation>
    </message>
    <message>
        <source>The client&apos;s name, typed by the client</source>
        <translation>Nombre del cliente, escrito por el cliente</translation>
    </message>
    <message>
        <source>The client&apos;s date</source>
        <translation>Fecha del cliente</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Your date</source>
        <translation>Tu fecha</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>&amp;Acordar</translation>
    </message>
    <message>
        <source>The &amp;client types their name</source>
        <translation>El &amp;cliente escribe su nombre</translation>
    </message>
    <message>
        <source>On</source>
        <translation>El día</translation>
    </message>
    <message>
        <source>&amp;You type yours</source>
        <translation>&amp;Tú escribes el tuyo</translation>
    </message>
    <message>
        <source>On </source>
        <translation>El día </translation>
    </message>
    <message>
        <source>Agreeing keeps this version exactly as it is now: its {count} goals and both commitments. To change anything later, revise it into a new version.</source>
        <translation>Al acordarla, esta versión queda tal como está ahora: sus {count} objetivos y los dos compromisos. Para cambiar algo más adelante, revísala en una versión nueva.</translation>
    </message>
    <message>
        <source>Typed names stand for signatures; a printed agreement has room to sign by hand.</source>
        <translation>Los nombres escritos valen como firma; un acuerdo impreso tiene espacio para firmar a mano.</translation>
    </message>
    <message>
        <source>Sign and lock</source>
        <translation>Firmar y bloquear</translation>
    </message>
    <message>
        <source>Your name, as signature</source>
        <translation>Tu nombre, como firma</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Tu &amp;nombre</translation>
    </message>
    <message>
        <source>Signing locks this note as it is now. After that it cannot be changed; anything to add or correct is kept as a dated amendment beside it.</source>
        <translation>Al firmarla, esta nota queda bloqueada tal como está ahora. Después ya no se puede cambiar; lo que haya que añadir o corregir se guarda a su lado como adenda fechada.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>A few unusual words strung together make a passphrase that is strong and easy to remember.</source>
        <translation>Unas cuantas palabras poco comunes seguidas forman una frase de contraseña segura y fácil de recordar.</translation>
    </message>
    <message>
        <source>Strong. Guessing it would take {time} even for someone holding a copy of your vault file.</source>
        <translation>Segura. Adivinarla llevaría {time}, incluso a alguien que tuviera una copia del archivo de tu caja fuerte.</translation>
    </message>
    <message>
        <source>Good. Guessing it would take {time}; one more word would make it stronger still.</source>
        <translation>Buena. Adivinarla llevaría {time}; una palabra más la haría aún más segura.</translation>
    </message>
    <message>
        <source>Too easy to guess: someone with a copy of your vault file could find it in {time}.</source>
        <translation>Demasiado fácil de adivinar: alguien con una copia del archivo de tu caja fuerte podría descubrirla en {time}.</translation>
    </message>
    <message>
        <source>Add another word or two.</source>
        <translation>Añade una o dos palabras más.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Checklist templates</source>
        <translation>Plantillas de listas</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Nueva plantilla</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>Qué abarca</translation>
    </message>
    <message>
        <source>Add a &amp;topic</source>
        <translation>Añadir un &amp;tema</translation>
    </message>
    <message>
        <source>&amp;Remove the topic</source>
        <translation>&amp;Quitar el tema</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Guardar la plantilla</translation>
    </message>
    <message>
        <source>Put the &amp;original wording back</source>
        <translation>Recuperar la redacción &amp;original</translation>
    </message>
    <message>
        <source>&amp;Delete template…</source>
        <translation>&amp;Eliminar la plantilla…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>No&amp;mbre</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>A client&apos;s checklist is their own copy, made when it is started: changing a template here never changes a checklist a client already has.</source>
        <translation>La lista de un cliente es su propia copia, hecha al empezarla: cambiar aquí una plantilla nunca cambia una lista que un cliente ya tiene.</translation>
    </message>
    <message>
        <source> (built in)</source>
        <translation> (incluida)</translation>
    </message>
    <message>
        <source>My checklist</source>
        <translation>Mi lista</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardada.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Eliminar la plantilla</translation>
    </message>
    <message>
        <source>Delete the template “{name}”? Clients&apos; checklists made from it stay as they are.</source>
        <translation>¿Eliminar la plantilla «{name}»? Las listas de los clientes hechas a partir de ella se quedan como están.</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Welcome back</source>
        <translation>Hola de nuevo</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Tu frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Mensaje de desbloqueo</translation>
    </message>
    <message>
        <source>&amp;Forgot it? Use the recovery key</source>
        <translation>¿La has &amp;olvidado? Usa la clave de recuperación</translation>
    </message>
    <message>
        <source>Your records are locked. Type your passphrase to open them.</source>
        <translation>Tus registros están bloqueados. Escribe tu frase de contraseña para abrirlos.</translation>
    </message>
    <message>
        <source>The key from your recovery sheet</source>
        <translation>La clave de tu hoja de recuperación</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Set passphrase and &amp;unlock</source>
        <translation>Poner la frase de contraseña y &amp;desbloquear</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Use your recovery key</source>
        <translation>Usar tu clave de recuperación</translation>
    </message>
    <message>
        <source>Type the recovery key from the sheet you stored when you made the vault (dashes and spaces don&apos;t matter), then choose a new passphrase. Your old passphrase will stop working.</source>
        <translation>Escribe la clave de recuperación de la hoja que guardaste al crear la caja fuerte (los guiones y los espacios dan igual) y después elige una frase de contraseña nueva. Tu antigua frase de contraseña dejará de funcionar.</translation>
    </message>
    <message>
        <source>The demo practice</source>
        <translation>La consulta de demostración</translation>
    </message>
    <message>
        <source>Everyone in this practice is invented. Its passphrase is: {passphrase}</source>
        <translation>Todas las personas de esta consulta son inventadas. Su frase de contraseña es: {passphrase}</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation>Esa frase de contraseña no abre esta caja fuerte. Comprueba Bloq Mayús y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Checking the key and setting your new passphrase…</source>
        <translation>Comprobando la clave y poniendo tu nueva frase de contraseña…</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No se ha encontrado</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a backup</source>
        <translation>Comprobar una copia de seguridad</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Resultado de la comprobación</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>Check that a backup is whole and that its key opens it: every record is read and every checksum compared. Your vault is not touched.</source>
        <translation>Comprueba que una copia de seguridad está completa y que su clave la abre: se lee cada registro y se comparan todas las sumas de verificación. Tu caja fuerte no se toca.</translation>
    </message>
    <message>
        <source>Checking every record of the backup…</source>
        <translation>Comprobando cada registro de la copia de seguridad…</translation>
    </message>
    <message numerus="yes">
        <source>This backup is whole: %n record(s), made on {made} by Reciprocal {version}.</source>
        <translation>
            <numerusform>Esta copia de seguridad está completa: %n registro, hecha el {made} con Reciprocal {version}.</numerusform>
            <numerusform>Esta copia de seguridad está completa: %n registros, hecha el {made} con Reciprocal {version}.</numerusform>
        </translation>
    </message>
    <message>
        <source>When it was made, some records were already damaged in the vault (damaged records: {count}); their unreadable parts are empty in it.</source>
        <translation>Cuando se hizo, algunos registros ya estaban dañados en la caja fuerte (registros dañados: {count}); sus partes ilegibles están vacías en ella.</translation>
    </message>
    <message>
        <source>Who made this backup cannot be confirmed with this key; only the practice&apos;s own backup key can confirm it.</source>
        <translation>Con esta clave no se puede confirmar quién hizo esta copia de seguridad; solo la clave de copia de seguridad propia de la consulta puede confirmarlo.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>&amp;Create my vault</source>
        <translation>&amp;Crear mi caja fuerte</translation>
    </message>
    <message>
        <source>Start your own practice records, protected by a passphrase.</source>
        <translation>Empieza los registros de tu propia consulta, protegidos con una frase de contraseña.</translation>
    </message>
    <message>
        <source>&amp;Explore a demo practice</source>
        <translation>&amp;Explorar una consulta de demostración</translation>
    </message>
    <message>
        <source>Open a practice of invented clients to try the app.</source>
        <translation>Abre una consulta de clientes inventados para probar la aplicación.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup</source>
        <translation>&amp;Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Bring back your records from a backup file, for example on a new computer.</source>
        <translation>Recupera tus registros desde un archivo de copia de seguridad, por ejemplo en un ordenador nuevo.</translation>
    </message>
    <message>
        <source>Welcome to Reciprocal</source>
        <translation>Te damos la bienvenida a Reciprocal</translation>
    </message>
    <message>
        <source>Your practice records stay on this computer, encrypted with a passphrase only you know. Nothing is ever sent anywhere.</source>
        <translation>Los registros de tu consulta se quedan en este ordenador, cifrados con una frase de contraseña que solo tú conoces. Nunca se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>Set a passphrase and start with an empty practice.</source>
        <translation>Elige una frase de contraseña y empieza con una consulta vacía.</translation>
    </message>
    <message>
        <source>Look around a practice of invented clients first; your own vault can come later.</source>
        <translation>Echa primero un vistazo a una consulta de clientes inventados; tu propia caja fuerte puede esperar.</translation>
    </message>
    <message>
        <source>On a new computer: bring back your practice from a backup file.</source>
        <translation>En un ordenador nuevo: recupera tu consulta desde un archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>Create my &amp;vault</source>
        <translation>Crear mi &amp;caja fuerte</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elige una frase de contraseña</translation>
    </message>
    <message>
        <source>Your passphrase unlocks the vault each day. Choose one you can remember without writing it down: four or five unusual words in a row work well.</source>
        <translation>Tu frase de contraseña desbloquea la caja fuerte cada día. Elige una que puedas recordar sin apuntarla: cuatro o cinco palabras poco comunes seguidas funcionan bien.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your records. It is shown only this once. Print it or write it down, and keep it somewhere safe away from this computer.</source>
        <translation>Si alguna vez olvidas tu frase de contraseña, esta clave es la única forma de volver a entrar en tus registros. Solo se muestra esta vez. Imprímela o apúntala, y guárdala en un lugar seguro, lejos de este ordenador.</translation>
    </message>
    <message>
        <source>A demo practice</source>
        <translation>Una consulta de demostración</translation>
    </message>
    <message>
        <source>Making a practice of {clients} invented clients with a few months of sessions each. Everything in it is made up, so explore freely.</source>
        <translation>Creando una consulta de {clients} clientes inventados, con unos meses de sesiones cada uno. Todo es inventado, así que explora con libertad.</translation>
    </message>
    <message>
        <source>Setting up your vault. Making the key takes a few seconds on purpose: it is what makes guessing your passphrase slow.</source>
        <translation>Preparando tu caja fuerte. Crear la clave tarda unos segundos a propósito: es lo que hace lento adivinar tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Inventing clients and their sessions…</source>
        <translation>Inventando clientes y sus sesiones…</translation>
    </message>
</context>
<context>
    <name>_Scale</name>
    <message>
        <source>not at all</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>{value} of 10</source>
        <translation>{value} de 10</translation>
    </message>
    <message>
        <source>completely</source>
        <translation>totalmente</translation>
    </message>
</context>
<context>
    <name>_Tables</name>
    <message>
        <source>Session feedback (0–10)</source>
        <translation>Valoración de las sesiones (0–10)</translation>
    </message>
    <message>
        <source>No feedback recorded yet.</source>
        <translation>Todavía no hay valoraciones registradas.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What could be different</source>
        <translation>Qué podría ser diferente</translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation>Tu reflexión</translation>
    </message>
    <message>
        <source>(damaged record)</source>
        <translation>(registro dañado)</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>No PHQ-9 or GAD-7 recorded yet.</source>
        <translation>Todavía no hay ningún PHQ-9 ni GAD-7 registrado.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Rellenado</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>{day} (by the client)</source>
        <translation>{day} (por el cliente)</translation>
    </message>
    <message>
        <source>Item 9 needs a follow-up</source>
        <translation>El ítem 9 necesita seguimiento</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Con seguimiento</translation>
    </message>
</context>
</TS>
