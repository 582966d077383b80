<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../dealer_app/ui/app.py" line="97"/>
        <source>Open ledger</source>
        <translation>打开账本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/app.py" line="99"/>
        <source>Dealer Desk ledgers (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>经销商台账账本 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/app.py" line="141"/>
        <source>New ledger</source>
        <translation>新建账本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/app.py" line="143"/>
        <source>Dealer Desk ledgers (*.sqlite3)</source>
        <translation>经销商台账账本 (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="94"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="106"/>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="111"/>
        <source>An action, or a group of actions such as subsidy.* (every subsidy action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="113"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="129"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="133"/>
        <location filename="../../dealer_app/ui/screens/audit.py" line="451"/>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="138"/>
        <source>Recompute every entry&apos;s hash and check that each follows the one before it: an entry changed, deleted or inserted outside Dealer Desk is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="143"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="146"/>
        <source>The whole log with its hashes, as CSV or Excel, for auditors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="152"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="154"/>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="156"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="158"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="223"/>
        <location filename="../../dealer_app/ui/screens/audit.py" line="408"/>
        <source>Select an entry to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="231"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="232"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="233"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="234"/>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="242"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="247"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="247"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="247"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="259"/>
        <source>Recorded data (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="295"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="296"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="306"/>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="355"/>
        <source>{group}.* (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="363"/>
        <source>The audit log cannot be listed: an entry&apos;s data is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="365"/>
        <source>The ledger file was changed outside Dealer Desk. Press Verify chain to see which entries are affected, and restore the latest good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="373"/>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="373"/>
        <source>{n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="375"/>
        <source>the newest {n} entries; narrow the filters to see older ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="414"/>
        <source>Entry #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="440"/>
        <source>Entry #{id} — named by the last verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="446"/>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="463"/>
        <source>Chain intact: {n} entries checked, none altered, missing or out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="470"/>
        <source>…and {n} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="472"/>
        <source>The ledger file was changed outside Dealer Desk. Keep this file for investigation and restore the latest good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="477"/>
        <source>The audit chain is broken: {k} problems in {n} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="481"/>
        <source>The audit chain is broken: 1 problem in {n} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="492"/>
        <source>Could not verify the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="500"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="500"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="502"/>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="520"/>
        <source>Exported {n} entries to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="521"/>
        <source>The export itself is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="529"/>
        <source>Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="27"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="28"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="29"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="30"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="31"/>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="32"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="122"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="155"/>
        <source>No policy in this ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="160"/>
        <source>{policy} budget {budget}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="164"/>
        <source>{left} left · {pct}% committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="168"/>
        <source>{over} over budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="182"/>
        <source>Paid {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="185"/>
        <source>Approved, not paid {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="188"/>
        <source>Proposed {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="195"/>
        <source>Approving every proposal would exceed the budget by {over}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="203"/>
        <source>Approved and paid {committed} of {budget}; proposals waiting {proposed}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDateDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="129"/>
        <source>Approve closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="139"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="140"/>
        <source>&amp;Closing date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="141"/>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="142"/>
        <source>&amp;Approve and close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="84"/>
        <source>Why it is rejected (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="84"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="87"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="87"/>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateLedgerDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="52"/>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="57"/>
        <source>Welcome to Dealer Desk</source>
        <translation>欢迎使用经销商台账</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="52"/>
        <source>New ledger</source>
        <translation>新建账本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="61"/>
        <source>Dealer Desk keeps stores, subsidies and closures in one ledger file. There is no ledger here yet. Create one to start:</source>
        <translation>经销商台账把门店、补贴和闭店记录保存在一个账本文件中。这里还没有账本，请先创建一个：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="68"/>
        <source>New ledger file: {path}</source>
        <translation>新账本文件：{path}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="74"/>
        <source>Create an &amp;empty ledger</source>
        <translation>创建空账本(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="77"/>
        <source>Create the &amp;demo ledger (a realistic sample network to try things out)</source>
        <translation>创建演示账本(&amp;D)（一套逼真的示例门店网络，便于试用）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="86"/>
        <source>The demo network is not part of this version.</source>
        <translation>此版本不包含演示网络。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="97"/>
        <source>Administrator user:</source>
        <translation>管理员用户：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="98"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="99"/>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="103"/>
        <source>At least {n} characters. In the demo ledger every demo user (hq.finance, mgr.central, …) gets this password too.</source>
        <translation>至少 {n} 个字符。在演示账本中，所有演示用户（hq.finance、mgr.central 等）也使用此密码。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="120"/>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="122"/>
        <source>&amp;Open an existing ledger…</source>
        <translation>打开已有账本(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="134"/>
        <source>Open ledger</source>
        <translation>打开账本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="136"/>
        <source>Dealer Desk ledgers (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>经销商台账账本 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="150"/>
        <source>The password is too short: use at least {n} characters.</source>
        <translation>密码太短：请至少使用 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="156"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="169"/>
        <source>Demo ledger</source>
        <translation>演示账本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="170"/>
        <source>Building the demo network…</source>
        <translation>正在生成演示网络…</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="62"/>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="77"/>
        <source>Policy:</source>
        <translation>政策：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="80"/>
        <source>Stores open</source>
        <translation>营业门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="81"/>
        <source>Eligible stores</source>
        <translation>符合条件的门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="82"/>
        <source>Budget used</source>
        <translation>已用预算</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="83"/>
        <source>Closures approved</source>
        <translation>已批准闭店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="84"/>
        <source>One-time loss booked</source>
        <translation>已计一次性损失</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="96"/>
        <source>Subsidies approved or paid, by region</source>
        <translation>各大区已批准或已支付的补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="97"/>
        <source>Budget use</source>
        <translation>预算使用</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="98"/>
        <source>Stores opened per month</source>
        <translation>每月新开门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="99"/>
        <source>Closures approved per month</source>
        <translation>每月批准闭店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="144"/>
        <source>all regions</source>
        <translation>全部大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="147"/>
        <source>{scope} · as of {day}</source>
        <translation>{scope} · 截至 {day}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="152"/>
        <source>of {total} stores · {closing} closing · {planned} planned</source>
        <translation>共 {total} 家门店 · {closing} 家关闭中 · {planned} 家筹备中</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="160"/>
        <source>under {policy} · {amount} if all are paid</source>
        <translation>{policy} 政策 · 全部支付共 {amount}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="168"/>
        <source>of {budget} · {left} left · {proposed} proposed</source>
        <translation>预算 {budget} · 剩余 {left} · 待审 {proposed}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="176"/>
        <source>no policy in this ledger</source>
        <translation>此账本中没有政策</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="179"/>
        <source>{n} proposed, awaiting a decision</source>
        <translation>{n} 项已提议，等待审批</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="184"/>
        <source>{pct:.1f}% of the {ref} reference</source>
        <translation>占参考值 {ref} 的 {pct:.1f}%</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="193"/>
        <source>10k yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="193"/>
        <source>million yuan</source>
        <translation>百万元</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="206"/>
        <source>Paid {v}</source>
        <translation>已支付 {v}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="208"/>
        <source>Approved {v}</source>
        <translation>已批准 {v}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="213"/>
        <source>Left {v}</source>
        <translation>剩余 {v}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="44"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="47"/>
        <source>Pick a date</source>
        <translation>选择日期</translation>
    </message>
</context>
<context>
    <name>EligibilityScreen</name>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="63"/>
        <source>Eligibility</source>
        <translation>补贴资格</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="79"/>
        <source>All stores</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="80"/>
        <source>Eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="81"/>
        <source>Not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="82"/>
        <source>Eligible, not yet proposed</source>
        <translation>符合条件且尚未提议</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="84"/>
        <source>Search code, name or reason…</source>
        <translation>搜索编码、名称或原因…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="87"/>
        <source>Select all to propose</source>
        <translation>全选可提议门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="90"/>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="300"/>
        <source>&amp;Propose subsidies…</source>
        <translation>提议补贴(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="98"/>
        <source>Policy:</source>
        <translation>政策：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="134"/>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="134"/>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="139"/>
        <source>Stores</source>
        <translation>门店数</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="134"/>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="139"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="148"/>
        <source>Totals by tier</source>
        <translation>按档位合计</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="149"/>
        <source>Totals by region</source>
        <translation>按大区合计</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="218"/>
        <source>{eligible} eligible · {not_eligible} not eligible · {amount} in all</source>
        <translation>{eligible} 家符合条件 · {not_eligible} 家不符合 · 合计 {amount}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="224"/>
        <source>All eligible</source>
        <translation>全部符合条件</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="233"/>
        <source>All</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="296"/>
        <source>&amp;Propose {n} subsidies…</source>
        <translation>提议 {n} 项补贴(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="298"/>
        <source>&amp;Propose 1 subsidy…</source>
        <translation>提议 1 项补贴(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="328"/>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="342"/>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="351"/>
        <source>Propose subsidies</source>
        <translation>提议补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="329"/>
        <source>Propose {n} subsidies under {policy}, {amount} in all?</source>
        <translation>按 {policy} 政策提议 {n} 项补贴，合计 {amount}？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="343"/>
        <source>Proposing {n} subsidies…</source>
        <translation>正在提议 {n} 项补贴…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="355"/>
        <source>Subsidies proposed: {n}.</source>
        <translation>已提议补贴：{n} 项。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="357"/>
        <source>Refused: {n}:</source>
        <translation>被拒绝：{n} 项：</translation>
    </message>
</context>
<context>
    <name>EligibilityTableModel</name>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="27"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="28"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="29"/>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="30"/>
        <source>Eligible</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="31"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="32"/>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="33"/>
        <source>Subsidy</source>
        <translation>补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="34"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="141"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="143"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../dealer_app/ui/errors.py" line="18"/>
        <source>Wrong user name or password. Check both and try again.</source>
        <translation>用户名或密码错误。请检查后重试。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/errors.py" line="21"/>
        <source>The account {name} is locked. Ask an administrator to unlock it.</source>
        <translation>账户 {name} 已被锁定。请联系管理员解锁。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/errors.py" line="24"/>
        <source>Too many wrong passwords: the account {name} is locked until {time}. Try again then, or ask an administrator to unlock it.</source>
        <translation>密码错误次数过多：账户 {name} 已锁定至 {time}。请届时重试，或联系管理员解锁。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/errors.py" line="29"/>
        <source>The ledger is busy: another program is writing to it. Try again in a moment.</source>
        <translation>账本正忙：另一个程序正在写入。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/errors.py" line="32"/>
        <source>{path} is not a Dealer Desk ledger (it is not an SQLite database). Open a different file, or restore the latest backup.</source>
        <translation>{path} 不是经销商台账账本（不是 SQLite 数据库）。请打开其他文件，或恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/errors.py" line="37"/>
        <source>{path} is damaged and cannot be opened. Restore the latest backup.</source>
        <translation>{path} 已损坏，无法打开。请恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/errors.py" line="40"/>
        <source>{path} is damaged (the file is cut short). Restore the latest backup.</source>
        <translation>{path} 已损坏（文件不完整）。请恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/errors.py" line="43"/>
        <source>{path} is an SQLite database but not a Dealer Desk ledger. Open a different file.</source>
        <translation>{path} 是 SQLite 数据库，但不是经销商台账账本。请打开其他文件。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/errors.py" line="47"/>
        <source>{path} was written by a newer Dealer Desk. Update Dealer Desk to open it.</source>
        <translation>{path} 由更新版本的经销商台账写入。请升级后再打开。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/errors.py" line="51"/>
        <source>There is no ledger at {path}.</source>
        <translation>{path} 处没有账本。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/errors.py" line="52"/>
        <source>Sign in first: no ledger is open.</source>
        <translation>请先登录：尚未打开账本。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/errors.py" line="69"/>
        <source>1 problem in the file; nothing was imported:</source>
        <translation>文件中有 1 个问题；未导入任何数据：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/errors.py" line="71"/>
        <source>{n} problems in the file; nothing was imported:</source>
        <translation>文件中有 {n} 个问题；未导入任何数据：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/errors.py" line="87"/>
        <source>row {row}, column {column}</source>
        <translation>第 {row} 行，{column} 列</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/errors.py" line="91"/>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="81"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="84"/>
        <source>A CSV (UTF-8 or GBK) or Excel .xlsx file with a header row. English or Chinese column names are both fine.</source>
        <translation>带表头的 CSV（UTF-8 或 GBK）或 Excel .xlsx 文件。列名可用中文或英文。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="88"/>
        <source>Stores (one row per store)</source>
        <translation>门店（每行一家门店）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="91"/>
        <source>Monthly performance (one row per store and month)</source>
        <translation>月度经营数据（每家门店每月一行）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="100"/>
        <source>Path of a .csv or .xlsx file</source>
        <translation>.csv 或 .xlsx 文件的路径</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="102"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="108"/>
        <source>What does the file hold?</source>
        <translation>文件内容是什么？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="112"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="130"/>
        <source>Choose a spreadsheet</source>
        <translation>选择表格文件</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="132"/>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx *.xlsm *.txt *.tsv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="336"/>
        <source>Import a spreadsheet</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="344"/>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="345"/>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="350"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="361"/>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="381"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="362"/>
        <source>Checking {name}…</source>
        <translation>正在检查 {name}…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="382"/>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="388"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../dealer_app/ui/formatting.py" line="19"/>
        <source>Car integration store</source>
        <translation>汽车融合店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/formatting.py" line="20"/>
        <source>Delivery centre</source>
        <translation>交付中心</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/formatting.py" line="21"/>
        <source>Service centre</source>
        <translation>售后服务中心</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/formatting.py" line="22"/>
        <source>Store-in-store</source>
        <translation>店中店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/formatting.py" line="23"/>
        <source>Retail store</source>
        <translation>零售店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/formatting.py" line="27"/>
        <source>Planned</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/formatting.py" line="28"/>
        <source>Open</source>
        <translation>营业中</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/formatting.py" line="29"/>
        <source>Closing</source>
        <translation>关闭中</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/formatting.py" line="30"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/formatting.py" line="34"/>
        <source>Proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/formatting.py" line="35"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/formatting.py" line="36"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/formatting.py" line="37"/>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/formatting.py" line="38"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/formatting.py" line="42"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/formatting.py" line="43"/>
        <source>HQ finance</source>
        <translation>总部财务</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/formatting.py" line="44"/>
        <source>Regional manager</source>
        <translation>大区经理</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/formatting.py" line="48"/>
        <source>Established by 2024</source>
        <translation>2024年底前开业</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/formatting.py" line="49"/>
        <source>New in 2025</source>
        <translation>2025年新开</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="104"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="105"/>
        <source>&amp;New ledger…</source>
        <translation>新建账本(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="109"/>
        <source>&amp;Open ledger…</source>
        <translation>打开账本(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="113"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="117"/>
        <source>&amp;Back up ledger…</source>
        <translation>备份账本(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="121"/>
        <source>Sign in as another &amp;user…</source>
        <translation>以其他用户登录(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="123"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="136"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="150"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="154"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="159"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="170"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="171"/>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="175"/>
        <source>&amp;About Dealer Desk</source>
        <translation>关于经销商台账(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="194"/>
        <source>All regions</source>
        <translation>全部大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="198"/>
        <source>The open ledger file</source>
        <translation>当前打开的账本文件</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="242"/>
        <source>Dealer Desk</source>
        <translation>经销商台账</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="271"/>
        <source>Open ledger</source>
        <translation>打开账本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="273"/>
        <source>Dealer Desk ledgers (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>经销商台账账本 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="282"/>
        <source>No other ledgers yet</source>
        <translation>还没有其他账本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="299"/>
        <source>Back up ledger</source>
        <translation>备份账本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="301"/>
        <source>Dealer Desk ledgers (*.sqlite3)</source>
        <translation>经销商台账账本 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="307"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="312"/>
        <source>Backed up the ledger to {path}</source>
        <translation>账本已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="321"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="322"/>
        <source>The new language takes effect the next time Dealer Desk starts.</source>
        <translation>新语言将在下次启动经销商台账时生效。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="331"/>
        <source>About Dealer Desk</source>
        <translation>关于经销商台账</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="333"/>
        <source>&lt;h3&gt;Dealer Desk {version}&lt;/h3&gt;&lt;p&gt;Stores, year-end subsidies, closures and payout letters for a car maker&apos;s dealer network.&lt;/p&gt;&lt;p&gt;Ledger: {path}&lt;br&gt;Log files: {logs}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;经销商台账 {version}&lt;/h3&gt;&lt;p&gt;汽车厂商经销网络的门店、年终补贴、闭店与补贴通知书管理。&lt;/p&gt;&lt;p&gt;账本：{path}&lt;br&gt;日志文件：{logs}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../dealer_app/ui/widgets/message_banner.py" line="66"/>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="105"/>
        <source>Mark paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="110"/>
        <source>e.g. CMB-20251216-000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="111"/>
        <source>Payment &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="112"/>
        <source>Mark &amp;paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="144"/>
        <source>Check the file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="153"/>
        <source>Show only rows with problems</source>
        <translation>只显示有问题的行</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="212"/>
        <source>Checking {name}…</source>
        <translation>正在检查 {name}…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="232"/>
        <source>1 row of {total} has a problem. Nothing will be imported until it is fixed: correct the file and check it again.</source>
        <translation>{total} 行中有 1 行有问题。修正之前不会导入任何数据：请修改文件后重新检查。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="237"/>
        <source>{n} rows of {total} have problems. Nothing will be imported until they are fixed: correct the file and check it again.</source>
        <translation>{total} 行中有 {n} 行有问题。修正之前不会导入任何数据：请修改文件后重新检查。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="264"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>导入已取消；没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="284"/>
        <source>The file is fine: {rows} rows. Importing it will add {added} stores, update {updated} and leave {unchanged} unchanged.</source>
        <translation>文件无误：共 {rows} 行。导入将新增 {added} 家门店，更新 {updated} 家，{unchanged} 家不变。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="289"/>
        <source>Imported {rows} rows: {added} stores added, {updated} updated, {unchanged} unchanged.</source>
        <translation>已导入 {rows} 行：新增 {added} 家门店，更新 {updated} 家，{unchanged} 家不变。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="296"/>
        <source>The file is fine: {rows} rows. Importing it will add {added} monthly rows and replace {updated}.</source>
        <translation>文件无误：共 {rows} 行。导入将新增 {added} 条月度数据，替换 {updated} 条。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="301"/>
        <source>Imported {rows} rows: {added} monthly rows added, {updated} replaced.</source>
        <translation>已导入 {rows} 行：新增 {added} 条月度数据，替换 {updated} 条。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="317"/>
        <source>new: {code}</source>
        <translation>新增：{code}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="320"/>
        <source>changed: {code} ({fields})</source>
        <translation>变更：{code}（{fields}）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="324"/>
        <source>… and {n} more</source>
        <translation>… 另有 {n} 项</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <location filename="../../dealer_app/ui/models/preview_table.py" line="100"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="82"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="52"/>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="52"/>
        <source>Eligibility</source>
        <translation>补贴资格</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/stores.py" line="40"/>
        <source>Stores</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="221"/>
        <source>Subsidies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/sign_in.py" line="41"/>
        <source>Sign in — Dealer Desk</source>
        <translation>登录 — 经销商台账</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/sign_in.py" line="45"/>
        <source>Sign in to Dealer Desk</source>
        <translation>登录经销商台账</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/sign_in.py" line="47"/>
        <source>Ledger: {path}</source>
        <translation>账本：{path}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/sign_in.py" line="63"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/sign_in.py" line="64"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/sign_in.py" line="68"/>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/sign_in.py" line="83"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="94"/>
        <source>Add store</source>
        <translation>新增门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="96"/>
        <source>Edit store {code}</source>
        <translation>编辑门店 {code}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="108"/>
        <source>18 characters, optional</source>
        <translation>18 位，可不填</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="126"/>
        <source>Store code</source>
        <translation>门店编码</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="127"/>
        <source>Store name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="128"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="129"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="130"/>
        <source>Opening date</source>
        <translation>开业日期</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="131"/>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="132"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="133"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="134"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="137"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="138"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="139"/>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="140"/>
        <source>Account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="144"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="145"/>
        <source>Dealer partner</source>
        <translation>经销商</translation>
    </message>
</context>
<context>
    <name>StoreTableModel</name>
    <message>
        <location filename="../../dealer_app/ui/models/store_table.py" line="39"/>
        <source>Code</source>
        <extracomment>fetch(ids, deliver): get display tuples for `ids` (from services.stores.store_rows_for) and call deliver(dict id -&gt; tuple) later, on the GUI thread. column -&gt; (header, tuple index, service sort key)</extracomment>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/store_table.py" line="40"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/store_table.py" line="41"/>
        <source>Partner</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/store_table.py" line="42"/>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/store_table.py" line="43"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/store_table.py" line="44"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/store_table.py" line="45"/>
        <source>Opened</source>
        <translation>开业日期</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/store_table.py" line="46"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>StoresScreen</name>
    <message>
        <location filename="../../dealer_app/ui/screens/stores.py" line="51"/>
        <source>Stores</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/stores.py" line="60"/>
        <source>Search code, name, partner or city…</source>
        <translation>搜索编码、名称、经销商或城市…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/stores.py" line="69"/>
        <source>All regions</source>
        <translation>全部大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/stores.py" line="75"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/stores.py" line="80"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/stores.py" line="86"/>
        <source>&amp;Add store…</source>
        <translation>新增门店(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/stores.py" line="90"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/stores.py" line="93"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/stores.py" line="204"/>
        <source>1 store</source>
        <translation>1 家门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/stores.py" line="204"/>
        <source>{n} stores</source>
        <translation>{n} 家门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/stores.py" line="208"/>
        <source>{shown} of {total} stores</source>
        <translation>{shown} / {total} 家门店</translation>
    </message>
</context>
<context>
    <name>SubsidiesScreen</name>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="56"/>
        <source>Proposed</source>
        <extracomment>(status value or None for all, tab text source)</extracomment>
        <translation type="unfinished">已提议</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="57"/>
        <source>Approved</source>
        <translation type="unfinished">已批准</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="58"/>
        <source>Paid</source>
        <translation type="unfinished">已支付</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="59"/>
        <source>Rejected</source>
        <translation type="unfinished">已驳回</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="60"/>
        <source>Cancelled</source>
        <translation type="unfinished">已取消</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="61"/>
        <source>All</source>
        <translation type="unfinished">合计</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="236"/>
        <source>Subsidies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="249"/>
        <source>Search id, store, name, user or reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="253"/>
        <source>&amp;Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="277"/>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="279"/>
        <source>Every recorded field of the subsidy (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="281"/>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="285"/>
        <source>Approve the selected proposals (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="287"/>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="290"/>
        <source>Reject the selected proposals (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="292"/>
        <source>Ca&amp;ncel subsidy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="295"/>
        <source>Withdraw proposed or approved, unpaid subsidies (frees their budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="298"/>
        <source>&amp;Mark paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="302"/>
        <source>Record the bank transfer of approved subsidies (HQ finance, Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="367"/>
        <source>{label} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="414"/>
        <source>{n} subsidies · {waiting} waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="444"/>
        <source>{n} selected · {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="450"/>
        <source>{n} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="463"/>
        <source>{verb} subsidy {id} ({store} {name}, {amount})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="466"/>
        <source>{verb} {n} subsidies, {amount} in all?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="475"/>
        <source>… and {n} more</source>
        <translation type="unfinished">… 另有 {n} 项</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="508"/>
        <source>Budget {budget}: {committed} approved or paid now, {after} after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="512"/>
        <source>That is over the budget: approvals beyond it will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="516"/>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="578"/>
        <source>Approve subsidies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="517"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="518"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="530"/>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="587"/>
        <source>Reject subsidies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="531"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="532"/>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="545"/>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="596"/>
        <source>Cancel subsidies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="546"/>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="547"/>
        <source>Cancel &amp;subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="547"/>
        <source>Cancel &amp;subsidies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="552"/>
        <source>A cancelled subsidy is final; its amount no longer counts against the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="567"/>
        <source>The same reference is recorded for each (one batch transfer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="569"/>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="605"/>
        <source>Mark paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="579"/>
        <source>Approving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="580"/>
        <source>Approved: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="588"/>
        <source>Rejecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="589"/>
        <source>Rejected: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="597"/>
        <source>Cancelling…</source>
        <translation type="unfinished">正在取消…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="598"/>
        <source>Cancelled: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="606"/>
        <source>Recording payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="607"/>
        <source>Marked paid: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubsidyDetailsDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="26"/>
        <source>Subsidy {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="42"/>
        <source>Subsidy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="43"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="45"/>
        <source>Policy:</source>
        <translation type="unfinished">政策：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="46"/>
        <source>{code}, version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="50"/>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="51"/>
        <source>Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="52"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="54"/>
        <source>Proposed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="55"/>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="60"/>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="68"/>
        <source>{when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="59"/>
        <source>Decided:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="64"/>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="67"/>
        <source>Paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="70"/>
        <source>Payment reference:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../dealer_app/ui/tasks.py" line="305"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/tasks.py" line="306"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/tasks.py" line="311"/>
        <location filename="../../dealer_app/ui/tasks.py" line="447"/>
        <location filename="../../dealer_app/ui/tasks.py" line="462"/>
        <source>Dealer Desk</source>
        <translation>经销商台账</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/tasks.py" line="320"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/tasks.py" line="359"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/tasks.py" line="464"/>
        <source>An internal error occurred and the action was not completed; nothing half-done was kept. The details are in the log file:
{path}</source>
        <translation>发生内部错误，操作未完成；未保留任何半完成的更改。详细信息见日志文件：
{path}</translation>
    </message>
</context>
<context>
    <name>UnusableLedgerBox</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/unusable.py" line="31"/>
        <source>The ledger cannot be opened</source>
        <translation>无法打开账本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/unusable.py" line="32"/>
        <source>Dealer Desk cannot open {name}.</source>
        <translation>经销商台账无法打开 {name}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/unusable.py" line="37"/>
        <source>The latest backup is {name}, from {when}. Restoring it keeps the damaged file aside in the backups folder.</source>
        <translation>最近的备份是 {name}（{when}）。恢复后，损坏的文件会保留在备份文件夹中。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/unusable.py" line="42"/>
        <source>Open another file…</source>
        <translation>打开其他文件…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/unusable.py" line="47"/>
        <source>Restore the latest backup</source>
        <translation>恢复最近的备份</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/unusable.py" line="49"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
</TS>
