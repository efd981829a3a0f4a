<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachmentBox</name>
    <message>
        <location filename="../../widgets/docks/authz_request/attachments.py" line="149"/>
        <source>Attach: %1</source>
        <translation>添加影像：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/attachments.py" line="151"/>
        <source>Images and PDF (%1);;All files (*)</source>
        <translation>图片和 PDF (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/attachments.py" line="177"/>
        <source>Not attached: %1</source>
        <translation>未能添加：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/attachments.py" line="181"/>
        <source>Attached as %1: %2</source>
        <translation>已添加为%1：%2</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/attachments.py" line="187"/>
        <source>The images could not be attached: %1</source>
        <translation>影像添加失败：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/attachments.py" line="274"/>
        <source>✗ %1 missing</source>
        <translation>✗ 缺少%1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/attachments.py" line="284"/>
        <source>Add %1…</source>
        <translation>添加%1…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/attachments.py" line="285"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/attachments.py" line="286"/>
        <source>Remove the selected image (Delete)</source>
        <translation>移除所选影像（Delete）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/attachments.py" line="292"/>
        <source>Images sent with the request</source>
        <translation>随申请发送的影像</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/attachments.py" line="293"/>
        <source>Attach the images the business requires: use the buttons below.</source>
        <translation>请用下方按钮添加该业务要求的影像。</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="15"/>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="16"/>
        <source>Logged out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="17"/>
        <source>Log-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="18"/>
        <source>Log-in refused</source>
        <translation>拒绝登录</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="19"/>
        <source>Account locked</source>
        <translation>账户锁定</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="20"/>
        <source>User created</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="21"/>
        <source>Roles changed</source>
        <translation>角色变更</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="22"/>
        <source>User unlocked</source>
        <translation>用户解锁</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="23"/>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="24"/>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="25"/>
        <source>User enabled/disabled</source>
        <translation>启用/停用用户</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="26"/>
        <source>Service account bound to a station</source>
        <translation>服务账户已绑定工作站</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="27"/>
        <source>Card issued</source>
        <translation>发卡</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="28"/>
        <source>Card and PIN verified</source>
        <translation>卡与PIN验证通过</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="29"/>
        <source>Wrong PIN</source>
        <translation>PIN错误</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="30"/>
        <source>Card locked</source>
        <translation>卡锁定</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="31"/>
        <source>Card unlocked</source>
        <translation>卡解锁</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="32"/>
        <source>Card blacklisted</source>
        <translation>卡挂失（黑名单）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="33"/>
        <source>Card PIN reset</source>
        <translation>卡片密码已重置</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="34"/>
        <source>User change proposed</source>
        <translation>提出用户管理申请</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="35"/>
        <source>User change approved</source>
        <translation>批准用户管理申请</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="36"/>
        <source>User change rejected</source>
        <translation>驳回用户管理申请</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="37"/>
        <source>Incompatible roles changed</source>
        <translation>修改不相容岗位</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="38"/>
        <source>Card refused</source>
        <translation>拒绝用卡</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="39"/>
        <source>Unregistered card</source>
        <translation>未登记卡（疑似伪卡）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="40"/>
        <source>Permission denied</source>
        <translation>越权拒绝</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="41"/>
        <source>Audit chain verified</source>
        <translation>审计链校验</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="42"/>
        <source>Audit log exported</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="43"/>
        <source>Demo data seeded</source>
        <translation>导入演示数据</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="44"/>
        <source>Demo authorization history seeded</source>
        <translation>已生成演示授权历史</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="47"/>
        <source>Authorization rules changed</source>
        <translation>授权规则变更</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="48"/>
        <source>Authorization requested</source>
        <translation>提交授权申请</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="49"/>
        <source>Authorization request resubmitted</source>
        <translation>重新提交授权申请</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="52"/>
        <source>Authorization request cancelled</source>
        <translation>撤销授权申请</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="53"/>
        <source>Authorization request claimed</source>
        <translation>领取授权申请</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="54"/>
        <source>Authorization request put back</source>
        <translation>授权申请放回队列</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="55"/>
        <source>Authorization approved</source>
        <translation>授权通过</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="56"/>
        <source>Authorization rejected</source>
        <translation>授权拒绝</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="57"/>
        <source>Returned to the teller</source>
        <translation>退回柜员修改</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="58"/>
        <source>Claim expired</source>
        <translation>领取超时退回队列</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="59"/>
        <source>Authorizer signed in</source>
        <translation>授权人签到</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="60"/>
        <source>Authorizer signed out</source>
        <translation>授权人签退</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="61"/>
        <source>Capture batch opened</source>
        <translation>新建采集批次</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="62"/>
        <source>Page captured</source>
        <translation>采集凭证影像</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="63"/>
        <source>Page accepted by hand</source>
        <translation>人工放行</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="64"/>
        <source>Page rejected</source>
        <translation>人工拒绝</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="65"/>
        <source>Retake requested</source>
        <translation>要求重新采集</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="66"/>
        <source>Voucher template saved</source>
        <translation>保存凭证模板</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="67"/>
        <source>Tag bound</source>
        <translation>绑定标签</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="68"/>
        <source>Tag unbound</source>
        <translation>解绑标签</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="69"/>
        <source>Zone permissions changed</source>
        <translation>区域权限变更</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="70"/>
        <source>Register imported from CSV</source>
        <translation>CSV 导入登记</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="71"/>
        <source>Register exported to CSV</source>
        <translation>CSV 导出登记</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="72"/>
        <source>Personal data shown in full</source>
        <translation>显示完整个人信息</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="73"/>
        <source>Zone created</source>
        <translation>新建区域</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="74"/>
        <source>Zone changed</source>
        <translation>修改区域</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="75"/>
        <source>Reader added</source>
        <translation>新增读卡器</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="76"/>
        <source>Reader changed</source>
        <translation>修改读卡器</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="77"/>
        <source>Alarm rules saved</source>
        <translation>保存报警规则</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="78"/>
        <source>Alarm raised</source>
        <translation>报警产生</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="79"/>
        <source>Alarm active again</source>
        <translation>报警再次触发</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="80"/>
        <source>Alarm returned to normal</source>
        <translation>报警复归</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="81"/>
        <source>Alarm acknowledged</source>
        <translation>报警确认</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="82"/>
        <source>Alarm cleared</source>
        <translation>报警清除</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="83"/>
        <source>Alarm shelved</source>
        <translation>报警搁置</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="84"/>
        <source>Alarm unshelved</source>
        <translation>报警取消搁置</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="85"/>
        <source>Alarm shelving expired</source>
        <translation>报警搁置到期</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="86"/>
        <source>Alarm taken out of service</source>
        <translation>报警停用</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="87"/>
        <source>Alarm returned to service</source>
        <translation>报警恢复启用</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="88"/>
        <source>Alarm escalated</source>
        <translation>报警升级</translation>
    </message>
</context>
<context>
    <name>AuditActors</name>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="355"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="356"/>
        <source>System (demo data)</source>
        <translation>系统（演示数据）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="357"/>
        <source>System (installation)</source>
        <translation>系统（安装初始化）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="358"/>
        <source>System (demo server)</source>
        <translation>系统（演示服务器）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="359"/>
        <source>Card reader</source>
        <translation>读卡器</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="360"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="366"/>
        <source>Station %1</source>
        <translation>设备工作站 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="368"/>
        <source>System (%1)</source>
        <translation>系统（%1）</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="23"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="24"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="25"/>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="26"/>
        <source>Wrong PINs</source>
        <translation>PIN 错误次数</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="27"/>
        <source>Failed log-ins</source>
        <translation>登录失败次数</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="28"/>
        <source>Zones</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="29"/>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="30"/>
        <source>Station</source>
        <translation>设备工作站</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="31"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="32"/>
        <location filename="../../widgets/docks/audit_log/detail.py" line="73"/>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="33"/>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="34"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="35"/>
        <source>Voucher type</source>
        <translation>凭证类型</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="36"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="37"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="38"/>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="39"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="40"/>
        <source>Regions</source>
        <translation>识别区域数</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="41"/>
        <source>Offered to</source>
        <translation>推送给</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="42"/>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="43"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="44"/>
        <source>Levels</source>
        <translation>授权级数</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="45"/>
        <source>Claimed until</source>
        <translation>领取有效至</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="46"/>
        <source>Holder</source>
        <translation>持卡人</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="47"/>
        <source>Claimed by</source>
        <translation>领取人</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="48"/>
        <source>Business type</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="49"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="50"/>
        <source>Amount (fen)</source>
        <translation>金额（分）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="51"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="52"/>
        <source>Images</source>
        <translation>影像</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="53"/>
        <source>Image SHA-256</source>
        <translation>影像 SHA-256</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="54"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="55"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="56"/>
        <source>Outsourced</source>
        <translation>外包</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="57"/>
        <source>Created</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="58"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="59"/>
        <source>Tags bound</source>
        <translation>绑定标签数</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="60"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="61"/>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="62"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="63"/>
        <source>Voucher No.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="64"/>
        <source>Original SHA-256</source>
        <translation>原件 SHA-256</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="65"/>
        <source>Outline</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="66"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="67"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="68"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="69"/>
        <source>Restricted</source>
        <translation>限制区域</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="70"/>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="74"/>
        <source>Antennas</source>
        <translation>天线</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="75"/>
        <source>Intact</source>
        <translation>完整</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="76"/>
        <source>Entries checked</source>
        <translation>已校验条数</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="77"/>
        <source>First bad entry</source>
        <translation>首个异常条目</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="78"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="79"/>
        <source>Not yet chained</source>
        <translation>尚未入链</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="80"/>
        <source>Signed checkpoints</source>
        <translation>签名检查点</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="81"/>
        <source>Entries</source>
        <translation>条目数</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="82"/>
        <source>Matching</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="83"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="84"/>
        <location filename="../../widgets/docks/audit_log/detail.py" line="96"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="85"/>
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="86"/>
        <source>Chain</source>
        <translation>哈希链</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="87"/>
        <source>Approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="88"/>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="89"/>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="90"/>
        <source>Cancelled</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="91"/>
        <source>Resubmitted</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="92"/>
        <source>Decisions</source>
        <translation>授权决定数</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="93"/>
        <source>Requests</source>
        <translation>申请笔数</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="94"/>
        <source>Two-level</source>
        <translation>双人授权</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="95"/>
        <source>Staff added</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="97"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="98"/>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="99"/>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="100"/>
        <source>Cash boxes</source>
        <translation>款箱</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="101"/>
        <source>Archive folders</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="102"/>
        <source>VIP customers</source>
        <translation>VIP 客户</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="111"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="113"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="131"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="132"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/detail.py" line="133"/>
        <source>blacklisted</source>
        <translation>已列入黑名单</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="230"/>
        <source>Showing %1 of %2 entries</source>
        <translation>显示 %1 / 共 %2 条</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="243"/>
        <source>Verifying the chain…</source>
        <translation>正在校验审计链…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="253"/>
        <location filename="../../widgets/docks/audit_log/panel.py" line="288"/>
        <location filename="../../widgets/docks/audit_log/panel.py" line="359"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="259"/>
        <source>Chain intact: %1 entries</source>
        <translation>哈希链完整：%1 条</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="261"/>
        <source>, signed up to #%1</source>
        <translation>，已签名至第 %1 条</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="263"/>
        <source> (%1 not yet chained)</source>
        <translation>（%1 条尚未入链）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="268"/>
        <source>the entry was altered</source>
        <translation>记录内容被改动</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="269"/>
        <source>the link to the previous entry is broken</source>
        <translation>与前一条记录的链接断裂</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="270"/>
        <location filename="../../widgets/docks/audit_log/panel.py" line="271"/>
        <source>the entry is missing</source>
        <translation>记录缺失</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="272"/>
        <source>the entry appears twice</source>
        <translation>该条目出现了两次</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="273"/>
        <source>the newest entries were removed</source>
        <translation>最新的记录被删除</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="274"/>
        <source>the chain differs from its signed checkpoint</source>
        <translation>链与其签名检查点不一致</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="275"/>
        <source>a checkpoint&apos;s signature is not valid</source>
        <translation>检查点的签名无效</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="276"/>
        <source>a signed checkpoint was removed or altered</source>
        <translation>签名检查点被删除或改动</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="277"/>
        <source>a signed checkpoint is missing from the checkpoint file</source>
        <translation>检查点文件中缺少一个签名检查点</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="278"/>
        <source>the checkpoint file cannot be read</source>
        <translation>无法读取检查点文件</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="279"/>
        <source>the checkpoints&apos; public key is missing</source>
        <translation>缺少检查点的公钥</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="282"/>
        <source>Chain BROKEN at entry #%1 (%2)</source>
        <translation>哈希链在第 %1 条断裂（%2）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="311"/>
        <location filename="../../widgets/docks/audit_log/panel.py" line="405"/>
        <source>Export audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="313"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="313"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="333"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="344"/>
        <source>not verified (verifying the chain needs the audit verify permission)</source>
        <translation>未校验（校验哈希链需要审计校验权限）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="345"/>
        <source>Not verified</source>
        <translation>未校验</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="348"/>
        <source>Intact</source>
        <translation>完整</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="348"/>
        <source>BROKEN</source>
        <translation>已断裂</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="354"/>
        <source>Only the newest %1 of %2 matching entries are here; narrow the filter for the rest.</source>
        <translation>符合条件的 %2 条中仅含最新的 %1 条；其余请缩小筛选范围后再导出。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="369"/>
        <source>Chain verification</source>
        <translation>哈希链校验</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="370"/>
        <source>Entries in this file</source>
        <translation>本文件条目数</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="371"/>
        <source>Entries matching</source>
        <translation>符合条件条目数</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="381"/>
        <source>search “%1”</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="385"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="389"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="394"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="402"/>
        <source>The export could not be written: %1</source>
        <translation>导出文件无法写入：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="415"/>
        <source>Search user, action, target, reason…</source>
        <translation>搜索用户、操作、对象、原因…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="420"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="421"/>
        <source>Log-in and log-out</source>
        <translation>登录与注销</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="422"/>
        <source>Users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="423"/>
        <source>Cards and PINs</source>
        <translation>卡与密码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="424"/>
        <source>Denied attempts</source>
        <translation>越权尝试</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="425"/>
        <source>Authorization</source>
        <translation>授权</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="426"/>
        <source>Capture</source>
        <translation>影像采集</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="427"/>
        <source>Tag binding</source>
        <translation>标签绑定</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="428"/>
        <source>Registers</source>
        <translation>登记簿</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="429"/>
        <source>Zones</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="430"/>
        <source>Readers</source>
        <translation>读写器</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="431"/>
        <source>Audit checks</source>
        <translation>审计校验</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="437"/>
        <source>Verify chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="439"/>
        <source>Load older</source>
        <translation>加载更早记录</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="441"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="443"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="445"/>
        <source>&amp;From</source>
        <translation>起(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="446"/>
        <source>&amp;To</source>
        <translation>止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="448"/>
        <source>any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="451"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="452"/>
        <source>Chain No.</source>
        <translation>链序号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="453"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="454"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="455"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="456"/>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="457"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="458"/>
        <source>Before → after</source>
        <translation>变更前 → 变更后</translation>
    </message>
</context>
<context>
    <name>AuditReasons</name>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="132"/>
        <source>unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="133"/>
        <source>account disabled</source>
        <translation>账户已停用</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="134"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="135"/>
        <source>blacklisted</source>
        <translation>已列入黑名单</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="136"/>
        <source>3 wrong passwords</source>
        <translation>密码连续错误 3 次</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="137"/>
        <source>wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="138"/>
        <source>3 wrong PINs</source>
        <translation>PIN 连续错误 3 次</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="139"/>
        <source>demo seed</source>
        <translation>演示数据初始化</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="140"/>
        <source>first start with an empty database</source>
        <translation>空数据库首次启动</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="143"/>
        <source>demo authorization history for statistics and reports</source>
        <translation>用于统计和报表的演示授权记录</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="146"/>
        <source>chain not verified by this export</source>
        <translation>本次导出未校验哈希链</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="151"/>
        <source>ask which images are stored</source>
        <translation>查询已存影像</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="154"/>
        <source>authorize</source>
        <translation>授权</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="155"/>
        <source>bind a station account</source>
        <translation>绑定设备工作站账户</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="156"/>
        <source>bind a tag</source>
        <translation>绑定标签</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="157"/>
        <source>blacklist card</source>
        <translation>将卡列入黑名单</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="158"/>
        <source>cancel an authorization request</source>
        <translation>撤销授权申请</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="161"/>
        <source>capture vouchers</source>
        <translation>采集凭证</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="162"/>
        <source>change authorization rules</source>
        <translation>修改授权规则</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="165"/>
        <source>change roles</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="166"/>
        <source>change zone permissions</source>
        <translation>修改区域权限</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="167"/>
        <source>create user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="168"/>
        <source>decide on captured pages</source>
        <translation>处理采集页面</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="169"/>
        <source>edit readers</source>
        <translation>编辑读写器</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="170"/>
        <source>edit voucher templates</source>
        <translation>编辑凭证模板</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="171"/>
        <source>edit zones</source>
        <translation>编辑区域</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="172"/>
        <source>enable/disable user</source>
        <translation>启用/停用用户</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="173"/>
        <source>export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="174"/>
        <source>issue card</source>
        <translation>发卡</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="175"/>
        <source>list users</source>
        <translation>查看用户列表</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="176"/>
        <source>play back movements</source>
        <translation>回放轨迹</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="177"/>
        <source>read a station&apos;s presence</source>
        <translation>读取设备工作站的在位信息</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="178"/>
        <source>read a station&apos;s tracking mapping</source>
        <translation>读取设备工作站的定位映射</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="181"/>
        <source>read reader health</source>
        <translation>读取读写器状态</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="182"/>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="183"/>
        <source>read the simulated population</source>
        <translation>读取模拟人员</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="186"/>
        <source>report reader health</source>
        <translation>上报读写器状态</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="187"/>
        <source>request authorization</source>
        <translation>发起授权申请</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="188"/>
        <source>reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="189"/>
        <source>send movements</source>
        <translation>上报移动记录</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="190"/>
        <source>sign in to the authorization center</source>
        <translation>签到授权中心</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="193"/>
        <source>sign out of the authorization center</source>
        <translation>签退授权中心</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="196"/>
        <source>stay signed in to the authorization center</source>
        <translation>保持授权中心签到</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="199"/>
        <source>store an image</source>
        <translation>存储影像</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="200"/>
        <source>unbind a tag</source>
        <translation>解绑标签</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="201"/>
        <source>unlock card</source>
        <translation>解锁卡</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="202"/>
        <source>unlock user</source>
        <translation>解锁用户</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="203"/>
        <source>verify the audit log</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="204"/>
        <source>view a reader&apos;s setup</source>
        <translation>查看读写器配置</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="205"/>
        <source>view a trail</source>
        <translation>查看轨迹</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="206"/>
        <source>view an authorization request</source>
        <translation>查看授权申请</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="209"/>
        <source>view authorization statistics</source>
        <translation>查看授权统计</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="212"/>
        <source>view captured vouchers</source>
        <translation>查看采集凭证</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="213"/>
        <source>view the authorization queue</source>
        <translation>查看授权队列</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="216"/>
        <source>view the authorization rules</source>
        <translation>查看授权规则</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="219"/>
        <source>view the map</source>
        <translation>查看地图</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="220"/>
        <source>acknowledge alarms</source>
        <translation>确认报警</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="221"/>
        <source>clear an alarm</source>
        <translation>清除报警</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="222"/>
        <source>shelve an alarm</source>
        <translation>搁置报警</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="223"/>
        <source>unshelve an alarm</source>
        <translation>取消报警搁置</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="224"/>
        <source>take an alarm out of service</source>
        <translation>停用报警</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="227"/>
        <source>return an alarm to service</source>
        <translation>恢复启用报警</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="230"/>
        <source>change the alarm rules</source>
        <translation>修改报警规则</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="231"/>
        <source>view the alarm rules</source>
        <translation>查看报警规则</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="232"/>
        <source>view the alarms</source>
        <translation>查看报警</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="233"/>
        <source>view an alarm</source>
        <translation>查看报警详情</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="234"/>
        <source>view user</source>
        <translation>查看用户</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="235"/>
        <source>view voucher templates</source>
        <translation>查看凭证模板</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="236"/>
        <source>view who is signed in to the authorization center</source>
        <translation>查看授权中心签到人员</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="239"/>
        <source>view your authorization requests</source>
        <translation>查看本人授权申请</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="242"/>
        <source>view zone permissions</source>
        <translation>查看区域权限</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="243"/>
        <source>view an image</source>
        <translation>查看影像</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="244"/>
        <source>reset a card&apos;s PIN</source>
        <translation>重置卡的 PIN</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="245"/>
        <source>change incompatible roles</source>
        <translation>修改不相容岗位</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="246"/>
        <source>list incompatible roles</source>
        <translation>查看不相容岗位</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="247"/>
        <source>list user proposals</source>
        <translation>查看用户变更提议</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="248"/>
        <source>reject a user proposal</source>
        <translation>否决用户变更提议</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="249"/>
        <source>approve a user proposal</source>
        <translation>批准用户变更提议</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="250"/>
        <source>attach an image one did not upload</source>
        <translation>附上非本人上传的影像</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="253"/>
        <source>record a page with images one did not upload</source>
        <translation>以非本人上传的影像登记页面</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="275"/>
        <source>authorize own request %1</source>
        <translation>授权本人的第 %1 号申请</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="279"/>
        <source>report the devices of station %1</source>
        <translation>上报设备工作站 %1 的设备</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="283"/>
        <source>approve proposal %1</source>
        <translation>批准第 %1 号提议</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="287"/>
        <source>reject proposal %1</source>
        <translation>否决第 %1 号提议</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="291"/>
        <source>sign in as station %1</source>
        <translation>以设备工作站 %1 身份登录</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="295"/>
        <source>show %1 #%2 in full</source>
        <translation>完整显示%1 #%2</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="312"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="268"/>
        <source>shipped template %1</source>
        <translation>随附模板 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="270"/>
        <source>export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="271"/>
        <source>import %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="272"/>
        <source>list %1</source>
        <translation>查看%1列表</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="265"/>
        <source>log-in at %1</source>
        <translation>于 %1 登录</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="333"/>
        <source>chain intact: %1 entries</source>
        <translation>哈希链完整：%1 条</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="337"/>
        <source>, %1 signed checkpoints</source>
        <translation>，%1 个签名检查点</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="341"/>
        <source> (%1 not yet chained)</source>
        <translation>（%1 条尚未入链）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="346"/>
        <source>chain BROKEN at entry #%1 (%2)</source>
        <translation>哈希链在第 %1 条处断裂（%2）</translation>
    </message>
</context>
<context>
    <name>AuditTargets</name>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="94"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="95"/>
        <source>User change proposal</source>
        <translation>用户管理申请</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="96"/>
        <source>Incompatible roles</source>
        <translation>不相容岗位</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="97"/>
        <source>Card</source>
        <translation>卡</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="98"/>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="99"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="100"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="101"/>
        <source>Authorization rules</source>
        <translation>授权规则</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="102"/>
        <source>Authorization request</source>
        <translation>授权申请</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="103"/>
        <source>Authorization requests</source>
        <translation>授权申请（全部）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="104"/>
        <source>Authorizer</source>
        <translation>授权人</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="105"/>
        <source>Capture batch</source>
        <translation>采集批次</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="106"/>
        <source>Captured page</source>
        <translation>凭证影像</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="107"/>
        <source>Voucher template</source>
        <translation>凭证模板</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="108"/>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="109"/>
        <source>Reader</source>
        <translation>读卡器</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="110"/>
        <source>Alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="111"/>
        <source>Alarm rules</source>
        <translation>报警规则</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="112"/>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="113"/>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="114"/>
        <source>Cash box</source>
        <translation>款箱</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="115"/>
        <source>Archive folder</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/audit_log/labels.py" line="116"/>
        <source>VIP customer</source>
        <translation>VIP客户</translation>
    </message>
</context>
<context>
    <name>AuthzQueue</name>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="126"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="127"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="128"/>
        <source>Waiting</source>
        <translation>等待时长</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="129"/>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="130"/>
        <source>Business</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="131"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="132"/>
        <source>Levels</source>
        <translation>授权级次</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="133"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="134"/>
        <source>Teller</source>
        <translation>柜员</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="135"/>
        <source>Claimed by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="136"/>
        <source>Customer · reason</source>
        <translation>客户 · 事由</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="192"/>
        <source>You</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/model.py" line="204"/>
        <source>Sent again after a return (%1 times in all)</source>
        <translation>退回后重新提交（共提交 %1 次）</translation>
    </message>
</context>
<context>
    <name>AuthzRequests</name>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="49"/>
        <source>Level %1 of %2 approved by %3; waiting for the second authorizer</source>
        <translation>第 %1/%2 级已由 %3 同意，等待第二授权人</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="57"/>
        <source>Waiting for the supervisor here (local authorization)</source>
        <translation>等待主管现场授权（本地授权）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="60"/>
        <source>Waiting in the authorization center&apos;s queue</source>
        <translation>在授权中心队列中等待</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="62"/>
        <source>Being reviewed by %1</source>
        <translation>%1 正在审核</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="66"/>
        <source>level %1 of %2</source>
        <translation>第 %1 级，共 %2 级</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="71"/>
        <source>Approved by %1</source>
        <translation>%1 已同意</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="77"/>
        <source>Rejected by %1: %2</source>
        <translation>%1 已拒绝：%2</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="79"/>
        <source>Returned by %1: %2</source>
        <translation>%1 已退回：%2</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="83"/>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/history.py" line="33"/>
        <source>&lt;b&gt;No. %1&lt;/b&gt; · %2 · %3 · %4 (%5)</source>
        <translation>&lt;b&gt;第 %1 号&lt;/b&gt; · %2 · %3 · %4（%5）</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/history.py" line="39"/>
        <source>Submitted %1 by %2 · %3 authorization · sent %4 time(s)</source>
        <translation>%2 于 %1 提交 · %3授权 · 共提交 %4 次</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/history.py" line="47"/>
        <source>%1 · level %2 · %3 by %4</source>
        <translation>%1 · 第 %2 级 · %4：%3</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="109"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="110"/>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="111"/>
        <source>Business</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="112"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="113"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="114"/>
        <source>Mode</source>
        <translation>授权方式</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="115"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="116"/>
        <source>Progress</source>
        <translation>处理进度</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="230"/>
        <source>Select a request to see its history.</source>
        <translation>选择一笔申请以查看处理记录。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/my_requests.py" line="237"/>
        <source>My requests</source>
        <translation>我的申请</translation>
    </message>
</context>
<context>
    <name>AuthzRules</name>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="286"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="287"/>
        <source>Name (中文)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="288"/>
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="289"/>
        <source>Required images</source>
        <translation>必需影像</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="290"/>
        <source>Priority (1-9)</source>
        <translation>优先级（1-9）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="291"/>
        <source>Authorize over (yuan)</source>
        <translation>授权起点（元）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="292"/>
        <source>Remote only over (yuan)</source>
        <translation>仅远程授权起点（元）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="293"/>
        <source>Two authorizers over (yuan)</source>
        <translation>双人授权起点（元）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="306"/>
        <source>Role or user</source>
        <translation>角色或用户</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="309"/>
        <source>Input limit</source>
        <translation>录入限额</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="310"/>
        <source>Authorization limit</source>
        <translation>授权限额</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="322"/>
        <source>Type a role code (teller, supervisor…) or user:&lt;user name&gt;</source>
        <translation>填写角色代码（如 teller、supervisor）或 user:用户名</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="334"/>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="343"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="344"/>
        <source>US dollars</source>
        <translation>美元</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="307"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/model.py" line="308"/>
        <source>Business (* = all)</source>
        <translation>业务（* 表示全部）</translation>
    </message>
</context>
<context>
    <name>AuthzRulesPanel</name>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="154"/>
        <source>Could not read the rules: %1</source>
        <translation>无法读取授权规则：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="188"/>
        <source>Shipped rules (no version saved yet)</source>
        <translation>出厂默认规则（尚未保存任何版本）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="191"/>
        <source>Version %1, saved by %2 at %3</source>
        <translation>第 %1 版，由 %2 于 %3 保存</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="221"/>
        <source>Reverted to the rules in force.</source>
        <translation>已恢复为当前生效的规则。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="245"/>
        <source>The rules are valid.</source>
        <translation>规则校验通过。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="276"/>
        <source>The thresholds must rise: authorize over ≤ remote only over ≤ two authorizers over.</source>
        <translation>金额阈值须逐级递增：授权起点 ≤ 仅远程授权起点 ≤ 双人授权起点。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="278"/>
        <source>Invalid format (business codes: upper-case letters, digits, _).</source>
        <translation>格式不正确（业务代码只能由大写字母、数字和下划线组成）。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="279"/>
        <source>Invalid value.</source>
        <translation>取值无效。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="280"/>
        <source>The priority must be from 1 to 9.</source>
        <translation>优先级须在 1 至 9 之间。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="281"/>
        <source>Not one of the allowed values (role, currency CNY/USD, business code).</source>
        <translation>不在允许范围内（角色、币种 CNY/USD、业务代码）。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="282"/>
        <source>Please fill this in.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="283"/>
        <source>This entry appears twice.</source>
        <translation>该条目重复。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="285"/>
        <source>The rules were just saved at another workstation: revert to load them, then edit and save again.</source>
        <translation>规则刚在另一台工作站上保存：请点“还原”载入最新规则，再修改并保存。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="298"/>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="322"/>
        <source>Save authorization rules</source>
        <translation>保存授权规则</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="299"/>
        <source>Save the rules as version %1? They apply at once to new requests.</source>
        <translation>将规则保存为第 %1 版？保存后立即对新的授权申请生效。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="308"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="328"/>
        <source>Saved as version %1.</source>
        <translation>已保存为第 %1 版。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="343"/>
        <source>In force</source>
        <translation>当前生效</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="344"/>
        <source>Remote requests</source>
        <translation>远程授权分派</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="345"/>
        <source>Pull: authorizers take them from the shared queue</source>
        <translation>抢单：授权员从公共队列领取</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="346"/>
        <source>Push: offered first to the least-busy authorizer</source>
        <translation>派单：优先推送给最空闲的授权员</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="347"/>
        <source>Business types and thresholds</source>
        <translation>业务类型与授权金额阈值</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="348"/>
        <source>Limits by role and user</source>
        <translation>角色与用户限额</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="350"/>
        <source>Add business</source>
        <translation>新增业务</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="351"/>
        <source>Remove business</source>
        <translation>删除业务</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="352"/>
        <source>Add limit</source>
        <translation>新增限额</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="353"/>
        <source>Remove limit</source>
        <translation>删除限额</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="354"/>
        <source>Validate</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="355"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="356"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
</context>
<context>
    <name>AuthzStats</name>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="41"/>
        <source>Submitted</source>
        <translation>申请笔数</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="43"/>
        <source>Approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="44"/>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="45"/>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="46"/>
        <source>Cancelled</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="47"/>
        <source>Approval rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="48"/>
        <source>Rejection rate</source>
        <translation>拒绝率</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="49"/>
        <source>Return rate</source>
        <translation>退回率</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="52"/>
        <source>Median (min)</source>
        <translation>时长中位数（分钟）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="53"/>
        <source>P90 (min)</source>
        <translation>时长90分位（分钟）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="128"/>
        <source>Authorizer</source>
        <translation>授权人</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="129"/>
        <source>Decisions</source>
        <translation>决定次数</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="131"/>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="132"/>
        <source>Remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="133"/>
        <source>2nd level</source>
        <translation>第二级</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="134"/>
        <source>Response median (min)</source>
        <translation>响应中位数（分钟）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="135"/>
        <source>Response P90 (min)</source>
        <translation>响应90分位（分钟）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="141"/>
        <source>Teller</source>
        <translation>柜员</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="50"/>
        <source>Resubmissions</source>
        <translation>重新提交次数</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="51"/>
        <source>Two-level</source>
        <translation>双人授权</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="165"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/model.py" line="42"/>
        <source>Decided</source>
        <translation>已决笔数</translation>
    </message>
</context>
<context>
    <name>AuthzStatsPanel</name>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="276"/>
        <source>Loading the figures…</source>
        <translation>正在加载统计数据…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="290"/>
        <source>Could not load the statistics: %1</source>
        <translation>无法加载统计数据：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="329"/>
        <source>New authorization activity: refresh to include it.</source>
        <translation>有新的授权业务，刷新后计入统计。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="343"/>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="495"/>
        <source>Quarterly analysis</source>
        <translation>季度分析</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="343"/>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="495"/>
        <source>Monthly statistics</source>
        <translation>月度统计</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="319"/>
        <source>Figures as of %1; periods are calendar months and quarters in %2.</source>
        <translation>数据截至 %1；统计期按本行所在时区（%2）的自然月、自然季度划分。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="358"/>
        <source>Requests per month</source>
        <translation>各月业务量</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="361"/>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="378"/>
        <source>Submitted</source>
        <translation>申请笔数</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="362"/>
        <source>Approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="363"/>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="370"/>
        <source>Key findings</source>
        <translation>主要发现</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="375"/>
        <source>Daily volume</source>
        <translation>每日业务量</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="379"/>
        <source>Decided that day</source>
        <translation>当日办结</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="415"/>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="449"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="417"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="433"/>
        <source>Writing %1…</source>
        <translation>正在生成 %1…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="440"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="447"/>
        <source>The PDF could not be written: %1</source>
        <translation>PDF 生成失败：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="479"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="501"/>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="510"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="511"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="512"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="513"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="517"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="518"/>
        <source>Business type</source>
        <translation>业务种类</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="523"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="524"/>
        <source>By branch</source>
        <translation>按网点统计</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="525"/>
        <source>By business type</source>
        <translation>按业务种类统计</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="526"/>
        <source>By authorizer</source>
        <translation>按授权人统计</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="527"/>
        <source>By teller</source>
        <translation>按柜员统计</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="528"/>
        <source>Monthly trend</source>
        <translation>月度趋势</translation>
    </message>
</context>
<context>
    <name>AuthzTexts</name>
    <message>
        <location filename="../../widgets/authz/texts.py" line="40"/>
        <source>Pending</source>
        <translation>待授权</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="41"/>
        <source>Being reviewed</source>
        <translation>审核中</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="42"/>
        <location filename="../../widgets/authz/texts.py" line="56"/>
        <source>Approved</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="43"/>
        <location filename="../../widgets/authz/texts.py" line="57"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="44"/>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="45"/>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="58"/>
        <source>Returned for correction</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="65"/>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="67"/>
        <source>Remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="73"/>
        <source>ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="74"/>
        <source>Voucher</source>
        <translation>凭证</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="75"/>
        <source>Other image</source>
        <translation>其他影像</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="83"/>
        <source>%1 carries a voucher&apos;s QR code</source>
        <translation>%1带有凭证二维码</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="84"/>
        <source>%1 does not have the shape of an ID card</source>
        <translation>%1不是身份证的形状</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="85"/>
        <source>%1 is larger than an ID card</source>
        <translation>%1比身份证大</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="86"/>
        <source>%1 has no voucher QR code and the shape of an ID card</source>
        <translation>%1没有凭证二维码，且是身份证的形状</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="89"/>
        <source>%1 could not be read</source>
        <translation>%1无法读取</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="102"/>
        <source>CNY (RMB)</source>
        <translation>人民币</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="103"/>
        <source>USD</source>
        <translation>美元</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="138"/>
        <source>Enter the amount</source>
        <translation>请输入金额</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="140"/>
        <source>No authorization needed</source>
        <translation>无需授权</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="142"/>
        <source>Two authorizers (remote)</source>
        <translation>双人授权（远程）</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="144"/>
        <source>One authorizer: local or remote</source>
        <translation>一级授权：本地或远程</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="145"/>
        <source>One authorizer: remote only</source>
        <translation>一级授权：仅限远程</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="192"/>
        <source>Please give a reason.</source>
        <translation>请填写申请事由。</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="195"/>
        <source>The amount must be greater than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="196"/>
        <source>The amount is above your input limit.</source>
        <translation>金额超出您的录入限额。</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="197"/>
        <source>This amount needs no authorization: post the transaction directly.</source>
        <translation>该金额无需授权，请直接办理。</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="202"/>
        <source>The amount is above your input limit of %1.</source>
        <translation>金额超出您的录入限额 %1。</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="207"/>
        <source>Account and customer are required.</source>
        <translation>账号和客户必须填写。</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="209"/>
        <source>Choose a business type.</source>
        <translation>请选择业务类型。</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="211"/>
        <source>Local authorization is not allowed for this amount: send it to the center.</source>
        <translation>该金额不允许本地授权，请提交授权中心。</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="217"/>
        <source>Images missing: %1</source>
        <translation>缺少影像：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="219"/>
        <source>Request no. %1 for the same business, account and amount is still open.</source>
        <translation>相同业务、账号和金额的第 %1 号申请尚未办结。</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="223"/>
        <source>Your claim has expired and the request went back to the queue: claim it again.</source>
        <translation>处理超时，申请已退回队列，请重新领取。</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="227"/>
        <source>This request has changed meanwhile (another workstation); the list is refreshed.</source>
        <translation>该申请已在其他工作站变更，列表已刷新。</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="238"/>
        <source>Four eyes: nobody authorizes their own request.</source>
        <translation>双人控制：不得授权本人发起的申请。</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="240"/>
        <source>Four eyes: the second level needs a different authorizer.</source>
        <translation>双人控制：第二级须由另一名授权人授权。</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="244"/>
        <source>The amount is above this authorizer&apos;s limit.</source>
        <translation>金额超出该授权人的授权限额。</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="245"/>
        <source>This authorizer may not decide this request.</source>
        <translation>该授权人无权处理此申请。</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/texts.py" line="247"/>
        <source>Only the teller who made the request may do this.</source>
        <translation>只有发起申请的柜员本人可以操作。</translation>
    </message>
</context>
<context>
    <name>BatchBrowser</name>
    <message>
        <location filename="../../widgets/docks/capture/browser.py" line="215"/>
        <source>Batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/browser.py" line="216"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/browser.py" line="216"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/browser.py" line="216"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/browser.py" line="216"/>
        <location filename="../../widgets/docks/capture/browser.py" line="218"/>
        <source>Pages</source>
        <translation>影像</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/browser.py" line="221"/>
        <source>Batch %1 · pages: %2</source>
        <translation>批次 %1 · 共 %2 页</translation>
    </message>
</context>
<context>
    <name>CaptureDecisions</name>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="76"/>
        <source>Page %1 (%2)</source>
        <translation>第 %1 页（%2）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="83"/>
        <source>Override</source>
        <translation>放行</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="84"/>
        <source>Accept this page as it is?</source>
        <translation>按现状放行该影像？</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="87"/>
        <source>Which voucher is this? The page is cut again with its template.</source>
        <translation>这是哪种凭证？将按所选模板重新切分该影像。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="89"/>
        <source>Accept this page with the fields keyed?</source>
        <translation>录入要素后放行此页？</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="104"/>
        <source>Reject page %1? It will not be processed.</source>
        <translation>拒绝第 %1 页？该影像将不再处理。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="105"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="108"/>
        <source>Ask for page %1 to be captured again?</source>
        <translation>要求重新采集第 %1 页？</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="109"/>
        <source>Retake</source>
        <translation>重新采集</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="127"/>
        <source>Page recorded as: %1</source>
        <translation>已记录为：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="129"/>
        <source>Recording the decision…</source>
        <translation>正在记录处理结果…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="141"/>
        <source>Classifying page as %1…</source>
        <translation>正在按 %1 识别…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="154"/>
        <source>Page classified as %1.</source>
        <translation>已人工识别为 %1。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/decisions.py" line="156"/>
        <source>Page classified as %1, but the template could not be placed: no slices.</source>
        <translation>已人工识别为 %1，但无法按模板定位：未生成切片。</translation>
    </message>
</context>
<context>
    <name>CaptureDialogs</name>
    <message>
        <location filename="../../widgets/docks/capture/dialogs.py" line="46"/>
        <source>Classify the voucher</source>
        <translation>人工识别凭证版面</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/dialogs.py" line="58"/>
        <source>Voucher type</source>
        <translation>凭证种类</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/dialogs.py" line="61"/>
        <source>Voucher number (key it)</source>
        <translation>凭证号码（请录入）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/dialogs.py" line="62"/>
        <source>Amount in yuan (key it)</source>
        <translation>小写金额，元（请录入）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/dialogs.py" line="63"/>
        <source>Account (key it, if printed)</source>
        <translation>账号（凭证上有则录入）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/dialogs.py" line="75"/>
        <source>No fields were recognised on this page: key them from the voucher.</source>
        <translation>此页未识别出任何要素：请按凭证录入。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/dialogs.py" line="98"/>
        <source>There is no voucher template to choose.</source>
        <translation>没有可选的凭证模板。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/dialogs.py" line="100"/>
        <source>Key the voucher number.</source>
        <translation>请录入凭证号码。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/dialogs.py" line="102"/>
        <source>Key the amount in yuan, e.g. 1250.00 (above zero, at most two decimals).</source>
        <translation>请录入金额（元），例如 1250.00（须大于零，最多两位小数）。</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="463"/>
        <source>Cannot start %1: %2</source>
        <translation>无法启动%1：%2</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="470"/>
        <source>%1 started: pages go into batch %2.</source>
        <translation>%1已启动：影像进入批次 %2。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="481"/>
        <source>%1 stopped.</source>
        <translation>%1已停止。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="486"/>
        <source>No camera is running.</source>
        <translation>没有正在运行的高拍仪。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="497"/>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="498"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="499"/>
        <source>disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="500"/>
        <source>finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="501"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="531"/>
        <source>%1: a capture could not be recorded: %2</source>
        <translation>%1：一份影像未能入库：%2</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="537"/>
        <location filename="../../widgets/docks/capture/panel.py" line="669"/>
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="545"/>
        <source>Import voucher images</source>
        <translation>导入凭证影像</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="547"/>
        <source>Images and PDF (%1);;All files (*)</source>
        <translation>影像和 PDF (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="657"/>
        <source>Image capture is not set up on this workstation: configure its capture sources (hot folder, camera) in the settings.</source>
        <translation>本工作站未配置影像采集：请在设置中配置采集来源（热文件夹、高拍仪）。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="670"/>
        <source>Override</source>
        <translation>放行</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="671"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="672"/>
        <source>Retake</source>
        <translation>重新采集</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="662"/>
        <source>Capture source</source>
        <translation>采集来源</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="679"/>
        <source>Duplex: every second page is the back of the voucher before it.</source>
        <translation>双面：每隔一页为前一张凭证的背面。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="667"/>
        <source>Duplex</source>
        <translation>双面</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="429"/>
        <source>Opening a new batch…</source>
        <translation>正在新建批次…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="506"/>
        <source>%1: %2 · files captured %3: pages %4 (rejected %5), duplicates %6 · waiting %7</source>
        <translation>%1：%2 · 已采集文件 %3：影像 %4 页（拒绝 %5），重复 %6 · 等待 %7</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="517"/>
        <source> · files failed %1 (in .failed) · errors %2</source>
        <translation> · 失败文件 %1（在 .failed）· 错误 %2</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="592"/>
        <source>Import cancelled: %1 page(s) recorded.</source>
        <translation>导入已取消：已入库 %1 页。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="594"/>
        <source>Imported %1 page(s).</source>
        <translation>导入完成：%1 页。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="664"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="665"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="666"/>
        <source>Capture now</source>
        <translation>立即拍摄</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="668"/>
        <source>New batch</source>
        <translation>新建批次</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="673"/>
        <source>Corrected</source>
        <translation>校正图</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="674"/>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="675"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="676"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
</context>
<context>
    <name>CaptureReasons</name>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="30"/>
        <source>Accepted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="31"/>
        <source>Manual classification</source>
        <translation>待人工识别</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="32"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="33"/>
        <source>Overridden</source>
        <translation>已人工放行</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="34"/>
        <source>Retake</source>
        <translation>需重新采集</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="35"/>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="43"/>
        <source>Recognized and sliced automatically.</source>
        <translation>已自动完成版面识别和影像切分。</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="46"/>
        <source>The voucher type could not be recognized: choose it (Override).</source>
        <translation>无法自动识别凭证种类：请人工指定（放行）。</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="49"/>
        <source>The image cannot be used: capture the voucher again.</source>
        <translation>影像不可用：请重新采集该凭证。</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="52"/>
        <source>Accepted by an operator&apos;s decision.</source>
        <translation>经操作员决定放行。</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="55"/>
        <source>Marked for a new capture.</source>
        <translation>已标记为需重新采集。</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="56"/>
        <source>The same file was captured before: this copy is not processed.</source>
        <translation>同一文件此前已采集：本副本不再处理。</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="70"/>
        <source>Image too dark</source>
        <translation>影像过暗</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="71"/>
        <source>Image too bright (overexposed)</source>
        <translation>影像过亮（曝光过度）</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="72"/>
        <source>Contrast too low</source>
        <translation>对比度过低</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="73"/>
        <source>Image blurred (out of focus or moved)</source>
        <translation>影像模糊（失焦或抖动）</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="74"/>
        <source>Page outline not found</source>
        <translation>未找到凭证边缘</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="75"/>
        <source>Page skewed too much</source>
        <translation>凭证倾斜过大</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="76"/>
        <source>Two vouchers on one page</source>
        <translation>一页上有两张凭证</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="78"/>
        <source>No voucher QR code found</source>
        <translation>未找到凭证二维码</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="79"/>
        <source>QR code is not a voucher code of this bank</source>
        <translation>二维码不是本行凭证码</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="82"/>
        <source>QR code damaged or invalid</source>
        <translation>二维码损坏或内容无效</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="83"/>
        <source>Unknown voucher type (no template)</source>
        <translation>未知凭证种类（无对应模板）</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="84"/>
        <source>QR code not signed by this bank (forged or altered): key the fields</source>
        <translation>二维码非本行签名（伪造或被改动）：请录入要素</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="87"/>
        <source>Old unsigned QR code (check digits only): check the fields against the paper</source>
        <translation>旧版未签名二维码（仅校验位）：请对照纸质凭证核对要素</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="91"/>
        <source>Page lay rotated 90°; turned upright</source>
        <translation>凭证旋转 90°，已转正</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="92"/>
        <source>Page lay upside down; turned upright</source>
        <translation>凭证倒置，已转正</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="93"/>
        <source>Page lay rotated 270°; turned upright</source>
        <translation>凭证旋转 270°，已转正</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="94"/>
        <source>Skew corrected</source>
        <translation>已纠偏</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="95"/>
        <source>Perspective corrected</source>
        <translation>已校正透视变形</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="97"/>
        <source>Empty file (0 bytes)</source>
        <translation>空文件（0 字节）</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="98"/>
        <source>Corrupt file: cannot be decoded</source>
        <translation>文件损坏，无法解码</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="99"/>
        <source>Image too large</source>
        <translation>影像尺寸过大</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="100"/>
        <source>Too many pages in one file</source>
        <translation>单个文件页数过多</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="101"/>
        <source>Unsupported file format</source>
        <translation>不支持的文件格式</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="102"/>
        <source>File could not be read</source>
        <translation>文件无法读取</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="103"/>
        <source>Image too small to hold a voucher</source>
        <translation>图像过小，不可能是一张凭证</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="104"/>
        <source>Took too long to decode; stopped</source>
        <translation>解码耗时过长，已停止</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="105"/>
        <source>Processing failed on this page (logged for support)</source>
        <translation>本页处理失败（已记录日志，请联系技术支持）</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="108"/>
        <source>Same file as a page captured before</source>
        <translation>与此前采集的影像为同一文件</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="118"/>
        <source>Page #%2 of batch %1</source>
        <translation>批次 %1 第 #%2 页</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="137"/>
        <source>Exposure</source>
        <translation>曝光</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="138"/>
        <source>Contrast</source>
        <translation>对比度</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="139"/>
        <source>Sharpness</source>
        <translation>清晰度</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="146"/>
        <source>Back</source>
        <translation>背面</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="148"/>
        <source>Front</source>
        <translation>正面</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="164"/>
        <source>Hot folder %1</source>
        <translation>热文件夹 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="170"/>
        <source>Camera %1</source>
        <translation>高拍仪 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="171"/>
        <source>Camera (video %1)</source>
        <translation>高拍仪（录像 %1）</translation>
    </message>
    <message>
        <location filename="../../widgets/common/capture_texts.py" line="175"/>
        <source>File import</source>
        <translation>文件导入</translation>
    </message>
</context>
<context>
    <name>CaptureThumbs</name>
    <message>
        <location filename="../../widgets/docks/capture/model.py" line="252"/>
        <source>No image</source>
        <translation>无影像</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="180"/>
        <location filename="../../widgets/docks/users/conflicts.py" line="225"/>
        <source>Incompatible roles</source>
        <translation>不相容岗位</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="189"/>
        <source>The table of incompatible roles is edited and not saved.</source>
        <translation>不相容岗位表已修改但未保存。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="218"/>
        <source>Added: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="220"/>
        <source>Removed: %1</source>
        <translation>删除：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="222"/>
        <source>Propose this table of incompatible roles? It takes effect when a second administrator approves it.
%1</source>
        <translation>提交此不相容岗位表？经第二名管理员批准后生效。
%1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="245"/>
        <source>Proposal %1 of %2 changes this table and awaits a second administrator.</source>
        <translation>%2 提交的第 %1 号申请将修改此表，正等待第二名管理员批准。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="252"/>
        <source>Edited, not saved: Save proposes the table to a second administrator.</source>
        <translation>已修改未保存：点击“保存”将此表提交第二名管理员批准。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="264"/>
        <source>Add pair…</source>
        <translation>新增不相容岗位…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="265"/>
        <source>Remove pair</source>
        <translation>删除不相容岗位</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="266"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="267"/>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="273"/>
        <source>No account holds two roles paired here (separation of duties). A user holding both keeps them until their roles next change; new users and new roles are refused.</source>
        <translation>同一账户不得同时拥有此处成对列出的两个角色（岗位分离）。已同时拥有的用户在下次变更角色前保留；新建用户和新授角色一律拒绝。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="264"/>
        <source>No. %1 · %2 · %3</source>
        <translation>第 %1 号 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="281"/>
        <source>sent %1 times</source>
        <translation>第 %1 次提交</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="284"/>
        <source>level %1 of %2</source>
        <translation>第 %1 级，共 %2 级</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="288"/>
        <source>one authorizer</source>
        <translation>一级授权</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="291"/>
        <source>rules v%1</source>
        <translation>规则第 %1 版</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="293"/>
        <source>shipped rules</source>
        <translation>初始规则</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="300"/>
        <source>Check the images: %1.</source>
        <translation>请核对影像：%1。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="300"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="314"/>
        <source>Lease expired</source>
        <translation>处理超时</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="317"/>
        <source>Lease %1</source>
        <translation>处理时限 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="320"/>
        <source>Decide before the lease runs out, or the request goes back to the queue.</source>
        <translation>请在时限内处理，超时后申请将退回队列。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="342"/>
        <source>No images were sent with this request.</source>
        <translation>该申请未附影像。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="344"/>
        <source>Loading images…</source>
        <translation>正在加载影像…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="365"/>
        <source>The images could not be loaded: %1</source>
        <translation>影像加载失败：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="377"/>
        <source>This image is not on the server (never uploaded, or damaged).</source>
        <translation>服务器上没有该影像（未上传或已损坏）。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="381"/>
        <source>No request in hand.
Press F2 to take the next one from the queue.</source>
        <translation>当前没有处理中的申请。
按 F2 从队列领取下一笔。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="385"/>
        <source>Business</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="386"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="387"/>
        <source>In words</source>
        <translation>大写金额</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="388"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="389"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="390"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="391"/>
        <source>Teller</source>
        <translation>柜员</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="392"/>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="393"/>
        <source>Authorization</source>
        <translation>授权方式</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="394"/>
        <source>Reason</source>
        <translation>申请事由</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="397"/>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="402"/>
        <source>&amp;Comment (required to reject or return)</source>
        <translation>授权意见(&amp;C)（拒绝或退回时必填）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="403"/>
        <source>What is wrong, or what the teller must correct</source>
        <translation>说明问题所在，或柜员需要更正的内容</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/detail.py" line="406"/>
        <source>Ctrl+Return approve · Ctrl+R reject · Ctrl+T return to the teller · Ctrl+Shift+R release</source>
        <translation>Ctrl+Enter 同意 · Ctrl+R 拒绝 · Ctrl+T 退回柜员 · Ctrl+Shift+R 放回队列</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="168"/>
        <source>No page selected</source>
        <translation>未选择影像</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="170"/>
        <source>Choose a page on the left, or capture new ones.</source>
        <translation>请在左侧选择影像，或采集新的凭证。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="198"/>
        <source>Copy %1</source>
        <translation>第 %1 联</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="205"/>
        <source>rotated %1° · skew %2°</source>
        <translation>旋转 %1° · 倾斜 %2°</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="211"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="212"/>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="218"/>
        <source>(automatic)</source>
        <translation>（自动）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="264"/>
        <source>Slices (%1)</source>
        <translation>切片（%1）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="268"/>
        <source>Image quality</source>
        <translation>影像质量</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="269"/>
        <source>Recognized</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="271"/>
        <source>Voucher type</source>
        <translation>凭证种类</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="272"/>
        <source>Voucher number</source>
        <translation>凭证号码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="273"/>
        <source>Copy</source>
        <translation>联次</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="274"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="275"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="276"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="277"/>
        <source>QR decoder</source>
        <translation>二维码解码器</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="278"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="279"/>
        <source>Processing</source>
        <translation>处理耗时</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="280"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="281"/>
        <source>Captured</source>
        <translation>采集时间</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/details.py" line="282"/>
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <location filename="../../widgets/docks/audit_log/panel.py" line="465"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="169"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="532"/>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="308"/>
        <source>Reader health</source>
        <translation>读卡器状态</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="764"/>
        <source>Live map</source>
        <translation>实时定位</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="504"/>
        <source>Registers</source>
        <translation>登记管理</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="316"/>
        <source>Zone editor</source>
        <translation>区域编辑</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/panel.py" line="701"/>
        <source>Image capture</source>
        <translation>影像采集</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="607"/>
        <source>Voucher templates</source>
        <translation>凭证模板</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="650"/>
        <source>Authorization center</source>
        <translation>授权中心</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="449"/>
        <source>Authorization requests</source>
        <translation>授权申请</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_stats/panel.py" line="538"/>
        <source>Authorization statistics</source>
        <translation>授权统计分析</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_rules/panel.py" line="369"/>
        <source>Authorization rules</source>
        <translation>授权规则</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../widgets/messages.py" line="18"/>
        <source>This card is not registered. The attempt has been recorded.</source>
        <translation>此卡未登记，本次尝试已记录。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="22"/>
        <source>Unknown card or wrong PIN.</source>
        <translation>卡号未登记或 PIN 错误。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="24"/>
        <source>Unknown user name or wrong password.</source>
        <translation>用户名不存在或密码错误。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="25"/>
        <source>Wrong password or PIN. %n attempt(s) left before the account is locked.</source>
        <translation>密码错误，再错 %n 次将被锁定。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="30"/>
        <source>This card&apos;s PIN must be renewed. Ask the center administrator for a new 6-digit PIN.</source>
        <translation>此卡的密码须更新，请联系中心管理员设置新的6位密码。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="35"/>
        <source>This account is disabled. Contact the center administrator.</source>
        <translation>该账户已停用，请联系中心管理员。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="38"/>
        <source>Locked after 3 wrong attempts. Only the center administrator can unlock it.</source>
        <translation>连续 3 次错误已锁定，只有中心管理员可以解锁。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="42"/>
        <source>Your password was given to you (the demo password is known to all): set your own to log in.</source>
        <translation>您的密码是他人设定的（演示密码人人皆知）：请先设置自己的密码再登录。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="47"/>
        <source>Too many failed log-ins from this workstation. Try again in %1 seconds.</source>
        <translation>本工作站登录失败次数过多，请 %1 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="51"/>
        <source>This card is blacklisted and can never be used again.</source>
        <translation>此卡已列入黑名单，永久不能使用。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="54"/>
        <source>Separation of duties: you cannot do this for your own account.</source>
        <translation>岗位分离：不能对本人账户执行此操作。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="57"/>
        <source>You do not have permission for this action. The attempt has been recorded.</source>
        <translation>您无权执行此操作，本次尝试已记录。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="62"/>
        <source>The suite server cannot reach its database. Try again shortly.</source>
        <translation>套件服务器暂时无法连接其数据库，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="65"/>
        <source>Cannot reach the database %1.</source>
        <translation>无法连接数据库 %1。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="70"/>
        <source>The suite server did not answer. The operation may or may not have been done: check before repeating it.</source>
        <translation>套件服务器未应答。该操作可能已完成，也可能未完成：请先核实，再决定是否重做。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="76"/>
        <source>Cannot reach the suite server %1.</source>
        <translation>无法连接套件服务器 %1。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="80"/>
        <source>This server is not the one this workstation trusts (its certificate differs from the pinned one). Do not log in; tell the administrator.</source>
        <translation>该服务器不是本工作站信任的服务器（其证书与固定的证书不符）。请勿登录，并通知管理员。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="87"/>
        <source>Station %1 is already running on another computer (heard from %2 s ago). Its devices run in one place only: stop it there, or wait for it to time out.</source>
        <translation>工作站 %1 已在另一台计算机上运行（%2 秒前仍有联系）。同一工作站的设备只能在一处运行：请先在那台计算机上停止，或等待其超时。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="96"/>
        <source>This station&apos;s devices already run in another program on this computer.</source>
        <translation>本工作站的设备已在这台电脑上的另一个程序中运行。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="100"/>
        <source>Your session has ended. Please log in again.</source>
        <translation>您的会话已结束，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="104"/>
        <source>The password must have at least 8 characters.</source>
        <translation>密码至少 8 位。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="107"/>
        <source>The password needs 3 of: lower case, upper case, digits, symbols.</source>
        <translation>密码须包含小写字母、大写字母、数字、符号中的至少 3 类。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="110"/>
        <source>Please fill in: %1</source>
        <translation>请填写：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="113"/>
        <source>This already exists: %1</source>
        <translation>已存在：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="116"/>
        <source>Invalid format: %1</source>
        <translation>格式无效：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="119"/>
        <source>The new password must differ from the old one.</source>
        <translation>新密码不能与旧密码相同。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="120"/>
        <source>The PIN must be exactly 6 digits.</source>
        <translation>密码必须为6位数字。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="121"/>
        <source>This PIN is too easy to guess (a run, a repeat or a keypad pattern): choose another.</source>
        <translation>此密码过于简单（连续、重复或键盘图案），请另选。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="125"/>
        <source>Unknown role.</source>
        <translation>未知角色。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="126"/>
        <source>This station account is bound to no station: bind it first (bank-suite set-user-station).</source>
        <translation>该工作站账户未绑定工作站：请先绑定（bank-suite set-user-station）。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages.py" line="133"/>
        <source>Not found: %1</source>
        <translation>未找到：%1</translation>
    </message>
</context>
<context>
    <name>ImportBar</name>
    <message>
        <location filename="../../widgets/docks/capture/importer.py" line="101"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/importer.py" line="121"/>
        <source>Importing %1 files…</source>
        <translation>正在导入 %1 个文件…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/importer.py" line="122"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Link</name>
    <message>
        <location filename="../../widgets/bridges/link.py" line="84"/>
        <source>Database: %1 %2 — connected</source>
        <translation>数据库：%1 %2 — 已连接</translation>
    </message>
    <message>
        <location filename="../../widgets/bridges/link.py" line="86"/>
        <source>Database: %1 %2 — UNREACHABLE</source>
        <translation>数据库：%1 %2 — 无法连接</translation>
    </message>
    <message>
        <location filename="../../widgets/bridges/link.py" line="143"/>
        <source>Server: %1 — connected</source>
        <translation>服务器：%1 — 已连接</translation>
    </message>
    <message>
        <location filename="../../widgets/bridges/link.py" line="145"/>
        <source>Server: %1 — reconnecting…</source>
        <translation>服务器：%1 — 正在重新连接…</translation>
    </message>
</context>
<context>
    <name>LocalOverrideDialog</name>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="59"/>
        <source>Local authorization: request no. %1</source>
        <translation>本地授权：第 %1 号申请</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="75"/>
        <source>A supervisor authorizes here, at the teller&apos;s counter: the decision is recorded as theirs. The teller who made the request cannot authorize it.</source>
        <translation>由业务主管在本柜台现场授权，授权结果记在主管名下。发起申请的柜员本人不能授权。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="92"/>
        <source>Supervisor&apos;s user name</source>
        <translation>主管用户名</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="93"/>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="94"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="97"/>
        <source>Swipe the card or type its number</source>
        <translation>刷卡或输入卡号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="104"/>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="105"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="106"/>
        <source>Card and PIN</source>
        <translation>刷卡 + PIN</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="110"/>
        <source>&amp;Approve</source>
        <translation>同意(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="112"/>
        <source>Re&amp;ject</source>
        <translation>拒绝(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="114"/>
        <source>Re&amp;turn for correction</source>
        <translation>退回修改(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="154"/>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="155"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="156"/>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="163"/>
        <source>Comment (optional)</source>
        <translation>授权意见（选填）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="165"/>
        <source>Reason (required): what is wrong or what to correct</source>
        <translation>原因（必填）：问题所在或需更正的内容</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="180"/>
        <source>Please give the reason to reject or return the request.</source>
        <translation>拒绝或退回申请时请填写原因。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="187"/>
        <source>The supervisor must authenticate first.</source>
        <translation>请主管先进行身份验证。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="192"/>
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/local_dialog.py" line="203"/>
        <source>%1 may not authorize: a supervisor or an authorizer must do it.</source>
        <translation>%1 无授权权限，须由业务主管或授权柜员授权。</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../widgets/lock_screen.py" line="132"/>
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
    <message>
        <location filename="../../widgets/lock_screen.py" line="153"/>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location filename="../../widgets/lock_screen.py" line="155"/>
        <source>Locked for %1 (%2). Enter the password to continue.</source>
        <translation>%1（%2）的屏幕已锁定，请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../widgets/lock_screen.py" line="159"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../widgets/lock_screen.py" line="160"/>
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../widgets/lock_screen.py" line="161"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../widgets/login_dialog.py" line="220"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="227"/>
        <source>Enter the new password twice, the same both times.</source>
        <translation>请输入两次相同的新密码。</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="251"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="273"/>
        <source>The log-in could not be checked. Please try again.</source>
        <translation>无法完成登录校验，请重试。</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="285"/>
        <source>Log in — Bank Operator Suite</source>
        <translation>登录 — 银行运营监控套件</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="286"/>
        <source>Bank Operator Suite</source>
        <translation>银行运营监控套件</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="287"/>
        <source>Control room · Vault · Operations center</source>
        <translation>监控中心 · 金库 · 集中作业中心</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="288"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="289"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="290"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="291"/>
        <source>Repeat new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="292"/>
        <source>DEMO DATA — invented people and business, not the bank&apos;s records</source>
        <translation>演示数据 — 人员与业务均为虚构，并非本行真实记录</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="293"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="294"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="295"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="298"/>
        <source>Demo bank — user names: %1. Password for all: %2</source>
        <translation>演示银行 — 用户名：%1。统一密码：%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="381"/>
        <source>Bank Operator Suite — %1 (%2)</source>
        <translation>银行运营监控套件 — %1（%2）</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="385"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="386"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="387"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="388"/>
        <source>Lock screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="389"/>
        <source>Change password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="390"/>
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="391"/>
        <location filename="../../widgets/main_window.py" line="550"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="392"/>
        <source>Reset layout</source>
        <translation>重置布局</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="393"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="394"/>
        <source>Dark (control room)</source>
        <translation>深色（监控室）</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="395"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="396"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="397"/>
        <location filename="../../widgets/main_window.py" line="506"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="551"/>
        <source>Quit with work open?</source>
        <translation>还有未完成的工作，确定退出？</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="557"/>
        <source>Quit anyway</source>
        <translation>仍然退出</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="558"/>
        <source>Keep working</source>
        <translation>继续工作</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="356"/>
        <source>Devices: none configured</source>
        <translation>设备：未配置</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="358"/>
        <source>Readers: %1/%2 online</source>
        <translation>读卡器：%1/%2 在线</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="377"/>
        <source>DEMO DATA — invented people and business, not the bank&apos;s records</source>
        <translation>演示数据 — 人员与业务均为虚构，并非本行真实记录</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="477"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="488"/>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="498"/>
        <source>Changing the password…</source>
        <translation>正在修改密码…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="507"/>
        <source>Bank Operator Suite %1
Database: %2</source>
        <translation>银行运营监控套件 %1
数据库：%2</translation>
    </message>
</context>
<context>
    <name>MapMarker</name>
    <message>
        <location filename="../../widgets/docks/tag_map/items.py" line="73"/>
        <source>Reader offline or silent: last seen %1</source>
        <translation>读卡器离线或无数据：最后一次读到 %1</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="438"/>
        <location filename="../../widgets/docks/tag_map/panel.py" line="750"/>
        <source>Playback</source>
        <translation>历史回放</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="440"/>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="442"/>
        <source>%1 · %2 on the map, %3 shown</source>
        <translation>%1 · 地图上 %2 个，显示 %3 个</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="481"/>
        <source>Select a marker to see who or what it is, since when it is there, and its trail.</source>
        <translation>选择一个标记，查看其身份、进入时间和行动轨迹。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="495"/>
        <source>In %1 since %2</source>
        <translation>自 %2 起位于 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="520"/>
        <source>Bound people</source>
        <translation>绑定人员</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="516"/>
        <location filename="../../widgets/docks/tag_map/panel.py" line="524"/>
        <source>not seen</source>
        <translation>未发现</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="265"/>
        <source>Could not load the map: %1</source>
        <translation>无法加载地图：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="425"/>
        <source>Not live: no readers run here; positions as last stored</source>
        <translation>非实时：本机未运行读卡器，显示最后存储的位置</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="427"/>
        <source>Not live: no reader is connected; positions as last seen</source>
        <translation>非实时：所有读卡器均未连接，显示最后读到的位置</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="440"/>
        <source>Not live</source>
        <translation>非实时</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="513"/>
        <source>Bound assets</source>
        <translation>绑定资产</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="535"/>
        <source>People seen with it</source>
        <translation>同区域人员</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="588"/>
        <source>Loading history…</source>
        <translation>正在加载历史…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="598"/>
        <source>Could not load history: %1</source>
        <translation>无法加载历史：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="659"/>
        <source>Last known position</source>
        <translation>最后已知位置</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="660"/>
        <source>Reader online</source>
        <translation>读卡器在线</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="661"/>
        <source>Reader offline</source>
        <translation>读卡器离线</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="685"/>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="686"/>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="687"/>
        <source>Cash box</source>
        <translation>款箱</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="688"/>
        <source>VIP customer</source>
        <translation>VIP客户</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="689"/>
        <source>Archive folder</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="690"/>
        <source>Unknown tag</source>
        <translation>未登记标签</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="695"/>
        <source>ID number</source>
        <translation>证件编号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="696"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="697"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="698"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="699"/>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="700"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="701"/>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="702"/>
        <source>Home zone</source>
        <translation>所属区域</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="703"/>
        <source>Assigned to</source>
        <translation>配发给</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="704"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="705"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="706"/>
        <source>Relationship manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="707"/>
        <source>Customer no.</source>
        <translation>客户号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="708"/>
        <source>Shelf</source>
        <translation>架位</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="724"/>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="732"/>
        <source>All zones</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="741"/>
        <source>Last 15 min</source>
        <translation>最近 15 分钟</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="742"/>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="743"/>
        <source>Last 8 hours</source>
        <translation>最近 8 小时</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="748"/>
        <source>Search name or tag…</source>
        <translation>搜索姓名或标签…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="749"/>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/tag_map/panel.py" line="751"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
</context>
<context>
    <name>OnlinePill</name>
    <message>
        <location filename="../../widgets/authz/pills.py" line="64"/>
        <source>● Live</source>
        <translation>● 实时</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/pills.py" line="66"/>
        <source>the database is checked every few seconds</source>
        <translation>每隔几秒检查一次数据库</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/pills.py" line="67"/>
        <source>changes are announced by the database at once</source>
        <translation>数据库即时推送变更</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/pills.py" line="69"/>
        <source>Live updates: %1</source>
        <translation>实时更新：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/pills.py" line="71"/>
        <source>● Connecting…</source>
        <translation>● 连接中…</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/pills.py" line="71"/>
        <source>Connecting to the database…</source>
        <translation>正在连接数据库…</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/pills.py" line="73"/>
        <source>● Offline</source>
        <translation>● 离线</translation>
    </message>
    <message>
        <location filename="../../widgets/authz/pills.py" line="74"/>
        <source>No live updates: %1. Retrying…</source>
        <translation>无法实时更新：%1。正在重试…</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="126"/>
        <source>Branch</source>
        <translation>支行</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="126"/>
        <source>Operations center</source>
        <translation>集中作业中心</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="104"/>
        <location filename="../../widgets/docks/overview/panel.py" line="143"/>
        <source>Sites and registers</source>
        <translation>站点与登记</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="144"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="146"/>
        <source>Staff with tags</source>
        <translation>持标签人员</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="147"/>
        <source>Tagged assets</source>
        <translation>标签资产</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="148"/>
        <source>Cash boxes</source>
        <translation>款箱</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="149"/>
        <source>VIP customers</source>
        <translation>VIP 客户</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="150"/>
        <source>Archive folders</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="151"/>
        <source>RFID readers</source>
        <translation>RFID 读卡器</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="157"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="158"/>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="159"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="160"/>
        <source>Zones</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="161"/>
        <source>Restricted</source>
        <translation>限制区域</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/overview/panel.py" line="162"/>
        <source>Readers</source>
        <translation>读卡器</translation>
    </message>
</context>
<context>
    <name>PagePane</name>
    <message>
        <location filename="../../widgets/docks/capture/page_pane.py" line="68"/>
        <location filename="../../widgets/docks/capture/page_pane.py" line="125"/>
        <source>No page selected</source>
        <translation>未选择影像</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/page_pane.py" line="75"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/page_pane.py" line="100"/>
        <source>No image to show.</source>
        <translation>没有可显示的影像。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/page_pane.py" line="112"/>
        <source>Corrected (200 dpi)</source>
        <translation>校正图（200 dpi）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/page_pane.py" line="114"/>
        <source>Original (no corrected image)</source>
        <translation>原图（无校正图）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/page_pane.py" line="116"/>
        <source>Original</source>
        <translation>原图</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/capture/page_pane.py" line="121"/>
        <source>LIVE</source>
        <translation>实时</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../widgets/i18n.py" line="29"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../widgets/i18n.py" line="30"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="333"/>
        <source>Request no. %1 is no longer yours: the lease ran out or it was decided.</source>
        <translation>第 %1 号申请已不在您名下：处理超时或已被处理。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="386"/>
        <source>%1 waiting</source>
        <translation>待领取 %1 笔</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="388"/>
        <source>%1 over 5 min</source>
        <translation>超过 5 分钟 %1 笔</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="416"/>
        <source>Claiming the next request…</source>
        <translation>正在领取下一笔…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="422"/>
        <source>No request is waiting that you may decide.</source>
        <translation>队列中没有您可以授权的申请。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="434"/>
        <source>Claiming request no. %1…</source>
        <translation>正在领取第 %1 号申请…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="448"/>
        <source>Decide or release request no. %1 first.</source>
        <translation>请先处理或放回第 %1 号申请。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="456"/>
        <source>Request no. %1 is yours: check it and decide.</source>
        <translation>已领取第 %1 号申请，请审核后处理。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="478"/>
        <source>Request no. %1 released to the queue.</source>
        <translation>第 %1 号申请已放回队列。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="513"/>
        <source>Give the reason for the rejection in the comment.</source>
        <translation>请在授权意见中填写拒绝原因。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="515"/>
        <source>Tell the teller what to correct in the comment.</source>
        <translation>请在授权意见中说明柜员需要更正的内容。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="523"/>
        <source>Recording the decision on request no. %1…</source>
        <translation>正在记录第 %1 号申请的授权结果…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="546"/>
        <source>Request no. %1 approved.</source>
        <translation>第 %1 号申请已同意。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="547"/>
        <source>Request no. %1 rejected.</source>
        <translation>第 %1 号申请已拒绝。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="548"/>
        <source>Request no. %1 returned to the teller.</source>
        <translation>第 %1 号申请已退回柜员。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="550"/>
        <source>Request no. %1: level %2 approved; a second authorizer decides next.</source>
        <translation>第 %1 号申请：第 %2 级已同意，待另一名授权人复核。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="555"/>
        <source>Press F2 to take the next one.</source>
        <translation>按 F2 领取下一笔。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="598"/>
        <source>Claim next</source>
        <translation>领取下一笔</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="599"/>
        <source>Claim selected</source>
        <translation>领取所选</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="600"/>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="601"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="602"/>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="603"/>
        <source>Release</source>
        <translation>放回队列</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="604"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="605"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="606"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="607"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="608"/>
        <source>Rotate left</source>
        <translation>向左旋转</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="609"/>
        <source>Rotate right</source>
        <translation>向右旋转</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_queue/panel.py" line="622"/>
        <source>Request no. %1 is in your hands, not decided.</source>
        <translation>第 %1 号申请已领取，尚未处理。</translation>
    </message>
</context>
<context>
    <name>ReaderEditor</name>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="31"/>
        <source>Edit reader</source>
        <translation>编辑读卡器</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="33"/>
        <source>New reader</source>
        <translation>新增读卡器</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="72"/>
        <source>empty: unassigned (run by an embedded workstation)</source>
        <translation>留空：不归属工作站（由单机版工作站运行）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="75"/>
        <source>The station (workstation code) the reader is plugged into: only that workstation runs it.</source>
        <translation>读卡器所连接的工作站（工作站代码）：只有该工作站运行它。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="81"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="82"/>
        <source>Name (中文)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="83"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="84"/>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="85"/>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="86"/>
        <source>Position x</source>
        <translation>位置 x</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="87"/>
        <source>Position y</source>
        <translation>位置 y</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="88"/>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="89"/>
        <source>Other antennas (n=zone)</source>
        <translation>其他天线（编号=区域）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="90"/>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="127"/>
        <source>Unsupported channel: use serial:///dev/&lt;device&gt;?protocol=…, tcp://&lt;host&gt;:&lt;port&gt;?protocol=… or sim://reader/&lt;code&gt;?protocol=…</source>
        <translation>不支持的通道：请使用 serial:///dev/&lt;设备&gt;?protocol=…、tcp://&lt;主机&gt;:&lt;端口&gt;?protocol=… 或 sim://reader/&lt;编号&gt;?protocol=…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="133"/>
        <source>The channel must name the reader&apos;s protocol (protocol=ascii or protocol=binary)</source>
        <translation>通道须写明读卡器协议（protocol=ascii 或 protocol=binary）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="137"/>
        <source>The channel cannot be used: %1</source>
        <translation>该通道无法使用：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="150"/>
        <source>Write antennas as number=zone, separated by ;</source>
        <translation>天线请写成 编号=区域，用 ; 分隔</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/editor.py" line="155"/>
        <source>A station code is 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>工作站代码为 1 至 32 个字母、数字、“.”、“_”或“-”</translation>
    </message>
</context>
<context>
    <name>ReaderHealth</name>
    <message>
        <location filename="../../widgets/docks/reader_health/model.py" line="27"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/model.py" line="28"/>
        <source>Connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/model.py" line="29"/>
        <source>Silent (stale)</source>
        <translation>无数据（停滞）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/model.py" line="30"/>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/model.py" line="31"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/model.py" line="95"/>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/model.py" line="103"/>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
</context>
<context>
    <name>ReaderHealthPanel</name>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="122"/>
        <source>Could not read the readers: %1</source>
        <translation>无法读取读卡器：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="128"/>
        <source>%1 of %2 readers online</source>
        <translation>%2 台读卡器中 %1 台在线</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="133"/>
        <source>reads %1 · changes %2 · coalesced %3 · unknown %4 · p99 %5 ms</source>
        <translation>读取 %1 · 变更 %2 · 合并 %3 · 未知 %4 · p99 %5 毫秒</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="141"/>
        <source>%1 batches waiting for the server</source>
        <translation>%1 批待发送至服务器</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="145"/>
        <source>%1 batches refused by the server</source>
        <translation>服务器拒收 %1 批</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="148"/>
        <source>Kept in this station&apos;s spool folder, in refused.log, for an administrator to look at</source>
        <translation>保存在本站点缓存目录的 refused.log 中，供管理员查看</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="267"/>
        <source>Unplug (simulated)</source>
        <translation>拔出（模拟）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="268"/>
        <source>Replug</source>
        <translation>重新插入</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="269"/>
        <source>Silence</source>
        <translation>静默</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="270"/>
        <source>Edit reader…</source>
        <translation>编辑读卡器…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="271"/>
        <source>New reader…</source>
        <translation>新增读卡器…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="274"/>
        <source>Reader</source>
        <translation>读卡器</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="275"/>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="276"/>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="277"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="278"/>
        <source>Last frame</source>
        <translation>最后一帧</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="279"/>
        <source>Reads/s</source>
        <translation>读取/秒</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="280"/>
        <source>Frames OK</source>
        <translation>正常帧</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="281"/>
        <source>Bad frames</source>
        <translation>错误帧</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="282"/>
        <source>Reconnects</source>
        <translation>重连次数</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="283"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/reader_health/panel.py" line="288"/>
        <source>No device runtime: readers are not being read.</source>
        <translation>设备运行时未启动：未读取读卡器。</translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="62"/>
        <source>Tag ID (hex)</source>
        <translation>标签号（十六进制）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="78"/>
        <source>May enter</source>
        <translation>准入区域</translation>
    </message>
</context>
<context>
    <name>RegistersPanel</name>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="201"/>
        <location filename="../../widgets/docks/registers/panel.py" line="239"/>
        <source>Registers</source>
        <translation>登记管理</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="250"/>
        <source>Bind a tag</source>
        <translation>绑定标签</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="266"/>
        <location filename="../../widgets/docks/registers/panel.py" line="494"/>
        <source>Unbind tag</source>
        <translation>解绑标签</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="267"/>
        <source>Unbind tag %1? The tag can then be bound to something else.</source>
        <translation>解绑标签 %1？解绑后该标签可绑定到其他对象。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="296"/>
        <source>Zone permissions</source>
        <translation>区域权限</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="324"/>
        <location filename="../../widgets/docks/registers/panel.py" line="339"/>
        <location filename="../../widgets/docks/registers/panel.py" line="344"/>
        <location filename="../../widgets/docks/registers/panel.py" line="390"/>
        <location filename="../../widgets/docks/registers/panel.py" line="402"/>
        <location filename="../../widgets/docks/registers/panel.py" line="424"/>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="324"/>
        <location filename="../../widgets/docks/registers/panel.py" line="430"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="340"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="345"/>
        <source>Import %1 into the register “%2”?</source>
        <translation>将 %1 导入“%2”登记？</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="378"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="380"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="403"/>
        <source>Imported: %1 new, %2 updated, %3 tags bound.</source>
        <translation>已导入：新增 %1，更新 %2，绑定标签 %3。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="409"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="415"/>
        <source>The import stopped: %1 of %2 rows were imported, the rest were not. Check these rows:</source>
        <translation>导入已中止：%2 行中已导入 %1 行，其余未导入。请检查以下各行：</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="421"/>
        <source>Nothing was imported. Fix these rows and try again:</source>
        <translation>未导入任何数据。请修正以下行后重试：</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="430"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="455"/>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="456"/>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="457"/>
        <source>Cash boxes</source>
        <translation>款箱</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="458"/>
        <source>Archive folders</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="459"/>
        <source>VIP customers</source>
        <translation>VIP 客户</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="462"/>
        <source>ID number</source>
        <translation>证件编号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="463"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="464"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="465"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="466"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="467"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="468"/>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="469"/>
        <source>May enter</source>
        <translation>准入区域</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="470"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="471"/>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="472"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="473"/>
        <source>Responsible (ID number)</source>
        <translation>责任人（证件编号）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="474"/>
        <source>Home zone</source>
        <translation>所属区域</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="475"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="476"/>
        <source>Assigned to (ID number)</source>
        <translation>配发给（证件编号）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="477"/>
        <source>Customer no.</source>
        <translation>客户号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="478"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="479"/>
        <source>Shelf</source>
        <translation>架位</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="480"/>
        <source>Honorific</source>
        <translation>称谓</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="481"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="482"/>
        <source>Manager (ID number)</source>
        <translation>客户经理（证件编号）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="487"/>
        <source>Item name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="491"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="492"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="493"/>
        <source>Bind tag…</source>
        <translation>绑定标签…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="495"/>
        <source>Zone permissions…</source>
        <translation>区域权限…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="496"/>
        <source>Show in full</source>
        <translation>显示完整信息</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/registers/panel.py" line="499"/>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="259"/>
        <source>Above your input limit</source>
        <translation>超出您的录入限额</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="264"/>
        <source>Your input limit: %1</source>
        <translation>您的录入限额：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="267"/>
        <source>In words: %1</source>
        <translation>大写：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="295"/>
        <source>Enter the amount in yuan, with at most two decimals.</source>
        <translation>请输入金额（元），最多两位小数。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="298"/>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="300"/>
        <source>Please give a reason.</source>
        <translation>请填写申请事由。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="302"/>
        <source>Choose a business type.</source>
        <translation>请选择业务类型。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="389"/>
        <source>New authorization request</source>
        <translation>新建授权申请</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="392"/>
        <source>Correct returned request no. %1 and send it again</source>
        <translation>更正被退回的第 %1 号申请并重新提交</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="397"/>
        <source>&amp;Business</source>
        <translation>业务类型(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="398"/>
        <source>A&amp;mount</source>
        <translation>金额(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="399"/>
        <source>Needs</source>
        <translation>授权要求</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="400"/>
        <source>A&amp;ccount</source>
        <translation>账号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="401"/>
        <source>C&amp;ustomer</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="402"/>
        <source>Br&amp;anch</source>
        <translation>网点(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="403"/>
        <source>R&amp;eason</source>
        <translation>申请事由(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="404"/>
        <source>Authorization</source>
        <translation>授权方式</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="405"/>
        <source>Images</source>
        <translation>影像</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="416"/>
        <source>Account or card number</source>
        <translation>账号或卡号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="417"/>
        <source>Customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="418"/>
        <source>Branch code</source>
        <translation>网点号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="419"/>
        <source>Why this transaction needs authorization</source>
        <translation>说明该笔业务需要授权的原因</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="420"/>
        <source>&amp;Local (supervisor here)</source>
        <translation>本地授权(&amp;L)（主管现场）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/form.py" line="421"/>
        <source>Rem&amp;ote (authorization center)</source>
        <translation>远程授权(&amp;O)（授权中心）</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="199"/>
        <source>Request no. %1: %2</source>
        <translation>第 %1 号申请：%2</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="236"/>
        <source>Wait until the images are attached.</source>
        <translation>请等待影像添加完成。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="240"/>
        <source>Please complete the marked fields.</source>
        <translation>请完善标出的栏位。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="244"/>
        <source>Sending the request…</source>
        <translation>正在提交申请…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="271"/>
        <source>Request no. %1 recorded: the supervisor authorizes it here.</source>
        <translation>第 %1 号申请已登记，请主管现场授权。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="276"/>
        <source>Request no. %1 sent to the authorization center.</source>
        <translation>第 %1 号申请已发送至授权中心。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="311"/>
        <source>Correct the request, then send it again (Ctrl+Return).</source>
        <translation>请更正申请后重新提交（Ctrl+Enter）。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="330"/>
        <source>Request no. %1 waits for local authorization (%2).</source>
        <translation>第 %1 号申请等待本地授权（%2）。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="340"/>
        <source>Request no. %1: %2 by %3 (local).</source>
        <translation>第 %1 号申请：%3 本地授权，%2。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="353"/>
        <source>Cancel request no. %1 (%2, %3)? It cannot be sent again.</source>
        <translation>撤销第 %1 号申请（%2，%3）？撤销后不能再提交。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="358"/>
        <source>Cancel request</source>
        <translation>撤销申请</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="372"/>
        <source>Request no. %1 cancelled.</source>
        <translation>第 %1 号申请已撤销。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="378"/>
        <source>Cancelling request no. %1…</source>
        <translation>正在撤销第 %1 号申请…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="394"/>
        <source>Send again</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="394"/>
        <location filename="../../widgets/docks/authz_request/panel.py" line="414"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="415"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="416"/>
        <source>Correct and resend</source>
        <translation>更正并重新提交</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="417"/>
        <source>Local authorization…</source>
        <translation>本地授权…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="418"/>
        <source>Cancel request…</source>
        <translation>撤销申请…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="419"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/authz_request/panel.py" line="436"/>
        <source>An authorization request is filled in and not sent.</source>
        <translation>有一笔已填写但未发送的授权申请。</translation>
    </message>
</context>
<context>
    <name>RoleConflicts</name>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="77"/>
        <location filename="../../widgets/docks/users/conflicts.py" line="111"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="78"/>
        <location filename="../../widgets/docks/users/conflicts.py" line="112"/>
        <source>Not with role</source>
        <translation>不得兼任角色</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="79"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="92"/>
        <source>added, not saved</source>
        <translation>已新增，未保存</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="100"/>
        <source>Add a pair of incompatible roles</source>
        <translation>新增一对不相容岗位</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="120"/>
        <source>Choose two different roles.</source>
        <translation>请选择两个不同的角色。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="122"/>
        <source>The table has this pair already.</source>
        <translation>表中已有这对角色。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/conflicts.py" line="283"/>
        <source> with </source>
        <translation> 与 </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../widgets/application.py" line="76"/>
        <source>The database could not be opened or upgraded.</source>
        <translation>无法打开或升级数据库。</translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="80"/>
        <source>Database unavailable</source>
        <translation>数据库不可用</translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="83"/>
        <source>Check the address in --db, BANKSUITE_DB or settings.toml, and that the server is running.</source>
        <translation>请检查 --db、BANKSUITE_DB 或 settings.toml 中的地址，并确认数据库服务器正在运行。</translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="103"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="104"/>
        <source>An unexpected error occurred and was written to the log:</source>
        <translation>发生意外错误，已写入日志：</translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="214"/>
        <source>Shared database</source>
        <translation>共享数据库</translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="215"/>
        <source>A workstation does not connect to a shared database: only the suite server holds its credential. Start the server with `bank-suite serve` and this workstation with --server https://HOST:8443 --server-pin FINGERPRINT.</source>
        <translation>工作站不直接连接共享数据库：只有套件服务器持有其凭据。请用 `bank-suite serve` 启动服务器，并用 --server https://主机:8443 --server-pin 指纹 启动本工作站。</translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="234"/>
        <source>No users</source>
        <translation>没有用户</translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="235"/>
        <source>This database has no users yet. Create an administrator with:
python main.py create-user --username admin --name NAME --role admin</source>
        <translation>该数据库尚无用户。请用以下命令创建管理员：
python main.py create-user --username admin --name 姓名 --role admin</translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="268"/>
        <source>Invalid station</source>
        <translation>工作站代码无效</translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="269"/>
        <source>The station in settings.toml is no station code: use 1-32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>settings.toml 中的 station 不是有效的工作站代码：请使用 1 至 32 个字母、数字、“.”、“_”或“-”。</translation>
    </message>
    <message>
        <location filename="../../widgets/application.py" line="190"/>
        <source>Logged out</source>
        <translation>已注销</translation>
    </message>
    <message>
        <location filename="../../widgets/server_app.py" line="69"/>
        <source>Suite server</source>
        <translation>套件服务器</translation>
    </message>
    <message>
        <location filename="../../widgets/server_app.py" line="82"/>
        <source>Station devices</source>
        <translation>本站设备</translation>
    </message>
    <message>
        <location filename="../../widgets/server_app.py" line="83"/>
        <source>This station&apos;s devices were not started:</source>
        <translation>本站设备未能启动：</translation>
    </message>
</context>
<context>
    <name>TemplateDialogs</name>
    <message>
        <location filename="../../widgets/docks/template_editor/dialogs.py" line="38"/>
        <source>Sample from a captured page</source>
        <translation>从已采集影像选取样张</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/dialogs.py" line="46"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/dialogs.py" line="47"/>
        <source>Page</source>
        <translation>影像</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/dialogs.py" line="48"/>
        <source>Type</source>
        <translation>种类</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/dialogs.py" line="49"/>
        <source>Voucher number</source>
        <translation>凭证号码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/dialogs.py" line="50"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>TemplateEditorPanel</name>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="363"/>
        <source>✔ Valid: %1 regions</source>
        <translation>✔ 校验通过：%1 个区域</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="392"/>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="390"/>
        <source>Save template %1 as a new version? Pages captured from now on are cut with it.</source>
        <translation>将模板 %1 保存为新版本？此后采集的影像将按新版本切分。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="433"/>
        <source>Saved %1 version %2.</source>
        <translation>已保存 %1 第 %2 版。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="452"/>
        <source>Load a sample voucher</source>
        <translation>加载样张</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="454"/>
        <source>Images and PDF (%1);;All files (*)</source>
        <translation>影像和 PDF (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="461"/>
        <location filename="../../widgets/docks/template_editor/panel.py" line="481"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="506"/>
        <source>Sample %1: straightened with this template.</source>
        <translation>样张 %1：已按本模板校正。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="508"/>
        <source>Sample %1 could not be straightened (%2): shown as it is.</source>
        <translation>样张 %1 无法校正（%2）：按原样显示。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="521"/>
        <source>Load a sample first.</source>
        <translation>请先加载样张。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="519"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="527"/>
        <source>Test: %1 · %2 slices · %3 ms</source>
        <translation>测试：%1 · %2 个切片 · %3 毫秒</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="486"/>
        <location filename="../../widgets/docks/template_editor/panel.py" line="540"/>
        <source>The sample cannot be used: %1</source>
        <translation>样张不可用：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="405"/>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="550"/>
        <source>Drawing: drag a rectangle on the page for the new region.</source>
        <translation>绘制中：在凭证上拖出新区域的矩形。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="554"/>
        <source>Drag a region to move it, its handles to resize it; Delete removes it. Edit names, kinds, labels and millimetres in the table.</source>
        <translation>拖动区域可移动，拖动控制点可调整大小，按 Delete 删除。名称、类型、标签和毫米尺寸可在下表中编辑。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="561"/>
        <source>Templates</source>
        <translation>模板列表</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="562"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="563"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="563"/>
        <location filename="../../widgets/docks/template_editor/panel.py" line="566"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="563"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="567"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="568"/>
        <source>Label (中文)</source>
        <translation>标签（中文）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="569"/>
        <source>Label (English)</source>
        <translation>标签（英文）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="572"/>
        <source>w (mm)</source>
        <translation>宽 (mm)</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="573"/>
        <source>h (mm)</source>
        <translation>高 (mm)</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="577"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="578"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="579"/>
        <source>Load sample…</source>
        <translation>加载样张…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="580"/>
        <source>Captured page…</source>
        <translation>已采集影像…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="581"/>
        <source>Draw region</source>
        <translation>绘制区域</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="582"/>
        <source>Delete region</source>
        <translation>删除区域</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="583"/>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="584"/>
        <source>Validate</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="585"/>
        <source>Test on sample</source>
        <translation>样张测试</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="586"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/panel.py" line="591"/>
        <source>No sample: load a scanned voucher to draw the regions over it.</source>
        <translation>暂无样张：加载一张扫描凭证，在其上绘制区域。</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <location filename="../../widgets/docks/template_editor/form.py" line="163"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/form.py" line="164"/>
        <source>Name (中文)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/form.py" line="165"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/form.py" line="166"/>
        <source>Page size</source>
        <translation>幅面</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/form.py" line="167"/>
        <source>Anchor</source>
        <translation>定位方式</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/form.py" line="168"/>
        <source>Keying</source>
        <translation>录入方式</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/form.py" line="169"/>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/form.py" line="170"/>
        <source>QR position</source>
        <translation>二维码位置</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/form.py" line="171"/>
        <source>QR size</source>
        <translation>二维码尺寸</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/form.py" line="175"/>
        <source>printed on the voucher</source>
        <translation>凭证上印有二维码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/form.py" line="176"/>
        <source>Width</source>
        <translation>宽</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/form.py" line="177"/>
        <source>Height</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>TemplateTexts</name>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="14"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="15"/>
        <source>Amount in figures</source>
        <translation>小写金额</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="16"/>
        <source>Amount in words</source>
        <translation>大写金额</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="17"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="18"/>
        <source>Name</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="19"/>
        <source>Voucher number</source>
        <translation>凭证号码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="20"/>
        <source>Seal</source>
        <translation>印鉴</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="21"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="22"/>
        <location filename="../../widgets/docks/template_editor/texts.py" line="29"/>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="30"/>
        <source>Page outline</source>
        <translation>凭证边缘</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="35"/>
        <source>Whole-voucher keying</source>
        <translation>整票录入</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="36"/>
        <source>Slice keying</source>
        <translation>切片录入</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="42"/>
        <source>wrong format</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="43"/>
        <source>wrong size</source>
        <translation>尺寸错误</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="44"/>
        <source>not one of the choices</source>
        <translation>不是可选值之一</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="45"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="46"/>
        <source>used twice</source>
        <translation>名称重复</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="47"/>
        <source>lies outside the page</source>
        <translation>超出凭证范围</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="48"/>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="49"/>
        <source>not a valid definition</source>
        <translation>定义无效</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="52"/>
        <source>Code: 2 to 8 capital letters or digits (as in the QR code&apos;s type field)</source>
        <translation>代码：2 至 8 位大写字母或数字（与二维码中的种类字段一致）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="55"/>
        <source>Page size: width and height must be 20 to 420 mm</source>
        <translation>幅面：宽和高须在 20 至 420 毫米之间</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="58"/>
        <source>QR code box: must be square</source>
        <translation>二维码区域：必须为正方形</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="59"/>
        <source>QR code box: a template anchored on the QR code needs one</source>
        <translation>二维码区域：以二维码定位的模板必须设置</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="62"/>
        <source>Regions: draw at least one region</source>
        <translation>区域：至少绘制一个区域</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="65"/>
        <source>Regions: not a list</source>
        <translation>区域：格式错误</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="74"/>
        <source>name (letters, digits, _; unique)</source>
        <translation>名称（字母、数字、下划线，不可重复）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="75"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="76"/>
        <source>position and size</source>
        <translation>位置和尺寸</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="79"/>
        <source>Region %1, %2: %3</source>
        <translation>区域 %1 的%2：%3</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="85"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="86"/>
        <location filename="../../widgets/docks/template_editor/texts.py" line="87"/>
        <source>Page size</source>
        <translation>幅面</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="88"/>
        <source>Anchor</source>
        <translation>定位方式</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="89"/>
        <source>Keying</source>
        <translation>录入方式</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="90"/>
        <source>QR code box</source>
        <translation>二维码区域</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/template_editor/texts.py" line="91"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>UserDialogs</name>
    <message>
        <location filename="../../widgets/common/dialogs.py" line="40"/>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location filename="../../widgets/common/dialogs.py" line="63"/>
        <source>Please give a reason: it goes into the audit log.</source>
        <translation>请填写原因：它将记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="35"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="48"/>
        <source>Outsourced staff (restricted rights)</source>
        <translation>外包人员（受限权限）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="53"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="54"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="55"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../widgets/common/dialogs.py" line="88"/>
        <location filename="../../widgets/docks/users/dialogs.py" line="56"/>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="57"/>
        <location filename="../../widgets/docks/users/dialogs.py" line="77"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../widgets/common/dialogs.py" line="97"/>
        <location filename="../../widgets/docks/users/dialogs.py" line="65"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="67"/>
        <location filename="../../widgets/docks/users/dialogs.py" line="83"/>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="74"/>
        <source>Roles of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <location filename="../../widgets/common/dialogs.py" line="87"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../widgets/common/dialogs.py" line="91"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="92"/>
        <source>Issue a card to %1</source>
        <translation>为 %1 发卡</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="94"/>
        <source>New 6-digit PIN for card %1 of %2</source>
        <translation>为 %2 的卡片 %1 设置新的6位密码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="113"/>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="114"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="115"/>
        <source>Repeat PIN</source>
        <translation>确认 PIN 码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/dialogs.py" line="122"/>
        <source>The two PINs differ.</source>
        <translation>两次输入的 PIN 码不一致。</translation>
    </message>
</context>
<context>
    <name>UserProposals</name>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="24"/>
        <source>New user %1 (%2): %3</source>
        <translation>新建用户 %1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="31"/>
        <source>Roles of %1: %2 (now %3)</source>
        <translation>%1 的角色改为：%2（现为 %3）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="37"/>
        <source>Unlock user %1</source>
        <translation>解锁用户 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="40"/>
        <source>Unlock card %1 of %2</source>
        <translation>解锁 %2 的卡片 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="45"/>
        <source>Reset the password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="47"/>
        <source>Enable user %1</source>
        <translation>启用用户 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="50"/>
        <source>Issue card %1 to %2</source>
        <translation>为 %2 发放卡片 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="56"/>
        <source>New PIN for card %1 of %2</source>
        <translation>为 %2 的卡片 %1 设置新密码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="61"/>
        <source>Incompatible roles: %1</source>
        <translation>不相容岗位：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="84"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="85"/>
        <source>Proposed change</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="86"/>
        <source>Proposed by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="87"/>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/proposals.py" line="88"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="43"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="44"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="45"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="46"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="47"/>
        <source>Cards</source>
        <translation>卡</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="48"/>
        <source>Last log-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="54"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="56"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="58"/>
        <source>Active (%1 failed)</source>
        <translation>正常（失败 %1 次）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="61"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="71"/>
        <source>(outsourced)</source>
        <translation>（外包）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="81"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="82"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/model.py" line="83"/>
        <source>blacklisted</source>
        <translation>黑名单</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="186"/>
        <location filename="../../widgets/docks/users/panel.py" line="276"/>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="268"/>
        <location filename="../../widgets/docks/users/panel.py" line="492"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="268"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="286"/>
        <source>Proposal %1 recorded: it takes effect when a second administrator approves it.</source>
        <translation>申请 %1 已提交：经第二名管理员批准后生效。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="330"/>
        <source>Unlock user</source>
        <translation>解锁用户</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="331"/>
        <source>Unlock %1 (%2)? Confirm the person&apos;s identity first.</source>
        <translation>解锁 %1（%2）？请先核实本人身份。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="345"/>
        <source>Reset password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="366"/>
        <source>Disable user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="366"/>
        <source>Enable user</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="397"/>
        <source>Card</source>
        <translation>卡</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="404"/>
        <location filename="../../widgets/docks/users/panel.py" line="408"/>
        <location filename="../../widgets/docks/users/panel.py" line="494"/>
        <source>Unlock card</source>
        <translation>解锁卡</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="409"/>
        <source>Unlock card %1 of %2?</source>
        <translation>解锁 %2 的卡 %1？</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="420"/>
        <location filename="../../widgets/docks/users/panel.py" line="495"/>
        <source>Reset PIN</source>
        <translation>重置卡片密码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="434"/>
        <location filename="../../widgets/docks/users/panel.py" line="438"/>
        <location filename="../../widgets/docks/users/panel.py" line="496"/>
        <source>Blacklist card</source>
        <translation>挂失卡（黑名单）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="439"/>
        <source>Blacklist card %1 of %2? This is final: the card can never be used again.</source>
        <translation>将 %2 的卡 %1 列入黑名单？此操作不可撤销：该卡将永久作废。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="458"/>
        <source>Approve proposal</source>
        <translation>批准申请</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="458"/>
        <source>Reject proposal</source>
        <translation>驳回申请</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="460"/>
        <source>Approve proposal %1 of %2? %3</source>
        <translation>批准 %2 提交的申请 %1？%3</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="460"/>
        <source>Reject proposal %1 of %2? %3</source>
        <translation>驳回 %2 提交的申请 %1？%3</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="488"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="489"/>
        <source>Roles…</source>
        <translation>角色…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="490"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="491"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="493"/>
        <source>Issue card</source>
        <translation>发卡</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="497"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="498"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="502"/>
        <source>Filter by name, role, status…</source>
        <translation>按姓名、角色、状态筛选…</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="505"/>
        <source>Creating a privileged user, granting such a role, unlocking and new secrets of a privileged account are only proposed: a second administrator approves them here.</source>
        <translation>新建特权用户、授予特权角色、解锁以及重置特权账户的密码或PIN只能提交申请，由第二名管理员在此批准。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="520"/>
        <source>Proposals awaiting approval (%1)</source>
        <translation>待批准的申请（%1）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="522"/>
        <source>Proposals awaiting approval</source>
        <translation>待批准的申请</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/users/panel.py" line="524"/>
        <source>Incompatible roles</source>
        <translation>不相容岗位</translation>
    </message>
</context>
<context>
    <name>ZoneEditorPanel</name>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="121"/>
        <source>Could not read the floor plans: %1</source>
        <translation>无法读取平面图：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="214"/>
        <source>There are no floor plans yet.</source>
        <translation>尚无平面图。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="219"/>
        <source>Click at least 3 corners.</source>
        <translation>请至少点击 3 个角点。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="220"/>
        <source>The outline crosses itself.</source>
        <translation>轮廓自相交。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="221"/>
        <source>A corner lies outside the floor plan.</source>
        <translation>有角点在平面图之外。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="222"/>
        <source>The outline has no area.</source>
        <translation>轮廓面积为零。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="225"/>
        <source>Drawing: click the corners in order, then Save.</source>
        <translation>绘制：依次点击各角点，然后保存。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="228"/>
        <source>Drag corners; double-click an edge to add one; select one and press Delete to remove it.</source>
        <translation>拖动角点；双击边可添加角点；选中角点后按 Delete 删除。</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="239"/>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="266"/>
        <source>Save zone</source>
        <translation>保存区域</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="239"/>
        <source>Save zone %1?</source>
        <translation>保存区域 %1？</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="291"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="292"/>
        <source>Name (中文)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="293"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="294"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="295"/>
        <source>Restricted</source>
        <translation>限制区域</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="303"/>
        <source>New zone</source>
        <translation>新建区域</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="304"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="305"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
</context>
<context>
    <name>ZoneKinds</name>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="332"/>
        <source>Gate</source>
        <translation>出入口</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="333"/>
        <source>Business hall</source>
        <translation>营业厅</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="334"/>
        <source>Vault</source>
        <translation>金库</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="335"/>
        <source>Secrecy room</source>
        <translation>保密室</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="336"/>
        <source>Archive room</source>
        <translation>档案室</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="337"/>
        <source>Handover room</source>
        <translation>交接区</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="338"/>
        <source>VIP room</source>
        <translation>贵宾室</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="339"/>
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="340"/>
        <source>IT room</source>
        <translation>机房</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="341"/>
        <source>Office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="342"/>
        <source>Keying room</source>
        <translation>录入区</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="343"/>
        <source>Scanning room</source>
        <translation>扫描区</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="344"/>
        <source>Authorization center</source>
        <translation>授权中心</translation>
    </message>
    <message>
        <location filename="../../widgets/docks/zone_editor/panel.py" line="345"/>
        <source>Corridor</source>
        <translation>走廊</translation>
    </message>
</context>
</TS>
