<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop console for operating a Terminal++ platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render every page once it has loaded, save PNGs into DIR, exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a profile file (no secrets) before starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme: &quot;%1&quot; is not system, light or dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile called &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot: cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tpp::CommandPalette</name>
    <message>
        <source>Type a command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tpp::KubeconfigContexts</name>
    <message>
        <source>%1: file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tpp::MainWindow</name>
    <message>
        <source>Terminal++ Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Terminal++ Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Terminal++ Console %1&lt;/b&gt;&lt;br&gt;A desktop console for the people who run a Terminal++ platform.&lt;br&gt;Icons: Lucide (ISC licence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit active profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Terminal++ Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” connects to the database as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tpp::Page</name>
    <message>
        <source>Not connected — choose a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile says where your platform is: its cluster context, database, Prometheus and Alertmanager. Nothing is shown until one is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set up in this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; does not name a %2, which this page needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of the console does not connect to the %1 yet, so there is nothing to show. No data on this page is invented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is connected; this page has no view of it yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tpp::PageCatalog</name>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request rate, latency, errors, active sandboxes and the health of every service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing and pending alerts, silences, and the playbook for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every user&apos;s sandbox: its pod, node, status, owner and last access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active and expired sessions, newest first, with their command history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a user by e-mail or name and see their sandboxes and sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments, replica sets and autoscalers: scale, restart, roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shells in sandbox containers and on SSH hosts, with support sessions recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database, Redis and sandbox backups with verification and restore drills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what on the platform, when, and with what outcome.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tpp::PlatformStatusBar</name>
    <message>
        <source>Active platform profile — click to manage profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert data: Alertmanager is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n firing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts firing now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tpp::Profile</name>
    <message>
        <source>name: a profile needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: &quot;%1&quot; may not contain / or \</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbPort: %1 is not a TCP port (1–65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbSslMode: &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbUri: &quot;%1&quot; is not a libpq URI (postgresql://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbUri: the URI contains a password; secrets belong in the key store, not in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthEndpoints: &quot;%1&quot; needs a name (name=url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sshHosts: &quot;%1&quot; is not user@host[:port]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: scheme &quot;%2&quot; is not supported (use %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the URL contains a password; secrets belong in the key store, not in the profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tpp::ProfileEditorDialog</name>
    <message>
        <source>Production — require typed confirmation for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: $KUBECONFIG or ~/.kube/config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a kubeconfig file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal-plus-plus, terminal-plus-plus-sandboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;mespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or a libpq URI: postgresql://user@host:5432/db (no password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line: name=url, e.g. backend=http://host:8000/health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user@host:port, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file:///var/backups/tpp or sftp://user@host/path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be saved: no key store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the key store — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kubeconfig found (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was saved, but its passwords were not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tpp::ProfileListModel</name>
    <message>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tpp::ProfileManagerDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not duplicate “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated as “%1”. Passwords are not copied: enter them in Edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its saved passwords? The platform itself is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles (*.ini);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1”. Enter its passwords in Edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles (*.ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported “%1” to %2 (without passwords).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tpp::ProfileStore</name>
    <message>
        <source>name: a profile called &quot;%1&quot; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file does not exist or cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid INI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no [profile] section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; looks like a secret; profiles carry no secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not write the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tpp::SecretPromptDialog</name>
    <message>
        <source>Save in the key store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key store is available: the secret is kept in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tpp::SecretStore</name>
    <message>
        <source>No secret is stored for this yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets cannot be saved: no usable Secret Service is running (%1). Start and unlock gnome-keyring or KWallet to keep them; until then the console asks for them each run and keeps them in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key store refused access (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key store failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tpp::Sidebar</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse or expand the sidebar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tpp::SourceIndicator</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tpp::SourceStatus</name>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
