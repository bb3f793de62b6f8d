<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop console for operating a Terminal++ platform.</source>
        <translation>Eine Desktop-Konsole für den Betrieb einer Terminal++-Plattform.</translation>
    </message>
    <message>
        <source>Connect to the profile NAME.</source>
        <translation>Mit dem Profil NAME verbinden.</translation>
    </message>
    <message>
        <source>Render every page once it has loaded, save PNGs into DIR, exit.</source>
        <translation>Jede Seite nach dem Laden rendern, PNGs in DIR speichern, beenden.</translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark.</source>
        <translation>Farbschema: system, light oder dark.</translation>
    </message>
    <message>
        <source>Import a profile file (no secrets) before starting.</source>
        <translation>Vor dem Start eine Profildatei importieren (ohne Geheimnisse).</translation>
    </message>
    <message>
        <source>--theme: &quot;%1&quot; is not system, light or dark</source>
        <translation>--theme: &quot;%1&quot; ist weder system noch light noch dark</translation>
    </message>
    <message>
        <source>imported profile &quot;%1&quot;</source>
        <translation>Profil &quot;%1&quot; importiert</translation>
    </message>
    <message>
        <source>no profile called &quot;%1&quot; (known: %2)</source>
        <translation>kein Profil namens &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>--screenshot: cannot create %1</source>
        <translation>--screenshot: %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>tpp::CommandPalette</name>
    <message>
        <source>Type a command…</source>
        <translation>Befehl eingeben…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
</context>
<context>
    <name>tpp::DatasetPage</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>User e-mail</source>
        <translation>E-Mail des Benutzers</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Go to time</source>
        <translation>Zu Zeitpunkt springen</translation>
    </message>
    <message>
        <source>Show rows around the &quot;to&quot; time, reached by key (no scanning)</source>
        <translation>Zeilen um den &quot;bis&quot;-Zeitpunkt anzeigen, per Schlüssel angesprungen (ohne Durchsuchen)</translation>
    </message>
    <message>
        <source>This page is off: the database lacks what it needs.</source>
        <translation>Diese Seite ist deaktiviert: Der Datenbank fehlt, was sie dafür braucht.</translation>
    </message>
</context>
<context>
    <name>tpp::DatasetView</name>
    <message>
        <source>Filter by %1 prefix  ( / )</source>
        <translation>Nach %1-Präfix filtern  ( / )</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>%1 geladen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Exact count</source>
        <translation>Exakte Anzahl</translation>
    </message>
    <message>
        <source>≈%1 rows · %2</source>
        <translation>≈%1 Zeilen · %2</translation>
    </message>
    <message>
        <source>The total is the planner&apos;s estimate (pg_class.reltuples): counting millions of rows exactly would be slow.</source>
        <translation>Die Gesamtzahl ist eine Schätzung des Planers (pg_class.reltuples): Millionen von Zeilen exakt zu zählen, wäre zu langsam.</translation>
    </message>
    <message>
        <source>%1 rows · %2</source>
        <translation>%1 Zeilen · %2</translation>
    </message>
    <message>
        <source>No rows in %1 yet.</source>
        <translation>Noch keine Zeilen in %1.</translation>
    </message>
    <message>
        <source>No rows match these filters.</source>
        <translation>Keine Zeilen entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export shown rows as CSV…</source>
        <translation>Angezeigte Zeilen als CSV exportieren…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>tpp::KubeconfigContexts</name>
    <message>
        <source>%1: file not found</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tpp::MainWindow</name>
    <message>
        <source>Terminal++ Console</source>
        <translation>Terminal++ Console</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>Befehlspalette…</translation>
    </message>
    <message>
        <source>Collapse sidebar</source>
        <translation>Seitenleiste einklappen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Design: %1</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gehe zu %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About Terminal++ Console</source>
        <translation>Über Terminal++ Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Terminal++ Console %1&lt;/b&gt;&lt;br&gt;A desktop console for the people who run a Terminal++ platform.&lt;br&gt;Icons: Lucide (ISC licence).</source>
        <translation>&lt;b&gt;Terminal++ Console %1&lt;/b&gt;&lt;br&gt;Eine Desktop-Konsole für alle, die eine Terminal++-Plattform betreiben.&lt;br&gt;Icons: Lucide (ISC-Lizenz).</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation>Profile verwalten…</translation>
    </message>
    <message>
        <source>Edit active profile…</source>
        <translation>Aktives Profil bearbeiten…</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Mit %1 verbinden</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Verbindung trennen</translation>
    </message>
    <message>
        <source>%1 — Terminal++ Console</source>
        <translation>%1 — Terminal++ Console</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>The profile “%1” connects to the database as “%2”.</source>
        <translation>Das Profil „%1“ verbindet sich als „%2“ mit der Datenbank.</translation>
    </message>
</context>
<context>
    <name>tpp::Page</name>
    <message>
        <source>Not connected — choose a profile</source>
        <translation>Nicht verbunden — wählen Sie ein Profil</translation>
    </message>
    <message>
        <source>A profile says where your platform is: its cluster context, database, Prometheus and Alertmanager. Nothing is shown until one is active.</source>
        <translation>Ein Profil legt fest, wo sich Ihre Plattform befindet: Cluster-Kontext, Datenbank, Prometheus und Alertmanager. Solange kein Profil aktiv ist, wird nichts angezeigt.</translation>
    </message>
    <message>
        <source>Choose a profile…</source>
        <translation>Profil auswählen…</translation>
    </message>
    <message>
        <source>%1 is not set up in this profile</source>
        <translation>%1: in diesem Profil nicht eingerichtet</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Profil bearbeiten…</translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation>%1: nicht verbunden</translation>
    </message>
    <message>
        <source>Last data: %1</source>
        <translation>Letzte Daten: %1</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Noch nichts anzuzeigen</translation>
    </message>
    <message>
        <source>This page needs the source “%1”, which the profile “%2” does not set up.</source>
        <translation>Diese Seite braucht die Quelle „%1“, die das Profil „%2“ nicht einrichtet.</translation>
    </message>
    <message>
        <source>This version of the console cannot connect to this source yet, so there is nothing to show. No data on this page is invented.</source>
        <translation>Diese Version der Konsole kann sich noch nicht mit dieser Quelle verbinden, daher gibt es nichts anzuzeigen. Auf dieser Seite werden keine Daten erfunden.</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>%1: unreachable</source>
        <translation>%1: nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 is connected; this page has no view of it yet.</source>
        <translation>%1 ist verbunden; diese Seite hat noch keine Ansicht dafür.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 unreachable — showing data from %2; reconnecting by itself. %3</source>
        <translation>%1 nicht erreichbar — Daten von %2 werden angezeigt; die Verbindung wird automatisch wiederhergestellt. %3</translation>
    </message>
    <message>
        <source>The console is not connected to this source. Choose the profile again to connect; no data on this page is invented.</source>
        <translation>Die Konsole ist nicht mit dieser Quelle verbunden. Wählen Sie das Profil erneut aus, um die Verbindung herzustellen; auf dieser Seite werden keine Daten erfunden.</translation>
    </message>
</context>
<context>
    <name>tpp::PageCatalog</name>
    <message>
        <source>Monitor</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Operate</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Request rate, latency, errors, active sandboxes and the health of every service.</source>
        <translation>Anfragerate, Latenz, Fehler, aktive Sandboxes und der Zustand jedes Dienstes.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Firing and pending alerts, silences, and the playbook for each.</source>
        <translation>Aktive und ausstehende Alarme, Stummschaltungen und das Playbook zu jedem Alarm.</translation>
    </message>
    <message>
        <source>Sandboxes</source>
        <translation>Sandboxes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Active and expired sessions, newest first, with their command history.</source>
        <translation>Aktive und abgelaufene Sitzungen, neueste zuerst, mit ihrem Befehlsverlauf.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Find a user by e-mail or name and see their sandboxes and sessions.</source>
        <translation>Benutzer nach E-Mail-Adresse oder Name suchen und deren Sandboxes und Sitzungen anzeigen.</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Workloads</translation>
    </message>
    <message>
        <source>Deployments, replica sets and autoscalers: scale, restart, roll back.</source>
        <translation>Deployments, ReplicaSets und Autoscaler: skalieren, neu starten, zurückrollen.</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Terminals</translation>
    </message>
    <message>
        <source>Shells in sandbox containers and on SSH hosts, with support sessions recorded.</source>
        <translation>Shells in Sandbox-Containern und auf SSH-Hosts; Support-Sitzungen werden aufgezeichnet.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Database, Redis and sandbox backups with verification and restore drills.</source>
        <translation>Backups von Datenbank, Redis und Sandboxes mit Überprüfung und Wiederherstellungsübungen.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Who changed what on the platform, when, and with what outcome.</source>
        <translation>Wer hat was auf der Plattform wann geändert, und mit welchem Ergebnis.</translation>
    </message>
    <message>
        <source>Every user&apos;s sandbox: its status, owner, image, node and last access.</source>
        <translation>Die Sandbox jedes Benutzers: Status, Besitzer, Image, Node und letzter Zugriff.</translation>
    </message>
</context>
<context>
    <name>tpp::PageFactory</name>
    <message>
        <source>Sandboxes</source>
        <translation>Sandboxes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>File versions</source>
        <translation>Dateiversionen</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
</context>
<context>
    <name>tpp::PagedTableModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n Tg.</numerusform>
            <numerusform>%n Tg.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 — click to sort (indexed)</source>
        <translation>%1 — zum Sortieren klicken (indiziert)</translation>
    </message>
    <message>
        <source>%1 — not sortable: no index on this column</source>
        <translation>%1 — nicht sortierbar: kein Index auf dieser Spalte</translation>
    </message>
</context>
<context>
    <name>tpp::PlatformStatusBar</name>
    <message>
        <source>Active platform profile — click to manage profiles</source>
        <translation>Aktives Plattformprofil — klicken, um Profile zu verwalten</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>%1 · PRODUCTION</source>
        <translation>%1 · PRODUKTION</translation>
    </message>
    <message>
        <source>Alerts: –</source>
        <translation>Alarme: –</translation>
    </message>
    <message>
        <source>No alert data: Alertmanager is not connected</source>
        <translation>Keine Alarmdaten: Alertmanager ist nicht verbunden</translation>
    </message>
    <message numerus="yes">
        <source>%n firing</source>
        <translation>
            <numerusform>%n Alarm aktiv</numerusform>
            <numerusform>%n Alarme aktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts firing now</source>
        <translation>Derzeit aktive Alarme</translation>
    </message>
</context>
<context>
    <name>tpp::Profile</name>
    <message>
        <source>name: a profile needs a name</source>
        <translation>name: ein Profil benötigt einen Namen</translation>
    </message>
    <message>
        <source>name: &quot;%1&quot; may not contain / or \</source>
        <translation>name: &quot;%1&quot; darf weder / noch \ enthalten</translation>
    </message>
    <message>
        <source>dbPort: %1 is not a TCP port (1–65535)</source>
        <translation>dbPort: %1 ist kein TCP-Port (1–65535)</translation>
    </message>
    <message>
        <source>dbSslMode: &quot;%1&quot; is not one of %2</source>
        <translation>dbSslMode: &quot;%1&quot; ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>dbUri: &quot;%1&quot; is not a libpq URI (postgresql://…)</source>
        <translation>dbUri: &quot;%1&quot; ist keine libpq-URI (postgresql://…)</translation>
    </message>
    <message>
        <source>dbUri: the URI contains a password; secrets belong in the key store, not in the profile</source>
        <translation>dbUri: die URI enthält ein Passwort; Geheimnisse gehören in den Schlüsselspeicher, nicht in das Profil</translation>
    </message>
    <message>
        <source>healthEndpoints: &quot;%1&quot; needs a name (name=url)</source>
        <translation>healthEndpoints: &quot;%1&quot; benötigt einen Namen (name=url)</translation>
    </message>
    <message>
        <source>sshHosts: &quot;%1&quot; is not user@host[:port]</source>
        <translation>sshHosts: &quot;%1&quot; hat nicht die Form user@host[:port]</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid URL</source>
        <translation>%1: &quot;%2&quot; ist keine gültige URL</translation>
    </message>
    <message>
        <source>%1: scheme &quot;%2&quot; is not supported (use %3)</source>
        <translation>%1: Schema &quot;%2&quot; wird nicht unterstützt (verwenden Sie %3)</translation>
    </message>
    <message>
        <source>%1: the URL contains a password; secrets belong in the key store, not in the profile</source>
        <translation>%1: die URL enthält ein Passwort; Geheimnisse gehören in den Schlüsselspeicher, nicht in das Profil</translation>
    </message>
</context>
<context>
    <name>tpp::ProfileEditorDialog</name>
    <message>
        <source>Production — require typed confirmation for changes</source>
        <translation>Produktion — Änderungen erfordern eine eingetippte Bestätigung</translation>
    </message>
    <message>
        <source>Edit profile “%1”</source>
        <translation>Profil „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>default: $KUBECONFIG or ~/.kube/config</source>
        <translation>Standard: $KUBECONFIG oder ~/.kube/config</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a kubeconfig file</source>
        <translation>Eine kubeconfig-Datei auswählen</translation>
    </message>
    <message>
        <source>&amp;Kubeconfig</source>
        <translation>&amp;Kubeconfig</translation>
    </message>
    <message>
        <source>C&amp;ontext</source>
        <translation>K&amp;ontext</translation>
    </message>
    <message>
        <source>terminal-plus-plus, terminal-plus-plus-sandboxes</source>
        <translation>terminal-plus-plus, terminal-plus-plus-sandboxes</translation>
    </message>
    <message>
        <source>Na&amp;mespaces</source>
        <translation>Na&amp;mespaces</translation>
    </message>
    <message>
        <source>Database (PostgreSQL)</source>
        <translation>Datenbank (PostgreSQL)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>SSL-Modus</translation>
    </message>
    <message>
        <source>or a libpq URI: postgresql://user@host:5432/db (no password)</source>
        <translation>oder eine libpq-URI: postgresql://user@host:5432/db (ohne Passwort)</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Redis URL</source>
        <translation>Redis-URL</translation>
    </message>
    <message>
        <source>Redis password</source>
        <translation>Redis-Passwort</translation>
    </message>
    <message>
        <source>Prometheus URL</source>
        <translation>Prometheus-URL</translation>
    </message>
    <message>
        <source>Alertmanager URL</source>
        <translation>Alertmanager-URL</translation>
    </message>
    <message>
        <source>one per line: name=url, e.g. backend=http://host:8000/health</source>
        <translation>einer pro Zeile: name=url, z. B. backend=http://host:8000/health</translation>
    </message>
    <message>
        <source>Health endpoints</source>
        <translation>Health-Endpunkte</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>user@host:port, comma-separated</source>
        <translation>user@host:port, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>SSH hosts</source>
        <translation>SSH-Hosts</translation>
    </message>
    <message>
        <source>file:///var/backups/tpp or sftp://user@host/path</source>
        <translation>file:///var/backups/tpp oder sftp://user@host/path</translation>
    </message>
    <message>
        <source>Backup destination</source>
        <translation>Backup-Ziel</translation>
    </message>
    <message>
        <source>Choose a kubeconfig</source>
        <translation>Eine kubeconfig auswählen</translation>
    </message>
    <message>
        <source>cannot be saved: no key store</source>
        <translation>kann nicht gespeichert werden: kein Schlüsselspeicher</translation>
    </message>
    <message>
        <source>stored in the key store — type to replace</source>
        <translation>im Schlüsselspeicher abgelegt — zum Ersetzen eintippen</translation>
    </message>
    <message>
        <source>No kubeconfig found (%1).</source>
        <translation>Keine kubeconfig gefunden (%1).</translation>
    </message>
    <message>
        <source>The profile was saved, but its passwords were not: %1</source>
        <translation>Das Profil wurde gespeichert, seine Passwörter jedoch nicht: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>tpp::ProfileListModel</name>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>Kontext %1</translation>
    </message>
    <message>
        <source>database %1</source>
        <translation>Datenbank %1</translation>
    </message>
</context>
<context>
    <name>tpp::ProfileManagerDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Platform profiles</source>
        <translation>Plattformprofile</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Could not duplicate “%1”.</source>
        <translation>„%1“ konnte nicht dupliziert werden.</translation>
    </message>
    <message>
        <source>Duplicated as “%1”. Passwords are not copied: enter them in Edit.</source>
        <translation>Als „%1“ dupliziert. Passwörter werden nicht kopiert: Geben Sie sie unter „Bearbeiten“ ein.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its saved passwords? The platform itself is not touched.</source>
        <translation>Das Profil „%1“ und seine gespeicherten Passwörter löschen? Die Plattform selbst bleibt unberührt.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Import a profile</source>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <source>Profiles (*.ini);;All files (*)</source>
        <translation>Profile (*.ini);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported “%1”. Enter its passwords in Edit.</source>
        <translation>„%1“ importiert. Geben Sie die Passwörter unter „Bearbeiten“ ein.</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>„%1“ exportieren</translation>
    </message>
    <message>
        <source>Profiles (*.ini)</source>
        <translation>Profile (*.ini)</translation>
    </message>
    <message>
        <source>Exported “%1” to %2 (without passwords).</source>
        <translation>„%1“ nach %2 exportiert (ohne Passwörter).</translation>
    </message>
</context>
<context>
    <name>tpp::ProfileStore</name>
    <message>
        <source>name: a profile called &quot;%1&quot; exists already</source>
        <translation>name: ein Profil namens &quot;%1&quot; existiert bereits</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1: the file does not exist or cannot be read</source>
        <translation>%1: die Datei existiert nicht oder kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: not a valid INI file</source>
        <translation>%1: keine gültige INI-Datei</translation>
    </message>
    <message>
        <source>%1: no [profile] section</source>
        <translation>%1: kein Abschnitt [profile]</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; looks like a secret; profiles carry no secrets</source>
        <translation>%1: Schlüssel &quot;%2&quot; sieht nach einem Geheimnis aus; Profile enthalten keine Geheimnisse</translation>
    </message>
    <message>
        <source>no profile called &quot;%1&quot;</source>
        <translation>kein Profil namens &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: could not write the file</source>
        <translation>%1: die Datei konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>tpp::SecretPromptDialog</name>
    <message>
        <source>Save in the key store</source>
        <translation>Im Schlüsselspeicher speichern</translation>
    </message>
    <message>
        <source>%1 needed</source>
        <translation>%1 erforderlich</translation>
    </message>
    <message>
        <source>No key store is available: the secret is kept in memory for this run only.</source>
        <translation>Kein Schlüsselspeicher verfügbar: Das Passwort wird nur für diesen Programmlauf im Arbeitsspeicher gehalten.</translation>
    </message>
</context>
<context>
    <name>tpp::SecretStore</name>
    <message>
        <source>No secret is stored for this yet.</source>
        <translation>Hierfür ist noch kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>Secrets cannot be saved: no usable Secret Service is running (%1). Start and unlock gnome-keyring or KWallet to keep them; until then the console asks for them each run and keeps them in memory only.</source>
        <translation>Geheimnisse können nicht gespeichert werden: Es läuft kein nutzbarer Secret Service (%1). Starten und entsperren Sie gnome-keyring oder KWallet, um sie dauerhaft zu speichern; bis dahin fragt die Konsole bei jedem Start danach und hält sie nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The key store refused access (%1).</source>
        <translation>Der Schlüsselspeicher hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <source>The key store failed: %1</source>
        <translation>Fehler im Schlüsselspeicher: %1</translation>
    </message>
</context>
<context>
    <name>tpp::Sidebar</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Collapse or expand the sidebar</source>
        <translation>Seitenleiste ein- oder ausklappen</translation>
    </message>
</context>
<context>
    <name>tpp::SourceIndicator</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last data: %1</source>
        <translation>Letzte Daten: %1</translation>
    </message>
</context>
<context>
    <name>tpp::SourceStatus</name>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>nicht konfiguriert</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
</context>
<context>
    <name>tpp::db::AuditJournal</name>
    <message>
        <source>cannot open the audit journal %1: %2</source>
        <translation>das Audit-Journal %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot prepare the audit journal %1: %2</source>
        <translation>das Audit-Journal %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>cannot read the audit journal %1: %2</source>
        <translation>das Audit-Journal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the audit journal is not open</source>
        <translation>das Audit-Journal ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot write the audit journal: %1</source>
        <translation>in das Audit-Journal kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot update the audit journal: %1</source>
        <translation>das Audit-Journal kann nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>tpp::db::AuditLog</name>
    <message>
        <source>audit entry %1 not yet stored: %2</source>
        <translation>Audit-Eintrag %1 noch nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>tpp::db::DatasetCatalog</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Sandboxes</source>
        <translation>Sandboxes</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>CPU limit (m)</source>
        <translation>CPU-Limit (m)</translation>
    </message>
    <message>
        <source>Memory limit (MB)</source>
        <translation>Speicherlimit (MB)</translation>
    </message>
    <message>
        <source>Last accessed</source>
        <translation>Letzter Zugriff</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Sandbox ID</source>
        <translation>Sandbox-ID</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Command history</source>
        <translation>Befehlsverlauf</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>File versions</source>
        <translation>Dateiversionen</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Größe (Bytes)</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Inhalts-Hash</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>OS-Benutzer</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Cluster user</source>
        <translation>Cluster-Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>Idempotenzschlüssel</translation>
    </message>
    <message>
        <source>dataset %1 has no column &quot;%2&quot;</source>
        <translation>Datenbestand %1 hat keine Spalte &quot;%2&quot;</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; of %2 cannot be filtered with %3</source>
        <translation>Spalte &quot;%1&quot; von %2 kann nicht mit %3 gefiltert werden</translation>
    </message>
    <message>
        <source>unknown dataset &quot;%1&quot;</source>
        <translation>unbekannter Datenbestand &quot;%1&quot;</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; of %2 cannot be sorted on (no index)</source>
        <translation>nach Spalte &quot;%1&quot; von %2 kann nicht sortiert werden (kein Index)</translation>
    </message>
    <message>
        <source>a page boundary needs a sort value and an id</source>
        <translation>eine Seitengrenze benötigt einen Sortierwert und eine ID</translation>
    </message>
</context>
<context>
    <name>tpp::db::DbWorker</name>
    <message>
        <source>the connection to the database was closed</source>
        <translation>die Verbindung zur Datenbank wurde geschlossen</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt (QPSQL) is not installed</source>
        <translation>der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>cannot set up the session on %1: %2</source>
        <translation>die Sitzung auf %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt gave no libpq connection</source>
        <translation>der PostgreSQL-Treiber von Qt hat keine libpq-Verbindung geliefert</translation>
    </message>
    <message>
        <source>%1 (retrying in %2 s)</source>
        <translation>%1 (neuer Versuch in %2 s)</translation>
    </message>
    <message>
        <source>the connection to %1 was lost: %2</source>
        <translation>die Verbindung zu %1 wurde unterbrochen: %2</translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation>die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 ist nicht verbunden</translation>
    </message>
    <message>
        <source>the query was cancelled</source>
        <translation>die Abfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>the query ran longer than %1 s on %2 and was stopped (statement timeout)</source>
        <translation>die Abfrage lief auf %2 länger als %1 s und wurde gestoppt (Statement-Timeout)</translation>
    </message>
    <message>
        <source>a table is missing on %1: %2</source>
        <translation>auf %1 fehlt eine Tabelle: %2</translation>
    </message>
    <message>
        <source>a column is missing on %1: %2</source>
        <translation>auf %1 fehlt eine Spalte: %2</translation>
    </message>
    <message>
        <source>the query failed on %1: %2</source>
        <translation>die Abfrage auf %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the answer has more than %1 rows; use a page</source>
        <translation>die Antwort umfasst mehr als %1 Zeilen; fragen Sie seitenweise ab</translation>
    </message>
</context>
<context>
    <name>tpp::db::SchemaCheck</name>
    <message>
        <source>cannot look for admin_audit: %1</source>
        <translation>nach admin_audit kann nicht gesucht werden: %1</translation>
    </message>
    <message>
        <source>table admin_audit is missing and role %1 may not create it%2; audit entries stay in the local journal</source>
        <translation>Tabelle admin_audit fehlt, und Rolle %1 darf sie%2 nicht anlegen; Audit-Einträge verbleiben im lokalen Journal</translation>
    </message>
    <message>
        <source> (no schema on the search path)</source>
        <translation> (kein Schema im Suchpfad)</translation>
    </message>
    <message>
        <source> in schema %1</source>
        <translation> im Schema %1</translation>
    </message>
    <message>
        <source>cannot create admin_audit: %1</source>
        <translation>admin_audit kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>admin_audit was created but is not visible</source>
        <translation>admin_audit wurde angelegt, ist aber nicht sichtbar</translation>
    </message>
    <message>
        <source>the console&apos;s role may not insert into %1; audit entries stay in the local journal</source>
        <translation>die Rolle der Konsole darf nicht in %1 einfügen; Audit-Einträge verbleiben im lokalen Journal</translation>
    </message>
    <message>
        <source>%1 lacks the columns %2</source>
        <translation>%1 fehlen die Spalten %2</translation>
    </message>
    <message>
        <source>Schema check failed: %1</source>
        <translation>Schemaprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>Tabelle %1 fehlt</translation>
    </message>
    <message>
        <source>column %1.%2 is missing</source>
        <translation>Spalte %1.%2 fehlt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Audit (%1)</source>
        <translation>Audit (%1)</translation>
    </message>
</context>
<context>
    <name>tpp::kube::ApiStatus</name>
    <message>
        <source>the cluster refused the credentials (401 Unauthorized)</source>
        <translation>der Cluster hat die Anmeldedaten abgelehnt (401 Unauthorized)</translation>
    </message>
    <message>
        <source>the cluster is throttling requests (429 Too Many Requests)</source>
        <translation>der Cluster drosselt Anfragen (429 Too Many Requests)</translation>
    </message>
    <message>
        <source>the cluster denied the request (403 Forbidden)</source>
        <translation>der Cluster hat die Anfrage verweigert (403 Forbidden)</translation>
    </message>
    <message>
        <source>not found on the cluster (404)</source>
        <translation>nicht auf dem Cluster gefunden (404)</translation>
    </message>
    <message>
        <source>the cluster answered HTTP %1</source>
        <translation>der Cluster antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>the connection to the cluster at %1 was interrupted (%2)</source>
        <translation>die Verbindung zum Cluster unter %1 wurde unterbrochen (%2)</translation>
    </message>
    <message>
        <source>the cluster&apos;s certificate is not signed by the CA in the kubeconfig (%1)</source>
        <translation>das Zertifikat des Clusters ist nicht von der CA in der kubeconfig signiert (%1)</translation>
    </message>
    <message>
        <source>cannot connect to the cluster at %1 (connection refused)</source>
        <translation>keine Verbindung zum Cluster unter %1 möglich (Verbindung abgelehnt)</translation>
    </message>
    <message>
        <source>cannot find the cluster&apos;s host %1</source>
        <translation>der Host %1 des Clusters wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the cluster at %1 did not answer in time</source>
        <translation>der Cluster unter %1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the request to the cluster was cancelled</source>
        <translation>die Anfrage an den Cluster wurde abgebrochen</translation>
    </message>
    <message>
        <source>the TLS handshake with the cluster at %1 failed (%2)</source>
        <translation>der TLS-Handshake mit dem Cluster unter %1 ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>cannot reach the cluster at %1 (%2)</source>
        <translation>der Cluster unter %1 ist nicht erreichbar (%2)</translation>
    </message>
</context>
<context>
    <name>tpp::kube::Informer</name>
    <message>
        <source>the watch of %1 ended after %2 ms without events</source>
        <translation>der Watch von %1 endete nach %2 ms ohne Ereignisse</translation>
    </message>
</context>
<context>
    <name>tpp::kube::InformerHealth</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tpp::kube::Kubeconfig</name>
    <message>
        <source>%1: %2: credential plugin &quot;%3&quot;: %4</source>
        <translation>%1: %2: Credential-Plugin &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>runs only after you approve it</source>
        <translation>wird erst ausgeführt, nachdem Sie es freigegeben haben</translation>
    </message>
    <message>
        <source>needs an interactive terminal (interactiveMode: Always), which the console does not have</source>
        <translation>benötigt ein interaktives Terminal (interactiveMode: Always), das die Konsole nicht hat</translation>
    </message>
    <message>
        <source>cannot be started: %1</source>
        <translation>kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>did not answer within %1 s</source>
        <translation>hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>ist abgestürzt</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <source>did not print an ExecCredential JSON object (%1)</source>
        <translation>hat kein ExecCredential-JSON-Objekt ausgegeben (%1)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>printed a JSON object whose kind is not ExecCredential</source>
        <translation>hat ein JSON-Objekt ausgegeben, dessen kind nicht ExecCredential ist</translation>
    </message>
    <message>
        <source>answered with apiVersion &quot;%1&quot;, the kubeconfig asked for %2</source>
        <translation>hat mit apiVersion &quot;%1&quot; geantwortet, die kubeconfig verlangte %2</translation>
    </message>
    <message>
        <source>printed an ExecCredential without a status</source>
        <translation>hat ein ExecCredential ohne status ausgegeben</translation>
    </message>
    <message>
        <source>gave a client certificate without its key, or a key without its certificate</source>
        <translation>hat ein Client-Zertifikat ohne zugehörigen Schlüssel oder einen Schlüssel ohne zugehöriges Zertifikat geliefert</translation>
    </message>
    <message>
        <source>gave neither a token nor a client certificate</source>
        <translation>hat weder einen token noch ein Client-Zertifikat geliefert</translation>
    </message>
    <message>
        <source>gave an expirationTimestamp that is not an RFC 3339 time: &quot;%1&quot;</source>
        <translation>hat einen expirationTimestamp geliefert, der keine RFC-3339-Zeitangabe ist: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no PEM certificate in it</source>
        <translation>enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>must be a mapping</source>
        <translation>muss ein Mapping sein</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported (client.authentication.k8s.io/v1 or v1beta1)</source>
        <translation>&quot;%1&quot; wird nicht unterstützt (client.authentication.k8s.io/v1 oder v1beta1)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be a mapping with name and value</source>
        <translation>muss ein Mapping mit name und value sein</translation>
    </message>
    <message>
        <source>missing or not a variable name</source>
        <translation>fehlt oder ist kein Variablenname</translation>
    </message>
    <message>
        <source>missing; client.authentication.k8s.io/v1 needs Never, IfAvailable or Always</source>
        <translation>fehlt; client.authentication.k8s.io/v1 erfordert Never, IfAvailable oder Always</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of Never, IfAvailable, Always</source>
        <translation>&quot;%1&quot; ist keiner der Werte Never, IfAvailable, Always</translation>
    </message>
    <message>
        <source>(no kubeconfig file found)</source>
        <translation>(keine kubeconfig-Datei gefunden)</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: other users can read this file, and it may hold credentials (chmod 600 fixes it)</source>
        <translation>%1: andere Benutzer können diese Datei lesen, und sie kann Anmeldedaten enthalten (chmod 600 behebt das)</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>%1: line %2: the document is not a mapping</source>
        <translation>%1: Zeile %2: das Dokument ist kein Mapping</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss ein String sein</translation>
    </message>
    <message>
        <source>must be a mapping with a name</source>
        <translation>muss ein Mapping mit einem name sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is defined twice in this file</source>
        <translation>&quot;%1&quot; ist in dieser Datei doppelt definiert</translation>
    </message>
    <message>
        <source>no context was chosen and no current-context is set in %1</source>
        <translation>es wurde kein Kontext gewählt und in %1 ist kein current-context gesetzt</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; is not defined in %2</source>
        <translation>Kontext &quot;%1&quot; ist in %2 nicht definiert</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; is not defined in any kubeconfig file</source>
        <translation>Cluster &quot;%1&quot; ist in keiner kubeconfig-Datei definiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// URL</source>
        <translation>&quot;%1&quot; ist keine https://-URL</translation>
    </message>
    <message>
        <source>cannot be used together with a certificate authority</source>
        <translation>kann nicht zusammen mit einer Zertifizierungsstelle (CA) verwendet werden</translation>
    </message>
    <message>
        <source>%1: %2: the certificate of %3 is not verified; anyone between you and the cluster can read and change the traffic</source>
        <translation>%1: %2: das Zertifikat von %3 wird nicht geprüft; jeder zwischen Ihnen und dem Cluster kann den Datenverkehr mitlesen und verändern</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; is not defined in any kubeconfig file</source>
        <translation>Benutzer &quot;%1&quot; ist in keiner kubeconfig-Datei definiert</translation>
    </message>
    <message>
        <source>auth-provider plugins are not supported; use an exec plugin</source>
        <translation>auth-provider-Plugins werden nicht unterstützt; verwenden Sie ein exec-Plugin</translation>
    </message>
    <message>
        <source>basic authentication is not supported</source>
        <translation>Basic-Authentifizierung wird nicht unterstützt</translation>
    </message>
    <message>
        <source>missing; a client certificate needs both certificate and key</source>
        <translation>fehlt; ein Client-Zertifikat erfordert sowohl Zertifikat als auch Schlüssel</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: %2: the credential plugin &quot;%3&quot; runs only after you approve it</source>
        <translation>%1: %2: das Credential-Plugin &quot;%3&quot; wird erst ausgeführt, nachdem Sie es freigegeben haben</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>kein gültiges base64</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>tpp::kube::ListDecoder</name>
    <message>
        <source>the cluster sent a list that is not JSON (%1)</source>
        <translation>der Cluster hat eine List-Antwort gesendet, die kein JSON ist (%1)</translation>
    </message>
</context>
</TS>
