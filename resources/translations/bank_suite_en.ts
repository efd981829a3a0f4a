<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AttachmentBox</name>
    <message>
        <location filename="../../widgets/docks/authz_request/attachments.py" line="149"/>
        <source>Attach: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/attachments.py" line="151"/>
        <source>Images and PDF (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/attachments.py" line="177"/>
        <source>Not attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/attachments.py" line="181"/>
        <source>Attached as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/attachments.py" line="187"/>
        <source>The images could not be attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/attachments.py" line="274"/>
        <source>✗ %1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/attachments.py" line="284"/>
        <source>Add %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/attachments.py" line="285"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/attachments.py" line="286"/>
        <source>Remove the selected image (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/attachments.py" line="292"/>
        <source>Images sent with the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/attachments.py" line="293"/>
        <source>Attach the images the business requires: use the buttons below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="15"/>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="16"/>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="17"/>
        <source>Log-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="18"/>
        <source>Log-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="19"/>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="20"/>
        <source>User created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="21"/>
        <source>Roles changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="22"/>
        <source>User unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="23"/>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="24"/>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="25"/>
        <source>User enabled/disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="26"/>
        <source>Service account bound to a station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="27"/>
        <source>Card issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="28"/>
        <source>Card and PIN verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="29"/>
        <source>Wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="30"/>
        <source>Card locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="31"/>
        <source>Card unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="32"/>
        <source>Card blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="33"/>
        <source>Card PIN reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="34"/>
        <source>User change proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="35"/>
        <source>User change approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="36"/>
        <source>User change rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="37"/>
        <source>Incompatible roles changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="38"/>
        <source>Card refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="39"/>
        <source>Unregistered card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="40"/>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="41"/>
        <source>Audit chain verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="42"/>
        <source>Audit log exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="43"/>
        <source>Demo data seeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="44"/>
        <source>Demo authorization history seeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="47"/>
        <source>Authorization rules changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="48"/>
        <source>Authorization requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="49"/>
        <source>Authorization request resubmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="52"/>
        <source>Authorization request cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="53"/>
        <source>Authorization request claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="54"/>
        <source>Authorization request put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="55"/>
        <source>Authorization approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="56"/>
        <source>Authorization rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="57"/>
        <source>Returned to the teller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="58"/>
        <source>Claim expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="59"/>
        <source>Authorizer signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="60"/>
        <source>Authorizer signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="61"/>
        <source>Capture batch opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="62"/>
        <source>Page captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="63"/>
        <source>Page accepted by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="64"/>
        <source>Page rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="65"/>
        <source>Retake requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="66"/>
        <source>Voucher template saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="67"/>
        <source>Tag bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="68"/>
        <source>Tag unbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="69"/>
        <source>Zone permissions changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="70"/>
        <source>Register imported from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="71"/>
        <source>Register exported to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="72"/>
        <source>Personal data shown in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="73"/>
        <source>Zone created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="74"/>
        <source>Zone changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="75"/>
        <source>Reader added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="76"/>
        <source>Reader changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="77"/>
        <source>Alarm rules saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="78"/>
        <source>Alarm raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="79"/>
        <source>Alarm active again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="80"/>
        <source>Alarm returned to normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="81"/>
        <source>Alarm acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="82"/>
        <source>Alarm cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="83"/>
        <source>Alarm shelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="84"/>
        <source>Alarm unshelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="85"/>
        <source>Alarm shelving expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="86"/>
        <source>Alarm taken out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="87"/>
        <source>Alarm returned to service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="88"/>
        <source>Alarm escalated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditActors</name>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="355"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="356"/>
        <source>System (demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="357"/>
        <source>System (installation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="358"/>
        <source>System (demo server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="359"/>
        <source>Card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="360"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="366"/>
        <source>Station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="368"/>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="23"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="24"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="25"/>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="26"/>
        <source>Wrong PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="27"/>
        <source>Failed log-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="28"/>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="29"/>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="30"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="31"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="32"/>
        <location filename="../../widgets/docks/audit_log/detail.py" line="73"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="33"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="34"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="35"/>
        <source>Voucher type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="36"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="37"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="38"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="39"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="40"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="41"/>
        <source>Offered to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="42"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="43"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="44"/>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="45"/>
        <source>Claimed until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="46"/>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="47"/>
        <source>Claimed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="48"/>
        <source>Business type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="49"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="50"/>
        <source>Amount (fen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="51"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="52"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="53"/>
        <source>Image SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="54"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="55"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="56"/>
        <source>Outsourced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="57"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="58"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="59"/>
        <source>Tags bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="60"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="61"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="62"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="63"/>
        <source>Voucher No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="64"/>
        <source>Original SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="65"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="66"/>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="67"/>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="68"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="69"/>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="70"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="74"/>
        <source>Antennas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="75"/>
        <source>Intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="76"/>
        <source>Entries checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="77"/>
        <source>First bad entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="78"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="79"/>
        <source>Not yet chained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="80"/>
        <source>Signed checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="81"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="82"/>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="83"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="84"/>
        <location filename="../../widgets/docks/audit_log/detail.py" line="96"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="85"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="86"/>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="87"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="88"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="89"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="90"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="91"/>
        <source>Resubmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="92"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="93"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="94"/>
        <source>Two-level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="95"/>
        <source>Staff added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="97"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="98"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="99"/>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="100"/>
        <source>Cash boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="101"/>
        <source>Archive folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="102"/>
        <source>VIP customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="111"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="113"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="131"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="132"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="133"/>
        <source>blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="230"/>
        <source>Showing %1 of %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="243"/>
        <source>Verifying the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="253"/>
        <location filename="../../widgets/docks/audit_log/panel.py" line="288"/>
        <location filename="../../widgets/docks/audit_log/panel.py" line="359"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="259"/>
        <source>Chain intact: %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="261"/>
        <source>, signed up to #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="263"/>
        <source> (%1 not yet chained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="268"/>
        <source>the entry was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="269"/>
        <source>the link to the previous entry is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="270"/>
        <location filename="../../widgets/docks/audit_log/panel.py" line="271"/>
        <source>the entry is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="272"/>
        <source>the entry appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="273"/>
        <source>the newest entries were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="274"/>
        <source>the chain differs from its signed checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="275"/>
        <source>a checkpoint&apos;s signature is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="276"/>
        <source>a signed checkpoint was removed or altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="277"/>
        <source>a signed checkpoint is missing from the checkpoint file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="278"/>
        <source>the checkpoint file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="279"/>
        <source>the checkpoints&apos; public key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="282"/>
        <source>Chain BROKEN at entry #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="311"/>
        <location filename="../../widgets/docks/audit_log/panel.py" line="405"/>
        <source>Export audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="313"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="313"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="333"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="344"/>
        <source>not verified (verifying the chain needs the audit verify permission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="345"/>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="348"/>
        <source>Intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="348"/>
        <source>BROKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="354"/>
        <source>Only the newest %1 of %2 matching entries are here; narrow the filter for the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="369"/>
        <source>Chain verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="370"/>
        <source>Entries in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="371"/>
        <source>Entries matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="381"/>
        <source>search “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="385"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="389"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="394"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="402"/>
        <source>The export could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="415"/>
        <source>Search user, action, target, reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="420"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="421"/>
        <source>Log-in and log-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="422"/>
        <source>Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="423"/>
        <source>Cards and PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="424"/>
        <source>Denied attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="425"/>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="426"/>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="427"/>
        <source>Tag binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="428"/>
        <source>Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="429"/>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="430"/>
        <source>Readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="431"/>
        <source>Audit checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="437"/>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="439"/>
        <source>Load older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="441"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="443"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="445"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="446"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="448"/>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="451"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="452"/>
        <source>Chain No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="453"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="454"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="455"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="456"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="457"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="458"/>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditReasons</name>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="132"/>
        <source>unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="133"/>
        <source>account disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="134"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="135"/>
        <source>blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="136"/>
        <source>3 wrong passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="137"/>
        <source>wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="138"/>
        <source>3 wrong PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="139"/>
        <source>demo seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="140"/>
        <source>first start with an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="143"/>
        <source>demo authorization history for statistics and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="146"/>
        <source>chain not verified by this export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="151"/>
        <source>ask which images are stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="154"/>
        <source>authorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="155"/>
        <source>bind a station account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="156"/>
        <source>bind a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="157"/>
        <source>blacklist card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="158"/>
        <source>cancel an authorization request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="161"/>
        <source>capture vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="162"/>
        <source>change authorization rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="165"/>
        <source>change roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="166"/>
        <source>change zone permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="167"/>
        <source>create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="168"/>
        <source>decide on captured pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="169"/>
        <source>edit readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="170"/>
        <source>edit voucher templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="171"/>
        <source>edit zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="172"/>
        <source>enable/disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="173"/>
        <source>export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="174"/>
        <source>issue card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="175"/>
        <source>list users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="176"/>
        <source>play back movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="177"/>
        <source>read a station&apos;s presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="178"/>
        <source>read a station&apos;s tracking mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="181"/>
        <source>read reader health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="182"/>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="183"/>
        <source>read the simulated population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="186"/>
        <source>report reader health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="187"/>
        <source>request authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="188"/>
        <source>reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="189"/>
        <source>send movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="190"/>
        <source>sign in to the authorization center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="193"/>
        <source>sign out of the authorization center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="196"/>
        <source>stay signed in to the authorization center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="199"/>
        <source>store an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="200"/>
        <source>unbind a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="201"/>
        <source>unlock card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="202"/>
        <source>unlock user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="203"/>
        <source>verify the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="204"/>
        <source>view a reader&apos;s setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="205"/>
        <source>view a trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="206"/>
        <source>view an authorization request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="209"/>
        <source>view authorization statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="212"/>
        <source>view captured vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="213"/>
        <source>view the authorization queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="216"/>
        <source>view the authorization rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="219"/>
        <source>view the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="220"/>
        <source>acknowledge alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="221"/>
        <source>clear an alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="222"/>
        <source>shelve an alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="223"/>
        <source>unshelve an alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="224"/>
        <source>take an alarm out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="227"/>
        <source>return an alarm to service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="230"/>
        <source>change the alarm rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="231"/>
        <source>view the alarm rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="232"/>
        <source>view the alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="233"/>
        <source>view an alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="234"/>
        <source>view user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="235"/>
        <source>view voucher templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="236"/>
        <source>view who is signed in to the authorization center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="239"/>
        <source>view your authorization requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="242"/>
        <source>view zone permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="243"/>
        <source>view an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="244"/>
        <source>reset a card&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="245"/>
        <source>change incompatible roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="246"/>
        <source>list incompatible roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="247"/>
        <source>list user proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="248"/>
        <source>reject a user proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="249"/>
        <source>approve a user proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="250"/>
        <source>attach an image one did not upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="253"/>
        <source>record a page with images one did not upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="275"/>
        <source>authorize own request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="279"/>
        <source>report the devices of station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="283"/>
        <source>approve proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="287"/>
        <source>reject proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="291"/>
        <source>sign in as station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="295"/>
        <source>show %1 #%2 in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="312"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="268"/>
        <source>shipped template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="270"/>
        <source>export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="271"/>
        <source>import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="272"/>
        <source>list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="265"/>
        <source>log-in at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="333"/>
        <source>chain intact: %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="337"/>
        <source>, %1 signed checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="341"/>
        <source> (%1 not yet chained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="346"/>
        <source>chain BROKEN at entry #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTargets</name>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="94"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="95"/>
        <source>User change proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="96"/>
        <source>Incompatible roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="97"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="98"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="99"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="100"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="101"/>
        <source>Authorization rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="102"/>
        <source>Authorization request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="103"/>
        <source>Authorization requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="104"/>
        <source>Authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="105"/>
        <source>Capture batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="106"/>
        <source>Captured page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="107"/>
        <source>Voucher template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="108"/>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="109"/>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="110"/>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="111"/>
        <source>Alarm rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="112"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="113"/>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="114"/>
        <source>Cash box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="115"/>
        <source>Archive folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="116"/>
        <source>VIP customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthzQueue</name>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="126"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="127"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="128"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="129"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="130"/>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="131"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="132"/>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="133"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="134"/>
        <source>Teller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="135"/>
        <source>Claimed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="136"/>
        <source>Customer · reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="192"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="204"/>
        <source>Sent again after a return (%1 times in all)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthzRequests</name>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="49"/>
        <source>Level %1 of %2 approved by %3; waiting for the second authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="57"/>
        <source>Waiting for the supervisor here (local authorization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="60"/>
        <source>Waiting in the authorization center&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="62"/>
        <source>Being reviewed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="66"/>
        <source>level %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="71"/>
        <source>Approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="77"/>
        <source>Rejected by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="79"/>
        <source>Returned by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="83"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/history.py" line="33"/>
        <source>&lt;b&gt;No. %1&lt;/b&gt; · %2 · %3 · %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/history.py" line="39"/>
        <source>Submitted %1 by %2 · %3 authorization · sent %4 time(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/history.py" line="47"/>
        <source>%1 · level %2 · %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="109"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="110"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="111"/>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="112"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="113"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="114"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="115"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="116"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="230"/>
        <source>Select a request to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="237"/>
        <source>My requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthzRules</name>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="286"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="287"/>
        <source>Name (中文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="288"/>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="289"/>
        <source>Required images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="290"/>
        <source>Priority (1-9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="291"/>
        <source>Authorize over (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="292"/>
        <source>Remote only over (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="293"/>
        <source>Two authorizers over (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="306"/>
        <source>Role or user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="309"/>
        <source>Input limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="310"/>
        <source>Authorization limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="322"/>
        <source>Type a role code (teller, supervisor…) or user:&lt;user name&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="334"/>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="343"/>
        <source>yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="344"/>
        <source>US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="307"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="308"/>
        <source>Business (* = all)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthzRulesPanel</name>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="154"/>
        <source>Could not read the rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="188"/>
        <source>Shipped rules (no version saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="191"/>
        <source>Version %1, saved by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="221"/>
        <source>Reverted to the rules in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="245"/>
        <source>The rules are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="276"/>
        <source>The thresholds must rise: authorize over ≤ remote only over ≤ two authorizers over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="278"/>
        <source>Invalid format (business codes: upper-case letters, digits, _).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="279"/>
        <source>Invalid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="280"/>
        <source>The priority must be from 1 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="281"/>
        <source>Not one of the allowed values (role, currency CNY/USD, business code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="282"/>
        <source>Please fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="283"/>
        <source>This entry appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="285"/>
        <source>The rules were just saved at another workstation: revert to load them, then edit and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="298"/>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="322"/>
        <source>Save authorization rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="299"/>
        <source>Save the rules as version %1? They apply at once to new requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="308"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="328"/>
        <source>Saved as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="343"/>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="344"/>
        <source>Remote requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="345"/>
        <source>Pull: authorizers take them from the shared queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="346"/>
        <source>Push: offered first to the least-busy authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="347"/>
        <source>Business types and thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="348"/>
        <source>Limits by role and user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="350"/>
        <source>Add business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="351"/>
        <source>Remove business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="352"/>
        <source>Add limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="353"/>
        <source>Remove limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="354"/>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="355"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="356"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthzStats</name>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="41"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="43"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="44"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="45"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="46"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="47"/>
        <source>Approval rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="48"/>
        <source>Rejection rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="49"/>
        <source>Return rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="52"/>
        <source>Median (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="53"/>
        <source>P90 (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="128"/>
        <source>Authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="129"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="131"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="132"/>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="133"/>
        <source>2nd level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="134"/>
        <source>Response median (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="135"/>
        <source>Response P90 (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="141"/>
        <source>Teller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="50"/>
        <source>Resubmissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="51"/>
        <source>Two-level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="165"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="42"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthzStatsPanel</name>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="276"/>
        <source>Loading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="290"/>
        <source>Could not load the statistics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="329"/>
        <source>New authorization activity: refresh to include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="343"/>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="495"/>
        <source>Quarterly analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="343"/>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="495"/>
        <source>Monthly statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="319"/>
        <source>Figures as of %1; periods are calendar months and quarters in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="358"/>
        <source>Requests per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="361"/>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="378"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="362"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="363"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="370"/>
        <source>Key findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="375"/>
        <source>Daily volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="379"/>
        <source>Decided that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="415"/>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="449"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="417"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="433"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="440"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="447"/>
        <source>The PDF could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="479"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="501"/>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="510"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="511"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="512"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="513"/>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="517"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="518"/>
        <source>Business type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="523"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="524"/>
        <source>By branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="525"/>
        <source>By business type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="526"/>
        <source>By authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="527"/>
        <source>By teller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="528"/>
        <source>Monthly trend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthzTexts</name>
    <message>
        <location filename="../../widgets/authz/texts.py" line="40"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="41"/>
        <source>Being reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="42"/>
        <location filename="../../widgets/authz/texts.py" line="56"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="43"/>
        <location filename="../../widgets/authz/texts.py" line="57"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="44"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="45"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="58"/>
        <source>Returned for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="65"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="67"/>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="73"/>
        <source>ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="74"/>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="75"/>
        <source>Other image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="83"/>
        <source>%1 carries a voucher&apos;s QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="84"/>
        <source>%1 does not have the shape of an ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="85"/>
        <source>%1 is larger than an ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="86"/>
        <source>%1 has no voucher QR code and the shape of an ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="89"/>
        <source>%1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="102"/>
        <source>CNY (RMB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="103"/>
        <source>USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="138"/>
        <source>Enter the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="140"/>
        <source>No authorization needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="142"/>
        <source>Two authorizers (remote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="144"/>
        <source>One authorizer: local or remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="145"/>
        <source>One authorizer: remote only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="192"/>
        <source>Please give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="195"/>
        <source>The amount must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="196"/>
        <source>The amount is above your input limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="197"/>
        <source>This amount needs no authorization: post the transaction directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="202"/>
        <source>The amount is above your input limit of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="207"/>
        <source>Account and customer are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="209"/>
        <source>Choose a business type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="211"/>
        <source>Local authorization is not allowed for this amount: send it to the center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="217"/>
        <source>Images missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="219"/>
        <source>Request no. %1 for the same business, account and amount is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="223"/>
        <source>Your claim has expired and the request went back to the queue: claim it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="227"/>
        <source>This request has changed meanwhile (another workstation); the list is refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="238"/>
        <source>Four eyes: nobody authorizes their own request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="240"/>
        <source>Four eyes: the second level needs a different authorizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="244"/>
        <source>The amount is above this authorizer&apos;s limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="245"/>
        <source>This authorizer may not decide this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="247"/>
        <source>Only the teller who made the request may do this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchBrowser</name>
    <message>
        <location filename="../../widgets/docks/capture/browser.py" line="215"/>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/browser.py" line="216"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/browser.py" line="216"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/browser.py" line="216"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/browser.py" line="216"/>
        <location filename="../../widgets/docks/capture/browser.py" line="218"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/browser.py" line="221"/>
        <source>Batch %1 · pages: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureDecisions</name>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="76"/>
        <source>Page %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="83"/>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="84"/>
        <source>Accept this page as it is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="87"/>
        <source>Which voucher is this? The page is cut again with its template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="89"/>
        <source>Accept this page with the fields keyed?</source>
        <translation>Accept this page with the fields keyed?</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="104"/>
        <source>Reject page %1? It will not be processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="105"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="108"/>
        <source>Ask for page %1 to be captured again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="109"/>
        <source>Retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="127"/>
        <source>Page recorded as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="129"/>
        <source>Recording the decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="141"/>
        <source>Classifying page as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="154"/>
        <source>Page classified as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="156"/>
        <source>Page classified as %1, but the template could not be placed: no slices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureDialogs</name>
    <message>
        <location filename="../../widgets/docks/capture/dialogs.py" line="46"/>
        <source>Classify the voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/dialogs.py" line="58"/>
        <source>Voucher type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/dialogs.py" line="61"/>
        <source>Voucher number (key it)</source>
        <translation>Voucher number (key it)</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/dialogs.py" line="62"/>
        <source>Amount in yuan (key it)</source>
        <translation>Amount in yuan (key it)</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/dialogs.py" line="63"/>
        <source>Account (key it, if printed)</source>
        <translation>Account (key it, if printed)</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/dialogs.py" line="75"/>
        <source>No fields were recognised on this page: key them from the voucher.</source>
        <translation>No fields were recognised on this page: key them from the voucher.</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/dialogs.py" line="98"/>
        <source>There is no voucher template to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/dialogs.py" line="100"/>
        <source>Key the voucher number.</source>
        <translation>Key the voucher number.</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/dialogs.py" line="102"/>
        <source>Key the amount in yuan, e.g. 1250.00 (above zero, at most two decimals).</source>
        <translation>Key the amount in yuan, e.g. 1250.00 (above zero, at most two decimals).</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="463"/>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="470"/>
        <source>%1 started: pages go into batch %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="481"/>
        <source>%1 stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="486"/>
        <source>No camera is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="497"/>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="498"/>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="499"/>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="500"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="501"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="531"/>
        <source>%1: a capture could not be recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="537"/>
        <location filename="../../widgets/docks/capture/panel.py" line="669"/>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="545"/>
        <source>Import voucher images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="547"/>
        <source>Images and PDF (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="657"/>
        <source>Image capture is not set up on this workstation: configure its capture sources (hot folder, camera) in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="670"/>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="671"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="672"/>
        <source>Retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="662"/>
        <source>Capture source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="679"/>
        <source>Duplex: every second page is the back of the voucher before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="667"/>
        <source>Duplex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="429"/>
        <source>Opening a new batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="506"/>
        <source>%1: %2 · files captured %3: pages %4 (rejected %5), duplicates %6 · waiting %7</source>
        <translation>%1: %2 · files captured %3: pages %4 (rejected %5), duplicates %6 · waiting %7</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="517"/>
        <source> · files failed %1 (in .failed) · errors %2</source>
        <translation> · files failed %1 (in .failed) · errors %2</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="592"/>
        <source>Import cancelled: %1 page(s) recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="594"/>
        <source>Imported %1 page(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="664"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="665"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="666"/>
        <source>Capture now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="668"/>
        <source>New batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="673"/>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="674"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="675"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="676"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureReasons</name>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="30"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="31"/>
        <source>Manual classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="32"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="33"/>
        <source>Overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="34"/>
        <source>Retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="35"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="43"/>
        <source>Recognized and sliced automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="46"/>
        <source>The voucher type could not be recognized: choose it (Override).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="49"/>
        <source>The image cannot be used: capture the voucher again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="52"/>
        <source>Accepted by an operator&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="55"/>
        <source>Marked for a new capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="56"/>
        <source>The same file was captured before: this copy is not processed.</source>
        <translation>The same file was captured before: this copy is not processed.</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="70"/>
        <source>Image too dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="71"/>
        <source>Image too bright (overexposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="72"/>
        <source>Contrast too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="73"/>
        <source>Image blurred (out of focus or moved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="74"/>
        <source>Page outline not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="75"/>
        <source>Page skewed too much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="76"/>
        <source>Two vouchers on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="78"/>
        <source>No voucher QR code found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="79"/>
        <source>QR code is not a voucher code of this bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="82"/>
        <source>QR code damaged or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="83"/>
        <source>Unknown voucher type (no template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="84"/>
        <source>QR code not signed by this bank (forged or altered): key the fields</source>
        <translation>QR code not signed by this bank (forged or altered): key the fields</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="87"/>
        <source>Old unsigned QR code (check digits only): check the fields against the paper</source>
        <translation>Old unsigned QR code (check digits only): check the fields against the paper</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="91"/>
        <source>Page lay rotated 90°; turned upright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="92"/>
        <source>Page lay upside down; turned upright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="93"/>
        <source>Page lay rotated 270°; turned upright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="94"/>
        <source>Skew corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="95"/>
        <source>Perspective corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="97"/>
        <source>Empty file (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="98"/>
        <source>Corrupt file: cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="99"/>
        <source>Image too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="100"/>
        <source>Too many pages in one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="101"/>
        <source>Unsupported file format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="102"/>
        <source>File could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="103"/>
        <source>Image too small to hold a voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="104"/>
        <source>Took too long to decode; stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="105"/>
        <source>Processing failed on this page (logged for support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="108"/>
        <source>Same file as a page captured before</source>
        <translation>Same file as a page captured before</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="118"/>
        <source>Page #%2 of batch %1</source>
        <translation>Page #%2 of batch %1</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="137"/>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="138"/>
        <source>Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="139"/>
        <source>Sharpness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="146"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="148"/>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="164"/>
        <source>Hot folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="170"/>
        <source>Camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="171"/>
        <source>Camera (video %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="175"/>
        <source>File import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureThumbs</name>
    <message>
        <location filename="../../widgets/docks/capture/model.py" line="252"/>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="180"/>
        <location filename="../../widgets/docks/users/conflicts.py" line="225"/>
        <source>Incompatible roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="189"/>
        <source>The table of incompatible roles is edited and not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="218"/>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="220"/>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="222"/>
        <source>Propose this table of incompatible roles? It takes effect when a second administrator approves it.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="245"/>
        <source>Proposal %1 of %2 changes this table and awaits a second administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="252"/>
        <source>Edited, not saved: Save proposes the table to a second administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="264"/>
        <source>Add pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="265"/>
        <source>Remove pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="266"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="267"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="273"/>
        <source>No account holds two roles paired here (separation of duties). A user holding both keeps them until their roles next change; new users and new roles are refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="264"/>
        <source>No. %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="281"/>
        <source>sent %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="284"/>
        <source>level %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="288"/>
        <source>one authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="291"/>
        <source>rules v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="293"/>
        <source>shipped rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="300"/>
        <source>Check the images: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="300"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="314"/>
        <source>Lease expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="317"/>
        <source>Lease %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="320"/>
        <source>Decide before the lease runs out, or the request goes back to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="342"/>
        <source>No images were sent with this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="344"/>
        <source>Loading images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="365"/>
        <source>The images could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="377"/>
        <source>This image is not on the server (never uploaded, or damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="381"/>
        <source>No request in hand.
Press F2 to take the next one from the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="385"/>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="386"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="387"/>
        <source>In words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="388"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="389"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="390"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="391"/>
        <source>Teller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="392"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="393"/>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="394"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="397"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="402"/>
        <source>&amp;Comment (required to reject or return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="403"/>
        <source>What is wrong, or what the teller must correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="406"/>
        <source>Ctrl+Return approve · Ctrl+R reject · Ctrl+T return to the teller · Ctrl+Shift+R release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="168"/>
        <source>No page selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="170"/>
        <source>Choose a page on the left, or capture new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="198"/>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="205"/>
        <source>rotated %1° · skew %2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="211"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="212"/>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="218"/>
        <source>(automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="264"/>
        <source>Slices (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="268"/>
        <source>Image quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="269"/>
        <source>Recognized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="271"/>
        <source>Voucher type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="272"/>
        <source>Voucher number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="273"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="274"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="275"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="276"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="277"/>
        <source>QR decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="278"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="279"/>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="280"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="281"/>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="282"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="465"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="169"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="532"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="308"/>
        <source>Reader health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="764"/>
        <source>Live map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="504"/>
        <source>Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="316"/>
        <source>Zone editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="701"/>
        <source>Image capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="607"/>
        <source>Voucher templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="650"/>
        <source>Authorization center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="449"/>
        <source>Authorization requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="538"/>
        <source>Authorization statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="369"/>
        <source>Authorization rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../widgets/messages.py" line="18"/>
        <source>This card is not registered. The attempt has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="22"/>
        <source>Unknown card or wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="24"/>
        <source>Unknown user name or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="25"/>
        <source>Wrong password or PIN. %n attempt(s) left before the account is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="30"/>
        <source>This card&apos;s PIN must be renewed. Ask the center administrator for a new 6-digit PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="35"/>
        <source>This account is disabled. Contact the center administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="38"/>
        <source>Locked after 3 wrong attempts. Only the center administrator can unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="42"/>
        <source>Your password was given to you (the demo password is known to all): set your own to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="47"/>
        <source>Too many failed log-ins from this workstation. Try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="51"/>
        <source>This card is blacklisted and can never be used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="54"/>
        <source>Separation of duties: you cannot do this for your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="57"/>
        <source>You do not have permission for this action. The attempt has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="62"/>
        <source>The suite server cannot reach its database. Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="65"/>
        <source>Cannot reach the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="70"/>
        <source>The suite server did not answer. The operation may or may not have been done: check before repeating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="76"/>
        <source>Cannot reach the suite server %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="80"/>
        <source>This server is not the one this workstation trusts (its certificate differs from the pinned one). Do not log in; tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="87"/>
        <source>Station %1 is already running on another computer (heard from %2 s ago). Its devices run in one place only: stop it there, or wait for it to time out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="96"/>
        <source>This station&apos;s devices already run in another program on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="100"/>
        <source>Your session has ended. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="104"/>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="107"/>
        <source>The password needs 3 of: lower case, upper case, digits, symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="110"/>
        <source>Please fill in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="113"/>
        <source>This already exists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="116"/>
        <source>Invalid format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="119"/>
        <source>The new password must differ from the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="120"/>
        <source>The PIN must be exactly 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="121"/>
        <source>This PIN is too easy to guess (a run, a repeat or a keypad pattern): choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="125"/>
        <source>Unknown role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="126"/>
        <source>This station account is bound to no station: bind it first (bank-suite set-user-station).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="133"/>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBar</name>
    <message>
        <location filename="../../widgets/docks/capture/importer.py" line="101"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/importer.py" line="121"/>
        <source>Importing %1 files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/importer.py" line="122"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Link</name>
    <message>
        <location filename="../../widgets/bridges/link.py" line="84"/>
        <source>Database: %1 %2 — connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bridges/link.py" line="86"/>
        <source>Database: %1 %2 — UNREACHABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bridges/link.py" line="143"/>
        <source>Server: %1 — connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bridges/link.py" line="145"/>
        <source>Server: %1 — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalOverrideDialog</name>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="59"/>
        <source>Local authorization: request no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="75"/>
        <source>A supervisor authorizes here, at the teller&apos;s counter: the decision is recorded as theirs. The teller who made the request cannot authorize it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="92"/>
        <source>Supervisor&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="93"/>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="94"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="97"/>
        <source>Swipe the card or type its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="104"/>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="105"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="106"/>
        <source>Card and PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="110"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="112"/>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="114"/>
        <source>Re&amp;turn for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="154"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="155"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="156"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="163"/>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="165"/>
        <source>Reason (required): what is wrong or what to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="180"/>
        <source>Please give the reason to reject or return the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="187"/>
        <source>The supervisor must authenticate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="192"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="203"/>
        <source>%1 may not authorize: a supervisor or an authorizer must do it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../widgets/lock_screen.py" line="132"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/lock_screen.py" line="153"/>
        <source>Screen locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/lock_screen.py" line="155"/>
        <source>Locked for %1 (%2). Enter the password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/lock_screen.py" line="159"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/lock_screen.py" line="160"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/lock_screen.py" line="161"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../widgets/login_dialog.py" line="220"/>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="227"/>
        <source>Enter the new password twice, the same both times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="251"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="273"/>
        <source>The log-in could not be checked. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="285"/>
        <source>Log in — Bank Operator Suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="286"/>
        <source>Bank Operator Suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="287"/>
        <source>Control room · Vault · Operations center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="288"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="289"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="290"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="291"/>
        <source>Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="292"/>
        <source>DEMO DATA — invented people and business, not the bank&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="293"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="294"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="295"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="298"/>
        <source>Demo bank — user names: %1. Password for all: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="381"/>
        <source>Bank Operator Suite — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="385"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="386"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="387"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="388"/>
        <source>Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="389"/>
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="390"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="391"/>
        <location filename="../../widgets/main_window.py" line="550"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="392"/>
        <source>Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="393"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="394"/>
        <source>Dark (control room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="395"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="396"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="397"/>
        <location filename="../../widgets/main_window.py" line="506"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="551"/>
        <source>Quit with work open?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="557"/>
        <source>Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="558"/>
        <source>Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="356"/>
        <source>Devices: none configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="358"/>
        <source>Readers: %1/%2 online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="377"/>
        <source>DEMO DATA — invented people and business, not the bank&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="477"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="488"/>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="498"/>
        <source>Changing the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="507"/>
        <source>Bank Operator Suite %1
Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapMarker</name>
    <message>
        <location filename="../../widgets/docks/tag_map/items.py" line="73"/>
        <source>Reader offline or silent: last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="438"/>
        <location filename="../../widgets/docks/tag_map/panel.py" line="750"/>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="440"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="442"/>
        <source>%1 · %2 on the map, %3 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="481"/>
        <source>Select a marker to see who or what it is, since when it is there, and its trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="495"/>
        <source>In %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="520"/>
        <source>Bound people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="516"/>
        <location filename="../../widgets/docks/tag_map/panel.py" line="524"/>
        <source>not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="265"/>
        <source>Could not load the map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="425"/>
        <source>Not live: no readers run here; positions as last stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="427"/>
        <source>Not live: no reader is connected; positions as last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="440"/>
        <source>Not live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="513"/>
        <source>Bound assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="535"/>
        <source>People seen with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="588"/>
        <source>Loading history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="598"/>
        <source>Could not load history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="659"/>
        <source>Last known position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="660"/>
        <source>Reader online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="661"/>
        <source>Reader offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="685"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="686"/>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="687"/>
        <source>Cash box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="688"/>
        <source>VIP customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="689"/>
        <source>Archive folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="690"/>
        <source>Unknown tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="695"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="696"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="697"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="698"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="699"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="700"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="701"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="702"/>
        <source>Home zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="703"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="704"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="705"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="706"/>
        <source>Relationship manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="707"/>
        <source>Customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="708"/>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="724"/>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="732"/>
        <source>All zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="741"/>
        <source>Last 15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="742"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="743"/>
        <source>Last 8 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="748"/>
        <source>Search name or tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="749"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="751"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnlinePill</name>
    <message>
        <location filename="../../widgets/authz/pills.py" line="64"/>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/pills.py" line="66"/>
        <source>the database is checked every few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/pills.py" line="67"/>
        <source>changes are announced by the database at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/pills.py" line="69"/>
        <source>Live updates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/pills.py" line="71"/>
        <source>● Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/pills.py" line="71"/>
        <source>Connecting to the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/pills.py" line="73"/>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/pills.py" line="74"/>
        <source>No live updates: %1. Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="126"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="126"/>
        <source>Operations center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="104"/>
        <location filename="../../widgets/docks/overview/panel.py" line="143"/>
        <source>Sites and registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="144"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="146"/>
        <source>Staff with tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="147"/>
        <source>Tagged assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="148"/>
        <source>Cash boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="149"/>
        <source>VIP customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="150"/>
        <source>Archive folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="151"/>
        <source>RFID readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="157"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="158"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="159"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="160"/>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="161"/>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="162"/>
        <source>Readers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagePane</name>
    <message>
        <location filename="../../widgets/docks/capture/page_pane.py" line="68"/>
        <location filename="../../widgets/docks/capture/page_pane.py" line="125"/>
        <source>No page selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/page_pane.py" line="75"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/page_pane.py" line="100"/>
        <source>No image to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/page_pane.py" line="112"/>
        <source>Corrected (200 dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/page_pane.py" line="114"/>
        <source>Original (no corrected image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/page_pane.py" line="116"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/page_pane.py" line="121"/>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../widgets/i18n.py" line="29"/>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/i18n.py" line="30"/>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="333"/>
        <source>Request no. %1 is no longer yours: the lease ran out or it was decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="386"/>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="388"/>
        <source>%1 over 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="416"/>
        <source>Claiming the next request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="422"/>
        <source>No request is waiting that you may decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="434"/>
        <source>Claiming request no. %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="448"/>
        <source>Decide or release request no. %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="456"/>
        <source>Request no. %1 is yours: check it and decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="478"/>
        <source>Request no. %1 released to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="513"/>
        <source>Give the reason for the rejection in the comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="515"/>
        <source>Tell the teller what to correct in the comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="523"/>
        <source>Recording the decision on request no. %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="546"/>
        <source>Request no. %1 approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="547"/>
        <source>Request no. %1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="548"/>
        <source>Request no. %1 returned to the teller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="550"/>
        <source>Request no. %1: level %2 approved; a second authorizer decides next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="555"/>
        <source>Press F2 to take the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="598"/>
        <source>Claim next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="599"/>
        <source>Claim selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="600"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="601"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="602"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="603"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="604"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="605"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="606"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="607"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="608"/>
        <source>Rotate left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="609"/>
        <source>Rotate right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="622"/>
        <source>Request no. %1 is in your hands, not decided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderEditor</name>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="31"/>
        <source>Edit reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="33"/>
        <source>New reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="72"/>
        <source>empty: unassigned (run by an embedded workstation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="75"/>
        <source>The station (workstation code) the reader is plugged into: only that workstation runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="81"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="82"/>
        <source>Name (中文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="83"/>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="84"/>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="85"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="86"/>
        <source>Position x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="87"/>
        <source>Position y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="88"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="89"/>
        <source>Other antennas (n=zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="90"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="127"/>
        <source>Unsupported channel: use serial:///dev/&lt;device&gt;?protocol=…, tcp://&lt;host&gt;:&lt;port&gt;?protocol=… or sim://reader/&lt;code&gt;?protocol=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="133"/>
        <source>The channel must name the reader&apos;s protocol (protocol=ascii or protocol=binary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="137"/>
        <source>The channel cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="150"/>
        <source>Write antennas as number=zone, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="155"/>
        <source>A station code is 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderHealth</name>
    <message>
        <location filename="../../widgets/docks/reader_health/model.py" line="27"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/model.py" line="28"/>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/model.py" line="29"/>
        <source>Silent (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/model.py" line="30"/>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/model.py" line="31"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/model.py" line="95"/>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/model.py" line="103"/>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderHealthPanel</name>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="122"/>
        <source>Could not read the readers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="128"/>
        <source>%1 of %2 readers online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="133"/>
        <source>reads %1 · changes %2 · coalesced %3 · unknown %4 · p99 %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="141"/>
        <source>%1 batches waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="145"/>
        <source>%1 batches refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="148"/>
        <source>Kept in this station&apos;s spool folder, in refused.log, for an administrator to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="267"/>
        <source>Unplug (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="268"/>
        <source>Replug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="269"/>
        <source>Silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="270"/>
        <source>Edit reader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="271"/>
        <source>New reader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="274"/>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="275"/>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="276"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="277"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="278"/>
        <source>Last frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="279"/>
        <source>Reads/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="280"/>
        <source>Frames OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="281"/>
        <source>Bad frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="282"/>
        <source>Reconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="283"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="288"/>
        <source>No device runtime: readers are not being read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="62"/>
        <source>Tag ID (hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="78"/>
        <source>May enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistersPanel</name>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="201"/>
        <location filename="../../widgets/docks/registers/panel.py" line="239"/>
        <source>Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="250"/>
        <source>Bind a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="266"/>
        <location filename="../../widgets/docks/registers/panel.py" line="494"/>
        <source>Unbind tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="267"/>
        <source>Unbind tag %1? The tag can then be bound to something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="296"/>
        <source>Zone permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="324"/>
        <location filename="../../widgets/docks/registers/panel.py" line="339"/>
        <location filename="../../widgets/docks/registers/panel.py" line="344"/>
        <location filename="../../widgets/docks/registers/panel.py" line="390"/>
        <location filename="../../widgets/docks/registers/panel.py" line="402"/>
        <location filename="../../widgets/docks/registers/panel.py" line="424"/>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="324"/>
        <location filename="../../widgets/docks/registers/panel.py" line="430"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="340"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="345"/>
        <source>Import %1 into the register “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="378"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="380"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="403"/>
        <source>Imported: %1 new, %2 updated, %3 tags bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="409"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="415"/>
        <source>The import stopped: %1 of %2 rows were imported, the rest were not. Check these rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="421"/>
        <source>Nothing was imported. Fix these rows and try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="430"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="455"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="456"/>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="457"/>
        <source>Cash boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="458"/>
        <source>Archive folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="459"/>
        <source>VIP customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="462"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="463"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="464"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="465"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="466"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="467"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="468"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="469"/>
        <source>May enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="470"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="471"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="472"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="473"/>
        <source>Responsible (ID number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="474"/>
        <source>Home zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="475"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="476"/>
        <source>Assigned to (ID number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="477"/>
        <source>Customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="478"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="479"/>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="480"/>
        <source>Honorific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="481"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="482"/>
        <source>Manager (ID number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="487"/>
        <source>Item name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="491"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="492"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="493"/>
        <source>Bind tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="495"/>
        <source>Zone permissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="496"/>
        <source>Show in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="499"/>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="259"/>
        <source>Above your input limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="264"/>
        <source>Your input limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="267"/>
        <source>In words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="295"/>
        <source>Enter the amount in yuan, with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="298"/>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="300"/>
        <source>Please give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="302"/>
        <source>Choose a business type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="389"/>
        <source>New authorization request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="392"/>
        <source>Correct returned request no. %1 and send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="397"/>
        <source>&amp;Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="398"/>
        <source>A&amp;mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="399"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="400"/>
        <source>A&amp;ccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="401"/>
        <source>C&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="402"/>
        <source>Br&amp;anch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="403"/>
        <source>R&amp;eason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="404"/>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="405"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="416"/>
        <source>Account or card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="417"/>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="418"/>
        <source>Branch code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="419"/>
        <source>Why this transaction needs authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="420"/>
        <source>&amp;Local (supervisor here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="421"/>
        <source>Rem&amp;ote (authorization center)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="199"/>
        <source>Request no. %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="236"/>
        <source>Wait until the images are attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="240"/>
        <source>Please complete the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="244"/>
        <source>Sending the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="271"/>
        <source>Request no. %1 recorded: the supervisor authorizes it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="276"/>
        <source>Request no. %1 sent to the authorization center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="311"/>
        <source>Correct the request, then send it again (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="330"/>
        <source>Request no. %1 waits for local authorization (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="340"/>
        <source>Request no. %1: %2 by %3 (local).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="353"/>
        <source>Cancel request no. %1 (%2, %3)? It cannot be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="358"/>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="372"/>
        <source>Request no. %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="378"/>
        <source>Cancelling request no. %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="394"/>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="394"/>
        <location filename="../../widgets/docks/authz_request/panel.py" line="414"/>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="415"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="416"/>
        <source>Correct and resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="417"/>
        <source>Local authorization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="418"/>
        <source>Cancel request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="419"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="436"/>
        <source>An authorization request is filled in and not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleConflicts</name>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="77"/>
        <location filename="../../widgets/docks/users/conflicts.py" line="111"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="78"/>
        <location filename="../../widgets/docks/users/conflicts.py" line="112"/>
        <source>Not with role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="79"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="92"/>
        <source>added, not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="100"/>
        <source>Add a pair of incompatible roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="120"/>
        <source>Choose two different roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="122"/>
        <source>The table has this pair already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="283"/>
        <source> with </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../widgets/application.py" line="76"/>
        <source>The database could not be opened or upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="80"/>
        <source>Database unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="83"/>
        <source>Check the address in --db, BANKSUITE_DB or settings.toml, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="103"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="104"/>
        <source>An unexpected error occurred and was written to the log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="214"/>
        <source>Shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="215"/>
        <source>A workstation does not connect to a shared database: only the suite server holds its credential. Start the server with `bank-suite serve` and this workstation with --server https://HOST:8443 --server-pin FINGERPRINT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="234"/>
        <source>No users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="235"/>
        <source>This database has no users yet. Create an administrator with:
python main.py create-user --username admin --name NAME --role admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="268"/>
        <source>Invalid station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="269"/>
        <source>The station in settings.toml is no station code: use 1-32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="190"/>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/server_app.py" line="69"/>
        <source>Suite server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/server_app.py" line="82"/>
        <source>Station devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/server_app.py" line="83"/>
        <source>This station&apos;s devices were not started:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateDialogs</name>
    <message>
        <location filename="../../widgets/docks/template_editor/dialogs.py" line="38"/>
        <source>Sample from a captured page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/dialogs.py" line="46"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/dialogs.py" line="47"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/dialogs.py" line="48"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/dialogs.py" line="49"/>
        <source>Voucher number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/dialogs.py" line="50"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditorPanel</name>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="363"/>
        <source>✔ Valid: %1 regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="392"/>
        <source>Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="390"/>
        <source>Save template %1 as a new version? Pages captured from now on are cut with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="433"/>
        <source>Saved %1 version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="452"/>
        <source>Load a sample voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="454"/>
        <source>Images and PDF (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="461"/>
        <location filename="../../widgets/docks/template_editor/panel.py" line="481"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="506"/>
        <source>Sample %1: straightened with this template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="508"/>
        <source>Sample %1 could not be straightened (%2): shown as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="521"/>
        <source>Load a sample first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="519"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="527"/>
        <source>Test: %1 · %2 slices · %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="486"/>
        <location filename="../../widgets/docks/template_editor/panel.py" line="540"/>
        <source>The sample cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="405"/>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="550"/>
        <source>Drawing: drag a rectangle on the page for the new region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="554"/>
        <source>Drag a region to move it, its handles to resize it; Delete removes it. Edit names, kinds, labels and millimetres in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="561"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="562"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="563"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="563"/>
        <location filename="../../widgets/docks/template_editor/panel.py" line="566"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="563"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="567"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="568"/>
        <source>Label (中文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="569"/>
        <source>Label (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="572"/>
        <source>w (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="573"/>
        <source>h (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="577"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="578"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="579"/>
        <source>Load sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="580"/>
        <source>Captured page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="581"/>
        <source>Draw region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="582"/>
        <source>Delete region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="583"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="584"/>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="585"/>
        <source>Test on sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="586"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="591"/>
        <source>No sample: load a scanned voucher to draw the regions over it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <location filename="../../widgets/docks/template_editor/form.py" line="163"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/form.py" line="164"/>
        <source>Name (中文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/form.py" line="165"/>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/form.py" line="166"/>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/form.py" line="167"/>
        <source>Anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/form.py" line="168"/>
        <source>Keying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/form.py" line="169"/>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/form.py" line="170"/>
        <source>QR position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/form.py" line="171"/>
        <source>QR size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/form.py" line="175"/>
        <source>printed on the voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/form.py" line="176"/>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/form.py" line="177"/>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateTexts</name>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="14"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="15"/>
        <source>Amount in figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="16"/>
        <source>Amount in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="17"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="18"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="19"/>
        <source>Voucher number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="20"/>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="21"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="22"/>
        <location filename="../../widgets/docks/template_editor/texts.py" line="29"/>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="30"/>
        <source>Page outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="35"/>
        <source>Whole-voucher keying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="36"/>
        <source>Slice keying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="42"/>
        <source>wrong format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="43"/>
        <source>wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="44"/>
        <source>not one of the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="45"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="46"/>
        <source>used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="47"/>
        <source>lies outside the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="48"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="49"/>
        <source>not a valid definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="52"/>
        <source>Code: 2 to 8 capital letters or digits (as in the QR code&apos;s type field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="55"/>
        <source>Page size: width and height must be 20 to 420 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="58"/>
        <source>QR code box: must be square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="59"/>
        <source>QR code box: a template anchored on the QR code needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="62"/>
        <source>Regions: draw at least one region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="65"/>
        <source>Regions: not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="74"/>
        <source>name (letters, digits, _; unique)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="75"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="76"/>
        <source>position and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="79"/>
        <source>Region %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="85"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="86"/>
        <location filename="../../widgets/docks/template_editor/texts.py" line="87"/>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="88"/>
        <source>Anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="89"/>
        <source>Keying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="90"/>
        <source>QR code box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="91"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialogs</name>
    <message>
        <location filename="../../widgets/common/dialogs.py" line="40"/>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/dialogs.py" line="63"/>
        <source>Please give a reason: it goes into the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="35"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="48"/>
        <source>Outsourced staff (restricted rights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="53"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="54"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="55"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/dialogs.py" line="88"/>
        <location filename="../../widgets/docks/users/dialogs.py" line="56"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="57"/>
        <location filename="../../widgets/docks/users/dialogs.py" line="77"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/dialogs.py" line="97"/>
        <location filename="../../widgets/docks/users/dialogs.py" line="65"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="67"/>
        <location filename="../../widgets/docks/users/dialogs.py" line="83"/>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="74"/>
        <source>Roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/dialogs.py" line="87"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/dialogs.py" line="91"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="92"/>
        <source>Issue a card to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="94"/>
        <source>New 6-digit PIN for card %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="113"/>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="114"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="115"/>
        <source>Repeat PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="122"/>
        <source>The two PINs differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserProposals</name>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="24"/>
        <source>New user %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="31"/>
        <source>Roles of %1: %2 (now %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="37"/>
        <source>Unlock user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="40"/>
        <source>Unlock card %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="45"/>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="47"/>
        <source>Enable user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="50"/>
        <source>Issue card %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="56"/>
        <source>New PIN for card %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="61"/>
        <source>Incompatible roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="84"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="85"/>
        <source>Proposed change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="86"/>
        <source>Proposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="87"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="88"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="43"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="44"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="45"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="46"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="47"/>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="48"/>
        <source>Last log-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="54"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="56"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="58"/>
        <source>Active (%1 failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="61"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="71"/>
        <source>(outsourced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="81"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="82"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="83"/>
        <source>blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="186"/>
        <location filename="../../widgets/docks/users/panel.py" line="276"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="268"/>
        <location filename="../../widgets/docks/users/panel.py" line="492"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="268"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="286"/>
        <source>Proposal %1 recorded: it takes effect when a second administrator approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="330"/>
        <source>Unlock user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="331"/>
        <source>Unlock %1 (%2)? Confirm the person&apos;s identity first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="345"/>
        <source>Reset password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="366"/>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="366"/>
        <source>Enable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="397"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="404"/>
        <location filename="../../widgets/docks/users/panel.py" line="408"/>
        <location filename="../../widgets/docks/users/panel.py" line="494"/>
        <source>Unlock card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="409"/>
        <source>Unlock card %1 of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="420"/>
        <location filename="../../widgets/docks/users/panel.py" line="495"/>
        <source>Reset PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="434"/>
        <location filename="../../widgets/docks/users/panel.py" line="438"/>
        <location filename="../../widgets/docks/users/panel.py" line="496"/>
        <source>Blacklist card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="439"/>
        <source>Blacklist card %1 of %2? This is final: the card can never be used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="458"/>
        <source>Approve proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="458"/>
        <source>Reject proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="460"/>
        <source>Approve proposal %1 of %2? %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="460"/>
        <source>Reject proposal %1 of %2? %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="488"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="489"/>
        <source>Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="490"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="491"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="493"/>
        <source>Issue card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="497"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="498"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="502"/>
        <source>Filter by name, role, status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="505"/>
        <source>Creating a privileged user, granting such a role, unlocking and new secrets of a privileged account are only proposed: a second administrator approves them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="520"/>
        <source>Proposals awaiting approval (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="522"/>
        <source>Proposals awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="524"/>
        <source>Incompatible roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneEditorPanel</name>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="121"/>
        <source>Could not read the floor plans: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="214"/>
        <source>There are no floor plans yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="219"/>
        <source>Click at least 3 corners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="220"/>
        <source>The outline crosses itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="221"/>
        <source>A corner lies outside the floor plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="222"/>
        <source>The outline has no area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="225"/>
        <source>Drawing: click the corners in order, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="228"/>
        <source>Drag corners; double-click an edge to add one; select one and press Delete to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="239"/>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="266"/>
        <source>Save zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="239"/>
        <source>Save zone %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="291"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="292"/>
        <source>Name (中文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="293"/>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="294"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="295"/>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="303"/>
        <source>New zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="304"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="305"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneKinds</name>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="332"/>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="333"/>
        <source>Business hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="334"/>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="335"/>
        <source>Secrecy room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="336"/>
        <source>Archive room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="337"/>
        <source>Handover room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="338"/>
        <source>VIP room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="339"/>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="340"/>
        <source>IT room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="341"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="342"/>
        <source>Keying room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="343"/>
        <source>Scanning room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="344"/>
        <source>Authorization center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="345"/>
        <source>Corridor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
