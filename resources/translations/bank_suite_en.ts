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
        <location filename="../../widgets/docks/audit_log/panel.py" line="130"/>
        <source>Showing %1 of %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="139"/>
        <location filename="../../widgets/docks/audit_log/panel.py" line="158"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="142"/>
        <source>Chain intact: %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="146"/>
        <source>the entry was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="147"/>
        <source>the link to the previous entry is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="148"/>
        <source>the entry is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="149"/>
        <source>the newest entries were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="152"/>
        <source>Chain BROKEN at entry #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="162"/>
        <source>Search user, action, target, reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="167"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="168"/>
        <source>Log-in and log-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="169"/>
        <source>Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="170"/>
        <source>Cards and PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="171"/>
        <source>Denied attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="172"/>
        <source>Audit checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="178"/>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="180"/>
        <source>Load older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="183"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="184"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="185"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="186"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="187"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="188"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="189"/>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="201"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="152"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="300"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="153"/>
        <source>Reader health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="545"/>
        <source>Live map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="346"/>
        <source>Registers</source>
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
        <location filename="../../widgets/lock_screen.py" line="134"/>
        <source>Screen locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/lock_screen.py" line="136"/>
        <source>Locked for %1 (%2). Enter the password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/lock_screen.py" line="140"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/lock_screen.py" line="141"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/lock_screen.py" line="142"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../widgets/login_dialog.py" line="123"/>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="137"/>
        <source>Log in — Bank Operator Suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="138"/>
        <source>Bank Operator Suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="139"/>
        <source>Control room · Vault · Operations center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="140"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="141"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="142"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="143"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="144"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="147"/>
        <source>Demo bank — user names: %1. Password for all: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="253"/>
        <source>Database: %1 %2 — connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="253"/>
        <source>Database: %1 %2 — UNREACHABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="272"/>
        <source>Bank Operator Suite — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="276"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="277"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="278"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="279"/>
        <source>Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="280"/>
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="281"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="282"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="283"/>
        <source>Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="284"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="285"/>
        <source>Dark (control room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="286"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="287"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="288"/>
        <location filename="../../widgets/main_window.py" line="374"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="244"/>
        <source>Devices: none configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="246"/>
        <source>Readers: %1/%2 online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="355"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="368"/>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="375"/>
        <source>Bank Operator Suite %1
Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="294"/>
        <location filename="../../widgets/docks/tag_map/panel.py" line="529"/>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="294"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="296"/>
        <source>%1 · %2 on the map, %3 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="337"/>
        <source>Select a marker to see who or what it is, since when it is there, and its trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="347"/>
        <source>In %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="357"/>
        <source>Bound people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="361"/>
        <source>not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="372"/>
        <source>People seen with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="409"/>
        <source>Loading history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="419"/>
        <source>Could not load history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="472"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="473"/>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="474"/>
        <source>Cash box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="475"/>
        <source>VIP customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="476"/>
        <source>Archive folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="477"/>
        <source>Unknown tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="482"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="483"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="484"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="485"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="486"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="487"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="488"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="489"/>
        <source>Home zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="490"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="491"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="492"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="493"/>
        <source>Relationship manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="494"/>
        <source>Customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="495"/>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="511"/>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="520"/>
        <source>Last 15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="521"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="522"/>
        <source>Last 8 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="527"/>
        <source>Search name or tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="528"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="530"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="104"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="104"/>
        <source>Operations center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="121"/>
        <source>Sites and registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="122"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="124"/>
        <source>Staff with tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="125"/>
        <source>Tagged assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="126"/>
        <source>Cash boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="127"/>
        <source>VIP customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="128"/>
        <source>Archive folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="129"/>
        <source>RFID readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="135"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="136"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="137"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="138"/>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="139"/>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="140"/>
        <source>Readers</source>
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
        <location filename="../../widgets/docks/reader_health/panel.py" line="81"/>
        <source>%1 of %2 readers online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="86"/>
        <source>reads %1 · changes %2 · coalesced %3 · unknown %4 · p99 %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="127"/>
        <source>Unplug (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="128"/>
        <source>Replug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="129"/>
        <source>Silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="131"/>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="132"/>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="133"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="134"/>
        <source>Last frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="135"/>
        <source>Reads/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="136"/>
        <source>Frames OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="137"/>
        <source>Bad frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="138"/>
        <source>Reconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="139"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="144"/>
        <source>No device runtime: readers are not being read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="49"/>
        <source>Tag ID (hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="65"/>
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
        <location filename="../../widgets/docks/registers/panel.py" line="332"/>
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
        <location filename="../../widgets/docks/registers/panel.py" line="279"/>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="233"/>
        <location filename="../../widgets/docks/registers/panel.py" line="289"/>
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
        <location filename="../../widgets/docks/registers/panel.py" line="280"/>
        <source>Nothing was imported. Fix these rows and try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="289"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="297"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="298"/>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="299"/>
        <source>Cash boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="300"/>
        <source>Archive folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="301"/>
        <source>VIP customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="304"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="305"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="306"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="307"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="308"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="309"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="310"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="311"/>
        <source>May enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="312"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="313"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="314"/>
        <source>Responsible (ID number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="315"/>
        <source>Home zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="316"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="317"/>
        <source>Assigned to (ID number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="318"/>
        <source>Customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="319"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="320"/>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="321"/>
        <source>Honorific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="322"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="323"/>
        <source>Manager (ID number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="329"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="330"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="331"/>
        <source>Bind tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="333"/>
        <source>Zone permissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="336"/>
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
        <location filename="../../widgets/docks/users/panel.py" line="105"/>
        <location filename="../../widgets/docks/users/panel.py" line="149"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="141"/>
        <location filename="../../widgets/docks/users/panel.py" line="282"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="141"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="188"/>
        <source>Unlock user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="189"/>
        <source>Unlock %1 (%2)? Confirm the person&apos;s identity first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="201"/>
        <source>Reset password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="214"/>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="214"/>
        <source>Enable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="240"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="247"/>
        <location filename="../../widgets/docks/users/panel.py" line="251"/>
        <location filename="../../widgets/docks/users/panel.py" line="284"/>
        <source>Unlock card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="252"/>
        <source>Unlock card %1 of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="262"/>
        <location filename="../../widgets/docks/users/panel.py" line="266"/>
        <location filename="../../widgets/docks/users/panel.py" line="285"/>
        <source>Blacklist card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="267"/>
        <source>Blacklist card %1 of %2? This is final: the card can never be used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="278"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="279"/>
        <source>Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="280"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="281"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="283"/>
        <source>Issue card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="289"/>
        <source>Filter by name, role, status…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
