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
        <location filename="../../widgets/docks/audit_log/labels.py" line="13"/>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="14"/>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="15"/>
        <source>Log-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="16"/>
        <source>Log-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="17"/>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="18"/>
        <source>User created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="19"/>
        <source>Roles changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="20"/>
        <source>User unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="21"/>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="22"/>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="23"/>
        <source>User enabled/disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="24"/>
        <source>Service account bound to a station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="25"/>
        <source>Card issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="26"/>
        <source>Card and PIN verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="27"/>
        <source>Wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="28"/>
        <source>Card locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="29"/>
        <source>Card unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="30"/>
        <source>Card blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="31"/>
        <source>Card PIN reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="32"/>
        <source>User change proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="33"/>
        <source>User change approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="34"/>
        <source>User change rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="35"/>
        <source>Incompatible roles changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="36"/>
        <source>Card refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="37"/>
        <source>Unregistered card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="38"/>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="39"/>
        <source>Audit chain verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="40"/>
        <source>Demo data seeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="41"/>
        <source>Demo authorization history seeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="44"/>
        <source>Authorization rules changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="45"/>
        <source>Authorization requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="46"/>
        <source>Authorization request resubmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="49"/>
        <source>Authorization request cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="50"/>
        <source>Authorization request claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="51"/>
        <source>Authorization request put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="52"/>
        <source>Authorization approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="53"/>
        <source>Authorization rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="54"/>
        <source>Returned to the teller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="55"/>
        <source>Claim expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="56"/>
        <source>Authorizer signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="57"/>
        <source>Authorizer signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="58"/>
        <source>Capture batch opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="59"/>
        <source>Page captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="60"/>
        <source>Page accepted by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="61"/>
        <source>Page rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="62"/>
        <source>Retake requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="63"/>
        <source>Voucher template saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="64"/>
        <source>Tag bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="65"/>
        <source>Tag unbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="66"/>
        <source>Zone permissions changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="67"/>
        <source>Register imported from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="68"/>
        <source>Register exported to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="69"/>
        <source>Zone created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="70"/>
        <source>Zone changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="71"/>
        <source>Reader added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="72"/>
        <source>Reader changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="150"/>
        <source>Showing %1 of %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="162"/>
        <source>Verifying the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="172"/>
        <location filename="../../widgets/docks/audit_log/panel.py" line="207"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="178"/>
        <source>Chain intact: %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="180"/>
        <source>, signed up to #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="182"/>
        <source> (%1 not yet chained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="187"/>
        <source>the entry was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="188"/>
        <source>the link to the previous entry is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="189"/>
        <location filename="../../widgets/docks/audit_log/panel.py" line="190"/>
        <source>the entry is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="191"/>
        <source>the entry appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="192"/>
        <source>the newest entries were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="193"/>
        <source>the chain differs from its signed checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="194"/>
        <source>a checkpoint&apos;s signature is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="195"/>
        <source>a signed checkpoint was removed or altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="196"/>
        <source>a signed checkpoint is missing from the checkpoint file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="197"/>
        <source>the checkpoint file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="198"/>
        <source>the checkpoints&apos; public key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="201"/>
        <source>Chain BROKEN at entry #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="220"/>
        <source>Search user, action, target, reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="225"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="226"/>
        <source>Log-in and log-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="227"/>
        <source>Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="228"/>
        <source>Cards and PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="229"/>
        <source>Denied attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="230"/>
        <source>Audit checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="236"/>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="238"/>
        <source>Load older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="242"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="243"/>
        <source>Chain No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="244"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="245"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="246"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="247"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="248"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="249"/>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTargets</name>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="78"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="79"/>
        <source>User change proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="80"/>
        <source>Incompatible roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="81"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="82"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="83"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="84"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="85"/>
        <source>Authorization rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="86"/>
        <source>Authorization request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="87"/>
        <source>Authorization requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="88"/>
        <source>Authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="89"/>
        <source>Capture batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="90"/>
        <source>Captured page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="91"/>
        <source>Voucher template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="92"/>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="93"/>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="94"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="95"/>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="96"/>
        <source>Cash box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="97"/>
        <source>Archive folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="98"/>
        <source>VIP customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthzQueue</name>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="79"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="80"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="81"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="82"/>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="83"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="84"/>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="85"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="86"/>
        <source>Teller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="87"/>
        <source>Claimed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="88"/>
        <source>Customer · reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="142"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="154"/>
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
        <location filename="../../widgets/docks/authz_rules/model.py" line="280"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="281"/>
        <source>Name (中文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="282"/>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="283"/>
        <source>Required images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="284"/>
        <source>Priority (1-9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="285"/>
        <source>Authorize over (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="286"/>
        <source>Remote only over (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="287"/>
        <source>Two authorizers over (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="300"/>
        <source>Role or user:&lt;name&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="301"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="302"/>
        <source>Business (* = all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="303"/>
        <source>Input limit (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="304"/>
        <source>Authorization limit (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthzRulesPanel</name>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="152"/>
        <source>Could not read the rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="186"/>
        <source>Shipped rules (no version saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="189"/>
        <source>Version %1, saved by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="219"/>
        <source>Reverted to the rules in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="243"/>
        <source>The rules are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="274"/>
        <source>The thresholds must rise: authorize over ≤ remote only over ≤ two authorizers over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="276"/>
        <source>Invalid format (business codes: upper-case letters, digits, _).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="277"/>
        <source>Invalid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="278"/>
        <source>The priority must be from 1 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="279"/>
        <source>Not one of the allowed values (role, currency CNY/USD, business code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="280"/>
        <source>Please fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="281"/>
        <source>This entry appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="292"/>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="316"/>
        <source>Save authorization rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="293"/>
        <source>Save the rules as version %1? They apply at once to new requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="302"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="322"/>
        <source>Saved as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="337"/>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="338"/>
        <source>Remote requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="339"/>
        <source>Pull: authorizers take them from the shared queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="340"/>
        <source>Push: offered first to the least-busy authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="341"/>
        <source>Business types and thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="342"/>
        <source>Limits by role and user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="344"/>
        <source>Add business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="345"/>
        <source>Remove business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="346"/>
        <source>Add limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="347"/>
        <source>Remove limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="348"/>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="349"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="350"/>
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
        <location filename="../../widgets/docks/authz_stats/panel.py" line="280"/>
        <source>Loading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="294"/>
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
        <location filename="../../widgets/docks/authz_stats/panel.py" line="323"/>
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
        <location filename="../../widgets/authz/texts.py" line="88"/>
        <source>CNY (RMB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="89"/>
        <source>USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="124"/>
        <source>Enter the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="126"/>
        <source>No authorization needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="128"/>
        <source>Two authorizers (remote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="130"/>
        <source>One authorizer: local or remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="131"/>
        <source>One authorizer: remote only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="177"/>
        <source>Please give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="180"/>
        <source>The amount must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="181"/>
        <source>The amount is above your input limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="182"/>
        <source>This amount needs no authorization: post the transaction directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="187"/>
        <source>The amount is above your input limit of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="192"/>
        <source>Account and customer are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="194"/>
        <source>Choose a business type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="196"/>
        <source>Local authorization is not allowed for this amount: send it to the center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="202"/>
        <source>Images missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="204"/>
        <source>Request no. %1 for the same business, account and amount is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="208"/>
        <source>Your claim has expired and the request went back to the queue: claim it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="212"/>
        <source>This request has changed meanwhile (another workstation); the list is refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="223"/>
        <source>Four eyes: nobody authorizes their own request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="225"/>
        <source>Four eyes: the second level needs a different authorizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="229"/>
        <source>The amount is above this authorizer&apos;s limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="230"/>
        <source>This authorizer may not decide this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="232"/>
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
        <location filename="../../widgets/docks/capture/decisions.py" line="69"/>
        <source>Page %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="74"/>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="75"/>
        <source>Accept this page as it is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="79"/>
        <source>Which voucher is this? The page is cut again with its template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="89"/>
        <source>Reject page %1? It will not be processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="90"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="93"/>
        <source>Ask for page %1 to be captured again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="94"/>
        <source>Retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="112"/>
        <source>Page recorded as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="114"/>
        <source>Recording the decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="126"/>
        <source>Classifying page as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="139"/>
        <source>Page classified as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="141"/>
        <source>Page classified as %1, but the template could not be placed: no slices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureDialogs</name>
    <message>
        <location filename="../../widgets/docks/capture/dialogs.py" line="19"/>
        <source>Classify the voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/dialogs.py" line="29"/>
        <source>Voucher type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/dialogs.py" line="38"/>
        <source>There is no voucher template to choose.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../widgets/docks/capture/panel.py" line="505"/>
        <source>%1: %2 · captured %3 · waiting %4 · errors %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="522"/>
        <source>%1: a capture could not be recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="528"/>
        <location filename="../../widgets/docks/capture/panel.py" line="660"/>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="536"/>
        <source>Import voucher images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="538"/>
        <source>Images and PDF (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="648"/>
        <source>Image capture is not set up on this workstation: configure its capture sources (hot folder, camera) in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="661"/>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="662"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="663"/>
        <source>Retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="653"/>
        <source>Capture source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="670"/>
        <source>Duplex: every second page is the back of the voucher before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="658"/>
        <source>Duplex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="429"/>
        <source>Opening a new batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="583"/>
        <source>Import cancelled: %1 page(s) recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="585"/>
        <source>Imported %1 page(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="655"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="656"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="657"/>
        <source>Capture now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="659"/>
        <source>New batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="664"/>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="665"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="666"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="667"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureReasons</name>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="27"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="28"/>
        <source>Manual classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="29"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="30"/>
        <source>Overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="31"/>
        <source>Retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="39"/>
        <source>Recognized and sliced automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="42"/>
        <source>The voucher type could not be recognized: choose it (Override).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="45"/>
        <source>The image cannot be used: capture the voucher again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="48"/>
        <source>Accepted by an operator&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="51"/>
        <source>Marked for a new capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="63"/>
        <source>Image too dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="64"/>
        <source>Image too bright (overexposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="65"/>
        <source>Contrast too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="66"/>
        <source>Image blurred (out of focus or moved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="67"/>
        <source>Page outline not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="68"/>
        <source>Page skewed too much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="69"/>
        <source>Two vouchers on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="71"/>
        <source>No voucher QR code found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="72"/>
        <source>QR code is not a voucher code of this bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="75"/>
        <source>QR code damaged or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="76"/>
        <source>Unknown voucher type (no template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="78"/>
        <source>Page lay rotated 90°; turned upright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="79"/>
        <source>Page lay upside down; turned upright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="80"/>
        <source>Page lay rotated 270°; turned upright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="81"/>
        <source>Skew corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="82"/>
        <source>Perspective corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="84"/>
        <source>Empty file (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="85"/>
        <source>Corrupt file: cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="86"/>
        <source>Image too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="87"/>
        <source>Too many pages in one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="88"/>
        <source>Unsupported file format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="89"/>
        <source>File could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="90"/>
        <source>Image too small to hold a voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="91"/>
        <source>Processing failed on this page (logged for support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="113"/>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="114"/>
        <source>Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="115"/>
        <source>Sharpness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="122"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="124"/>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="140"/>
        <source>Hot folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="146"/>
        <source>Camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="147"/>
        <source>Camera (video %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="151"/>
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
    <name>DetailPane</name>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="256"/>
        <source>No. %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="273"/>
        <source>sent %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="276"/>
        <source>level %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="280"/>
        <source>one authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="283"/>
        <source>rules v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="285"/>
        <source>shipped rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="301"/>
        <source>Lease expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="304"/>
        <source>Lease %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="307"/>
        <source>Decide before the lease runs out, or the request goes back to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="329"/>
        <source>No images were sent with this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="331"/>
        <source>Loading images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="352"/>
        <source>The images could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="364"/>
        <source>This image is not on the server (never uploaded, or damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="368"/>
        <source>No request in hand.
Press F2 to take the next one from the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="372"/>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="373"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="374"/>
        <source>In words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="375"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="376"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="377"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="378"/>
        <source>Teller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="379"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="380"/>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="381"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="384"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="389"/>
        <source>&amp;Comment (required to reject or return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="390"/>
        <source>What is wrong, or what the teller must correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="393"/>
        <source>Ctrl+Return approve · Ctrl+R reject · Ctrl+T return to the teller · Ctrl+Shift+R release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="167"/>
        <source>No page selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="169"/>
        <source>Choose a page on the left, or capture new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="196"/>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="203"/>
        <source>rotated %1° · skew %2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="209"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="210"/>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="216"/>
        <source>(automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="262"/>
        <source>Slices (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="266"/>
        <source>Image quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="267"/>
        <source>Recognized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="269"/>
        <source>Voucher type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="270"/>
        <source>Voucher number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="271"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="272"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="273"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="274"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="275"/>
        <source>QR decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="276"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="277"/>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="278"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="279"/>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="280"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="256"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="169"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="485"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="308"/>
        <source>Reader health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="650"/>
        <source>Live map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="447"/>
        <source>Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="314"/>
        <source>Zone editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="692"/>
        <source>Image capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="606"/>
        <source>Voucher templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="552"/>
        <source>Authorization center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="426"/>
        <source>Authorization requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="538"/>
        <source>Authorization statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="363"/>
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
        <location filename="../../widgets/bridges/link.py" line="83"/>
        <source>Database: %1 %2 — connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bridges/link.py" line="85"/>
        <source>Database: %1 %2 — UNREACHABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bridges/link.py" line="142"/>
        <source>Server: %1 — connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bridges/link.py" line="144"/>
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
        <location filename="../../widgets/main_window.py" line="342"/>
        <source>Bank Operator Suite — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="346"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="347"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="348"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="349"/>
        <source>Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="350"/>
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="351"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="352"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="353"/>
        <source>Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="354"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="355"/>
        <source>Dark (control room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="356"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="357"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="358"/>
        <location filename="../../widgets/main_window.py" line="451"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="317"/>
        <source>Devices: none configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="319"/>
        <source>Readers: %1/%2 online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="338"/>
        <source>DEMO DATA — invented people and business, not the bank&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="422"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="433"/>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="443"/>
        <source>Changing the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="452"/>
        <source>Bank Operator Suite %1
Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapMarker</name>
    <message>
        <location filename="../../widgets/docks/tag_map/items.py" line="138"/>
        <source>Reader offline or silent: last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="366"/>
        <location filename="../../widgets/docks/tag_map/panel.py" line="638"/>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="366"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="368"/>
        <source>%1 · %2 on the map, %3 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="409"/>
        <source>Select a marker to see who or what it is, since when it is there, and its trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="423"/>
        <source>In %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="442"/>
        <source>Bound people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="438"/>
        <location filename="../../widgets/docks/tag_map/panel.py" line="446"/>
        <source>not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="250"/>
        <source>Could not load the map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="435"/>
        <source>Bound assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="457"/>
        <source>People seen with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="509"/>
        <source>Loading history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="519"/>
        <source>Could not load history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="573"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="574"/>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="575"/>
        <source>Cash box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="576"/>
        <source>VIP customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="577"/>
        <source>Archive folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="578"/>
        <source>Unknown tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="583"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="584"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="585"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="586"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="587"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="588"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="589"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="590"/>
        <source>Home zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="591"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="592"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="593"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="594"/>
        <source>Relationship manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="595"/>
        <source>Customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="596"/>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="612"/>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="620"/>
        <source>All zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="629"/>
        <source>Last 15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="630"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="631"/>
        <source>Last 8 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="636"/>
        <source>Search name or tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="637"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="639"/>
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
        <location filename="../../widgets/docks/authz_queue/panel.py" line="250"/>
        <source>Request no. %1 is no longer yours: the lease ran out or it was decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="296"/>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="298"/>
        <source>%1 over 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="326"/>
        <source>Claiming the next request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="332"/>
        <source>No request is waiting that you may decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="344"/>
        <source>Claiming request no. %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="358"/>
        <source>Decide or release request no. %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="366"/>
        <source>Request no. %1 is yours: check it and decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="388"/>
        <source>Request no. %1 released to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="423"/>
        <source>Give the reason for the rejection in the comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="425"/>
        <source>Tell the teller what to correct in the comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="433"/>
        <source>Recording the decision on request no. %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="456"/>
        <source>Request no. %1 approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="457"/>
        <source>Request no. %1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="458"/>
        <source>Request no. %1 returned to the teller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="460"/>
        <source>Request no. %1: level %2 approved; a second authorizer decides next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="465"/>
        <source>Press F2 to take the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="508"/>
        <source>Claim next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="509"/>
        <source>Claim selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="510"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="511"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="512"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="513"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="514"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="515"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="516"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="517"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="518"/>
        <source>Rotate left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="519"/>
        <source>Rotate right</source>
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
        <location filename="../../widgets/docks/registers/panel.py" line="60"/>
        <source>Tag ID (hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="76"/>
        <source>May enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistersPanel</name>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="187"/>
        <location filename="../../widgets/docks/registers/panel.py" line="222"/>
        <source>Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="233"/>
        <source>Bind a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="249"/>
        <location filename="../../widgets/docks/registers/panel.py" line="438"/>
        <source>Unbind tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="250"/>
        <source>Unbind tag %1? The tag can then be bound to something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="279"/>
        <source>Zone permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="286"/>
        <location filename="../../widgets/docks/registers/panel.py" line="301"/>
        <location filename="../../widgets/docks/registers/panel.py" line="306"/>
        <location filename="../../widgets/docks/registers/panel.py" line="342"/>
        <location filename="../../widgets/docks/registers/panel.py" line="353"/>
        <location filename="../../widgets/docks/registers/panel.py" line="366"/>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="286"/>
        <location filename="../../widgets/docks/registers/panel.py" line="375"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="302"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="307"/>
        <source>Import %1 into the register “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="330"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="332"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="354"/>
        <source>Imported: %1 new, %2 updated, %3 tags bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="361"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="368"/>
        <source>Nothing was imported. Fix these rows and try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="375"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="400"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="401"/>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="402"/>
        <source>Cash boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="403"/>
        <source>Archive folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="404"/>
        <source>VIP customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="407"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="408"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="409"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="410"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="411"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="412"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="413"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="414"/>
        <source>May enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="415"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="416"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="417"/>
        <source>Responsible (ID number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="418"/>
        <source>Home zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="419"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="420"/>
        <source>Assigned to (ID number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="421"/>
        <source>Customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="422"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="423"/>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="424"/>
        <source>Honorific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="425"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="426"/>
        <source>Manager (ID number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="431"/>
        <source>Item name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="435"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="436"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="437"/>
        <source>Bind tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="439"/>
        <source>Zone permissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="442"/>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="257"/>
        <source>Above your input limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="262"/>
        <source>Your input limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="265"/>
        <source>In words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="293"/>
        <source>Enter the amount in yuan, with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="296"/>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="298"/>
        <source>Please give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="300"/>
        <source>Choose a business type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="378"/>
        <source>New authorization request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="381"/>
        <source>Correct returned request no. %1 and send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="386"/>
        <source>&amp;Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="387"/>
        <source>A&amp;mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="388"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="389"/>
        <source>A&amp;ccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="390"/>
        <source>C&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="391"/>
        <source>Br&amp;anch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="392"/>
        <source>R&amp;eason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="393"/>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="394"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="405"/>
        <source>Account or card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="406"/>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="407"/>
        <source>Branch code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="408"/>
        <source>Why this transaction needs authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="409"/>
        <source>&amp;Local (supervisor here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="410"/>
        <source>Rem&amp;ote (authorization center)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="198"/>
        <source>Request no. %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="235"/>
        <source>Wait until the images are attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="239"/>
        <source>Please complete the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="243"/>
        <source>Sending the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="270"/>
        <source>Request no. %1 recorded: the supervisor authorizes it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="275"/>
        <source>Request no. %1 sent to the authorization center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="302"/>
        <source>Correct the request, then send it again (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="321"/>
        <source>Request no. %1 waits for local authorization (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="331"/>
        <source>Request no. %1: %2 by %3 (local).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="344"/>
        <source>Cancel request no. %1 (%2, %3)? It cannot be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="349"/>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="363"/>
        <source>Request no. %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="369"/>
        <source>Cancelling request no. %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="385"/>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="385"/>
        <location filename="../../widgets/docks/authz_request/panel.py" line="401"/>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="402"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="403"/>
        <source>Correct and resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="404"/>
        <source>Local authorization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="405"/>
        <source>Cancel request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="406"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../widgets/application.py" line="69"/>
        <source>The database could not be opened or upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="73"/>
        <source>Database unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="76"/>
        <source>Check the address in --db, BANKSUITE_DB or settings.toml, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="96"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="97"/>
        <source>An unexpected error occurred and was written to the log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="178"/>
        <source>Shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="179"/>
        <source>A workstation does not connect to a shared database: only the suite server holds its credential. Start the server with `bank-suite serve` and this workstation with --server https://HOST:8443 --server-pin FINGERPRINT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="198"/>
        <source>No users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="199"/>
        <source>This database has no users yet. Create an administrator with:
python main.py create-user --username admin --name NAME --role admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="231"/>
        <source>Invalid station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="232"/>
        <source>The station in settings.toml is no station code: use 1-32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="154"/>
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
        <location filename="../../widgets/docks/template_editor/panel.py" line="362"/>
        <source>✔ Valid: %1 regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="391"/>
        <source>Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="389"/>
        <source>Save template %1 as a new version? Pages captured from now on are cut with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="432"/>
        <source>Saved %1 version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="451"/>
        <source>Load a sample voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="453"/>
        <source>Images and PDF (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="460"/>
        <location filename="../../widgets/docks/template_editor/panel.py" line="480"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="505"/>
        <source>Sample %1: straightened with this template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="507"/>
        <source>Sample %1 could not be straightened (%2): shown as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="520"/>
        <source>Load a sample first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="518"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="526"/>
        <source>Test: %1 · %2 slices · %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="485"/>
        <location filename="../../widgets/docks/template_editor/panel.py" line="539"/>
        <source>The sample cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="404"/>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="549"/>
        <source>Drawing: drag a rectangle on the page for the new region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="553"/>
        <source>Drag a region to move it, its handles to resize it; Delete removes it. Edit names, kinds, labels and millimetres in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="560"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="561"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="562"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="562"/>
        <location filename="../../widgets/docks/template_editor/panel.py" line="565"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="562"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="566"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="567"/>
        <source>Label (中文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="568"/>
        <source>Label (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="571"/>
        <source>w (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="572"/>
        <source>h (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="576"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="577"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="578"/>
        <source>Load sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="579"/>
        <source>Captured page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="580"/>
        <source>Draw region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="581"/>
        <source>Delete region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="582"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="583"/>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="584"/>
        <source>Test on sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="585"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="590"/>
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
        <location filename="../../widgets/docks/users/proposals.py" line="25"/>
        <source>New user %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="32"/>
        <source>Roles of %1: %2 (now %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="38"/>
        <source>Unlock user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="41"/>
        <source>Unlock card %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="46"/>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="48"/>
        <source>Enable user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="51"/>
        <source>Issue card %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="57"/>
        <source>New PIN for card %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="62"/>
        <source>Incompatible roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="91"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="92"/>
        <source>Proposed change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="93"/>
        <source>Proposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="94"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="95"/>
        <source>Reason</source>
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
        <location filename="../../widgets/docks/users/panel.py" line="161"/>
        <location filename="../../widgets/docks/users/panel.py" line="249"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="241"/>
        <location filename="../../widgets/docks/users/panel.py" line="461"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="241"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="259"/>
        <source>Proposal %1 recorded: it takes effect when a second administrator approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="303"/>
        <source>Unlock user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="304"/>
        <source>Unlock %1 (%2)? Confirm the person&apos;s identity first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="318"/>
        <source>Reset password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="339"/>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="339"/>
        <source>Enable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="370"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="377"/>
        <location filename="../../widgets/docks/users/panel.py" line="381"/>
        <location filename="../../widgets/docks/users/panel.py" line="463"/>
        <source>Unlock card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="382"/>
        <source>Unlock card %1 of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="393"/>
        <location filename="../../widgets/docks/users/panel.py" line="464"/>
        <source>Reset PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="407"/>
        <location filename="../../widgets/docks/users/panel.py" line="411"/>
        <location filename="../../widgets/docks/users/panel.py" line="465"/>
        <source>Blacklist card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="412"/>
        <source>Blacklist card %1 of %2? This is final: the card can never be used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="431"/>
        <source>Approve proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="431"/>
        <source>Reject proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="433"/>
        <source>Approve proposal %1 of %2? %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="433"/>
        <source>Reject proposal %1 of %2? %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="457"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="458"/>
        <source>Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="459"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="460"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="462"/>
        <source>Issue card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="466"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="467"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="471"/>
        <source>Filter by name, role, status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="472"/>
        <source>Proposals awaiting a second administrator (four eyes)</source>
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
        <location filename="../../widgets/docks/zone_editor/panel.py" line="301"/>
        <source>New zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="302"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="303"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
