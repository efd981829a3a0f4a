<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../../widgets/docks/audit_log/actions.py" line="10"/>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/actions.py" line="11"/>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/actions.py" line="12"/>
        <source>Log-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/actions.py" line="13"/>
        <source>Log-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/actions.py" line="14"/>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/actions.py" line="15"/>
        <source>User created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/actions.py" line="16"/>
        <source>Roles changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/actions.py" line="17"/>
        <source>User unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/actions.py" line="18"/>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/actions.py" line="19"/>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/actions.py" line="20"/>
        <source>User enabled/disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/actions.py" line="21"/>
        <source>Card issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/actions.py" line="22"/>
        <source>Card and PIN verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/actions.py" line="23"/>
        <source>Wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/actions.py" line="24"/>
        <source>Card locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/actions.py" line="25"/>
        <source>Card unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/actions.py" line="26"/>
        <source>Card blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/actions.py" line="27"/>
        <source>Card refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/actions.py" line="28"/>
        <source>Unregistered card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/actions.py" line="29"/>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/actions.py" line="30"/>
        <source>Audit chain verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/actions.py" line="31"/>
        <source>Demo data seeded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="132"/>
        <source>Showing %1 of %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="141"/>
        <location filename="../../widgets/docks/audit_log/panel.py" line="160"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="144"/>
        <source>Chain intact: %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="148"/>
        <source>the entry was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="149"/>
        <source>the link to the previous entry is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="150"/>
        <source>the entry is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="151"/>
        <source>the newest entries were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="154"/>
        <source>Chain BROKEN at entry #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="164"/>
        <source>Search user, action, target, reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="169"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="170"/>
        <source>Log-in and log-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="171"/>
        <source>Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="172"/>
        <source>Cards and PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="173"/>
        <source>Denied attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="174"/>
        <source>Audit checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="180"/>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="182"/>
        <source>Load older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="186"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="187"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="188"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="189"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="190"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="191"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="192"/>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="199"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="148"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="292"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="205"/>
        <source>Reader health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="580"/>
        <source>Live map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="342"/>
        <source>Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="269"/>
        <source>Zone editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../widgets/messages.py" line="16"/>
        <source>This card is not registered. The attempt has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="20"/>
        <source>Unknown user name or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="21"/>
        <source>Wrong password or PIN. %n attempt(s) left before the account is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="26"/>
        <source>This account is disabled. Contact the center administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="29"/>
        <source>Locked after 3 wrong attempts. Only the center administrator can unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="33"/>
        <source>This card is blacklisted and can never be used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="36"/>
        <source>Separation of duties: you cannot do this for your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="39"/>
        <source>You do not have permission for this action. The attempt has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="43"/>
        <source>Cannot reach the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="49"/>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="52"/>
        <source>The password needs 3 of: lower case, upper case, digits, symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="55"/>
        <source>Please fill in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="58"/>
        <source>This already exists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="61"/>
        <source>Invalid format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="64"/>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="65"/>
        <source>The PIN must not repeat one digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="66"/>
        <source>Unknown role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="70"/>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../widgets/lock_screen.py" line="136"/>
        <source>Screen locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/lock_screen.py" line="138"/>
        <source>Locked for %1 (%2). Enter the password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/lock_screen.py" line="142"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/lock_screen.py" line="143"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/lock_screen.py" line="144"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../widgets/login_dialog.py" line="124"/>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="138"/>
        <source>Log in — Bank Operator Suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="139"/>
        <source>Bank Operator Suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="140"/>
        <source>Control room · Vault · Operations center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="141"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="142"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="143"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="144"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="145"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="148"/>
        <source>Demo bank — user names: %1. Password for all: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="256"/>
        <source>Database: %1 %2 — connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="256"/>
        <source>Database: %1 %2 — UNREACHABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="275"/>
        <source>Bank Operator Suite — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="279"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="280"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="281"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="282"/>
        <source>Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="283"/>
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="284"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="285"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="286"/>
        <source>Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="287"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="288"/>
        <source>Dark (control room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="289"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="290"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="291"/>
        <location filename="../../widgets/main_window.py" line="372"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="247"/>
        <source>Devices: none configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="249"/>
        <source>Readers: %1/%2 online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="353"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="366"/>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="373"/>
        <source>Bank Operator Suite %1
Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="316"/>
        <location filename="../../widgets/docks/tag_map/panel.py" line="569"/>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="316"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="318"/>
        <source>%1 · %2 on the map, %3 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="359"/>
        <source>Select a marker to see who or what it is, since when it is there, and its trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="369"/>
        <source>In %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="388"/>
        <source>Bound people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="384"/>
        <location filename="../../widgets/docks/tag_map/panel.py" line="392"/>
        <source>not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="381"/>
        <source>Bound assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="403"/>
        <source>People seen with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="440"/>
        <source>Loading history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="450"/>
        <source>Could not load history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="504"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="505"/>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="506"/>
        <source>Cash box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="507"/>
        <source>VIP customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="508"/>
        <source>Archive folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="509"/>
        <source>Unknown tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="514"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="515"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="516"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="517"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="518"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="519"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="520"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="521"/>
        <source>Home zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="522"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="523"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="524"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="525"/>
        <source>Relationship manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="526"/>
        <source>Customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="527"/>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="543"/>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="551"/>
        <source>All zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="560"/>
        <source>Last 15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="561"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="562"/>
        <source>Last 8 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="567"/>
        <source>Search name or tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="568"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="570"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="105"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="105"/>
        <source>Operations center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="122"/>
        <source>Sites and registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="123"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="125"/>
        <source>Staff with tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="126"/>
        <source>Tagged assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="127"/>
        <source>Cash boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="128"/>
        <source>VIP customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="129"/>
        <source>Archive folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="130"/>
        <source>RFID readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="136"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="137"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="138"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="139"/>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="140"/>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="141"/>
        <source>Readers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderEditor</name>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="23"/>
        <source>Edit reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="25"/>
        <source>New reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="65"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="66"/>
        <source>Name (中文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="67"/>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="68"/>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="69"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="70"/>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="71"/>
        <source>Position x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="72"/>
        <source>Position y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="73"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="74"/>
        <source>Other antennas (n=zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="93"/>
        <source>Write antennas as number=zone, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderHealth</name>
    <message>
        <location filename="../../widgets/docks/reader_health/model.py" line="26"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/model.py" line="27"/>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/model.py" line="28"/>
        <source>Silent (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/model.py" line="29"/>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/model.py" line="30"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/model.py" line="87"/>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderHealthPanel</name>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="89"/>
        <source>%1 of %2 readers online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="94"/>
        <source>reads %1 · changes %2 · coalesced %3 · unknown %4 · p99 %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="181"/>
        <source>Unplug (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="182"/>
        <source>Replug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="183"/>
        <source>Silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="184"/>
        <source>Edit reader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="185"/>
        <source>New reader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="188"/>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="189"/>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="190"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="191"/>
        <source>Last frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="192"/>
        <source>Reads/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="193"/>
        <source>Frames OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="194"/>
        <source>Bad frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="195"/>
        <source>Reconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="196"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="201"/>
        <source>No device runtime: readers are not being read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="50"/>
        <source>Tag ID (hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="66"/>
        <source>May enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistersPanel</name>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="176"/>
        <source>Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="186"/>
        <source>Bind a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="200"/>
        <location filename="../../widgets/docks/registers/panel.py" line="333"/>
        <source>Unbind tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="201"/>
        <source>Unbind tag %1? The tag can then be bound to something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="223"/>
        <source>Zone permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="233"/>
        <location filename="../../widgets/docks/registers/panel.py" line="243"/>
        <location filename="../../widgets/docks/registers/panel.py" line="248"/>
        <location filename="../../widgets/docks/registers/panel.py" line="259"/>
        <location filename="../../widgets/docks/registers/panel.py" line="265"/>
        <location filename="../../widgets/docks/registers/panel.py" line="277"/>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="233"/>
        <location filename="../../widgets/docks/registers/panel.py" line="287"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="244"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="249"/>
        <source>Import %1 into the register “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="266"/>
        <source>Imported: %1 new, %2 updated, %3 tags bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="272"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="278"/>
        <source>Nothing was imported. Fix these rows and try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="287"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="295"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="296"/>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="297"/>
        <source>Cash boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="298"/>
        <source>Archive folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="299"/>
        <source>VIP customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="302"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="303"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="304"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="305"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="306"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="307"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="308"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="309"/>
        <source>May enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="310"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="311"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="312"/>
        <source>Responsible (ID number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="313"/>
        <source>Home zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="314"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="315"/>
        <source>Assigned to (ID number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="316"/>
        <source>Customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="317"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="318"/>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="319"/>
        <source>Honorific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="320"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="321"/>
        <source>Manager (ID number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="326"/>
        <source>Item name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="330"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="331"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="332"/>
        <source>Bind tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="334"/>
        <source>Zone permissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="337"/>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../widgets/application.py" line="56"/>
        <source>The database could not be opened or upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="60"/>
        <source>Database unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="63"/>
        <source>Check the address in --db, BANKSUITE_DB or settings.toml, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="83"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="84"/>
        <source>An unexpected error occurred and was written to the log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="111"/>
        <source>No users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="112"/>
        <source>This database has no users yet. Create an administrator with:
python main.py create-user --username admin --name NAME --role admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="158"/>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialogs</name>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="41"/>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="64"/>
        <source>Please give a reason: it goes into the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="92"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="105"/>
        <source>Outsourced staff (restricted rights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="110"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="111"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="112"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="113"/>
        <location filename="../../widgets/docks/users/dialogs.py" line="160"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="114"/>
        <location filename="../../widgets/docks/users/dialogs.py" line="134"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="122"/>
        <location filename="../../widgets/docks/users/dialogs.py" line="169"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="124"/>
        <location filename="../../widgets/docks/users/dialogs.py" line="140"/>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="131"/>
        <source>Roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="159"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="163"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="178"/>
        <source>Issue a card to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="193"/>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="194"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="195"/>
        <source>Repeat PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="202"/>
        <source>The two PINs differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="50"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="51"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="52"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="53"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="54"/>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="55"/>
        <source>Last log-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="61"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="63"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="65"/>
        <source>Active (%1 failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="68"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="78"/>
        <source>(outsourced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="88"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="89"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="90"/>
        <source>blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="102"/>
        <location filename="../../widgets/docks/users/panel.py" line="146"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="138"/>
        <location filename="../../widgets/docks/users/panel.py" line="279"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="138"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="185"/>
        <source>Unlock user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="186"/>
        <source>Unlock %1 (%2)? Confirm the person&apos;s identity first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="198"/>
        <source>Reset password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="211"/>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="211"/>
        <source>Enable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="237"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="244"/>
        <location filename="../../widgets/docks/users/panel.py" line="248"/>
        <location filename="../../widgets/docks/users/panel.py" line="281"/>
        <source>Unlock card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="249"/>
        <source>Unlock card %1 of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="259"/>
        <location filename="../../widgets/docks/users/panel.py" line="263"/>
        <location filename="../../widgets/docks/users/panel.py" line="282"/>
        <source>Blacklist card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="264"/>
        <source>Blacklist card %1 of %2? This is final: the card can never be used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="275"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="276"/>
        <source>Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="277"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="278"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="280"/>
        <source>Issue card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="286"/>
        <source>Filter by name, role, status…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneEditorPanel</name>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="175"/>
        <source>There are no floor plans yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="180"/>
        <source>Click at least 3 corners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="181"/>
        <source>The outline crosses itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="182"/>
        <source>A corner lies outside the floor plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="183"/>
        <source>The outline has no area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="186"/>
        <source>Drawing: click the corners in order, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="189"/>
        <source>Drag corners; double-click an edge to add one; select one and press Delete to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="200"/>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="217"/>
        <source>Save zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="200"/>
        <source>Save zone %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="250"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="251"/>
        <source>Name (中文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="252"/>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="253"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="254"/>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="260"/>
        <source>New zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="261"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="262"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
