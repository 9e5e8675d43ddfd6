<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt for Python: the windows</source>
        <translation>Qt para Python: as janelas</translation>
    </message>
    <message>
        <source>Qt for Python&apos;s bindings</source>
        <translation>as ligações do Qt para Python</translation>
    </message>
    <message>
        <source>the database layer</source>
        <translation>a camada da base de dados</translation>
    </message>
    <message>
        <source>schema migrations</source>
        <translation>migrações do esquema</translation>
    </message>
    <message>
        <source>AES-GCM, key wrapping</source>
        <translation>AES-GCM, encapsulamento de chaves</translation>
    </message>
    <message>
        <source>age encryption of backups (rage)</source>
        <translation>cifragem age das cópias de segurança (rage)</translation>
    </message>
    <message>
        <source>PDF handouts</source>
        <translation>documentos em PDF</translation>
    </message>
    <message>
        <source>reportlab&apos;s speed-ups</source>
        <translation>acelerações do reportlab</translation>
    </message>
    <message>
        <source>text shaping in handouts</source>
        <translation>composição de texto nos documentos</translation>
    </message>
    <message>
        <source>right-to-left text in handouts</source>
        <translation>texto da direita para a esquerda nos documentos</translation>
    </message>
    <message>
        <source>images in handouts</source>
        <translation>imagens nos documentos</translation>
    </message>
    <message>
        <source>passphrase strength</source>
        <translation>força da frase-passe</translation>
    </message>
    <message>
        <source>where files live</source>
        <translation>onde ficam os ficheiros</translation>
    </message>
    <message>
        <source>MIT (the pyrage project&apos;s LICENSE)</source>
        <translation>MIT (o LICENSE do projeto pyrage)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>não indicada</translation>
    </message>
    <message>
        <source>Bitstream Vera / DejaVu licence (free)</source>
        <translation>Licença Bitstream Vera / DejaVu (livre)</translation>
    </message>
    <message>
        <source>Noto Sans Arabic, Hebrew, SC, KR (a Hangul subset), Noto Emoji</source>
        <translation>Noto Sans Arabic, Hebrew, SC, KR (um subconjunto Hangul), Noto Emoji</translation>
    </message>
    <message>
        <source>About Reciprocal</source>
        <translation>Acerca do Reciprocal</translation>
    </message>
    <message>
        <source>not chosen yet (Settings, or the first Back up now, asks for a folder)</source>
        <translation>ainda não escolhida (as Definições, ou a primeira vez que usar «Fazer cópia de segurança agora», pedem uma pasta)</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Este cofre</translation>
    </message>
    <message>
        <source>New vaults and the demo</source>
        <translation>Novos cofres e a demonstração</translation>
    </message>
    <message>
        <source>Settings of this computer</source>
        <translation>Definições deste computador</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cópias de segurança</translation>
    </message>
    <message>
        <source>{licence} (through PySide6 {version})</source>
        <translation>{licence} (através do PySide6 {version})</translation>
    </message>
    <message>
        <source>the toolkit</source>
        <translation>a biblioteca da interface</translation>
    </message>
    <message>
        <source>An offline, encrypted practice companion for therapists. Your records stay on this computer; nothing is ever sent anywhere.</source>
        <translation>Um companheiro de consultório, cifrado e sem ligação à Internet, para terapeutas. Os seus registos ficam neste computador; nada é enviado para lado nenhum.</translation>
    </message>
    <message>
        <source>Backups are files in the age format (age-encryption.org/v1); the age tool opens them without this app.</source>
        <translation>As cópias de segurança são ficheiros no formato age (age-encryption.org/v1); a ferramenta age abre-as sem esta aplicação.</translation>
    </message>
    <message>
        <source>Where things are</source>
        <translation>Onde ficam as coisas</translation>
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
        <translation>A editar…</translation>
    </message>
    <message>
        <source>Not saved yet — your text is still here</source>
        <translation>Ainda não guardado — o seu texto continua aqui</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Guardado às {time}</translation>
    </message>
</context>
<context>
    <name>BackupKeyDialog</name>
    <message>
        <source>Your backup key</source>
        <translation>A chave das suas cópias de segurança</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase-passe</translation>
    </message>
    <message>
        <source>&amp;Write the backup key</source>
        <translation>&amp;Gravar a chave das cópias</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>A sua &amp;frase-passe</translation>
    </message>
    <message>
        <source>Your backup is written. Beside it, Reciprocal keeps your backup key in a file of this practice&apos;s own (its name starts with backup-key-), locked with your passphrase, so that your passphrase alone opens these backups on a new computer. Type your passphrase once to write it there.</source>
        <translation>A sua cópia de segurança está gravada. Junto dela, o Reciprocal guarda a chave das cópias de segurança num ficheiro próprio deste consultório (o nome começa por backup-key-), bloqueado com a sua frase-passe, para que só a frase-passe baste para abrir estas cópias num computador novo. Escreva a sua frase-passe uma vez para gravar a chave aí.</translation>
    </message>
    <message>
        <source>Locking the backup key with your passphrase…</source>
        <translation>A bloquear a chave das cópias com a sua frase-passe…</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation>Essa frase-passe não abre este cofre. Verifique a tecla Caps Lock e tente de novo.</translation>
    </message>
</context>
<context>
    <name>BackupKeyPicker</name>
    <message>
        <source>Backup file</source>
        <translation>Ficheiro da cópia de segurança</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Escolher o ficheiro da cópia de segurança</translation>
    </message>
    <message>
        <source>With the &amp;backup key file and my passphrase</source>
        <translation>Com o ficheiro da chave e a &amp;minha frase-passe</translation>
    </message>
    <message>
        <source>Backup key file</source>
        <translation>Ficheiro da chave das cópias</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Esc&amp;olher…</translation>
    </message>
    <message>
        <source>Choose the backup key file</source>
        <translation>Escolher o ficheiro da chave das cópias</translation>
    </message>
    <message>
        <source>Passphrase for the backup key file</source>
        <translation>Frase-passe do ficheiro da chave das cópias</translation>
    </message>
    <message>
        <source>With the backup key from my &amp;recovery sheet</source>
        <translation>Com a chave da minha folha de rec&amp;uperação</translation>
    </message>
    <message>
        <source>Backup key from the recovery sheet</source>
        <translation>Chave das cópias indicada na folha de recuperação</translation>
    </message>
    <message>
        <source>With an age &amp;identity file (for example your records custodian&apos;s)</source>
        <translation>Com um ficheiro de &amp;identidade age (por exemplo, o do guardião dos seus registos)</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Ficheiro de identidade</translation>
    </message>
    <message>
        <source>Choos&amp;e…</source>
        <translation>Esco&amp;lher…</translation>
    </message>
    <message>
        <source>Choose the identity file</source>
        <translation>Escolher o ficheiro de identidade</translation>
    </message>
    <message>
        <source>Key &amp;file</source>
        <translation>Ficheiro da c&amp;have</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase-passe</translation>
    </message>
    <message>
        <source>Backup &amp;key</source>
        <translation>Chave das có&amp;pias</translation>
    </message>
    <message>
        <source>I&amp;dentity file</source>
        <translation>Ficheiro de i&amp;dentidade</translation>
    </message>
    <message>
        <source>Back&amp;up file</source>
        <translation>Ficheiro da &amp;cópia de segurança</translation>
    </message>
    <message>
        <source>Open it with:</source>
        <translation>Abrir com:</translation>
    </message>
    <message>
        <source>Backup keys (backup-key*.age);;All files (*)</source>
        <translation>Chaves das cópias (backup-key*.age);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Choose an age identity file</source>
        <translation>Escolher um ficheiro de identidade age</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Choose the backup to open</source>
        <translation>Escolher a cópia de segurança a abrir</translation>
    </message>
    <message>
        <source>Reciprocal backups (*.age);;All files (*)</source>
        <translation>Cópias de segurança do Reciprocal (*.age);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Found {name} beside the backup: type the passphrase that protects it.</source>
        <translation>Encontrado {name} junto da cópia de segurança: escreva a frase-passe que o protege.</translation>
    </message>
    <message>
        <source>Found {count} backup key files beside the backup, one for each practice backed up there: type your passphrase and Reciprocal tries each of them.</source>
        <translation>Foram encontrados {count} ficheiros de chave junto da cópia de segurança, um por cada consultório com cópias nessa pasta: escreva a sua frase-passe e o Reciprocal experimenta cada um deles.</translation>
    </message>
    <message>
        <source>There is no backup key file beside this backup. Choose it, or use the backup key on your recovery sheet.</source>
        <translation>Não há nenhum ficheiro de chave junto desta cópia de segurança. Escolha-o, ou use a chave das cópias indicada na sua folha de recuperação.</translation>
    </message>
    <message>
        <source>{name} is protected by a passphrase: choose it under &quot;With the backup key file and my passphrase&quot; and type the passphrase there.</source>
        <translation>{name} está protegido por uma frase-passe: escolha-o em «Com o ficheiro da chave e a minha frase-passe» e escreva aí a frase-passe.</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>Backed up {time} — {size} to {folder}</source>
        <translation>Cópia de segurança feita às {time} — {size} em {folder}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in {path}</source>
        <translation>
            <numerusform>%n registo em {path}</numerusform>
            <numerusform>%n registos em {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup is written, but some records were already damaged in the vault and are incomplete in it (damaged records: {count}).</source>
        <translation>A cópia de segurança está gravada, mas alguns registos já estavam danificados no cofre e ficaram incompletos na cópia (registos danificados: {count}).</translation>
    </message>
    <message>
        <source>No backup folder is chosen yet; choose one in Settings under Backups.</source>
        <translation>Ainda não escolheu uma pasta para as cópias de segurança; escolha uma nas Definições, em Cópias de segurança.</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} às {time}</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Estado da cópia de segurança</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>A fazer a cópia de segurança</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Fazer cópia de segurança agora</translation>
    </message>
    <message>
        <source>Write a backup of your whole practice into your backup folder.</source>
        <translation>Gravar uma cópia de segurança de todo o seu consultório na pasta das cópias.</translation>
    </message>
    <message>
        <source>You haven&apos;t made a backup yet.</source>
        <translation>Ainda não fez nenhuma cópia de segurança.</translation>
    </message>
    <message numerus="yes">
        <source>Your last backup was %n day(s) ago.</source>
        <translation>
            <numerusform>A sua última cópia de segurança foi há %n dia.</numerusform>
            <numerusform>A sua última cópia de segurança foi há %n dias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>A fazer a cópia de segurança…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Choose the folder for your backups</source>
        <translation>Escolher a pasta das cópias de segurança</translation>
    </message>
</context>
<context>
    <name>BoundariesTab</name>
    <message>
        <source>Boundaries and transparency</source>
        <translation>Limites e transparência</translation>
    </message>
    <message>
        <source>&amp;Start a checklist</source>
        <translation>&amp;Começar uma lista</translation>
    </message>
    <message>
        <source>A new checklist for this client, from the practice&apos;s template</source>
        <translation>Uma nova lista para este cliente, a partir do modelo do consultório</translation>
    </message>
    <message>
        <source>Choose a topic to note where it stands. The practice&apos;s templates are edited in Settings.</source>
        <translation>Escolha um tema para anotar em que ponto está. Os modelos do consultório editam-se nas Definições.</translation>
    </message>
    <message>
        <source>No checklist started for this client yet. Start one to walk through what they have a right to know, over the first sessions.</source>
        <translation>Ainda não há nenhuma lista para este cliente. Comece uma para percorrer, ao longo das primeiras sessões, aquilo que o cliente tem o direito de saber.</translation>
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
        <translation>Em que ponto está</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Proposto por</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>(damaged record)</source>
        <translation>(registo danificado)</translation>
    </message>
    <message>
        <source>Add a topic of our own…</source>
        <translation>Acrescentar um tema nosso…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation>Alterar a frase-passe</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>A sua nova chave de recuperação</translation>
    </message>
    <message>
        <source>Every record is now locked with new keys, so your old recovery key no longer opens this vault. This new one is shown only this once: print a new recovery sheet and keep it somewhere safe, away from this computer. Keep your old sheet too: it still opens the backups made before today.</source>
        <translation>Todos os registos estão agora bloqueados com chaves novas, por isso a sua antiga chave de recuperação já não abre este cofre. Esta nova chave só é mostrada desta vez: imprima uma nova folha de recuperação e guarde-a num lugar seguro, longe deste computador. Guarde também a folha antiga: continua a abrir as cópias de segurança feitas antes de hoje.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase-passe atual</translation>
    </message>
    <message>
        <source>Also &amp;renew every key</source>
        <translation>&amp;Renovar também todas as chaves</translation>
    </message>
    <message>
        <source>Do this if a copy of your vault or backup key may have been taken.</source>
        <translation>Faça isto se alguém puder ter ficado com uma cópia do seu cofre ou da chave das cópias de segurança.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>A&amp;lterar a frase-passe</translation>
    </message>
    <message>
        <source>Your c&amp;urrent passphrase:</source>
        <translation>A sua frase-passe a&amp;tual:</translation>
    </message>
    <message>
        <source>Your &amp;new passphrase, twice:</source>
        <translation>A sua &amp;nova frase-passe, duas vezes:</translation>
    </message>
    <message>
        <source>Do this if a copy of your vault or backup key may have been taken. Every record is locked again with new keys, and you get a new recovery key to store. Backups made before stay readable with the old backup key and recovery sheet.</source>
        <translation>Faça isto se alguém puder ter ficado com uma cópia do seu cofre ou da chave das cópias de segurança. Todos os registos voltam a ser bloqueados com chaves novas, e recebe uma nova chave de recuperação para guardar. As cópias de segurança feitas antes continuam legíveis com a chave antiga das cópias e a folha de recuperação antiga.</translation>
    </message>
    <message>
        <source>Your records stay as they are, locked again with new keys. You will get a new recovery key to store.</source>
        <translation>Os seus registos ficam como estão, bloqueados de novo com chaves novas. Vai receber uma nova chave de recuperação para guardar.</translation>
    </message>
    <message>
        <source>&amp;Change and renew keys</source>
        <translation>A&amp;lterar e renovar as chaves</translation>
    </message>
    <message>
        <source>Your records stay as they are; only the lock on them changes. Your recovery sheet stays valid.</source>
        <translation>Os seus registos ficam como estão; só muda o cadeado que os protege. A sua folha de recuperação continua válida.</translation>
    </message>
    <message>
        <source>Locking every record with new keys…</source>
        <translation>A bloquear todos os registos com chaves novas…</translation>
    </message>
    <message>
        <source>Changing your passphrase…</source>
        <translation>A alterar a sua frase-passe…</translation>
    </message>
    <message>
        <source>Your passphrase is changed. The backup key beside your backups could not be renewed: {problem}</source>
        <translation>A sua frase-passe foi alterada. Não foi possível renovar a chave que está junto das suas cópias de segurança: {problem}</translation>
    </message>
    <message>
        <source>Your passphrase is changed. The backup key beside your backups will be renewed the next time you unlock with the backup folder available.</source>
        <translation>A sua frase-passe foi alterada. A chave que está junto das suas cópias de segurança será renovada da próxima vez que desbloquear o cofre com a pasta das cópias disponível.</translation>
    </message>
    <message>
        <source>Your passphrase is changed, and the backup key beside your backups now opens with it.</source>
        <translation>A sua frase-passe foi alterada, e a chave que está junto das suas cópias de segurança passa a abrir com ela.</translation>
    </message>
    <message>
        <source>Your passphrase is changed.</source>
        <translation>A sua frase-passe foi alterada.</translation>
    </message>
    <message>
        <source>Every key is renewed.</source>
        <translation>Todas as chaves foram renovadas.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>{name} over time</source>
        <translation>{name} ao longo do tempo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No {name} recorded yet.</source>
        <translation>Ainda não há nenhum {name} registado.</translation>
    </message>
    <message>
        <source>{count} recorded; the latest total is {total} of {most} ({band}), on {day}.</source>
        <translation>{count} registados; o total mais recente é {total} em {most} ({band}), a {day}.</translation>
    </message>
    <message>
        <source>Heard and understood</source>
        <translation>Escuta e compreensão</translation>
    </message>
    <message>
        <source>What mattered</source>
        <translation>O que importava</translation>
    </message>
    <message>
        <source>The way we worked</source>
        <translation>A forma como trabalhámos</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>No geral</translation>
    </message>
    <message>
        <source>Session feedback over time</source>
        <translation>Opinião sobre as sessões ao longo do tempo</translation>
    </message>
    <message>
        <source>Rating (0–10)</source>
        <translation>Classificação (0–10)</translation>
    </message>
    <message>
        <source>No session feedback recorded yet.</source>
        <translation>Ainda não há opiniões sobre as sessões registadas.</translation>
    </message>
    <message>
        <source>{count} recorded; the latest: {given}.</source>
        <translation>{count} registadas; a mais recente: {given}.</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Dados do cliente</translation>
    </message>
    <message>
        <source>Name shown in the list</source>
        <translation>Nome mostrado na lista</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronomes</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <source>Language of this client&apos;s handouts</source>
        <translation>Idioma dos documentos deste cliente</translation>
    </message>
    <message>
        <source>The practice&apos;s language (Settings)</source>
        <translation>O idioma do consultório (Definições)</translation>
    </message>
    <message>
        <source>&amp;Name in the list</source>
        <translation>&amp;Nome na lista</translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation>Nome &amp;completo</translation>
    </message>
    <message>
        <source>&amp;Pronouns</source>
        <translation>&amp;Pronomes</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontacto</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>&amp;Início</translation>
    </message>
    <message>
        <source>&amp;Handouts in</source>
        <translation>&amp;Documentos em</translation>
    </message>
    <message>
        <source>Only the name in the list is needed; it can be a first name or initials.</source>
        <translation>Só o nome na lista é necessário; pode ser um nome próprio ou as iniciais.</translation>
    </message>
    <message>
        <source>In the client&apos;s own words: how they would like the work to go.</source>
        <translation>Nas palavras do próprio cliente: como gostaria que o trabalho decorresse.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>How I like to work</source>
        <translation>Como gosto de trabalhar</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Acrescentar cliente</translation>
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
        <translation>O item 9 do PHQ-9 precisa de seguimento</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>Find a client</source>
        <translation>Procurar um cliente</translation>
    </message>
    <message>
        <source>Find a client by name</source>
        <translation>Procurar um cliente pelo nome</translation>
    </message>
    <message>
        <source>Clear the name</source>
        <translation>Limpar o nome</translation>
    </message>
    <message>
        <source>Show clients who are</source>
        <translation>Mostrar os clientes que estão</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativos</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrados</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos os clientes</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Novo cliente…</translation>
    </message>
    <message>
        <source>Add a client to your practice</source>
        <translation>Acrescentar um cliente ao seu consultório</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>No clients yet. Add your first with New client.</source>
        <translation>Ainda não há clientes. Acrescente o primeiro com «Novo cliente».</translation>
    </message>
    <message>
        <source>No client matches.</source>
        <translation>Nenhum cliente corresponde.</translation>
    </message>
</context>
<context>
    <name>ClientWorkspace</name>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Editar dados…</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>&amp;Hand over to the client</source>
        <translation>&amp;Passar o ecrã ao cliente</translation>
    </message>
    <message>
        <source>Session &amp;feedback</source>
        <translation>&amp;Opinião sobre a sessão</translation>
    </message>
    <message>
        <source>Their &amp;goals</source>
        <translation>Os seus &amp;objetivos</translation>
    </message>
    <message>
        <source>How I like to &amp;work</source>
        <translation>Como gosto de &amp;trabalhar</translation>
    </message>
    <message>
        <source>&amp;Erase for good…</source>
        <translation>&amp;Apagar definitivamente…</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mais</translation>
    </message>
    <message>
        <source>More actions for this client</source>
        <translation>Mais ações para este cliente</translation>
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
        <translation>Pré-visualizar, imprimir ou guardar um documento com o que este separador mostra (Ctrl+P); a seta oferece todos os tipos</translation>
    </message>
    <message>
        <source>Client record</source>
        <translation>Processo do cliente</translation>
    </message>
    <message>
        <source>Choose a client on the left, or add one with New client (Ctrl+N).</source>
        <translation>Escolha um cliente à esquerda, ou acrescente um com «Novo cliente» (Ctrl+N).</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>desde {day}</translation>
    </message>
    <message>
        <source>Close client</source>
        <translation>Encerrar o processo</translation>
    </message>
    <message>
        <source>Close {name}&apos;s record? It stays in the vault and you can reopen it at any time.</source>
        <translation>Encerrar o processo de {name}? Fica guardado no cofre e pode reabri-lo em qualquer altura.</translation>
    </message>
</context>
<context>
    <name>CommitmentsDialog</name>
    <message>
        <source>The goal agreement</source>
        <translation>O acordo de objetivos</translation>
    </message>
    <message>
        <source>What the client commits to</source>
        <translation>O que o cliente se compromete a fazer</translation>
    </message>
    <message>
        <source>What the therapist commits to</source>
        <translation>O que o terapeuta se compromete a fazer</translation>
    </message>
    <message>
        <source>What &amp;I commit to (the client):</source>
        <translation>O que &amp;eu me comprometo a fazer (o cliente):</translation>
    </message>
    <message>
        <source>What the &amp;therapist commits to:</source>
        <translation>O que o &amp;terapeuta se compromete a fazer:</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Guardar rascunho</translation>
    </message>
    <message>
        <source>The agreement gathers the client&apos;s current goals, as they stand when it is agreed, with what each of you commits to. It stays a draft until you both sign it.</source>
        <translation>O acordo reúne os objetivos atuais do cliente, tal como estão no momento em que é aprovado, com aquilo a que cada um de vocês se compromete. Continua a ser um rascunho até ambos o assinarem.</translation>
    </message>
</context>
<context>
    <name>DisclosureLogDialog</name>
    <message>
        <source>Disclosure log</source>
        <translation>Registo de divulgações</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Divulgações</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Para quem</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Sobre:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Everything that has left Reciprocal: exports, printouts, handouts and backups. Entries are added by the app and can never be changed.</source>
        <translation>Tudo o que saiu do Reciprocal: exportações, impressões, documentos para clientes e cópias de segurança. As entradas são acrescentadas pela aplicação e nunca podem ser alteradas.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>The whole practice (backups)</source>
        <translation>Todo o consultório (cópias de segurança)</translation>
    </message>
    <message>
        <source>The whole practice</source>
        <translation>Todo o consultório</translation>
    </message>
    <message>
        <source>(erased or unknown)</source>
        <translation>(apagado ou desconhecido)</translation>
    </message>
    <message>
        <source>(damaged entry)</source>
        <translation>(entrada danificada)</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n entry(s) shown.</source>
        <translation>
            <numerusform>{shown} de %n entrada mostrada.</numerusform>
            <numerusform>{shown} de %n entradas mostradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseClientDialog</name>
    <message>
        <source>Erase a client for good</source>
        <translation>Apagar um cliente definitivamente</translation>
    </message>
    <message>
        <source>Erase {name} for good?</source>
        <translation>Apagar {name} definitivamente?</translation>
    </message>
    <message>
        <source>Every session note, goal agreement, checklist, feedback, questionnaire (measure) and exercise of {name} is destroyed, together with the key that encrypts them. This cannot be undone.</source>
        <translation>Todas as notas de sessão, acordos de objetivos, listas, opiniões, questionários e exercícios de {name} são destruídos, juntamente com a chave que os cifra. Isto não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Backups made before now still hold {name}: erasure cannot reach them. If those must go too, delete or overwrite the old backup files yourself.</source>
        <translation>As cópias de segurança feitas até agora ainda contêm os dados de {name}, e não é possível apagá-los de lá. Se também tiverem de desaparecer, apague ou substitua pessoalmente os ficheiros das cópias antigas.</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Prazo de conservação</translation>
    </message>
    <message>
        <source>E&amp;rase anyway, before the retention period ends</source>
        <translation>Apagar &amp;mesmo assim, antes do fim do prazo de conservação</translation>
    </message>
    <message>
        <source>Type the client&apos;s name to confirm</source>
        <translation>Escreva o nome do cliente para confirmar</translation>
    </message>
    <message>
        <source>To confirm, t&amp;ype the client&apos;s id: {id}</source>
        <translation>Para confirmar, &amp;escreva o identificador do cliente: {id}</translation>
    </message>
    <message>
        <source>To confirm, t&amp;ype the client&apos;s name: {name}</source>
        <translation>Para confirmar, &amp;escreva o nome do cliente: {name}</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Apagar definitivamente</translation>
    </message>
    <message>
        <source>Destroys this client&apos;s records and key; cannot be undone</source>
        <translation>Destrói os registos e a chave deste cliente; não pode ser desfeito</translation>
    </message>
    <message>
        <source>Records are normally kept until {day} ({years} years after the last session).</source>
        <translation>Normalmente, os registos são conservados até {day} ({years} anos depois da última sessão).</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>A apagar…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong, so that last step did not finish. What you saved before is safe; please try again.</source>
        <translation>Aconteceu algo inesperado e esse último passo não chegou ao fim. O que guardou antes está seguro; tente de novo, por favor.</translation>
    </message>
    <message>
        <source>Reciprocal</source>
        <translation>Reciprocal</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Mensagem de erro</translation>
    </message>
</context>
<context>
    <name>ExerciseDialog</name>
    <message>
        <source>Agree an exercise</source>
        <translation>Combinar um exercício</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <source>My own words</source>
        <translation>As minhas próprias palavras</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frequência</translation>
    </message>
    <message>
        <source>for example: every evening</source>
        <translation>por exemplo: todas as noites</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>How it went, in the client&apos;s words</source>
        <translation>Como correu, nas palavras do cliente</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>&amp;Combinar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Start from</source>
        <translation>&amp;Partir de</translation>
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
        <translation>&amp;Frequência</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>&amp;O que fazer</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <source>How it &amp;went
(their words)</source>
        <translation>Como co&amp;rreu
(nas palavras do cliente)</translation>
    </message>
</context>
<context>
    <name>ExerciseLibrary</name>
    <message>
        <source>Slow breathing</source>
        <translation>Respiração lenta</translation>
    </message>
    <message>
        <source>Breathe in through your nose to a count of four, and out through your mouth to a count of six. Ten breaths like this. Notice how you feel before and after.</source>
        <translation>Inspire pelo nariz enquanto conta até quatro e expire pela boca enquanto conta até seis. Dez respirações assim. Repare em como se sente antes e depois.</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>duas vezes por dia</translation>
    </message>
    <message>
        <source>Three lines before bed</source>
        <translation>Três linhas antes de dormir</translation>
    </message>
    <message>
        <source>Write three lines: something that happened today, how you felt about it, and one thing you would like to remember.</source>
        <translation>Escreva três linhas: algo que aconteceu hoje, o que sentiu em relação a isso e uma coisa de que gostaria de se lembrar.</translation>
    </message>
    <message>
        <source>every evening</source>
        <translation>todas as noites</translation>
    </message>
    <message>
        <source>Noticing the body</source>
        <translation>Reparar no corpo</translation>
    </message>
    <message>
        <source>Once a day, pause and notice where in your body you feel tension, warmth or ease. Just notice; there is nothing to change.</source>
        <translation>Uma vez por dia, faça uma pausa e repare em que parte do corpo sente tensão, calor ou bem-estar. Apenas repare; não há nada para mudar.</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>uma vez por dia</translation>
    </message>
    <message>
        <source>A kind pause</source>
        <translation>Uma pausa gentil</translation>
    </message>
    <message>
        <source>When you notice you are being hard on yourself, pause, put a hand on your chest, and say to yourself what you would say to a good friend in the same place.</source>
        <translation>Quando reparar que está a ser duro consigo, faça uma pausa, ponha uma mão no peito e diga a si próprio o que diria a um bom amigo na mesma situação.</translation>
    </message>
    <message>
        <source>when it comes up</source>
        <translation>quando acontecer</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>O que é importante para mim</translation>
    </message>
    <message>
        <source>Choose one thing that matters to you — kindness, honesty, play, or another. Notice one small moment this week when you acted on it, and jot it down.</source>
        <translation>Escolha uma coisa que seja importante para si — a bondade, a honestidade, a brincadeira, ou outra. Repare num pequeno momento desta semana em que agiu de acordo com ela, e aponte-o.</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>esta semana</translation>
    </message>
    <message>
        <source>Grounding: 5-4-3-2-1</source>
        <translation>Ancoragem: 5-4-3-2-1</translation>
    </message>
    <message>
        <source>When feelings run high, name five things you can see, four you can touch, three you can hear, two you can smell and one you can taste.</source>
        <translation>Quando as emoções estiverem muito intensas, diga o nome de cinco coisas que consegue ver, quatro em que consegue tocar, três que consegue ouvir, duas que consegue cheirar e uma que consegue saborear.</translation>
    </message>
</context>
<context>
    <name>ExercisesTab</name>
    <message>
        <source>Exercises between sessions</source>
        <translation>Exercícios entre sessões</translation>
    </message>
    <message>
        <source>&amp;Agree an exercise…</source>
        <translation>&amp;Combinar um exercício…</translation>
    </message>
    <message>
        <source>No exercises agreed yet. Agree one with the client: from the library, or in your own words.</source>
        <translation>Ainda não há exercícios combinados. Combine um com o cliente: a partir da biblioteca, ou com as suas próprias palavras.</translation>
    </message>
    <message>
        <source>A damaged exercise record cannot be shown.</source>
        <translation>Um registo de exercício danificado não pode ser mostrado.</translation>
    </message>
    <message>
        <source>{facts} · agreed {day}</source>
        <translation>{facts} · combinado a {day}</translation>
    </message>
    <message>
        <source>How it went, in their words</source>
        <translation>Como correu, nas palavras do cliente</translation>
    </message>
    <message>
        <source>Note how it went, or change “{title}”…</source>
        <translation>Anotar como correu, ou alterar «{title}»…</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Session feedback</source>
        <translation>Opinião sobre a sessão</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Each from 0 (not at all) to 10 (completely); leave any the client prefers not to rate as “not rated”.</source>
        <translation>Cada uma de 0 (nada) a 10 (totalmente); deixe como «sem classificação» as que o cliente preferir não classificar.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sem classificação</translation>
    </message>
    <message>
        <source>Your reflection on it</source>
        <translation>A sua reflexão sobre isto</translation>
    </message>
    <message>
        <source>{question} (in the client&apos;s words)</source>
        <translation>{question} (nas palavras do cliente)</translation>
    </message>
    <message>
        <source>Your &amp;reflection on it (for your record):</source>
        <translation>A sua &amp;reflexão sobre isto (para o seu registo):</translation>
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
        <translation>Registar a &amp;opinião sobre a sessão…</translation>
    </message>
    <message>
        <source>Record a PHQ-&amp;9…</source>
        <translation>Registar um PHQ-&amp;9…</translation>
    </message>
    <message>
        <source>Record a GAD-&amp;7…</source>
        <translation>Registar um GAD-&amp;7…</translation>
    </message>
    <message>
        <source>Chart to show</source>
        <translation>Gráfico a mostrar</translation>
    </message>
    <message>
        <source>PHQ-9 over time</source>
        <translation>PHQ-9 ao longo do tempo</translation>
    </message>
    <message>
        <source>GAD-7 over time</source>
        <translation>GAD-7 ao longo do tempo</translation>
    </message>
    <message>
        <source>Session feedback over time</source>
        <translation>Opinião sobre as sessões ao longo do tempo</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Gráfico:</translation>
    </message>
    <message>
        <source>Chart of questionnaires and feedback</source>
        <translation>Gráfico dos questionários e das opiniões</translation>
    </message>
    <message>
        <source>Feedback and questionnaires</source>
        <translation>Opiniões e questionários</translation>
    </message>
    <message>
        <source>A PHQ-9 from {day} is damaged and cannot be read; check item 9 with the client and record a follow-up.</source>
        <translation>Um PHQ-9 de {day} está danificado e não pode ser lido; confirme o item 9 com o cliente e registe um seguimento.</translation>
    </message>
    <message>
        <source>PHQ-9 on {day}: item 9 was answered “{answer}”. No follow-up is recorded yet.</source>
        <translation>PHQ-9 de {day}: a resposta ao item 9 foi «{answer}». Ainda não há nenhum seguimento registado.</translation>
    </message>
    <message>
        <source>Record the follow-up…</source>
        <translation>Registar o seguimento…</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>Record a follow-up</source>
        <translation>Registar um seguimento</translation>
    </message>
    <message>
        <source>The PHQ-9 from {day} is damaged and cannot be read. Check item 9 with the client, then note what you did.</source>
        <translation>O PHQ-9 de {day} está danificado e não pode ser lido. Confirme o item 9 com o cliente e depois anote o que fez.</translation>
    </message>
    <message>
        <source>On the PHQ-9 from {day}, item 9 (thoughts of being better off dead or of hurting oneself) was answered “{answer}”.</source>
        <translation>No PHQ-9 de {day}, a resposta ao item 9 (pensar que seria melhor estar morto(a) ou magoar-se a si próprio(a)) foi «{answer}».</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>O que fez</translation>
    </message>
    <message>
        <source>For example: talked it through in the session; safety plan made together; crisis numbers given.</source>
        <translation>Por exemplo: falámos sobre isso na sessão; fizemos juntos um plano de segurança; dei os números de apoio em crise.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>&amp;Record follow-up</source>
        <translation>&amp;Registar o seguimento</translation>
    </message>
    <message>
        <source>&amp;What you did</source>
        <translation>&amp;O que fez</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Quando</translation>
    </message>
    <message>
        <source>Kept as you write it, in this client&apos;s record; it cannot be changed afterwards.</source>
        <translation>Fica guardado tal como o escrever, no processo deste cliente; não pode ser alterado depois.</translation>
    </message>
</context>
<context>
    <name>GoalCharts</name>
    <message>
        <source>Progress on each goal</source>
        <translation>Progresso em cada objetivo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Data de revisão</translation>
    </message>
    <message>
        <source>No goal has been rated yet.</source>
        <translation>Ainda nenhum objetivo foi avaliado.</translation>
    </message>
    <message>
        <source>Latest levels: {levels}.</source>
        <translation>Níveis mais recentes: {levels}.</translation>
    </message>
    <message>
        <source>GAS T-score over time</source>
        <translation>Pontuação T da GAS ao longo do tempo</translation>
    </message>
    <message>
        <source>T-score</source>
        <translation>Pontuação T</translation>
    </message>
    <message>
        <source>As hoped for (50)</source>
        <translation>Como esperávamos (50)</translation>
    </message>
    <message numerus="yes">
        <source>The latest T-score is {score:.1f} across %n goal(s), on {day} (50 means every goal as hoped for).</source>
        <translation>
            <numerusform>A pontuação T mais recente é {score:.1f} para %n objetivo, a {day} (50 quer dizer que cada objetivo está como esperávamos).</numerusform>
            <numerusform>A pontuação T mais recente é {score:.1f} para %n objetivos, a {day} (50 quer dizer que cada objetivo está como esperávamos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>A new goal</source>
        <translation>Um novo objetivo</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>The goal, in the client&apos;s words</source>
        <translation>O objetivo, nas palavras do cliente</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Porque é importante</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Primeiros passos</translation>
    </message>
    <message>
        <source>Signs of progress</source>
        <translation>Sinais de progresso</translation>
    </message>
    <message>
        <source>&amp;Look at it again on</source>
        <translation>Re&amp;ver em</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Data de revisão</translation>
    </message>
    <message>
        <source>Weight in the T-score</source>
        <translation>Peso na pontuação T</translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation>&amp;Acrescentar objetivo</translation>
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
        <translation>Porque é &amp;importante</translation>
    </message>
    <message>
        <source>&amp;First steps</source>
        <translation>&amp;Primeiros passos</translation>
    </message>
    <message>
        <source>Signs of &amp;progress</source>
        <translation>Sinais de p&amp;rogresso</translation>
    </message>
    <message>
        <source>What each level of progress would look like, in the client&apos;s words (any may stay empty):</source>
        <translation>Como seria cada nível de progresso, nas palavras do cliente (qualquer um pode ficar vazio):</translation>
    </message>
    <message>
        <source>W&amp;eight</source>
        <translation>P&amp;eso</translation>
    </message>
    <message>
        <source>How much this goal counts in the GAS T-score (1 for every goal unless you choose otherwise).</source>
        <translation>Quanto conta este objetivo na pontuação T da GAS (1 para cada objetivo, a não ser que escolha outro valor).</translation>
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
        <translation>Objetivos e acordo</translation>
    </message>
    <message>
        <source>&amp;Add a goal…</source>
        <translation>&amp;Acrescentar um objetivo…</translation>
    </message>
    <message>
        <source>Chart to show</source>
        <translation>Gráfico a mostrar</translation>
    </message>
    <message>
        <source>Progress on each goal</source>
        <translation>Progresso em cada objetivo</translation>
    </message>
    <message>
        <source>GAS T-score over time</source>
        <translation>Pontuação T da GAS ao longo do tempo</translation>
    </message>
    <message>
        <source>Chart of goal progress</source>
        <translation>Gráfico do progresso dos objetivos</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Gráfico:</translation>
    </message>
    <message>
        <source>Progress on “{goal}”</source>
        <translation>Progresso em «{goal}»</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>No goals recorded yet.</source>
        <translation>Ainda não há objetivos registados.</translation>
    </message>
    <message>
        <source>A damaged goal record cannot be shown.</source>
        <translation>Um registo de objetivo danificado não pode ser mostrado.</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Primeiros passos</translation>
    </message>
    <message>
        <source>Signs of progress</source>
        <translation>Sinais de progresso</translation>
    </message>
    <message>
        <source>Review on {day}.</source>
        <translation>Rever a {day}.</translation>
    </message>
    <message>
        <source>Rated on</source>
        <translation>Avaliado a</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Nas palavras do cliente</translation>
    </message>
    <message>
        <source>Rate progress on “{goal}”…</source>
        <translation>Avaliar o progresso em «{goal}»…</translation>
    </message>
    <message>
        <source>Change “{goal}”…</source>
        <translation>Alterar «{goal}»…</translation>
    </message>
    <message>
        <source>Move “{goal}” up</source>
        <translation>Subir «{goal}»</translation>
    </message>
    <message>
        <source>Move “{goal}” down</source>
        <translation>Descer «{goal}»</translation>
    </message>
    <message>
        <source>Goal agreement</source>
        <translation>Acordo de objetivos</translation>
    </message>
    <message>
        <source>No agreement yet.</source>
        <translation>Ainda não há acordo.</translation>
    </message>
    <message>
        <source>Version {n} is damaged and cannot be shown.</source>
        <translation>A versão {n} está danificada e não pode ser mostrada.</translation>
    </message>
    <message>
        <source>Earlier: version {n}, {state}.</source>
        <translation>Anterior: versão {n}, {state}.</translation>
    </message>
    <message>
        <source>Version {n}, {state}.</source>
        <translation>Versão {n}, {state}.</translation>
    </message>
    <message>
        <source>The client&apos;s commitments</source>
        <translation>Os compromissos do cliente</translation>
    </message>
    <message>
        <source>The therapist&apos;s commitments</source>
        <translation>Os compromissos do terapeuta</translation>
    </message>
    <message>
        <source>Signed by {client} on {client_day} and {therapist} on {therapist_day}.</source>
        <translation>Assinado por {client} a {client_day} e por {therapist} a {therapist_day}.</translation>
    </message>
    <message>
        <source>Start the goal agreement…</source>
        <translation>Começar o acordo de objetivos…</translation>
    </message>
    <message>
        <source>Write the commitments of version {n}…</source>
        <translation>Escrever os compromissos da versão {n}…</translation>
    </message>
    <message>
        <source>Agree version {n}, with both names…</source>
        <translation>Aprovar a versão {n}, com os dois nomes…</translation>
    </message>
    <message>
        <source>Revise: start version {n} as a draft</source>
        <translation>Rever: começar a versão {n} como rascunho</translation>
    </message>
    <message>
        <source>See what changed between versions…</source>
        <translation>Ver o que mudou entre versões…</translation>
    </message>
    <message>
        <source>agreed on {day}</source>
        <translation>aprovada a {day}</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>em rascunho</translation>
    </message>
</context>
<context>
    <name>HandoutPreview</name>
    <message>
        <source>Session summary</source>
        <translation>Resumo da sessão</translation>
    </message>
    <message>
        <source>Goal agreement</source>
        <translation>Acordo de objetivos</translation>
    </message>
    <message>
        <source>Boundaries &amp; transparency agreement</source>
        <translation>Acordo de limites e transparência</translation>
    </message>
    <message>
        <source>Practices sheet</source>
        <translation>Folha de exercícios</translation>
    </message>
    <message>
        <source>PHQ-9 form (blank)</source>
        <translation>Formulário PHQ-9 (em branco)</translation>
    </message>
    <message>
        <source>GAD-7 form (blank)</source>
        <translation>Formulário GAD-7 (em branco)</translation>
    </message>
    <message>
        <source>The client&apos;s record</source>
        <translation>O processo do cliente</translation>
    </message>
    <message>
        <source>Handout: {kind}</source>
        <translation>Documento: {kind}</translation>
    </message>
    <message>
        <source>Preview of the handout</source>
        <translation>Pré-visualização do documento</translation>
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
        <translation>Letra maior, para um cliente que tenha dificuldade em ler letra pequena</translation>
    </message>
    <message>
        <source>Handout status</source>
        <translation>Estado do documento</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print it (Ctrl+P)</source>
        <translation>Imprimir (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar em PDF…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation>A preparar o documento…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) on {paper} paper. Nothing is saved or logged until you print or save it.</source>
        <translation>
            <numerusform>%n página em papel {paper}. Nada é guardado nem registado até o imprimir ou guardar.</numerusform>
            <numerusform>%n páginas em papel {paper}. Nada é guardado nem registado até o imprimir ou guardar.</numerusform>
        </translation>
    </message>
    <message>
        <source>This questionnaire prints in English: there is no official translation of it in {language} here, and a questionnaire is never translated by anyone else. {status}</source>
        <translation>Este questionário é impresso em inglês: não existe aqui uma tradução oficial ({language}), e um questionário nunca é traduzido por mais ninguém. {status}</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Imprimir o documento</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>A imprimir…</translation>
    </message>
    <message>
        <source>Sent to the printer. The disclosure log records it.</source>
        <translation>Enviado para a impressora. Fica anotado no registo de divulgações.</translation>
    </message>
    <message>
        <source>Save the handout as a PDF</source>
        <translation>Guardar o documento em PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <source>Saved to {path}. The disclosure log records it.</source>
        <translation>Guardado em {path}. Fica anotado no registo de divulgações.</translation>
    </message>
</context>
<context>
    <name>HandoverWindow</name>
    <message>
        <source>Reciprocal — over to you</source>
        <translation>Reciprocal — é a sua vez</translation>
    </message>
    <message>
        <source>I&apos;m &amp;done — hand back</source>
        <translation>&amp;Terminei — devolver</translation>
    </message>
    <message>
        <source>&amp;Stop without saving</source>
        <translation>&amp;Parar sem guardar</translation>
    </message>
    <message>
        <source>Over to you, {name}</source>
        <translation>É a sua vez, {name}</translation>
    </message>
    <message>
        <source>Your therapist has handed this screen to you. Take your time. What you write here goes into your record with them, marked as written by you. Nothing else of the record is shown here.</source>
        <translation>O seu terapeuta passou-lhe este ecrã. Não tenha pressa. O que escrever aqui fica no seu processo, assinalado como escrito por si. Mais nada do processo é mostrado aqui.</translation>
    </message>
    <message>
        <source>Any you would rather not answer, leave.</source>
        <translation>Se preferir não responder a alguma, deixe-a em branco.</translation>
    </message>
    <message>
        <source>Your goals, in your own words. Change anything that no longer says it the way you mean it, and what each step of progress would look like to you.</source>
        <translation>Os seus objetivos, nas suas próprias palavras. Mude o que já não diz as coisas como as quer dizer, e escreva como seria, para si, cada passo de progresso.</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>O meu objetivo</translation>
    </message>
    <message>
        <source>There are no goals written yet.</source>
        <translation>Ainda não há objetivos escritos.</translation>
    </message>
    <message>
        <source>How you would like our work together to go, in your own words.</source>
        <translation>Como gostaria que o nosso trabalho em conjunto decorresse, nas suas próprias palavras.</translation>
    </message>
    <message>
        <source>Choose at least one number, or write a few words.</source>
        <translation>Escolha pelo menos um número, ou escreva algumas palavras.</translation>
    </message>
    <message>
        <source>Question {n} is not answered yet.</source>
        <translation>A pergunta {n} ainda não tem resposta.</translation>
    </message>
    <message>
        <source>A goal needs a few words; write it again, or leave it as it was.</source>
        <translation>Um objetivo precisa de algumas palavras; escreva-o de novo, ou deixe-o como estava.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>How the agreement has changed</source>
        <translation>Como o acordo foi mudando</translation>
    </message>
    <message>
        <source>agreed {day}</source>
        <translation>aprovada a {day}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>rascunho</translation>
    </message>
    <message>
        <source>Version {n}, {state}</source>
        <translation>Versão {n}, {state}</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>O que mudou</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Para</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Nothing changed between these versions.</source>
        <translation>Nada mudou entre estas versões.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Porque é importante</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Primeiros passos</translation>
    </message>
    <message>
        <source>Signs of progress</source>
        <translation>Sinais de progresso</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Data de revisão</translation>
    </message>
    <message>
        <source>What the client commits to</source>
        <translation>O que o cliente se compromete a fazer</translation>
    </message>
    <message>
        <source>What the therapist commits to</source>
        <translation>O que o terapeuta se compromete a fazer</translation>
    </message>
    <message>
        <source>added</source>
        <translation>acrescentado</translation>
    </message>
    <message>
        <source>taken out</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterado</translation>
    </message>
    <message>
        <source>Underlined words were added; struck-through words were taken out.</source>
        <translation>As palavras sublinhadas foram acrescentadas; as riscadas foram retiradas.</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromissos</translation>
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
        <translation>Este ficheiro do cofre é mais antigo do que o último que este computador abriu: tem menos gravações. Se não foi você que repôs uma cópia mais antiga, alguém pode tê-lo substituído. Compare-o com a sua cópia de segurança mais recente antes de continuar.</translation>
    </message>
    <message>
        <source>&amp;Keep using this copy</source>
        <translation>&amp;Continuar a usar esta cópia</translation>
    </message>
    <message>
        <source>Stop warning about this copy: it is the one I meant to use.</source>
        <translation>Deixar de avisar sobre esta cópia: é a que eu queria usar.</translation>
    </message>
    <message>
        <source>&amp;Remind me next time</source>
        <translation>&amp;Lembrar-me da próxima vez</translation>
    </message>
    <message>
        <source>Some records were deleted, added or replaced in the vault file outside Reciprocal: {listed}. Everything else opens as usual; restore the vault from a backup to get them back.</source>
        <translation>Alguns registos foram apagados, acrescentados ou substituídos no ficheiro do cofre fora do Reciprocal: {listed}. Tudo o resto abre normalmente; restaure o cofre a partir de uma cópia de segurança para os recuperar.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>A topic of our own</source>
        <translation>Um tema nosso</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>O que foi dito ou acordado</translation>
    </message>
    <message>
        <source>&amp;Add topic</source>
        <translation>&amp;Acrescentar tema</translation>
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
        <translation>&amp;Em que ponto está</translation>
    </message>
    <message>
        <source>&amp;Raised by</source>
        <translation>&amp;Proposto por</translation>
    </message>
    <message>
        <source>&amp;What was said</source>
        <translation>&amp;O que foi dito</translation>
    </message>
    <message>
        <source>The date is noted for you when the topic has been talked about.</source>
        <translation>A data fica anotada automaticamente quando o tema tiver sido conversado.</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <source>Journal entries</source>
        <translation>Entradas do diário</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nova entrada</translation>
    </message>
    <message>
        <source>Start a new entry; choose its kind beside the title</source>
        <translation>Começar uma nova entrada; escolha o tipo ao lado do título</translation>
    </message>
    <message>
        <source>Your journal</source>
        <translation>O seu diário</translation>
    </message>
    <message>
        <source>Only you see this. It is never part of a client&apos;s record.</source>
        <translation>Só você vê isto. Nunca faz parte do processo de um cliente.</translation>
    </message>
    <message>
        <source>From a &amp;prompt</source>
        <translation>A partir de uma &amp;pergunta</translation>
    </message>
    <message>
        <source>Start a new entry from a question to reflect on</source>
        <translation>Começar uma nova entrada a partir de uma pergunta para refletir</translation>
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
        <translation>Escreva aqui; a entrada guarda-se sozinha à medida que escreve.</translation>
    </message>
    <message>
        <source>Check-in: 0 is not at all, 10 is very much</source>
        <translation>Balanço: 0 é nada, 10 é muito</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation>Apagar a entrada…</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>{day} · damaged entry</source>
        <translation>{day} · entrada danificada</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>A new entry saves itself as you write.</source>
        <translation>Uma nova entrada guarda-se sozinha à medida que escreve.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Apagar a entrada</translation>
    </message>
    <message>
        <source>Delete this journal entry? This cannot be undone.</source>
        <translation>Apagar esta entrada do diário? Isto não pode ser desfeito.</translation>
    </message>
</context>
<context>
    <name>JournalPrompts</name>
    <message>
        <source>What did I learn from a client this week?</source>
        <translation>O que aprendi com um cliente esta semana?</translation>
    </message>
    <message>
        <source>Where did my own reactions show in a session, and what might they be telling me?</source>
        <translation>Onde é que as minhas próprias reações apareceram numa sessão, e o que me podem estar a dizer?</translation>
    </message>
    <message>
        <source>Which moment with a client stays with me, and why?</source>
        <translation>Que momento com um cliente me ficou, e porquê?</translation>
    </message>
    <message>
        <source>How are my boundaries, my rest and my energy?</source>
        <translation>Como estão os meus limites, o meu descanso e a minha energia?</translation>
    </message>
    <message>
        <source>What do I want to bring to supervision?</source>
        <translation>O que quero levar à supervisão?</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Por vídeo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Por telefone</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Assinada</translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Alcançado</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Posto de lado</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ainda não</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Conversado</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>Come back to this</source>
        <translation>Voltar a este tema</translation>
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
        <translation>Autorreflexão</translation>
    </message>
    <message>
        <source>Mindfulness</source>
        <translation>Atenção plena</translation>
    </message>
    <message>
        <source>Emotional regulation</source>
        <translation>Regulação emocional</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Mínima</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Ligeira</translation>
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
        <translation>Na sessão</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>Em papel</translation>
    </message>
    <message>
        <source>By the client, on their own</source>
        <translation>Pelo cliente, por conta própria</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impresso</translation>
    </message>
    <message>
        <source>Saved as a PDF</source>
        <translation>Guardado em PDF</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cópia de segurança</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexão</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervisão</translation>
    </message>
    <message>
        <source>Self-care check-in</source>
        <translation>Balanço de autocuidado</translation>
    </message>
    <message>
        <source>I felt heard and understood.</source>
        <translation>Senti que me ouviram e compreenderam.</translation>
    </message>
    <message>
        <source>We worked on what mattered to me.</source>
        <translation>Trabalhámos aquilo que era importante para mim.</translation>
    </message>
    <message>
        <source>The way we worked suited me.</source>
        <translation>A forma como trabalhámos foi adequada para mim.</translation>
    </message>
    <message>
        <source>Overall, this session was right for me.</source>
        <translation>No geral, esta sessão foi adequada para mim.</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>How direct I&apos;d like you to be</source>
        <translation>Até que ponto gostaria que fosse direto comigo</translation>
    </message>
    <message>
        <source>Exercises between sessions, or not</source>
        <translation>Exercícios entre sessões, ou não</translation>
    </message>
    <message>
        <source>Language and words that suit me</source>
        <translation>Linguagem e palavras que me fazem sentido</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>O que ajuda</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation>O que não ajuda</translation>
    </message>
    <message>
        <source>I&apos;m getting enough rest and sleep</source>
        <translation>Estou a descansar e a dormir o suficiente</translation>
    </message>
    <message>
        <source>I have energy for my work</source>
        <translation>Tenho energia para o meu trabalho</translation>
    </message>
    <message>
        <source>My mood has been good</source>
        <translation>O meu humor tem estado bem</translation>
    </message>
    <message>
        <source>I feel connected to people outside work</source>
        <translation>Sinto ligação às pessoas fora do trabalho</translation>
    </message>
    <message>
        <source>My workload feels manageable</source>
        <translation>A minha carga de trabalho parece-me gerível</translation>
    </message>
    <message>
        <source>I make time for things I enjoy</source>
        <translation>Arranjo tempo para coisas de que gosto</translation>
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
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportamento</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervenção</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Much less than hoped</source>
        <translation>Muito menos do que esperávamos</translation>
    </message>
    <message>
        <source>Somewhat less than hoped</source>
        <translation>Um pouco menos do que esperávamos</translation>
    </message>
    <message>
        <source>What we hoped for</source>
        <translation>O que esperávamos</translation>
    </message>
    <message>
        <source>Somewhat more than hoped</source>
        <translation>Um pouco mais do que esperávamos</translation>
    </message>
    <message>
        <source>Much more than hoped</source>
        <translation>Muito mais do que esperávamos</translation>
    </message>
    <message>
        <source>What could be different next time?</source>
        <translation>O que poderia ser diferente da próxima vez?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening…</source>
        <translation>A abrir…</translation>
    </message>
    <message>
        <source>Demo practice: everyone here is invented.</source>
        <translation>Consultório de demonstração: todas as pessoas aqui são inventadas.</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Novo cliente…</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Pesquisar…</translation>
    </message>
    <message>
        <source>Search clients, notes and your journal</source>
        <translation>Pesquisar clientes, notas e o seu diário</translation>
    </message>
    <message>
        <source>Sa&amp;ve now</source>
        <translation>&amp;Guardar agora</translation>
    </message>
    <message>
        <source>Notes save themselves; this saves at once</source>
        <translation>As notas guardam-se sozinhas; isto guarda de imediato</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Hide everything and lock the vault</source>
        <translation>Esconder tudo e bloquear o cofre</translation>
    </message>
    <message>
        <source>Leave the &amp;demo</source>
        <translation>Sair da &amp;demonstração</translation>
    </message>
    <message>
        <source>Han&amp;dout…</source>
        <translation>Doc&amp;umento…</translation>
    </message>
    <message>
        <source>Preview, print or save a handout of what the client&apos;s tab shows</source>
        <translation>Pré-visualizar, imprimir ou guardar um documento com o que o separador do cliente mostra</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Fazer &amp;cópia de segurança agora</translation>
    </message>
    <message>
        <source>Write an encrypted backup of your whole practice into your backup folder</source>
        <translation>Gravar uma cópia de segurança cifrada de todo o seu consultório na pasta das cópias</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar a partir de uma cópia de segurança…</translation>
    </message>
    <message>
        <source>Make a new vault from a backup file; no existing vault is changed</source>
        <translation>Criar um novo cofre a partir de um ficheiro de cópia de segurança; nenhum cofre existente é alterado</translation>
    </message>
    <message>
        <source>Veri&amp;fy a backup…</source>
        <translation>&amp;Verificar uma cópia de segurança…</translation>
    </message>
    <message>
        <source>Check that a backup file is whole and that its key opens it</source>
        <translation>Verificar se um ficheiro de cópia de segurança está íntegro e se a sua chave o abre</translation>
    </message>
    <message>
        <source>&amp;Disclosure log…</source>
        <translation>Registo de d&amp;ivulgações…</translation>
    </message>
    <message>
        <source>Everything that has left Reciprocal: exports, printouts, handouts, backups</source>
        <translation>Tudo o que saiu do Reciprocal: exportações, impressões, documentos para clientes, cópias de segurança</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Alterar a frase-passe…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Diário</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>De&amp;finições</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guia do utilizador</translation>
    </message>
    <message>
        <source>Read the user guide; it is part of the app and works offline</source>
        <translation>Ler o guia do utilizador; faz parte da aplicação e funciona sem Internet</translation>
    </message>
    <message>
        <source>&amp;About Reciprocal</source>
        <translation>A&amp;cerca do Reciprocal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secções</translation>
    </message>
    <message>
        <source>Demo practice</source>
        <translation>Consultório de demonstração</translation>
    </message>
    <message>
        <source>Open the restored practice?</source>
        <translation>Abrir o consultório restaurado?</translation>
    </message>
    <message>
        <source>The restored practice is ready in {path}. Open it now? The practice open now is saved, locked and closed; nothing in it changes.</source>
        <translation>O consultório restaurado está pronto em {path}. Abri-lo agora? O consultório que está aberto é guardado, bloqueado e fechado; nada nele muda.</translation>
    </message>
    <message>
        <source>Open the restored practice</source>
        <translation>Abrir o consultório restaurado</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>Ficar aqui</translation>
    </message>
    <message>
        <source>What you were typing in the vault you left could not be saved; it is kept, locked, and comes back when you open that vault again in this window.</source>
        <translation>Não foi possível guardar o que estava a escrever no cofre que deixou; fica guardado, bloqueado, e volta a aparecer quando abrir de novo esse cofre nesta janela.</translation>
    </message>
    <message>
        <source>What you were typing when the vault locked could not be saved then; it is saved now.</source>
        <translation>Não foi possível guardar o que estava a escrever quando o cofre bloqueou; agora já está guardado.</translation>
    </message>
    <message>
        <source>{reason} What you were typing when the vault locked is back where you typed it, not saved yet; Save now ({keys}) tries again.</source>
        <translation>{reason} O que estava a escrever quando o cofre bloqueou voltou ao sítio onde o escreveu, ainda por guardar; «Guardar agora» ({keys}) tenta de novo.</translation>
    </message>
    <message>
        <source>Reciprocal</source>
        <translation>Reciprocal</translation>
    </message>
    <message>
        <source>What you were typing when the vault locked is not saved yet: unlock to save it, or quit again to leave without it.</source>
        <translation>O que estava a escrever quando o cofre bloqueou ainda não está guardado: desbloqueie para o guardar, ou saia de novo para fechar sem ele.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Question {n} of the {instrument} is not answered yet, so the form was not saved.</source>
        <translation>A pergunta {n} do {instrument} ainda não tem resposta, por isso o formulário não foi guardado.</translation>
    </message>
    <message>
        <source>Record a {name}</source>
        <translation>Registar um {name}</translation>
    </message>
    <message>
        <source>How it was filled in</source>
        <translation>Como foi preenchido</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>&amp;Filled in</source>
        <translation>&amp;Preenchido</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>O seu comentário</translation>
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
        <translation>O seu &amp;comentário (opcional):</translation>
    </message>
    <message numerus="yes">
        <source>{total} so far; {missing} of %n question(s) still to answer.</source>
        <translation>
            <numerusform>{total} até agora; falta responder a {missing} de %n pergunta.</numerusform>
            <numerusform>{total} até agora; falta responder a {missing} de %n perguntas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total {total} of {most}: {band}.</source>
        <translation>Total {total} em {most}: {band}.</translation>
    </message>
    <message>
        <source>Question {n} (“{words}”) is not answered yet; the total counts only a complete form.</source>
        <translation>A pergunta {n} («{words}») ainda não tem resposta; o total só conta com o formulário completo.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Nova frase-passe</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Nova frase-passe, outra vez</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase-passe</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Outra vez</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>As duas frases-passe ainda não são iguais.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Client overview</source>
        <translation>Visão geral do cliente</translation>
    </message>
    <message>
        <source>Record the follow-up…</source>
        <translation>Registar o seguimento…</translation>
    </message>
    <message>
        <source>A PHQ-9 from {day} is damaged and cannot be read; check item 9 with the client and record a follow-up.</source>
        <translation>Um PHQ-9 de {day} está danificado e não pode ser lido; confirme o item 9 com o cliente e registe um seguimento.</translation>
    </message>
    <message>
        <source>PHQ-9 on {day}: item 9 (thoughts of being better off dead or of self-harm) was answered “{answer}”. No follow-up is recorded yet.</source>
        <translation>PHQ-9 de {day}: a resposta ao item 9 (pensar que seria melhor estar morto(a) ou magoar-se a si próprio(a)) foi «{answer}». Ainda não há nenhum seguimento registado.</translation>
    </message>
    <message>
        <source>Review the goal “{goal}”: it was due on {day}.</source>
        <translation>Rever o objetivo «{goal}»: a revisão estava marcada para {day}.</translation>
    </message>
    <message>
        <source>Review the goal “{goal}”: due on {day}.</source>
        <translation>Rever o objetivo «{goal}»: a revisão está marcada para {day}.</translation>
    </message>
    <message>
        <source>Come back to “{topic}”.</source>
        <translation>Voltar a «{topic}».</translation>
    </message>
    <message>
        <source>Ask how “{exercise}” went.</source>
        <translation>Perguntar como correu «{exercise}».</translation>
    </message>
    <message>
        <source>Before this session</source>
        <translation>Antes desta sessão</translation>
    </message>
    <message>
        <source>Nothing needs attention first.</source>
        <translation>Não há nada que precise de atenção primeiro.</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Da última vez</translation>
    </message>
    <message>
        <source>No session has taken place yet.</source>
        <translation>Ainda não houve nenhuma sessão.</translation>
    </message>
    <message>
        <source>The last session&apos;s note is damaged and cannot be shown.</source>
        <translation>A nota da última sessão está danificada e não pode ser mostrada.</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>O plano</translation>
    </message>
    <message>
        <source>What we worked on (shared summary)</source>
        <translation>O que trabalhámos (resumo partilhado)</translation>
    </message>
    <message>
        <source>No plan or shared summary was written.</source>
        <translation>Não foi escrito nenhum plano nem resumo partilhado.</translation>
    </message>
    <message>
        <source>How I like to work</source>
        <translation>Como gosto de trabalhar</translation>
    </message>
    <message>
        <source>Nothing noted yet. Ask how they would like to work together, and note it with Edit details.</source>
        <translation>Ainda nada anotado. Pergunte ao cliente como gostaria que trabalhassem juntos, e anote-o em «Editar dados».</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>No goal agreement yet.</source>
        <translation>Ainda não há acordo de objetivos.</translation>
    </message>
    <message>
        <source>Agreement version {n}, agreed on {day}.</source>
        <translation>Versão {n} do acordo, aprovada a {day}.</translation>
    </message>
    <message>
        <source>Agreement version {n} is a draft, not yet signed.</source>
        <translation>A versão {n} do acordo é um rascunho, ainda não assinado.</translation>
    </message>
    <message>
        <source>Last feedback</source>
        <translation>Última opinião</translation>
    </message>
    <message>
        <source>No feedback recorded yet.</source>
        <translation>Ainda não há opiniões registadas.</translation>
    </message>
    <message>
        <source>The last feedback record is damaged.</source>
        <translation>O último registo de opinião está danificado.</translation>
    </message>
    <message>
        <source>The client said</source>
        <translation>O cliente disse</translation>
    </message>
    <message>
        <source>0–10</source>
        <translation>0–10</translation>
    </message>
    <message>
        <source>What could be different next time</source>
        <translation>O que poderia ser diferente da próxima vez</translation>
    </message>
    <message>
        <source>Latest questionnaires</source>
        <translation>Questionários mais recentes</translation>
    </message>
    <message>
        <source>{name} on {day}: {total} ({band})</source>
        <translation>{name} a {day}: {total} ({band})</translation>
    </message>
    <message>
        <source>No PHQ-9 or GAD-7 recorded yet.</source>
        <translation>Ainda não há nenhum PHQ-9 ou GAD-7 registado.</translation>
    </message>
    <message>
        <source>Exercises between sessions</source>
        <translation>Exercícios entre sessões</translation>
    </message>
    <message>
        <source>No exercises agreed at the moment.</source>
        <translation>Não há exercícios combinados de momento.</translation>
    </message>
    <message>
        <source>Checklist topics to come back to</source>
        <translation>Temas da lista a retomar</translation>
    </message>
    <message>
        <source>Nothing open on the boundaries and transparency checklist.</source>
        <translation>Não há nada em aberto na lista de limites e transparência.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Ainda não há sessões.</translation>
    </message>
    <message>
        <source>Sessions so far: {count}. The last was on {day}.</source>
        <translation>Sessões até agora: {count}. A última foi a {day}.</translation>
    </message>
</context>
<context>
    <name>QuitBackupDialog</name>
    <message>
        <source>Backing up</source>
        <translation>A fazer a cópia de segurança</translation>
    </message>
    <message>
        <source>Backup message</source>
        <translation>Mensagem da cópia de segurança</translation>
    </message>
    <message>
        <source>&amp;Quit without a backup</source>
        <translation>&amp;Sair sem cópia de segurança</translation>
    </message>
    <message>
        <source>&amp;Stay open</source>
        <translation>&amp;Continuar aberto</translation>
    </message>
    <message>
        <source>Backing up your practice before Reciprocal closes…</source>
        <translation>A fazer a cópia de segurança do seu consultório antes de o Reciprocal fechar…</translation>
    </message>
    <message>
        <source>{problem} Everything you wrote is saved in your vault; only this backup was not made.</source>
        <translation>{problem} Tudo o que escreveu está guardado no seu cofre; só esta cópia de segurança não foi feita.</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Choose the level of progress the client sees, from −2 to +2.</source>
        <translation>Escolha o nível de progresso que o cliente vê, de −2 a +2.</translation>
    </message>
    <message>
        <source>Not at a session</source>
        <translation>Fora de uma sessão</translation>
    </message>
    <message>
        <source>Rate progress</source>
        <translation>Avaliar o progresso</translation>
    </message>
    <message>
        <source>In the client&apos;s words</source>
        <translation>Nas palavras do cliente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>In their &amp;words</source>
        <translation>Nas palavras do &amp;cliente</translation>
    </message>
    <message>
        <source>At the &amp;session</source>
        <translation>Na &amp;sessão</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>No goal agreement has been agreed yet. The rating is kept with the goal and charted; agreeing the goals together makes the levels you rate against shared.</source>
        <translation>Ainda não foi aprovado nenhum acordo de objetivos. A avaliação fica guardada com o objetivo e aparece no gráfico; aprovar os objetivos em conjunto torna partilhados os níveis com que avalia.</translation>
    </message>
</context>
<context>
    <name>RecordFeature</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Visão geral</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessões</translation>
    </message>
    <message>
        <source>&amp;Goals &amp;&amp; agreement</source>
        <translation>&amp;Objetivos &amp;&amp; acordo</translation>
    </message>
    <message>
        <source>&amp;Boundaries &amp;&amp; transparency</source>
        <translation>&amp;Limites &amp;&amp; transparência</translation>
    </message>
    <message>
        <source>&amp;Feedback &amp;&amp; measures</source>
        <translation>O&amp;piniões &amp;&amp; questionários</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>E&amp;xercícios</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>A sua chave de recuperação</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Copies the key; it is cleared from the clipboard after 30 seconds.</source>
        <translation>Copia a chave; é apagada da área de transferência ao fim de 30 segundos.</translation>
    </message>
    <message>
        <source>&amp;Print recovery sheet…</source>
        <translation>&amp;Imprimir a folha de recuperação…</translation>
    </message>
    <message>
        <source>&amp;Save recovery sheet as PDF…</source>
        <translation>&amp;Guardar a folha de recuperação em PDF…</translation>
    </message>
    <message>
        <source>I have stored my recovery key somewhere safe</source>
        <translation>Guardei a minha chave de recuperação num lugar seguro</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>Con&amp;tinuar</translation>
    </message>
    <message>
        <source>About this vault</source>
        <translation>Sobre este cofre</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be emptied in 30 seconds.</source>
        <translation>Copiada. A área de transferência será esvaziada dentro de 30 segundos.</translation>
    </message>
</context>
<context>
    <name>RecoverySheetOutput</name>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Guardar a folha de recuperação</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the recovery sheet to {path}. Print it, then delete the file.</source>
        <translation>A folha de recuperação foi guardada em {path}. Imprima-a e depois apague o ficheiro.</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Imprimir a folha de recuperação</translation>
    </message>
    <message>
        <source>Sent the recovery sheet to the printer.</source>
        <translation>A folha de recuperação foi enviada para a impressora.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar a partir de uma cópia de segurança</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Seguinte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose a backup file (its name starts with reciprocal-backup-) and how to open it. Reciprocal makes a new vault from it; it never changes an existing one.</source>
        <translation>Escolha um ficheiro de cópia de segurança (o nome começa por reciprocal-backup-) e a forma de o abrir. O Reciprocal cria um novo cofre a partir dele; nunca altera um cofre existente.</translation>
    </message>
    <message>
        <source>Where to keep the restored practice</source>
        <translation>Onde guardar o consultório restaurado</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Escol&amp;her…</translation>
    </message>
    <message>
        <source>Choose where to keep the restored practice</source>
        <translation>Escolher onde guardar o consultório restaurado</translation>
    </message>
    <message>
        <source>&amp;Keep the passphrase that opened the backup key file</source>
        <translation>&amp;Manter a frase-passe que abriu o ficheiro da chave das cópias</translation>
    </message>
    <message>
        <source>Choose a &amp;new passphrase</source>
        <translation>Escolher uma &amp;nova frase-passe</translation>
    </message>
    <message>
        <source>Reciprocal cannot confirm who made this backup: it opened with a key that is not the practice&apos;s own backup key, and anyone who knows the practice&apos;s public key could have made it. Restore it only if you trust where it came from.</source>
        <translation>O Reciprocal não consegue confirmar quem fez esta cópia de segurança: abriu com uma chave que não é a chave das cópias do próprio consultório, e qualquer pessoa que conheça a chave pública do consultório poderia tê-la feito. Restaure-a apenas se confiar na sua origem.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Vault file</source>
        <translation>Ficheiro do &amp;cofre</translation>
    </message>
    <message>
        <source>The restored practice</source>
        <translation>O consultório restaurado</translation>
    </message>
    <message>
        <source>Where should the restored practice live on this computer? The suggested place is where Reciprocal looks first. A file that already exists is never replaced.</source>
        <translation>Onde deve ficar o consultório restaurado neste computador? O local sugerido é onde o Reciprocal procura primeiro. Um ficheiro que já exista nunca é substituído.</translation>
    </message>
    <message>
        <source>Its passphrase:</source>
        <translation>A frase-passe do novo cofre:</translation>
    </message>
    <message>
        <source>Restoring your practice</source>
        <translation>A restaurar o seu consultório</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>A sua nova chave de recuperação</translation>
    </message>
    <message>
        <source>The restored practice has its own recovery key; the one on your old recovery sheet does not open it. It is shown only this once: print a new recovery sheet and keep it somewhere safe, away from this computer.</source>
        <translation>O consultório restaurado tem a sua própria chave de recuperação; a da sua folha de recuperação antiga não o abre. Só é mostrada desta vez: imprima uma nova folha de recuperação e guarde-a num lugar seguro, longe deste computador.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>Não existe nenhum ficheiro de cópia de segurança em {path}.</translation>
    </message>
    <message>
        <source>Opening the key and the backup…</source>
        <translation>A abrir a chave e a cópia de segurança…</translation>
    </message>
    <message>
        <source>Reciprocal vaults (*.vault)</source>
        <translation>Cofres do Reciprocal (*.vault)</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for the restored practice.</source>
        <translation>{path} já existe; escolha um novo nome de ficheiro para o consultório restaurado.</translation>
    </message>
    <message>
        <source>Restore a backup of unconfirmed origin?</source>
        <translation>Restaurar uma cópia de segurança de origem não confirmada?</translation>
    </message>
    <message>
        <source>Reciprocal cannot confirm who made this backup: the key that opened it is not the practice&apos;s own backup key. Anyone who knows the practice&apos;s public key could have made it and put invented records in it. Restore it anyway?</source>
        <translation>O Reciprocal não consegue confirmar quem fez esta cópia de segurança: a chave que a abriu não é a chave das cópias do próprio consultório. Qualquer pessoa que conheça a chave pública do consultório poderia tê-la feito e posto nela registos inventados. Restaurar mesmo assim?</translation>
    </message>
    <message>
        <source>Restore &amp;anyway</source>
        <translation>Restaurar &amp;mesmo assim</translation>
    </message>
    <message>
        <source>Opening the backup and making the new vault&apos;s key. This takes a few seconds on purpose: it is what makes guessing the passphrase slow.</source>
        <translation>A abrir a cópia de segurança e a criar a chave do novo cofre. Isto demora alguns segundos de propósito: é o que torna lento adivinhar a frase-passe.</translation>
    </message>
    <message>
        <source>The backup opened. Making the new vault&apos;s key…</source>
        <translation>A cópia de segurança abriu. A criar a chave do novo cofre…</translation>
    </message>
    <message numerus="yes">
        <source>Restoring {done} of %n record(s)…</source>
        <translation>
            <numerusform>A restaurar {done} de %n registo…</numerusform>
            <numerusform>A restaurar {done} de %n registos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n record(s) from the backup made on {made}, into {path}.</source>
        <translation>
            <numerusform>Foi restaurado %n registo da cópia de segurança feita a {made}, em {path}.</numerusform>
            <numerusform>Foram restaurados %n registos da cópia de segurança feita a {made}, em {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who made this backup cannot be confirmed with this key; only the practice&apos;s own backup key can confirm it.</source>
        <translation>Com esta chave não é possível confirmar quem fez esta cópia de segurança; só a chave das cópias do próprio consultório o pode confirmar.</translation>
    </message>
    <message>
        <source>It was opened with another person&apos;s key, so the restored practice has a new backup key, printed on the new recovery sheet.</source>
        <translation>Foi aberta com a chave de outra pessoa, por isso o consultório restaurado tem uma nova chave das cópias, impressa na nova folha de recuperação.</translation>
    </message>
    <message>
        <source>Some records were already damaged when the backup was made (damaged records: {count}); their unreadable parts are empty.</source>
        <translation>Alguns registos já estavam danificados quando a cópia de segurança foi feita (registos danificados: {count}); as partes ilegíveis ficam vazias.</translation>
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
        <translation>sessão</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>goal agreement</source>
        <translation>acordo de objetivos</translation>
    </message>
    <message>
        <source>checklist topic</source>
        <translation>tema da lista</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>exercício</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>opinião</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>questionário</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>diário</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>nome completo</translation>
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
        <translation>resumo partilhado</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>aditamento</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>why it matters</source>
        <translation>porque é importante</translation>
    </message>
    <message>
        <source>first steps</source>
        <translation>primeiros passos</translation>
    </message>
    <message>
        <source>signs of progress</source>
        <translation>sinais de progresso</translation>
    </message>
    <message>
        <source>what the client commits to</source>
        <translation>o que o cliente se compromete a fazer</translation>
    </message>
    <message>
        <source>what the therapist commits to</source>
        <translation>o que o terapeuta se compromete a fazer</translation>
    </message>
    <message>
        <source>revision note</source>
        <translation>nota de revisão</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descrição</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>instruções</translation>
    </message>
    <message>
        <source>how often</source>
        <translation>com que frequência</translation>
    </message>
    <message>
        <source>how it went</source>
        <translation>como correu</translation>
    </message>
    <message>
        <source>what could be different</source>
        <translation>o que poderia ser diferente</translation>
    </message>
    <message>
        <source>your reflection</source>
        <translation>a sua reflexão</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentário</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seguimento</translation>
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
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Search clients, notes, goals, checklists, exercises and your journal</source>
        <translation>Pesquisar clientes, notas, objetivos, listas, exercícios e o seu diário</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Texto a pesquisar</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpar a pesquisa</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>Search state</source>
        <translation>Estado da pesquisa</translation>
    </message>
    <message>
        <source>Words must all appear; put a phrase in &quot;quotes&quot;.</source>
        <translation>Todas as palavras têm de aparecer; para procurar uma expressão exata, escreva-a entre aspas: &quot;como isto&quot;.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>A pesquisar…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%n resultado. Enter abre o que está destacado.</numerusform>
            <numerusform>%n resultados. Enter abre o que está destacado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches all of those words.</source>
        <translation>Nada corresponde a todas essas palavras.</translation>
    </message>
    <message>
        <source>Still reading your records: more may follow.</source>
        <translation>Ainda a ler os seus registos: podem surgir mais resultados.</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>A GAS T-score needs at least one rated goal.</source>
        <translation>A pontuação T da GAS precisa de pelo menos um objetivo avaliado.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the vault or its working files.</source>
        <translation>Não é possível gravar uma cópia de segurança por cima do cofre ou dos seus ficheiros de trabalho.</translation>
    </message>
    <message>
        <source>A checklist template needs at least one topic.</source>
        <translation>Um modelo de lista precisa de pelo menos um tema.</translation>
    </message>
    <message>
        <source>A date or id stored in the vault is damaged (the file was changed outside Reciprocal); run a check to see which record, and restore it from a backup.</source>
        <translation>Há uma data ou um identificador danificado no cofre (o ficheiro foi alterado fora do Reciprocal); faça uma verificação para ver qual é o registo e restaure-o a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>A follow-up is already recorded for this questionnaire.</source>
        <translation>Já está registado um seguimento para este questionário.</translation>
    </message>
    <message>
        <source>A handout is either printed or saved.</source>
        <translation>Um documento pode ser impresso ou guardado, mas não as duas coisas ao mesmo tempo.</translation>
    </message>
    <message>
        <source>A newer version of this agreement exists; revise that one.</source>
        <translation>Já existe uma versão mais recente deste acordo; reveja essa versão.</translation>
    </message>
    <message>
        <source>A record does not open with the vault&apos;s keys, so no key was renewed; run a check and restore the damaged record from a backup first.</source>
        <translation>Há um registo que não abre com as chaves do cofre, por isso nenhuma chave foi renovada; faça primeiro uma verificação e restaure o registo danificado a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>A record is missing or was changed, so no key was renewed; run a check and restore the vault from a backup first.</source>
        <translation>Há um registo em falta ou alterado, por isso nenhuma chave foi renovada; faça primeiro uma verificação e restaure o cofre a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation>Uma sessão dura entre 1 minuto e 24 horas.</translation>
    </message>
    <message>
        <source>A signature date cannot be in the future.</source>
        <translation>A data da assinatura não pode ser no futuro.</translation>
    </message>
    <message>
        <source>A signed note cannot be deleted.</source>
        <translation>Uma nota assinada não pode ser apagada.</translation>
    </message>
    <message>
        <source>Add at least one goal before agreeing.</source>
        <translation>Acrescente pelo menos um objetivo antes de aprovar o acordo.</translation>
    </message>
    <message>
        <source>An age identity in this file is mistyped or incomplete.</source>
        <translation>Há uma identidade age neste ficheiro que está mal escrita ou incompleta.</translation>
    </message>
    <message>
        <source>An amendment cannot be empty.</source>
        <translation>Um aditamento não pode estar vazio.</translation>
    </message>
    <message>
        <source>Both of you need to type your name to sign the agreement.</source>
        <translation>Para assinar o acordo, cada um de vocês tem de escrever o seu nome.</translation>
    </message>
    <message>
        <source>Each check-in rating needs a topic.</source>
        <translation>Cada classificação do balanço precisa de um tema.</translation>
    </message>
    <message>
        <source>Each goal can appear only once in the new order.</source>
        <translation>Cada objetivo só pode aparecer uma vez na nova ordem.</translation>
    </message>
    <message>
        <source>Each goal&apos;s level is from −2 to +2.</source>
        <translation>O nível de cada objetivo vai de −2 a +2.</translation>
    </message>
    <message>
        <source>Each rated goal needs a weight above 0.</source>
        <translation>Cada objetivo avaliado precisa de um peso superior a 0.</translation>
    </message>
    <message>
        <source>Every topic on a checklist needs a few words saying what it is about.</source>
        <translation>Cada tema de uma lista precisa de algumas palavras que digam do que se trata.</translation>
    </message>
    <message>
        <source>Feedback is given by the client, alone or with the therapist.</source>
        <translation>A opinião é dada pelo cliente, sozinho ou com o terapeuta.</translation>
    </message>
    <message>
        <source>Feedback needs at least one rating or a few words from the client.</source>
        <translation>A opinião precisa de pelo menos uma classificação ou de algumas palavras do cliente.</translation>
    </message>
    <message>
        <source>Goal levels run from -2 to +2.</source>
        <translation>Os níveis dos objetivos vão de -2 a +2.</translation>
    </message>
    <message>
        <source>More than one client has that name; use the id or position instead.</source>
        <translation>Há mais do que um cliente com esse nome; use antes o identificador ou a posição na lista.</translation>
    </message>
    <message>
        <source>No backup key file was given.</source>
        <translation>Não foi indicado nenhum ficheiro da chave das cópias.</translation>
    </message>
    <message>
        <source>No client matches that id, name or position.</source>
        <translation>Nenhum cliente corresponde a esse identificador, nome ou posição.</translation>
    </message>
    <message>
        <source>One of this client&apos;s goals is damaged, so the agreement cannot include it; restore it from a backup or retire it.</source>
        <translation>Um dos objetivos deste cliente está danificado, por isso o acordo não o pode incluir; restaure-o a partir de uma cópia de segurança ou ponha-o de lado.</translation>
    </message>
    <message>
        <source>Only a signed note takes amendments; edit the draft instead.</source>
        <translation>Só uma nota assinada aceita aditamentos; edite antes o rascunho.</translation>
    </message>
    <message>
        <source>Only a vault that was just created can be filled in bulk.</source>
        <translation>Só um cofre acabado de criar pode ser preenchido em bloco.</translation>
    </message>
    <message>
        <source>Only an agreed version can be revised; edit the draft instead.</source>
        <translation>Só uma versão aprovada pode ser revista; edite antes o rascunho.</translation>
    </message>
    <message>
        <source>Only this client&apos;s goals can be put in order here.</source>
        <translation>Aqui só podem ser ordenados os objetivos deste cliente.</translation>
    </message>
    <message>
        <source>Please give the checklist template a name.</source>
        <translation>Dê um nome ao modelo de lista, por favor.</translation>
    </message>
    <message>
        <source>Please give the client a name to show in the list.</source>
        <translation>Dê ao cliente um nome para mostrar na lista, por favor.</translation>
    </message>
    <message>
        <source>Please give the exercise a short title.</source>
        <translation>Dê um título curto ao exercício, por favor.</translation>
    </message>
    <message>
        <source>Please write a few words about how you followed this up.</source>
        <translation>Escreva, por favor, algumas palavras sobre como deu seguimento a isto.</translation>
    </message>
    <message>
        <source>Please write the goal in a few words, as the client puts it.</source>
        <translation>Escreva, por favor, o objetivo em poucas palavras, tal como o cliente o diz.</translation>
    </message>
    <message>
        <source>Say what was disclosed, in a few words.</source>
        <translation>Indique em poucas palavras o que foi divulgado.</translation>
    </message>
    <message>
        <source>Some of the text has a broken character (half of an emoji or symbol), so it was not saved; please retype that part.</source>
        <translation>Parte do texto tem um carácter danificado (metade de um emoji ou de um símbolo), por isso não foi guardado; volte a escrever essa parte, por favor.</translation>
    </message>
    <message>
        <source>That change conflicts with records already in the vault, so it was not saved.</source>
        <translation>Essa alteração entra em conflito com registos que já estão no cofre, por isso não foi guardada.</translation>
    </message>
    <message>
        <source>That client is not in this vault.</source>
        <translation>Esse cliente não está neste cofre.</translation>
    </message>
    <message>
        <source>That is not an age public key; it starts with &quot;age1&quot; and is one word.</source>
        <translation>Isso não é uma chave pública age; começa por «age1» e é uma só palavra.</translation>
    </message>
    <message>
        <source>That recipient is not an age public key (one starts with age1).</source>
        <translation>Esse destinatário não é uma chave pública age (uma chave destas começa por age1).</translation>
    </message>
    <message>
        <source>That recovery key does not belong to this vault.</source>
        <translation>Essa chave de recuperação não pertence a este cofre.</translation>
    </message>
    <message>
        <source>That session belongs to another client.</source>
        <translation>Essa sessão pertence a outro cliente.</translation>
    </message>
    <message>
        <source>That session is not in this vault.</source>
        <translation>Essa sessão não está neste cofre.</translation>
    </message>
    <message>
        <source>That session is not one of this client&apos;s.</source>
        <translation>Essa sessão não é deste cliente.</translation>
    </message>
    <message>
        <source>The built-in template cannot be deleted; you can reword it.</source>
        <translation>O modelo incluído não pode ser apagado; pode reformulá-lo.</translation>
    </message>
    <message>
        <source>The correlation between goals is from 0 up to (not including) 1.</source>
        <translation>A correlação entre objetivos vai de 0 até 1 (sem incluir o 1).</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved; free some space and try again.</source>
        <translation>O disco está cheio, por isso nada foi guardado; liberte algum espaço e tente de novo.</translation>
    </message>
    <message>
        <source>The entry is empty, so there is nothing to save.</source>
        <translation>A entrada está vazia, por isso não há nada para guardar.</translation>
    </message>
    <message>
        <source>The language setting is a short code such as &quot;en&quot; or &quot;en-GB&quot;.</source>
        <translation>A definição de idioma é um código curto, como «en» ou «en-GB».</translation>
    </message>
    <message>
        <source>The logo is larger than 1 MB; choose a smaller picture.</source>
        <translation>O logótipo tem mais de 1 MB; escolha uma imagem mais pequena.</translation>
    </message>
    <message>
        <source>The logo is more than 4000 pixels across; choose a smaller picture.</source>
        <translation>O logótipo tem mais de 4000 píxeis de largura; escolha uma imagem mais pequena.</translation>
    </message>
    <message>
        <source>The logo is not a picture Reciprocal can read; choose a PNG or JPEG file.</source>
        <translation>O logótipo não é uma imagem que o Reciprocal consiga ler; escolha um ficheiro PNG ou JPEG.</translation>
    </message>
    <message>
        <source>The new passphrase cannot be empty.</source>
        <translation>A nova frase-passe não pode estar vazia.</translation>
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation>A frase-passe não pode estar vazia.</translation>
    </message>
    <message>
        <source>The passphrase has a broken character; please type it again.</source>
        <translation>A frase-passe tem um carácter danificado; escreva-a de novo, por favor.</translation>
    </message>
    <message>
        <source>The vault could not be read; restore it from a backup.</source>
        <translation>Não foi possível ler o cofre; restaure-o a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>The vault file cannot be opened.</source>
        <translation>Não é possível abrir o ficheiro do cofre.</translation>
    </message>
    <message>
        <source>The vault file is damaged (truncated or corrupted); restore it from a backup.</source>
        <translation>O ficheiro do cofre está danificado (truncado ou corrompido); restaure-o a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>The vault file is read-only, so nothing can be saved to it.</source>
        <translation>O ficheiro do cofre é só de leitura, por isso não é possível guardar nada nele.</translation>
    </message>
    <message>
        <source>The vault is busy in another program; close it there and try again.</source>
        <translation>O cofre está a ser usado noutro programa; feche-o lá e tente de novo.</translation>
    </message>
    <message>
        <source>The vault is closed.</source>
        <translation>O cofre está fechado.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>O cofre está bloqueado.</translation>
    </message>
    <message>
        <source>The vault&apos;s backup key is missing; restore from a backup.</source>
        <translation>Falta a chave das cópias de segurança do cofre; restaure o cofre a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>The vault&apos;s backup key record has been changed, so no backup was written; run a check and restore from a backup if needed.</source>
        <translation>O registo da chave das cópias de segurança do cofre foi alterado, por isso não foi gravada nenhuma cópia; faça uma verificação e, se for preciso, restaure o cofre a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>The vault&apos;s key record is damaged; restore it from a backup.</source>
        <translation>O registo das chaves do cofre está danificado; restaure-o a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>The vault&apos;s key record is missing or duplicated; restore it from a backup.</source>
        <translation>O registo das chaves do cofre está em falta ou duplicado; restaure-o a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>This agreement is signed, so it cannot be changed; revise it to make a new version.</source>
        <translation>Este acordo está assinado, por isso não pode ser alterado; reveja-o para criar uma nova versão.</translation>
    </message>
    <message>
        <source>This client already has a goal agreement; edit the draft or revise the agreed version.</source>
        <translation>Este cliente já tem um acordo de objetivos; edite o rascunho ou reveja a versão aprovada.</translation>
    </message>
    <message>
        <source>This client has no boundaries &amp; transparency list yet, so there is nothing to print.</source>
        <translation>Este cliente ainda não tem lista de limites e transparência, por isso não há nada para imprimir.</translation>
    </message>
    <message>
        <source>This client has no goal agreement yet, so there is nothing to print.</source>
        <translation>Este cliente ainda não tem acordo de objetivos, por isso não há nada para imprimir.</translation>
    </message>
    <message>
        <source>This client has no sessions yet, so there is no summary to print.</source>
        <translation>Este cliente ainda não tem sessões, por isso não há nenhum resumo para imprimir.</translation>
    </message>
    <message>
        <source>This client&apos;s details are damaged, so no handout was made; restore them from a backup.</source>
        <translation>Os dados deste cliente estão danificados, por isso não foi criado nenhum documento; restaure-os a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>This file is not a Reciprocal vault.</source>
        <translation>Este ficheiro não é um cofre do Reciprocal.</translation>
    </message>
    <message>
        <source>This goal agreement is damaged, so it cannot be printed; restore it from a backup.</source>
        <translation>Este acordo de objetivos está danificado, por isso não pode ser impresso; restaure-o a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>This identity file holds no age identity (AGE-SECRET-KEY-1…).</source>
        <translation>Este ficheiro de identidade não contém nenhuma identidade age (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>This is not a valid backup key, so no recovery sheet was made.</source>
        <translation>Esta chave das cópias de segurança não é válida, por isso não foi criada nenhuma folha de recuperação.</translation>
    </message>
    <message>
        <source>This is not a valid recovery key, so no recovery sheet was made.</source>
        <translation>Esta chave de recuperação não é válida, por isso não foi criada nenhuma folha de recuperação.</translation>
    </message>
    <message>
        <source>This is not an age identity file (its keys start with AGE-SECRET-KEY-1).</source>
        <translation>Este não é um ficheiro de identidade age (as chaves de um ficheiro destes começam por AGE-SECRET-KEY-1).</translation>
    </message>
    <message>
        <source>This is not an age identity file.</source>
        <translation>Este não é um ficheiro de identidade age.</translation>
    </message>
    <message>
        <source>This note is already signed.</source>
        <translation>Esta nota já está assinada.</translation>
    </message>
    <message>
        <source>This note is signed and locked; add an amendment instead.</source>
        <translation>Esta nota está assinada e bloqueada; acrescente antes um aditamento.</translation>
    </message>
    <message>
        <source>This questionnaire has no answer that needs a follow-up.</source>
        <translation>Este questionário não tem nenhuma resposta que precise de seguimento.</translation>
    </message>
    <message>
        <source>This vault is already open in another Reciprocal window or program; close it there first.</source>
        <translation>Este cofre já está aberto noutra janela do Reciprocal ou noutro programa; feche-o lá primeiro.</translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of Reciprocal; please update the app.</source>
        <translation>Este cofre foi guardado por uma versão mais recente do Reciprocal; atualize a aplicação, por favor.</translation>
    </message>
    <message>
        <source>Type your name to sign the note.</source>
        <translation>Escreva o seu nome para assinar a nota.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Private — never printed or shared</source>
        <translation>Privado — nunca impresso nem partilhado</translation>
    </message>
    <message>
        <source>Shared with the client — appears on handouts</source>
        <translation>Partilhado com o cliente — aparece nos documentos</translation>
    </message>
    <message>
        <source>Session date and time</source>
        <translation>Data e hora da sessão</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duração em minutos</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Note template</source>
        <translation>Modelo de nota</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quando</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Duração</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>Shared summary</source>
        <translation>Resumo partilhado</translation>
    </message>
    <message>
        <source>Written for the client, in words they will recognise.</source>
        <translation>Escrito para o cliente, em palavras que lhe sejam familiares.</translation>
    </message>
    <message>
        <source>Private process note</source>
        <translation>Nota de processo privada</translation>
    </message>
    <message>
        <source>Your own process notes: kept apart from the client&apos;s record and left out of every handout and export.</source>
        <translation>As suas notas de processo, só para si: guardadas à parte do processo do cliente e deixadas de fora de todos os documentos e exportações.</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Nota de sessão</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Estado da gravação</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Apagar o rascunho…</translation>
    </message>
    <message>
        <source>&amp;Sign and lock…</source>
        <translation>&amp;Assinar e bloquear…</translation>
    </message>
    <message>
        <source>Sign the note with your name; after that only dated amendments can be added.</source>
        <translation>Assinar a nota com o seu nome; depois disso só podem ser acrescentados aditamentos datados.</translation>
    </message>
    <message>
        <source>Signed note</source>
        <translation>Nota assinada</translation>
    </message>
    <message>
        <source>New amendment</source>
        <translation>Novo aditamento</translation>
    </message>
    <message>
        <source>Something to add or correct, dated today</source>
        <translation>Algo a acrescentar ou corrigir, com a data de hoje</translation>
    </message>
    <message>
        <source>A&amp;dd amendment</source>
        <translation>Acrescentar a&amp;ditamento</translation>
    </message>
    <message>
        <source>&amp;Add an amendment</source>
        <translation>&amp;Acrescentar um aditamento</translation>
    </message>
    <message>
        <source>Signed by {name} on {when}. This note is locked; anything to add or correct goes below as a dated amendment.</source>
        <translation>Assinada por {name} a {when}. Esta nota está bloqueada; o que houver a acrescentar ou corrigir fica abaixo, como aditamento datado.</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>(nothing written)</source>
        <translation>(nada escrito)</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Aditamentos</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Signed and locked</source>
        <translation>Assinada e bloqueada</translation>
    </message>
    <message>
        <source>Amendment added {time}</source>
        <translation>Aditamento acrescentado às {time}</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Apagar o rascunho</translation>
    </message>
    <message>
        <source>Delete this draft note? This cannot be undone.</source>
        <translation>Apagar este rascunho de nota? Isto não pode ser desfeito.</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>Free text</source>
        <translation>Texto livre</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>danificada</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>New &amp;session</source>
        <translation>Nova &amp;sessão</translation>
    </message>
    <message>
        <source>Start a note for a new session</source>
        <translation>Começar uma nota para uma nova sessão</translation>
    </message>
    <message>
        <source>No sessions yet. Press New session to start the first note.</source>
        <translation>Ainda não há sessões. Carregue em «Nova sessão» para começar a primeira nota.</translation>
    </message>
    <message>
        <source>Choose a session on the left to read or write its note, or press New session.</source>
        <translation>Escolha uma sessão à esquerda para ler ou escrever a sua nota, ou carregue em «Nova sessão».</translation>
    </message>
    <message>
        <source>This note is damaged and cannot be shown; the rest of the record is fine. Restore it from a backup.</source>
        <translation>Esta nota está danificada e não pode ser mostrada; o resto do processo está bem. Restaure-a a partir de uma cópia de segurança.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Bloquear após estes minutos de inatividade</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Pasta das cópias de segurança</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Cópias de segurança a manter</translation>
    </message>
    <message>
        <source>Back up when I quit</source>
        <translation>Fazer cópia de segurança quando sair</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Idioma da aplicação</translation>
    </message>
    <message>
        <source>Last vault opened</source>
        <translation>Último cofre aberto</translation>
    </message>
    <message>
        <source>Template for new session notes</source>
        <translation>Modelo para novas notas de sessão</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Practice logo</source>
        <translation>Logótipo do consultório</translation>
    </message>
    <message>
        <source>Choo&amp;se logo…</source>
        <translation>E&amp;scolher logótipo…</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Escolher logótipo</translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation>Remo&amp;ver logótipo</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Remover logótipo</translation>
    </message>
    <message>
        <source> years</source>
        <translation> anos</translation>
    </message>
    <message>
        <source>Save state of the practice details</source>
        <translation>Estado da gravação dos dados do consultório</translation>
    </message>
    <message>
        <source>Your practice, as printed on handouts</source>
        <translation>O seu consultório, tal como aparece impresso nos documentos</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>O seu &amp;nome</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>O seu nome</translation>
    </message>
    <message>
        <source>C&amp;redentials</source>
        <translation>&amp;Título profissional</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Título profissional</translation>
    </message>
    <message>
        <source>&amp;Practice name</source>
        <translation>Nome do &amp;consultório</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Nome do consultório</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontacto</translation>
    </message>
    <message>
        <source>Practice contact</source>
        <translation>Contacto do consultório</translation>
    </message>
    <message>
        <source>Handout &amp;footer</source>
        <translation>&amp;Rodapé dos documentos</translation>
    </message>
    <message>
        <source>Handout footer</source>
        <translation>Rodapé dos documentos</translation>
    </message>
    <message>
        <source>Crisis and &amp;emergency resources</source>
        <translation>Recursos de crise e &amp;emergência</translation>
    </message>
    <message>
        <source>Crisis and emergency resources</source>
        <translation>Recursos de crise e emergência</translation>
    </message>
    <message>
        <source>Pa&amp;per size</source>
        <translation>Tamanho do &amp;papel</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamanho do papel</translation>
    </message>
    <message>
        <source>Handouts &amp;in</source>
        <translation>&amp;Idioma dos documentos</translation>
    </message>
    <message>
        <source>Language of handouts, unless a client has their own</source>
        <translation>Idioma dos documentos, a não ser que um cliente tenha o seu próprio</translation>
    </message>
    <message>
        <source>Keep records for</source>
        <translation>Conservar os registos durante</translation>
    </message>
    <message>
        <source>Years records are kept after the last session</source>
        <translation>Anos durante os quais os registos são conservados depois da última sessão</translation>
    </message>
    <message>
        <source>Records are kept this many years after the last session; Reciprocal warns before erasing a client sooner.</source>
        <translation>Os registos são conservados durante este número de anos depois da última sessão; o Reciprocal avisa antes de apagar um cliente mais cedo.</translation>
    </message>
    <message>
        <source>These details save themselves as you type.</source>
        <translation>Estes dados guardam-se sozinhos à medida que escreve.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for</source>
        <translation>&amp;Bloquear após inatividade de</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Idioma da aplicação</translation>
    </message>
    <message>
        <source>The system&apos;s language ({name})</source>
        <translation>O idioma do sistema ({name})</translation>
    </message>
    <message>
        <source>L&amp;anguage of the app</source>
        <translation>Idioma d&amp;a aplicação</translation>
    </message>
    <message>
        <source>Reciprocal speaks the language you choose from the next time it opens.</source>
        <translation>O Reciprocal passa a usar o idioma que escolher a partir da próxima vez que for aberto.</translation>
    </message>
    <message>
        <source>The app locks itself after this much time without a key press or mouse movement. Ctrl+L locks at once.</source>
        <translation>A aplicação bloqueia-se sozinha depois deste tempo sem que se carregue numa tecla ou se mexa o rato. Ctrl+L bloqueia de imediato.</translation>
    </message>
    <message>
        <source>Boundaries &amp; transparency checklists</source>
        <translation>Listas de limites e transparência</translation>
    </message>
    <message>
        <source>Edit checklist &amp;templates…</source>
        <translation>Editar os &amp;modelos de listas…</translation>
    </message>
    <message>
        <source>The topics a new client&apos;s checklist starts with: the built-in one, reworded if you like, and your own.</source>
        <translation>Os temas com que começa a lista de um novo cliente: os do modelo incluído, reformulados como preferir, e os seus próprios.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>A sua frase-passe</translation>
    </message>
    <message>
        <source>Chan&amp;ge passphrase…</source>
        <translation>Alterar a &amp;frase-passe…</translation>
    </message>
    <message>
        <source>Changing it takes a few seconds; your records stay as they are, your recovery sheet stays valid, and the backup key file beside your backups follows.</source>
        <translation>A alteração demora alguns segundos; os seus registos ficam como estão, a sua folha de recuperação continua válida e o ficheiro da chave junto das suas cópias de segurança acompanha a mudança.</translation>
    </message>
    <message>
        <source>Not in the demo practice.</source>
        <translation>Não disponível no consultório de demonstração.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logótipo</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture of up to 1 MB, printed at the top of every handout. It is kept encrypted in the vault with the rest of these details.</source>
        <translation>Uma imagem PNG ou JPEG com até 1 MB, impressa no topo de cada documento. Fica guardada cifrada no cofre, com os restantes dados.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cópias de segurança</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Ainda não escolhida</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Pasta das cópias de segurança</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Escol&amp;her…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Escolher a pasta das cópias de segurança</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> cópias</translation>
    </message>
    <message>
        <source>Back up when I &amp;quit</source>
        <translation>Fazer cópia de segurança &amp;quando sair</translation>
    </message>
    <message>
        <source>Extra recipients of backups</source>
        <translation>Outros destinatários das cópias de segurança</translation>
    </message>
    <message>
        <source>Save recip&amp;ients</source>
        <translation>&amp;Guardar destinatários</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última cópia de segurança</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Fa&amp;zer cópia de segurança agora</translation>
    </message>
    <message>
        <source>A backup is one encrypted file holding your whole practice. Keep them off this computer: a USB stick or an external drive. Beside them, this practice&apos;s backup key file lets your passphrase alone open them.</source>
        <translation>Uma cópia de segurança é um único ficheiro cifrado com todo o seu consultório. Guarde as cópias fora deste computador: numa pen USB ou num disco externo. Junto delas, o ficheiro da chave das cópias deste consultório permite abri-las só com a sua frase-passe.</translation>
    </message>
    <message>
        <source>Backup fol&amp;der</source>
        <translation>Pasta das cópias de seg&amp;urança</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>Manter as ú&amp;ltimas</translation>
    </message>
    <message>
        <source>Extra recipien&amp;ts</source>
        <translation>Outros &amp;destinatários</translation>
    </message>
    <message>
        <source>Age public keys (they start with age1), one per line: for example the colleague named in your professional will as records custodian. Each can open every new backup with their own key.</source>
        <translation>Chaves públicas age (começam por age1), uma por linha: por exemplo, a do colega indicado no seu testamento profissional como guardião dos registos. Cada destinatário pode abrir todas as novas cópias de segurança com a sua própria chave.</translation>
    </message>
    <message>
        <source>Choose the practice&apos;s logo</source>
        <translation>Escolher o logótipo do consultório</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imagens (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>That file could not be read; choose another PNG or JPEG file.</source>
        <translation>Não foi possível ler esse ficheiro; escolha outro ficheiro PNG ou JPEG.</translation>
    </message>
    <message>
        <source>Printed on every handout</source>
        <translation>Impresso em todos os documentos</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sem logótipo</translation>
    </message>
    <message>
        <source>A logo this computer cannot show</source>
        <translation>Um logótipo que este computador não consegue mostrar</translation>
    </message>
    <message>
        <source>New backups are also encrypted to other keys (keys: {count}).</source>
        <translation>As novas cópias de segurança também são cifradas para outras chaves (chaves: {count}).</translation>
    </message>
    <message>
        <source>New backups open only with your own backup key.</source>
        <translation>As novas cópias de segurança só abrem com a sua própria chave das cópias.</translation>
    </message>
    <message>
        <source>Last backup: {when}.</source>
        <translation>Última cópia de segurança: {when}.</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Ainda não há nenhuma cópia de segurança.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>Passar de um campo para outro</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Move through a list or search results</source>
        <translation>Percorrer uma lista ou os resultados da pesquisa</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Seta para cima, Seta para baixo</translation>
    </message>
    <message>
        <source>Open the chosen search result</source>
        <translation>Abrir o resultado da pesquisa escolhido</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Next or previous tab of a client</source>
        <translation>Separador seguinte ou anterior de um cliente</translation>
    </message>
    <message>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab, Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <source>Go to a labelled field or button</source>
        <translation>Ir para um campo ou botão com rótulo</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra sublinhada</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Fechar uma caixa de diálogo sem guardar</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
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
        <translation>Aprovar a versão {n}</translation>
    </message>
    <message>
        <source>The client&apos;s name, typed by the client</source>
        <translation>O nome do cliente, escrito pelo cliente</translation>
    </message>
    <message>
        <source>The client&apos;s date</source>
        <translation>A data do cliente</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>O seu nome</translation>
    </message>
    <message>
        <source>Your date</source>
        <translation>A sua data</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>&amp;Aprovar</translation>
    </message>
    <message>
        <source>The &amp;client types their name</source>
        <translation>O &amp;cliente escreve o seu nome</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>&amp;You type yours</source>
        <translation>O &amp;seu nome, escrito por si</translation>
    </message>
    <message>
        <source>On </source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Agreeing keeps this version exactly as it is now: its {count} goals and both commitments. To change anything later, revise it into a new version.</source>
        <translation>Aprovar guarda esta versão exatamente como está agora: os seus {count} objetivos e os compromissos de ambos. Para mudar alguma coisa mais tarde, reveja-a numa nova versão.</translation>
    </message>
    <message>
        <source>Typed names stand for signatures; a printed agreement has room to sign by hand.</source>
        <translation>Os nomes escritos valem como assinaturas; um acordo impresso tem espaço para assinar à mão.</translation>
    </message>
    <message>
        <source>Sign and lock</source>
        <translation>Assinar e bloquear</translation>
    </message>
    <message>
        <source>Your name, as signature</source>
        <translation>O seu nome, como assinatura</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>O seu &amp;nome</translation>
    </message>
    <message>
        <source>Signing locks this note as it is now. After that it cannot be changed; anything to add or correct is kept as a dated amendment beside it.</source>
        <translation>Assinar bloqueia esta nota tal como está agora. Depois disso não pode ser alterada; o que houver a acrescentar ou corrigir fica guardado como aditamento datado, junto dela.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Força da frase-passe</translation>
    </message>
    <message>
        <source>A few unusual words strung together make a passphrase that is strong and easy to remember.</source>
        <translation>Algumas palavras invulgares seguidas fazem uma frase-passe forte e fácil de lembrar.</translation>
    </message>
    <message>
        <source>Strong. Guessing it would take {time} even for someone holding a copy of your vault file.</source>
        <translation>Forte. Adivinhá-la demoraria {time}, mesmo para alguém com uma cópia do ficheiro do seu cofre.</translation>
    </message>
    <message>
        <source>Good. Guessing it would take {time}; one more word would make it stronger still.</source>
        <translation>Boa. Adivinhá-la demoraria {time}; mais uma palavra torná-la-ia ainda mais forte.</translation>
    </message>
    <message>
        <source>Too easy to guess: someone with a copy of your vault file could find it in {time}.</source>
        <translation>Demasiado fácil de adivinhar: alguém com uma cópia do ficheiro do seu cofre poderia descobri-la em {time}.</translation>
    </message>
    <message>
        <source>Add another word or two.</source>
        <translation>Acrescente mais uma ou duas palavras.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Checklist templates</source>
        <translation>Modelos de listas</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Novo modelo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>O que abrange</translation>
    </message>
    <message>
        <source>Add a &amp;topic</source>
        <translation>Acrescentar um &amp;tema</translation>
    </message>
    <message>
        <source>&amp;Remove the topic</source>
        <translation>&amp;Remover o tema</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Guardar o modelo</translation>
    </message>
    <message>
        <source>Put the &amp;original wording back</source>
        <translation>Repor o texto &amp;original</translation>
    </message>
    <message>
        <source>&amp;Delete template…</source>
        <translation>&amp;Apagar o modelo…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>No&amp;me</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>A client&apos;s checklist is their own copy, made when it is started: changing a template here never changes a checklist a client already has.</source>
        <translation>A lista de um cliente é uma cópia só dele, feita quando é começada: alterar aqui um modelo nunca altera uma lista que um cliente já tenha.</translation>
    </message>
    <message>
        <source> (built in)</source>
        <translation> (incluído)</translation>
    </message>
    <message>
        <source>My checklist</source>
        <translation>A minha lista</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Apagar o modelo</translation>
    </message>
    <message>
        <source>Delete the template “{name}”? Clients&apos; checklists made from it stay as they are.</source>
        <translation>Apagar o modelo «{name}»? As listas dos clientes feitas a partir dele ficam como estão.</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Welcome back</source>
        <translation>Olá de novo</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>A sua frase-passe</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase-passe</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Mensagem de desbloqueio</translation>
    </message>
    <message>
        <source>&amp;Forgot it? Use the recovery key</source>
        <translation>&amp;Esqueceu-se? Use a chave de recuperação</translation>
    </message>
    <message>
        <source>Your records are locked. Type your passphrase to open them.</source>
        <translation>Os seus registos estão bloqueados. Escreva a sua frase-passe para os abrir.</translation>
    </message>
    <message>
        <source>The key from your recovery sheet</source>
        <translation>A chave da sua folha de recuperação</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <source>Set passphrase and &amp;unlock</source>
        <translation>Definir a frase-passe e &amp;desbloquear</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Use your recovery key</source>
        <translation>Usar a sua chave de recuperação</translation>
    </message>
    <message>
        <source>Type the recovery key from the sheet you stored when you made the vault (dashes and spaces don&apos;t matter), then choose a new passphrase. Your old passphrase will stop working.</source>
        <translation>Escreva a chave de recuperação da folha que guardou quando criou o cofre (os hífenes e os espaços não importam) e depois escolha uma nova frase-passe. A frase-passe antiga deixará de funcionar.</translation>
    </message>
    <message>
        <source>The demo practice</source>
        <translation>O consultório de demonstração</translation>
    </message>
    <message>
        <source>Everyone in this practice is invented. Its passphrase is: {passphrase}</source>
        <translation>Todas as pessoas deste consultório são inventadas. A frase-passe é: {passphrase}</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>A desbloquear…</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation>Essa frase-passe não abre este cofre. Verifique a tecla Caps Lock e tente de novo.</translation>
    </message>
    <message>
        <source>Checking the key and setting your new passphrase…</source>
        <translation>A verificar a chave e a definir a sua nova frase-passe…</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Guia do utilizador</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Procurar no guia</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Resultado da procura</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Procurar:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a backup</source>
        <translation>Verificar uma cópia de segurança</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Resultado da verificação</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Check that a backup is whole and that its key opens it: every record is read and every checksum compared. Your vault is not touched.</source>
        <translation>Verificar se uma cópia de segurança está íntegra e se a sua chave a abre: cada registo é lido e cada soma de controlo é comparada. O seu cofre não é tocado.</translation>
    </message>
    <message>
        <source>Checking every record of the backup…</source>
        <translation>A verificar todos os registos da cópia de segurança…</translation>
    </message>
    <message numerus="yes">
        <source>This backup is whole: %n record(s), made on {made} by Reciprocal {version}.</source>
        <translation>
            <numerusform>Esta cópia de segurança está íntegra: %n registo, feita a {made} pelo Reciprocal {version}.</numerusform>
            <numerusform>Esta cópia de segurança está íntegra: %n registos, feita a {made} pelo Reciprocal {version}.</numerusform>
        </translation>
    </message>
    <message>
        <source>When it was made, some records were already damaged in the vault (damaged records: {count}); their unreadable parts are empty in it.</source>
        <translation>Quando foi feita, alguns registos já estavam danificados no cofre (registos danificados: {count}); as partes ilegíveis estão vazias na cópia.</translation>
    </message>
    <message>
        <source>Who made this backup cannot be confirmed with this key; only the practice&apos;s own backup key can confirm it.</source>
        <translation>Com esta chave não é possível confirmar quem fez esta cópia de segurança; só a chave das cópias do próprio consultório o pode confirmar.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>&amp;Create my vault</source>
        <translation>&amp;Criar o meu cofre</translation>
    </message>
    <message>
        <source>Start your own practice records, protected by a passphrase.</source>
        <translation>Começar os registos do seu consultório, protegidos por uma frase-passe.</translation>
    </message>
    <message>
        <source>&amp;Explore a demo practice</source>
        <translation>&amp;Explorar um consultório de demonstração</translation>
    </message>
    <message>
        <source>Open a practice of invented clients to try the app.</source>
        <translation>Abrir um consultório de clientes inventados para experimentar a aplicação.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup</source>
        <translation>&amp;Restaurar a partir de uma cópia de segurança</translation>
    </message>
    <message>
        <source>Bring back your records from a backup file, for example on a new computer.</source>
        <translation>Recuperar os seus registos a partir de um ficheiro de cópia de segurança, por exemplo num computador novo.</translation>
    </message>
    <message>
        <source>Welcome to Reciprocal</source>
        <translation>Boas-vindas ao Reciprocal</translation>
    </message>
    <message>
        <source>Your practice records stay on this computer, encrypted with a passphrase only you know. Nothing is ever sent anywhere.</source>
        <translation>Os registos do seu consultório ficam neste computador, cifrados com uma frase-passe que só você conhece. Nada é enviado para lado nenhum.</translation>
    </message>
    <message>
        <source>Set a passphrase and start with an empty practice.</source>
        <translation>Defina uma frase-passe e comece com um consultório vazio.</translation>
    </message>
    <message>
        <source>Look around a practice of invented clients first; your own vault can come later.</source>
        <translation>Conheça primeiro um consultório de clientes inventados; o seu próprio cofre pode vir depois.</translation>
    </message>
    <message>
        <source>On a new computer: bring back your practice from a backup file.</source>
        <translation>Num computador novo: recupere o seu consultório a partir de um ficheiro de cópia de segurança.</translation>
    </message>
    <message>
        <source>Create my &amp;vault</source>
        <translation>Criar o meu &amp;cofre</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Escolha uma frase-passe</translation>
    </message>
    <message>
        <source>Your passphrase unlocks the vault each day. Choose one you can remember without writing it down: four or five unusual words in a row work well.</source>
        <translation>A sua frase-passe desbloqueia o cofre todos os dias. Escolha uma de que se consiga lembrar sem a escrever: quatro ou cinco palavras invulgares seguidas funcionam bem.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>A sua chave de recuperação</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your records. It is shown only this once. Print it or write it down, and keep it somewhere safe away from this computer.</source>
        <translation>Se algum dia se esquecer da sua frase-passe, esta chave é a única forma de voltar a aceder aos seus registos. Só é mostrada desta vez. Imprima-a ou escreva-a, e guarde-a num lugar seguro, longe deste computador.</translation>
    </message>
    <message>
        <source>A demo practice</source>
        <translation>Um consultório de demonstração</translation>
    </message>
    <message>
        <source>Making a practice of {clients} invented clients with a few months of sessions each. Everything in it is made up, so explore freely.</source>
        <translation>A criar um consultório com {clients} clientes inventados, cada um com alguns meses de sessões. Tudo nele é fictício, por isso explore à vontade.</translation>
    </message>
    <message>
        <source>Setting up your vault. Making the key takes a few seconds on purpose: it is what makes guessing your passphrase slow.</source>
        <translation>A preparar o seu cofre. Criar a chave demora alguns segundos de propósito: é o que torna lento adivinhar a sua frase-passe.</translation>
    </message>
    <message>
        <source>Inventing clients and their sessions…</source>
        <translation>A inventar clientes e as suas sessões…</translation>
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
        <translation>{value} em 10</translation>
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
        <translation>Opinião sobre as sessões (0–10)</translation>
    </message>
    <message>
        <source>No feedback recorded yet.</source>
        <translation>Ainda não há opiniões registadas.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>What could be different</source>
        <translation>O que poderia ser diferente</translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation>A sua reflexão</translation>
    </message>
    <message>
        <source>(damaged record)</source>
        <translation>(registo danificado)</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Questionários</translation>
    </message>
    <message>
        <source>No PHQ-9 or GAD-7 recorded yet.</source>
        <translation>Ainda não há nenhum PHQ-9 ou GAD-7 registado.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionário</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Preenchido</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimento</translation>
    </message>
    <message>
        <source>{day} (by the client)</source>
        <translation>{day} (pelo cliente)</translation>
    </message>
    <message>
        <source>Item 9 needs a follow-up</source>
        <translation>O item 9 precisa de seguimento</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Seguimento feito</translation>
    </message>
</context>
</TS>
