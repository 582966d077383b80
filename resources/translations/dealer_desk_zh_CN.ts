<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../dealer_app/ui/app.py" line="163"/>
        <source>Open ledger</source>
        <translation>打开账本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/app.py" line="165"/>
        <source>Dealer Desk ledgers (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>经销商台账账本 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/app.py" line="211"/>
        <source>New ledger</source>
        <translation>新建账本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/app.py" line="213"/>
        <source>Dealer Desk ledgers (*.sqlite3)</source>
        <translation>经销商台账账本 (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="98"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="110"/>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="115"/>
        <source>An action, or a group of actions such as subsidy.* (every subsidy action)</source>
        <translation>某个操作，或一组操作，如 subsidy.*（全部补贴操作）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="117"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="133"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="137"/>
        <location filename="../../dealer_app/ui/screens/audit.py" line="491"/>
        <source>&amp;Verify chain</source>
        <translation>校验哈希链(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="142"/>
        <source>Recompute every entry&apos;s hash and check that each follows the one before it: an entry changed, deleted or inserted outside Dealer Desk is named.</source>
        <translation>重新计算每条记录的哈希值，并检查每条记录是否紧接前一条：在经销商台账之外被修改、删除或插入的记录都会被列出。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="147"/>
        <source>Verify against a &amp;backup…</source>
        <translation>对照备份校验(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="151"/>
        <source>Also check that the log continues the log of an earlier copy of this ledger (a backup or the day&apos;s automatic copy): entries deleted from the end of the log are found only this way.</source>
        <translation>同时检查本账本的日志是否接续其早先副本（备份或每日自动备份）的日志：只有这样才能发现从日志末尾删除的记录。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="157"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="160"/>
        <source>The whole log with its hashes, as CSV or Excel, for auditors</source>
        <translation>导出完整日志及其哈希值（CSV 或 Excel），供审计人员使用</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="166"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="168"/>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="170"/>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="172"/>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="236"/>
        <location filename="../../dealer_app/ui/screens/audit.py" line="421"/>
        <source>Select an entry to see its details.</source>
        <translation>选择一条记录以查看详情。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="244"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="245"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="246"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="247"/>
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="255"/>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="260"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="260"/>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="260"/>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="272"/>
        <source>Recorded data (JSON)</source>
        <translation>记录数据（JSON）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="308"/>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="309"/>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="319"/>
        <source>The end date is before the start date.</source>
        <translation>截止日期早于起始日期。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="368"/>
        <source>{group}.* (all)</source>
        <translation>{group}.*（全部）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="376"/>
        <source>The audit log cannot be listed: an entry&apos;s data is not readable.</source>
        <translation>无法列出审计日志：有一条记录的数据无法读取。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="378"/>
        <source>The ledger file was changed outside Dealer Desk. Press Verify chain to see which entries are affected, and restore the latest good backup.</source>
        <translation>账本文件在经销商台账之外被改动过。请点击“校验哈希链”查看受影响的记录，并恢复最近一次完好的备份。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="386"/>
        <source>1 entry</source>
        <translation>1 条记录</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="386"/>
        <source>{n} entries</source>
        <translation>{n} 条记录</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="388"/>
        <source>the newest {n} entries; narrow the filters to see older ones</source>
        <translation>最新的 {n} 条记录；缩小筛选范围可查看更早的记录</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="427"/>
        <source>Entry #{id}</source>
        <translation>记录 #{id}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="453"/>
        <source>Entry #{id} — named by the last verification</source>
        <translation>记录 #{id} — 上次校验时被列出</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="467"/>
        <source>Verify against a backup</source>
        <translation>对照备份校验</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="469"/>
        <source>Dealer Desk ledgers (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>经销商台账账本 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="486"/>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="503"/>
        <source>Chain intact: {n} entries checked, none altered, missing or out of order.</source>
        <translation>哈希链完整：已校验 {n} 条记录，无篡改、缺失或顺序错乱。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="507"/>
        <source>It continues the log of {file} ({m} entries, the last written {at}).</source>
        <translation>它接续了 {file} 的日志（{m} 条记录，最后一条写于 {at}）。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="518"/>
        <source>…and {n} more.</source>
        <translation>……另有 {n} 项。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="520"/>
        <source>The ledger file was changed outside Dealer Desk. Keep this file for investigation and restore the latest good backup.</source>
        <translation>账本文件在经销商台账之外被改动过。请保留此文件以备调查，并恢复最近一次完好的备份。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="525"/>
        <source>The audit chain is broken: {k} problems in {n} entries.</source>
        <translation>审计哈希链已断裂：{n} 条记录中发现 {k} 处问题。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="529"/>
        <source>The audit chain is broken: 1 problem in {n} entries.</source>
        <translation>审计哈希链已断裂：{n} 条记录中发现 1 处问题。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="540"/>
        <source>Could not verify the chain.</source>
        <translation>无法校验哈希链。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="548"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="548"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="550"/>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="568"/>
        <source>Exported {n} entries to {path}.</source>
        <translation>已将 {n} 条记录导出到 {path}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="569"/>
        <source>The export itself is recorded in the audit log.</source>
        <translation>本次导出本身也已记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="577"/>
        <source>Nothing was exported.</source>
        <translation>未导出任何内容。</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="27"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="28"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="29"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="30"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="31"/>
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="32"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="122"/>
        <source>new</source>
        <translation>新建</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/batch.py" line="98"/>
        <source>Refused: {n}.</source>
        <translation>被拒绝：{n} 项。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/batch.py" line="101"/>
        <source>… and {n} more (see Details).</source>
        <translation>… 另有 {n} 项（见详细信息）。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/batch.py" line="103"/>
        <source>Stopped: {n} were not tried.</source>
        <translation>已中止：{n} 项未执行。</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="159"/>
        <source>No policy in this ledger</source>
        <translation>此账本中没有政策</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="164"/>
        <source>{policy} budget {budget}</source>
        <translation>{policy} 预算 {budget}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="168"/>
        <source>{left} left · {pct}% committed</source>
        <translation>剩余 {left} · 已占用 {pct}%</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="172"/>
        <source>{over} over budget</source>
        <translation>超出预算 {over}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="186"/>
        <source>Paid {amount}</source>
        <translation>已支付 {amount}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="189"/>
        <source>Approved, not paid {amount}</source>
        <translation>已批准未支付 {amount}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="192"/>
        <source>Proposed {amount}</source>
        <translation>已提议 {amount}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="199"/>
        <source>Approving every proposal would exceed the budget by {over}</source>
        <translation>若批准全部提议，将超出预算 {over}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="207"/>
        <source>Approved and paid {committed} of {budget}; proposals waiting {proposed}.</source>
        <translation>预算 {budget} 中已批准及已支付 {committed}；待审批提议 {proposed}。</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="72"/>
        <source>{store} has an approved subsidy that is not paid yet. The closure can be proposed, but it cannot be approved until that subsidy is paid or cancelled.</source>
        <translation>{store} 有一笔已批准但尚未支付的补贴。可以提议闭店，但须在该补贴支付或取消后才能批准闭店。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="88"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="94"/>
        <source>Name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="100"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="106"/>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="112"/>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="119"/>
        <source>Avg vehicles</source>
        <translation>月均台数</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="126"/>
        <source>Avg revenue</source>
        <translation>月均营收</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="133"/>
        <source>Net profit</source>
        <translation>净利润</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="140"/>
        <source>Est. loss</source>
        <translation>预计损失</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="147"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="184"/>
        <source>Closure {id} is waiting for a decision.</source>
        <translation>闭店申请 {id} 正在等待审批。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="193"/>
        <source>{n} candidates</source>
        <translation>{n} 家候选门店</translation>
    </message>
</context>
<context>
    <name>CloseDateDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="139"/>
        <source>Approve closure</source>
        <translation>批准闭店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="149"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="150"/>
        <source>&amp;Closing date:</source>
        <translation>闭店日期(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="151"/>
        <source>&amp;Comment:</source>
        <translation>备注(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="152"/>
        <source>&amp;Approve and close</source>
        <translation>批准并闭店(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ClosureTableModel</name>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="50"/>
        <source>Proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="51"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="52"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="203"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="205"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="211"/>
        <source>Name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="217"/>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="223"/>
        <source>Est. loss</source>
        <translation>预计损失</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="230"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="236"/>
        <source>Proposed by</source>
        <translation>提议人</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="242"/>
        <source>Proposed at</source>
        <translation>提议时间</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="248"/>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="254"/>
        <source>Closing date</source>
        <translation>闭店日期</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="260"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ClosuresScreen</name>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="52"/>
        <source>Proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="53"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="54"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="55"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="82"/>
        <source>Closures</source>
        <translation>闭店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="92"/>
        <source>Search code, name, region or type…</source>
        <translation>搜索编码、名称、大区或类型…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="98"/>
        <source>All regions</source>
        <translation>全部大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="104"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="109"/>
        <source>&amp;Propose closure…</source>
        <translation>提议闭店(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="112"/>
        <source>Propose closing the selected stores (Enter)</source>
        <translation>提议关闭所选门店（Enter）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="152"/>
        <source>Search id, store, name or user…</source>
        <translation>搜索编号、门店、名称或用户…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="155"/>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="160"/>
        <source>Approve the selected closures: the stores close (Ctrl+Shift+A)</source>
        <translation>批准所选闭店申请：门店将关闭（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="163"/>
        <source>&amp;Reject…</source>
        <translation>驳回(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="167"/>
        <source>Reject the selected closures: the stores stay open (Ctrl+Shift+R)</source>
        <translation>驳回所选闭店申请：门店继续营业（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="237"/>
        <source>Candidates ({n})</source>
        <translation>候选门店（{n}）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="238"/>
        <source>Proposals ({n} waiting)</source>
        <translation>闭店申请（{n} 项待审批）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="246"/>
        <source>{label} ({n})</source>
        <translation>{label}（{n}）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="292"/>
        <source>Stores closed: {n} · one-time loss booked {loss} ({pct}% of the {ref} reference)</source>
        <translation>已闭店：{n} 家 · 已计一次性损失 {loss}（占参考值 {ref} 的 {pct}%）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="301"/>
        <source>Candidates: {c} · proposals waiting: {w} · stores closed: {n}</source>
        <translation>候选门店：{c} 家 · 待审批申请：{w} 项 · 已闭店：{n} 家</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="322"/>
        <source>Candidates shown: &lt;b&gt;{n}&lt;/b&gt; · estimated one-time loss &lt;b&gt;{loss}&lt;/b&gt; ({pct}% of the {ref} reference)</source>
        <translation>显示候选门店：&lt;b&gt;{n}&lt;/b&gt; 家 · 预计一次性损失 &lt;b&gt;{loss}&lt;/b&gt;（占参考值 {ref} 的 {pct}%）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="329"/>
        <source>⚠ with an approved, unpaid subsidy: {n}</source>
        <translation>⚠ 有已批准未支付补贴：{n} 家</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="377"/>
        <source>Approve closing {store} {name} (closure {id})?</source>
        <translation>批准关闭 {store} {name}（闭店申请 {id}）？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="378"/>
        <source>Approve closing {n} stores (estimated loss {loss})?</source>
        <translation>批准关闭 {n} 家门店（预计损失 {loss}）？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="381"/>
        <source>The store closes on the date below; its proposed subsidies are cancelled.</source>
        <translation>门店将于下方日期关闭；其已提议的补贴将被取消。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="384"/>
        <source>The stores close on the date below; their proposed subsidies are cancelled.</source>
        <translation>这些门店将于下方日期关闭；其已提议的补贴将被取消。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="399"/>
        <location filename="../../dealer_app/ui/screens/closures.py" line="451"/>
        <source>Reject closure</source>
        <translation>驳回闭店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="401"/>
        <source>Reject closing {store} {name} (closure {id})?</source>
        <translation>驳回关闭 {store} {name}（闭店申请 {id}）？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="402"/>
        <source>Reject closing {n} stores (estimated loss {loss})?</source>
        <translation>驳回关闭 {n} 家门店（预计损失 {loss}）？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="405"/>
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="406"/>
        <source>The store stays open.</source>
        <translation>门店将继续营业。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="408"/>
        <source>The stores stay open.</source>
        <translation>这些门店将继续营业。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="431"/>
        <source>Propose closure</source>
        <translation>提议闭店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="432"/>
        <source>Proposing closures…</source>
        <translation>正在提议闭店…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="433"/>
        <source>Closures proposed: {n}.</source>
        <translation>已提议闭店：{n} 项。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="441"/>
        <source>Approve closure</source>
        <translation>批准闭店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="442"/>
        <source>Closing stores…</source>
        <translation>正在关闭门店…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="443"/>
        <source>Closures approved: {n}; the stores are closed.</source>
        <translation>已批准闭店：{n} 项；门店已关闭。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="452"/>
        <source>Rejecting closures…</source>
        <translation>正在驳回闭店申请…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="453"/>
        <source>Closures rejected: {n}.</source>
        <translation>已驳回闭店申请：{n} 项。</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="92"/>
        <source>Why it is rejected (required)</source>
        <translation>驳回原因（必填）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="92"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="95"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="95"/>
        <source>&amp;Comment:</source>
        <translation>备注(&amp;C)：</translation>
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
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="66"/>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="81"/>
        <source>Policy:</source>
        <translation>政策：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="84"/>
        <source>Stores open</source>
        <translation>营业门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="85"/>
        <source>Eligible stores</source>
        <translation>符合条件的门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="86"/>
        <source>Budget used</source>
        <translation>已用预算</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="87"/>
        <source>Closures approved</source>
        <translation>已批准闭店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="88"/>
        <source>One-time loss booked</source>
        <translation>已计一次性损失</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="100"/>
        <source>Subsidies approved or paid, by region</source>
        <translation>各大区已批准或已支付的补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="101"/>
        <source>Budget use</source>
        <translation>预算使用</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="102"/>
        <source>Stores opened per month</source>
        <translation>每月新开门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="103"/>
        <source>Closures approved per month</source>
        <translation>每月批准闭店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="148"/>
        <source>all regions</source>
        <translation>全部大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="151"/>
        <source>{scope} · as of {day}</source>
        <translation>{scope} · 截至 {day}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="156"/>
        <source>of {total} stores · {closing} closing · {planned} planned</source>
        <translation>共 {total} 家门店 · {closing} 家关闭中 · {planned} 家筹备中</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="164"/>
        <source>under {policy} · {amount} if all are paid</source>
        <translation>{policy} 政策 · 全部支付共 {amount}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="172"/>
        <source>of {budget} · {left} left · {proposed} proposed</source>
        <translation>预算 {budget} · 剩余 {left} · 待审 {proposed}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="180"/>
        <source>no policy in this ledger</source>
        <translation>此账本中没有政策</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="183"/>
        <source>{n} proposed, awaiting a decision</source>
        <translation>{n} 项已提议，等待审批</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="188"/>
        <source>{pct:.1f}% of the {ref} reference</source>
        <translation>占参考值 {ref} 的 {pct:.1f}%</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="197"/>
        <source>10k yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="197"/>
        <source>million yuan</source>
        <translation>百万元</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="210"/>
        <source>Paid {v}</source>
        <translation>已支付 {v}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="212"/>
        <source>Approved {v}</source>
        <translation>已批准 {v}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="217"/>
        <source>Left {v}</source>
        <translation>剩余 {v}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="45"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="48"/>
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
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="297"/>
        <source>&amp;Propose subsidies…</source>
        <translation>提议补贴(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="97"/>
        <source>Policy:</source>
        <translation>政策：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="131"/>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="131"/>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="136"/>
        <source>Stores</source>
        <translation>门店数</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="131"/>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="136"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="145"/>
        <source>Totals by tier</source>
        <translation>按档位合计</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="146"/>
        <source>Totals by region</source>
        <translation>按大区合计</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="215"/>
        <source>{eligible} eligible · {not_eligible} not eligible · {amount} in all</source>
        <translation>{eligible} 家符合条件 · {not_eligible} 家不符合 · 合计 {amount}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="221"/>
        <source>All eligible</source>
        <translation>全部符合条件</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="230"/>
        <source>All</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="293"/>
        <source>&amp;Propose {n} subsidies…</source>
        <translation>提议 {n} 项补贴(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="295"/>
        <source>&amp;Propose 1 subsidy…</source>
        <translation>提议 1 项补贴(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="325"/>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="339"/>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="348"/>
        <source>Propose subsidies</source>
        <translation>提议补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="326"/>
        <source>Propose {n} subsidies under {policy}, {amount} in all?</source>
        <translation>按 {policy} 政策提议 {n} 项补贴，合计 {amount}？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="340"/>
        <source>Proposing {n} subsidies…</source>
        <translation>正在提议 {n} 项补贴…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="352"/>
        <source>Subsidies proposed: {n}.</source>
        <translation>已提议补贴：{n} 项。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="354"/>
        <source>Refused: {n}:</source>
        <translation>被拒绝：{n} 项：</translation>
    </message>
</context>
<context>
    <name>EligibilityTableModel</name>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="28"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="29"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="30"/>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="31"/>
        <source>Eligible</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="32"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="33"/>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="34"/>
        <source>Subsidy</source>
        <translation>补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="35"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="159"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="161"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="56"/>
        <source>Wrong user name or password. Check both and try again.</source>
        <translation>用户名或密码错误。请检查后重试。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="59"/>
        <source>The account {name} is locked. Ask an administrator to unlock it.</source>
        <translation>账户 {name} 已被锁定。请联系管理员解锁。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="64"/>
        <source>Too many wrong passwords: the account {name} is locked until {time}. Try again then, or ask an administrator to unlock it.</source>
        <translation>密码错误次数过多：账户 {name} 已锁定至 {time}。请届时重试，或联系管理员解锁。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="72"/>
        <source>The ledger is busy: another program is writing to it. Try again in a moment.</source>
        <translation>账本正忙：另一个程序正在写入。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="77"/>
        <source>{path} is not a Dealer Desk ledger (it is not an SQLite database). Open a different file, or restore the latest backup.</source>
        <translation>{path} 不是经销商台账账本（不是 SQLite 数据库）。请打开其他文件，或恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="84"/>
        <source>{path} is damaged and cannot be opened. Restore the latest backup.</source>
        <translation>{path} 已损坏，无法打开。请恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="89"/>
        <source>{path} is damaged (the file is cut short). Restore the latest backup.</source>
        <translation>{path} 已损坏（文件不完整）。请恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="94"/>
        <source>{path} is an SQLite database but not a Dealer Desk ledger. Open a different file.</source>
        <translation>{path} 是 SQLite 数据库，但不是经销商台账账本。请打开其他文件。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="100"/>
        <source>{path} was written by a newer Dealer Desk. Update Dealer Desk to open it.</source>
        <translation>{path} 由更新版本的经销商台账写入。请升级后再打开。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="105"/>
        <source>There is no ledger at {path}.</source>
        <translation>{path} 处没有账本。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="107"/>
        <source>{path} is an empty SQLite database, not a Dealer Desk ledger. Open a different file, or remove this one and create the ledger again.</source>
        <translation>{path} 是一个空的 SQLite 数据库，不是经销商台账账本。请打开其他文件，或删除此文件后重新创建账本。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="114"/>
        <source>{path} already exists; nothing was changed. Choose another file name.</source>
        <translation>{path} 已存在；未做任何更改。请换一个文件名。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="119"/>
        <source>Cannot read {path}. Check the path and your access rights.</source>
        <translation>无法读取 {path}。请检查路径和访问权限。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="122"/>
        <source>Upgrading {path} from schema {version} to schema {target} failed; the step was undone and the ledger stays at schema {version}. Keep using the previous Dealer Desk version and report this problem.</source>
        <translation>将 {path} 从第 {version} 版数据结构升级到第 {target} 版失败；该步骤已撤销，账本仍为第 {version} 版数据结构。请继续使用之前版本的经销商台账，并报告此问题。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="129"/>
        <source>Sign in first: no ledger is open.</source>
        <translation>请先登录：尚未打开账本。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="132"/>
        <source>The backup cannot overwrite the ledger itself; choose another file.</source>
        <translation>备份不能覆盖账本本身；请选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="137"/>
        <source>The backup could not be written. Choose a folder you can write to.</source>
        <translation>无法写入备份。请选择一个有写入权限的文件夹。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="141"/>
        <source>The chosen backup file does not exist.</source>
        <translation>所选的备份文件不存在。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="143"/>
        <source>{path} is damaged; choose another backup.</source>
        <translation>{path} 已损坏；请选择其他备份。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="144"/>
        <source>The backup is damaged; choose another backup.</source>
        <translation>该备份已损坏；请选择其他备份。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="147"/>
        <source>There is no file at {path}; choose a backup of this ledger.</source>
        <translation>找不到文件 {path}；请选择本账本的一个备份。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="150"/>
        <source>{file} is not a readable Dealer Desk ledger; choose a backup of this ledger.</source>
        <translation>{file} 不是可读取的经销商台账账本；请选择本账本的一个备份。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="156"/>
        <source>The audit log of {file} does not verify itself, so it cannot vouch for this one; choose another backup.</source>
        <translation>{file} 自身的审计日志校验不通过，不能用来证明本账本；请选择另一个备份。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="163"/>
        <source>{path} is not a Dealer Desk ledger backup; choose another backup.</source>
        <translation>{path} 不是经销商台账的账本备份；请选择其他备份。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="166"/>
        <source>The file is not a Dealer Desk ledger backup; choose another backup.</source>
        <translation>该文件不是经销商台账的账本备份；请选择其他备份。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="171"/>
        <source>The backup was written by a newer Dealer Desk; update Dealer Desk first.</source>
        <translation>该备份由更新版本的经销商台账写入；请先升级经销商台账。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="177"/>
        <source>The backup&apos;s audit log does not verify: it was altered. Choose another backup.</source>
        <translation>该备份的审计日志校验未通过：已被篡改。请选择其他备份。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="183"/>
        <source>That file is the ledger itself, not a backup of it; choose a backup file.</source>
        <translation>该文件就是账本本身，而不是它的备份；请选择备份文件。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="189"/>
        <source>Another program (another Dealer Desk window or a script) has the ledger open. Close it, then restore again; nothing was replaced.</source>
        <translation>另一个程序（另一个经销商台账窗口或脚本）正在使用该账本。请先关闭，再重新恢复；未替换任何内容。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="196"/>
        <source>The restored ledger could not be written; nothing was replaced. Free some disk space or check your access rights.</source>
        <translation>无法写入恢复后的账本；未替换任何内容。请释放磁盘空间或检查访问权限。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="204"/>
        <source>{user} is {role} and may not {action}. Ask a colleague with the right role.</source>
        <translation>{user} 的角色是{role}，无权{action}。请联系具有相应角色的同事。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="208"/>
        <source>{user} is {role} and may not do this. Ask a colleague with the right role.</source>
        <translation>{user} 的角色是{role}，无权执行此操作。请联系具有相应角色的同事。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="214"/>
        <source>{user} manages another region and may not act in {region}. Ask that region&apos;s manager or HQ finance.</source>
        <translation>{user} 负责其他大区，无权处理{region}大区的业务。请联系该大区经理或总部财务。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="221"/>
        <source>{user} proposed this and may not decide it too (four eyes). Ask a second person to approve or reject it.</source>
        <translation>{user} 是该事项的提议人，不能再由本人审批（双人复核）。请由另一位同事批准或驳回。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="228"/>
        <source>The store cannot be saved: {problems}</source>
        <translation>门店无法保存：{problems}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="230"/>
        <source>Store code {store} is already in the ledger; edit that store instead.</source>
        <translation>门店编码 {store} 已在账本中；请改为编辑该门店。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="234"/>
        <source>Store {store} is not in the ledger.</source>
        <translation>账本中没有门店 {store}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="236"/>
        <source>Store {store} is closed; a closed store cannot be reopened.</source>
        <translation>门店 {store} 已关闭；已关闭的门店不能重新营业。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="239"/>
        <source>Close a store through a closure proposal.</source>
        <translation>请通过闭店申请关闭门店。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="242"/>
        <source>There is no store with code {store}.</source>
        <translation>不存在编码为 {store} 的门店。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="243"/>
        <source>There is no store with id {id}.</source>
        <translation>不存在编号为 {id} 的门店。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="245"/>
        <source>This partner is not in the ledger.</source>
        <translation>账本中没有该经销商。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="247"/>
        <source>{value} is not an amount of money; write it in yuan, e.g. 1234.56.</source>
        <translation>“{value}”不是有效金额；请以元为单位填写，例如 1234.56。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="253"/>
        <source>Cannot read {file}: check that it is a .csv file or an .xlsx workbook without a password (save an old .xls workbook as .xlsx in Excel or WPS).</source>
        <translation>无法读取 {file}：请确认它是 .csv 文件或未加密的 .xlsx 工作簿（旧版 .xls 工作簿请在 Excel 或 WPS 中另存为 .xlsx）。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="260"/>
        <source>{file} is empty: it has no header row. Put the column names in the first row and one store or month per row below it.</source>
        <translation>{file} 是空文件：没有表头行。请在第一行填写列名，下面每行填写一家门店或一个月的数据。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="267"/>
        <source>The file has no column for {missing}. Put these headers in the first row (English or Chinese): {accepted}.</source>
        <translation>文件缺少以下列：{missing}。请在第一行填写这些列名（中英文均可）：{accepted}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="274"/>
        <source>The columns {headers} mean the same thing; keep only one of them.</source>
        <translation>列 {headers} 含义相同；请只保留其中一列。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="279"/>
        <source>The column {header} gives amounts in thousands or ten thousands of yuan; convert them to whole yuan and name the column without the unit.</source>
        <translation>列“{header}”的金额以千元或万元为单位；请换算为元，并去掉列名中的单位。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="287"/>
        <source>There is no policy with code {policy}.</source>
        <translation>不存在编码为 {policy} 的政策。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="288"/>
        <source>This policy version is not in the ledger.</source>
        <translation>账本中没有该政策版本。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="290"/>
        <source>The policy is not valid: {problems}</source>
        <translation>政策设置有误：{problems}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="292"/>
        <source>Policy {policy} version {version} has invalid parameters: {problems}</source>
        <translation>政策 {policy} 第 {version} 版的参数有误：{problems}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="297"/>
        <source>The budget cannot go below the amount already approved or paid under this policy.</source>
        <translation>预算不能低于该政策下已批准或已支付的金额。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="303"/>
        <source>{policy} does not apply yet; propose on or after its first day.</source>
        <translation>政策 {policy} 尚未生效；请在生效日当天或之后提议。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="308"/>
        <source>{policy} has ended; no new proposals are accepted.</source>
        <translation>政策 {policy} 已结束；不再接受新的提议。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="312"/>
        <source>There is no subsidy with id {id}.</source>
        <translation>不存在编号为 {id} 的补贴。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="313"/>
        <source>This subsidy is not in the ledger.</source>
        <translation>账本中没有该补贴。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="316"/>
        <source>Store {store} already has subsidy {existing} under {policy}; a store is paid at most once per policy.</source>
        <translation>门店 {store} 在政策 {policy} 下已有补贴 {existing}；同一政策下每家门店最多获得一次补贴。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="323"/>
        <source>Store {store} is not eligible for {policy}: {reason}</source>
        <translation>门店 {store} 不符合政策 {policy} 的条件：{reason}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="326"/>
        <source>Approving subsidy {subsidy} ({amount}) would exceed the budget of {budget}: {committed} is already approved or paid, {left} is left.</source>
        <translation>批准补贴 {subsidy}（{amount}）将超出预算 {budget}：已批准或已支付 {committed}，剩余 {left}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="333"/>
        <source>Subsidy {subsidy} is {status}; this cannot be done in that status.</source>
        <translation>补贴 {subsidy} 的状态为{status}，该状态下无法执行此操作。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="338"/>
        <source>A payment reference is required (the bank transfer&apos;s reference, up to 100 characters).</source>
        <translation>必须填写付款参考号（银行转账的参考号，最多 100 个字符）。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="345"/>
        <source>The comment is too long: at most 2,000 characters.</source>
        <translation>备注过长：最多 2,000 个字符。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="348"/>
        <source>There is no closure with id {id}.</source>
        <translation>不存在编号为 {id} 的闭店申请。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="350"/>
        <source>Store {store} is not open; only an open store can be proposed for closure.</source>
        <translation>门店 {store} 不在营业中；只有营业中的门店才能提议闭店。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="356"/>
        <source>Store {store} already has a closure proposal waiting for a decision.</source>
        <translation>门店 {store} 已有一项待审批的闭店申请。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="361"/>
        <source>Store {store} is not an inefficient, loss-making store under the current thresholds; give a comment explaining why it should close.</source>
        <translation>按当前阈值，门店 {store} 不属于低效亏损门店；请在备注中说明闭店理由。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="368"/>
        <source>The estimated one-time loss must be between 0 and 10,000,000,000 yuan.</source>
        <translation>预计一次性损失必须在 0 至 10,000,000,000 元之间。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="373"/>
        <source>Closure {closure} was already decided; only a proposed closure can be approved or rejected.</source>
        <translation>闭店申请 {closure} 已审批；只有待审批的闭店申请才能批准或驳回。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="380"/>
        <source>Store {store} has approved subsidy {subsidy} that is not paid yet. Pay or cancel it before closing the store.</source>
        <translation>门店 {store} 有已批准但尚未支付的补贴 {subsidy}。请先支付或取消该补贴，再关闭门店。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="388"/>
        <source>The ledger holds no letter numbered {number}.</source>
        <translation>账本中没有编号为 {number} 的通知书。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="391"/>
        <source>Subsidy {subsidy} is {status}; letters are issued only for approved or paid subsidies.</source>
        <translation>补贴 {subsidy} 的状态为{status}；只有已批准或已支付的补贴才能开具通知书。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="398"/>
        <source>The file is not a readable PDF. Choose the letter&apos;s PDF file.</source>
        <translation>该文件不是可读取的 PDF。请选择通知书的 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="403"/>
        <source>There are no approved or paid subsidies to print under this policy.</source>
        <translation>该政策下没有可打印的已批准或已支付补贴。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="408"/>
        <source>Unknown region; choose one of the ledger&apos;s regions.</source>
        <translation>未知大区；请从账本中的大区里选择。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="410"/>
        <source>The folder for the letters cannot be created.</source>
        <translation>无法创建存放通知书的文件夹。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="411"/>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="413"/>
        <source>Cannot write {path}. Choose another folder.</source>
        <translation>无法写入 {path}。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="416"/>
        <source>The printer could not be started. Check that it is connected and try again, or save the letters as PDF and print that file.</source>
        <translation>无法启动打印机。请检查打印机是否已连接后重试，或将通知书保存为 PDF 后打印该文件。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="424"/>
        <source>Export the audit log to a .csv or .xlsx file, not {file}.</source>
        <translation>请将审计日志导出为 .csv 或 .xlsx 文件，而不是 {file}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="427"/>
        <source>Cannot write {path}. Choose a folder you can write to.</source>
        <translation>无法写入 {path}。请选择一个有写入权限的文件夹。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="430"/>
        <source>There is no setting called {key}.</source>
        <translation>没有名为 {key} 的设置。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="432"/>
        <source>{setting} is too long: at most 4,000 characters.</source>
        <translation>{setting}过长：最多 4,000 个字符。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="435"/>
        <source>{setting} cannot be empty: letters print it.</source>
        <translation>{setting}不能为空：通知书上会打印它。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="438"/>
        <source>The vehicles threshold must be between 0 and 100,000.</source>
        <translation>台数阈值必须在 0 至 100,000 之间。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="441"/>
        <source>The months averaged must be between 1 and 36.</source>
        <translation>平均月数必须在 1 至 36 之间。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="444"/>
        <source>The minimum retail revenue cannot be negative.</source>
        <translation>零售店最低营收不能为负数。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="447"/>
        <source>A closure loss cannot be negative.</source>
        <translation>闭店损失不能为负数。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="449"/>
        <source>{setting} is out of range.</source>
        <translation>{setting}超出允许范围。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="451"/>
        <source>The closure cutoff must be a date like 2025-01-01.</source>
        <translation>闭店截止日期必须是类似 2025-01-01 的日期。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="454"/>
        <source>A setting has a value of the wrong kind; check the numbers and store types.</source>
        <translation>某项设置的取值类型不正确；请检查数字和门店类型。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="461"/>
        <source>The password is too short: use at least {min} characters.</source>
        <translation>密码太短：请至少使用 {min} 个字符。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="464"/>
        <source>{name} is not a valid user name: use 2 to 40 letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos; or &apos;@&apos;.</source>
        <translation>“{name}”不是有效的用户名：请使用 2 至 40 个字母、数字或“.”“-”“_”“@”。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="470"/>
        <source>A user named {name} already exists; pick another name.</source>
        <translation>用户 {name} 已存在；请换一个用户名。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="472"/>
        <source>There is no user named {name}.</source>
        <translation>没有名为 {name} 的用户。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="474"/>
        <source>Unknown role {role}; use administrator, HQ finance or regional manager.</source>
        <translation>未知角色“{role}”；请使用管理员、总部财务或大区经理。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="479"/>
        <source>A regional manager needs a region: choose one of the ledger&apos;s regions.</source>
        <translation>大区经理必须有所属大区：请从账本中的大区里选择一个。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="484"/>
        <source>Only regional managers have a region; leave it empty for this role.</source>
        <translation>只有大区经理才有所属大区；此角色请留空。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="489"/>
        <source>You cannot take the administrator role from yourself; ask another administrator.</source>
        <translation>您不能取消自己的管理员角色；请联系另一位管理员。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="494"/>
        <source>You cannot lock your own account.</source>
        <translation>您不能锁定自己的账户。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="501"/>
        <source>add or edit stores</source>
        <translation>新增或编辑门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="502"/>
        <source>add users</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="503"/>
        <source>approve closures</source>
        <translation>批准闭店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="504"/>
        <source>approve subsidies</source>
        <translation>批准补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="505"/>
        <source>cancel subsidies</source>
        <translation>取消补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="506"/>
        <source>change roles</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="507"/>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="508"/>
        <source>create or edit policies</source>
        <translation>新建或编辑政策</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="509"/>
        <source>export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="510"/>
        <source>import performance</source>
        <translation>导入经营数据</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="511"/>
        <source>import stores</source>
        <translation>导入门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="512"/>
        <source>issue payout letters</source>
        <translation>开具补贴通知书</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="513"/>
        <source>list users</source>
        <translation>查看用户列表</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="514"/>
        <source>lock or unlock accounts</source>
        <translation>锁定或解锁账户</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="515"/>
        <source>mark payouts paid</source>
        <translation>登记补贴支付</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="516"/>
        <source>print payout letters</source>
        <translation>打印补贴通知书</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="517"/>
        <source>propose closures</source>
        <translation>提议闭店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="518"/>
        <source>propose subsidies</source>
        <translation>提议补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="519"/>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="520"/>
        <source>reject closures</source>
        <translation>驳回闭店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="521"/>
        <source>reject subsidies</source>
        <translation>驳回补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="522"/>
        <source>reset other users&apos; passwords</source>
        <translation>重置其他用户的密码</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="523"/>
        <source>restore backups</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="524"/>
        <source>try out policy changes</source>
        <translation>试算政策修改</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="530"/>
        <source>The Chinese issuer name</source>
        <translation>中文出具单位名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="531"/>
        <source>The English issuer name</source>
        <translation>英文出具单位名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="532"/>
        <source>The issuer address</source>
        <translation>出具单位地址</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="533"/>
        <source>The Chinese letter text</source>
        <translation>中文通知书正文</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="534"/>
        <source>The English letter text</source>
        <translation>英文通知书正文</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="535"/>
        <source>The vehicles threshold</source>
        <translation>台数阈值</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="536"/>
        <source>The minimum retail revenue</source>
        <translation>零售店最低营收</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="537"/>
        <source>The months averaged</source>
        <translation>平均月数</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="538"/>
        <source>The closure cutoff</source>
        <translation>闭店截止日期</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="539"/>
        <source>The one-time loss per closure</source>
        <translation>每次闭店的一次性损失</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="685"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="686"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/errors.py" line="22"/>
        <source>1 problem in the file; nothing was imported:</source>
        <translation>文件中有 1 个问题；未导入任何数据：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/errors.py" line="24"/>
        <source>{n} problems in the file; nothing was imported:</source>
        <translation>文件中有 {n} 个问题；未导入任何数据：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/errors.py" line="34"/>
        <source>row {row}, column {column}</source>
        <translation>第 {row} 行，{column} 列</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/errors.py" line="38"/>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="82"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="85"/>
        <source>A CSV (UTF-8 or GBK) or Excel .xlsx file with a header row. English or Chinese column names are both fine.</source>
        <translation>带表头的 CSV（UTF-8 或 GBK）或 Excel .xlsx 文件。列名可用中文或英文。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="89"/>
        <source>Stores (one row per store)</source>
        <translation>门店（每行一家门店）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="92"/>
        <source>Monthly performance (one row per store and month)</source>
        <translation>月度经营数据（每家门店每月一行）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="101"/>
        <source>Path of a .csv or .xlsx file</source>
        <translation>.csv 或 .xlsx 文件的路径</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="103"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="109"/>
        <source>What does the file hold?</source>
        <translation>文件内容是什么？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="113"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="131"/>
        <source>Choose a spreadsheet</source>
        <translation>选择表格文件</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="133"/>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx *.xlsm *.txt *.tsv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="337"/>
        <source>Import a spreadsheet</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="345"/>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="346"/>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="351"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="362"/>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="382"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="363"/>
        <source>Checking {name}…</source>
        <translation>正在检查 {name}…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="383"/>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="389"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="23"/>
        <source>{value} is not a date; write the date as YYYY-MM-DD, e.g. 2024-12-31</source>
        <translation>{value} 不是日期；请按 YYYY-MM-DD 填写，例如 2024-12-31</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="28"/>
        <source>{value} is not a date; write the date as YYYY-MM-DD, e.g. 2024-12-31 or 2024年12月31日</source>
        <translation>{value} 不是日期；请按 YYYY-MM-DD 填写，例如 2024-12-31 或 2024年12月31日</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="34"/>
        <source>the date is empty; write the date as YYYY-MM-DD, e.g. 2024-12-31</source>
        <translation>日期为空；请按 YYYY-MM-DD 填写，例如 2024-12-31</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="39"/>
        <source>{value} does not start with the year, so day and month could be read either way; write the date as YYYY-MM-DD, e.g. 2024-12-31</source>
        <translation>{value} 不以年份开头，日和月可能被读反；请按 YYYY-MM-DD 填写，例如 2024-12-31</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="46"/>
        <source>{value} is not an Excel date serial number (1 to {max}); write the date as YYYY-MM-DD, e.g. 2024-12-31</source>
        <translation>{value} 不是 Excel 日期序号（应在 1 到 {max} 之间）；请按 YYYY-MM-DD 填写，例如 2024-12-31</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="53"/>
        <source>Excel serial number 60 stands for 1900-02-29, which is not a real date</source>
        <translation>Excel 日期序号 60 表示 1900-02-29，这一天并不存在</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="57"/>
        <source>{value} is not a real date</source>
        <translation>{value} 不是真实存在的日期</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="59"/>
        <source>{value} is not a real month; write the month as YYYY-MM, e.g. 2025-03</source>
        <translation>{value} 不是真实存在的月份；请按 YYYY-MM 填写，例如 2025-03</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="64"/>
        <source>the month is empty; write the month as YYYY-MM, e.g. 2025-03</source>
        <translation>月份为空；请按 YYYY-MM 填写，例如 2025-03</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="67"/>
        <source>{value} is a year, not a month; write the month as YYYY-MM, e.g. 2025-03</source>
        <translation>{value} 是年份，不是月份；请按 YYYY-MM 填写，例如 2025-03</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="72"/>
        <source>{value} is not a month; write the month as YYYY-MM, e.g. 2025-03</source>
        <translation>{value} 不是月份；请按 YYYY-MM 填写，例如 2025-03</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="77"/>
        <source>{value} is a number, not a month; write the month as YYYY-MM, e.g. 2025-03 (as text)</source>
        <translation>{value} 是数字，不是月份；请以文本形式按 YYYY-MM 填写，例如 2025-03</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="82"/>
        <source>{value} is too large</source>
        <translation>{value} 数值过大</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="84"/>
        <source>{value} is in scientific notation, which loses digits; format the column as a plain number and export again</source>
        <translation>{value} 是科学计数法，会丢失数位；请把该列设为普通数字格式后重新导出</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="91"/>
        <source>{value} has misplaced thousands separators; group the digits by three, e.g. 1,234,567</source>
        <translation>{value} 的千位分隔符位置不对；请每三位一组，例如 1,234,567</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="97"/>
        <source>the cell is empty; write whole yuan, e.g. 1234567 or 1,234,567</source>
        <translation>单元格为空；请填写整数元，例如 1234567 或 1,234,567</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="102"/>
        <source>{value} is not a number; write whole yuan, e.g. 1234567 or 1,234,567</source>
        <translation>{value} 不是数字；请填写整数元，例如 1234567 或 1,234,567</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="107"/>
        <source>{value} has a fraction of a yuan; use whole yuan</source>
        <translation>{value} 含有不足一元的部分；请填写整数元</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="110"/>
        <source>the cell is empty; write a whole number, e.g. 12</source>
        <translation>单元格为空；请填写整数，例如 12</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="113"/>
        <source>{value} is not a number; write a whole number, e.g. 12</source>
        <translation>{value} 不是数字；请填写整数，例如 12</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="116"/>
        <source>{value} is not a whole number; write a whole number, e.g. 12</source>
        <translation>{value} 不是整数；请填写整数，例如 12</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="119"/>
        <source>{value} is negative; a count cannot be below 0</source>
        <translation>{value} 是负数；数量不能小于 0</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="121"/>
        <source>a {type} is not text</source>
        <translation>{type} 类型的值不是文本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="123"/>
        <source>{field} is {length} characters long; at most {max} are allowed</source>
        <translation>{field}长 {length} 个字符；最多允许 {max} 个</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="129"/>
        <source>a unified social credit code must be text of 18 characters</source>
        <translation>统一社会信用代码必须是 18 个字符的文本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="132"/>
        <source>a unified social credit code must be 18 characters, got {length}</source>
        <translation>统一社会信用代码必须是 18 个字符，实际为 {length} 个</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="137"/>
        <source>character {position} {char} must be a capital letter</source>
        <translation>第 {position} 个字符 {char} 必须是大写字母</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="140"/>
        <source>character {position} {char} is not allowed (only digits and capital letters except I, O, Z, S and V)</source>
        <translation>第 {position} 个字符 {char} 不允许使用（只能是数字和除 I、O、Z、S、V 以外的大写字母）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="147"/>
        <source>check digit should be {expected}, not {got}</source>
        <translation>校验码应为 {expected}，而不是 {got}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="150"/>
        <source>{field} is required</source>
        <translation>{field}为必填项</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="152"/>
        <source>store code &apos;{value}&apos; may only hold letters A-Z, digits, &apos;-&apos; and &apos;_&apos;, at most {max} characters</source>
        <translation>门店编码 &apos;{value}&apos; 只能包含字母 A-Z、数字、&apos;-&apos; 和 &apos;_&apos;，最多 {max} 个字符</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="159"/>
        <source>store code {value} already appears in row {first_row}</source>
        <translation>门店编码 {value} 已在第 {first_row} 行出现</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="162"/>
        <source>unknown region &apos;{value}&apos;; use one of {choices} or their Chinese names</source>
        <translation>未知区域 &apos;{value}&apos;；请使用 {choices} 之一或其中文名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="167"/>
        <source>unknown store type &apos;{value}&apos;; use one of {choices}</source>
        <translation>未知门店类型 &apos;{value}&apos;；请使用 {choices} 之一</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="170"/>
        <source>unknown status &apos;{value}&apos;; use one of {choices}, or leave it empty for open</source>
        <translation>未知状态 &apos;{value}&apos;；请使用 {choices} 之一，营业中的门店可留空</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="176"/>
        <source>opening date is required unless the status is planned (计划中)</source>
        <translation>除状态为“计划中”的门店外，开业日期为必填项</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="181"/>
        <source>credit code {value} is not valid: {problem}</source>
        <translation>统一社会信用代码 {value} 无效：{problem}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="184"/>
        <source>credit code {value} belongs to partner &apos;{owner}&apos; in row {first_row}, not to &apos;{name}&apos;</source>
        <translation>统一社会信用代码 {value} 在第 {first_row} 行属于合作方“{owner}”，而不是“{name}”</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="190"/>
        <source>partner &apos;{name}&apos; has credit code {known} in row {first_row}, not {value}</source>
        <translation>合作方“{name}”在第 {first_row} 行的统一社会信用代码是 {known}，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="195"/>
        <source>partner &apos;{name}&apos; has {field} &apos;{known}&apos; in row {first_row}, not &apos;{value}&apos;</source>
        <translation>合作方“{name}”在第 {first_row} 行的{field}是“{known}”，而不是“{value}”</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="200"/>
        <source>store code {value} is not in the ledger or in this file; import stores first</source>
        <translation>门店编码 {value} 不在账本中，也不在本文件中；请先导入门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="206"/>
        <source>store {store} already has a row for {month} (row {first_row})</source>
        <translation>门店 {store} 已有 {month} 的数据（第 {first_row} 行）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="209"/>
        <source>store {store} is in region {region}; {user} may import only region {own}</source>
        <translation>门店 {store} 属于{region}；{user} 只能导入{own}的门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="214"/>
        <source>store {store} belongs to region {region}; {user} may not change it</source>
        <translation>门店 {store} 属于{region}；{user} 不能修改它</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="219"/>
        <source>store {store} is closed in the ledger and cannot be reopened by an import</source>
        <translation>门店 {store} 在账本中已关闭，不能通过导入重新开业</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="224"/>
        <source>the column &apos;{value}&apos; is not used and was ignored</source>
        <translation>未使用“{value}”列，已忽略</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="227"/>
        <source>{count} problems were found; only the first {listed} are listed. Fix those and import again to see the rest.</source>
        <translation>共发现 {count} 个问题，只列出前 {listed} 个。请先改正这些问题，再次导入即可看到其余问题。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="235"/>
        <source>Store code is required: up to 32 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>门店编码为必填项：最多 32 个字母、数字、&apos;-&apos; 或 &apos;_&apos;。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="237"/>
        <source>{field} is required.</source>
        <translation>{field}为必填项。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="238"/>
        <source>At most {max} characters.</source>
        <translation>最多 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="240"/>
        <source>Unknown region &apos;{value}&apos;; use one of {choices}.</source>
        <translation>未知区域 &apos;{value}&apos;；请使用 {choices} 之一。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="243"/>
        <source>Unified social credit code: {problem}.</source>
        <translation>统一社会信用代码：{problem}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="246"/>
        <source>Opening date is required unless the store is planned.</source>
        <translation>除计划中的门店外，开业日期为必填项。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="249"/>
        <source>Opening date is before 1980; check the year.</source>
        <translation>开业日期早于 1980 年；请检查年份。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="252"/>
        <source>Close stores through a closure proposal, not by editing the status.</source>
        <translation>请通过闭店提案关闭门店，而不是直接修改状态。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="258"/>
        <source>the code must be 2 to 20 capital letters, digits or &apos;_&apos;, starting with a letter</source>
        <translation>编码必须是 2 到 20 个大写字母、数字或 &apos;_&apos;，并以字母开头</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="263"/>
        <source>the name is required</source>
        <translation>名称为必填项</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="265"/>
        <source>the budget must be a positive whole number of yuan</source>
        <translation>预算必须是大于 0 的整数元</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="268"/>
        <source>the end of validity is before its start</source>
        <translation>有效期的结束日期早于开始日期</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="271"/>
        <source>Unknown policy kind &apos;{value}&apos;; known kinds: {known}.</source>
        <translation>未知政策类型 &apos;{value}&apos;；可用类型：{known}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="274"/>
        <source>Policy parameters must be a JSON object.</source>
        <translation>政策参数必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="277"/>
        <source>Missing store_types: list the eligible store types ({known}).</source>
        <translation>缺少 store_types：请列出适用的门店类型（{known}）。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="280"/>
        <source>store_types must be a non-empty list of store types ({known}).</source>
        <translation>store_types 必须是非空的门店类型列表（{known}）。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="285"/>
        <source>Unknown store type &apos;{value}&apos;; known types: {known}.</source>
        <translation>未知门店类型 &apos;{value}&apos;；可用类型：{known}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="288"/>
        <source>Unknown parameter &apos;{param}&apos; for {kind}; allowed: {allowed}.</source>
        <translation>{kind} 没有参数 &apos;{param}&apos;；可用参数：{allowed}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="291"/>
        <source>Missing tiers: give at least one tier with name, start, end and amount.</source>
        <translation>缺少档位：请至少设置一个档位，包括名称、开始日期、结束日期和金额。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="296"/>
        <source>tiers must be a non-empty list of tiers with name, start, end and amount.</source>
        <translation>档位必须是非空列表，每个档位包括名称、开始日期、结束日期和金额。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="301"/>
        <source>Tier {tier} must be an object with name, start, end and amount.</source>
        <translation>档位 {tier} 必须包括名称、开始日期、结束日期和金额。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="306"/>
        <source>Tier {tier} has no name; give each tier a short name.</source>
        <translation>档位 {tier} 没有名称；请为每个档位起一个简短的名称。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="309"/>
        <source>Two tiers are named {tier}; tier names must be unique.</source>
        <translation>有两个档位都叫 {tier}；档位名称不能重复。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="312"/>
        <source>Tier {tier} has an unknown field &apos;{param}&apos;; allowed: amount, end, name, start.</source>
        <translation>档位 {tier} 含有未知字段 &apos;{param}&apos;；可用字段：amount、end、name、start。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="318"/>
        <source>Tier {tier} start &apos;{value}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2025-12-14.</source>
        <translation>档位 {tier} 的开始日期 &apos;{value}&apos; 不是日期；请按 YYYY-MM-DD 填写，例如 2025-12-14。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="324"/>
        <source>Tier {tier} end &apos;{value}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2025-12-14.</source>
        <translation>档位 {tier} 的结束日期 &apos;{value}&apos; 不是日期；请按 YYYY-MM-DD 填写，例如 2025-12-14。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="330"/>
        <source>Tier {tier} has no amount; give a whole number of yuan above 0.</source>
        <translation>档位 {tier} 没有金额；请填写大于 0 的整数元。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="335"/>
        <source>Tier {tier} amount &apos;{value}&apos; is not a whole number of yuan above 0; write it like 500000.</source>
        <translation>档位 {tier} 的金额 &apos;{value}&apos; 不是大于 0 的整数元；请写成 500000 这样的数字。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="342"/>
        <source>Tier {tier} ends on {end}, before it starts on {start}.</source>
        <translation>档位 {tier} 的结束日期 {end} 早于开始日期 {start}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="345"/>
        <source>Tiers {a} ({a_span}) and {b} ({b_span}) overlap; a store must fall in one tier at most.</source>
        <translation>档位 {a}（{a_span}）与档位 {b}（{b_span}）重叠；一家门店最多只能落入一个档位。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="352"/>
        <source>Missing rate: the amount in yuan per vehicle delivered in the period, a whole number above 0.</source>
        <translation>缺少单车补贴金额：考核期内每交付一辆车补贴的金额（元），须为大于 0 的整数。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="359"/>
        <source>Missing target: the vehicles the partner must deliver each year, a whole number above 0.</source>
        <translation>缺少年度目标：合作方每年须交付的车辆数，须为大于 0 的整数。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="366"/>
        <source>Missing years: how many years in a row the target must be met, a whole number above 0.</source>
        <translation>缺少连续年数：须连续达成目标的年数，须为大于 0 的整数。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="373"/>
        <source>rate &apos;{value}&apos; is not a whole number above 0 (the amount in yuan per vehicle delivered in the period).</source>
        <translation>单车补贴金额 &apos;{value}&apos; 不是大于 0 的整数（考核期内每交付一辆车补贴的金额，单位元）。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="380"/>
        <source>target &apos;{value}&apos; is not a whole number above 0 (the vehicles the partner must deliver each year).</source>
        <translation>年度目标 &apos;{value}&apos; 不是大于 0 的整数（合作方每年须交付的车辆数）。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="387"/>
        <source>years &apos;{value}&apos; is not a whole number above 0 (how many years in a row the target must be met).</source>
        <translation>连续年数 &apos;{value}&apos; 不是大于 0 的整数（须连续达成目标的年数）。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="394"/>
        <source>Missing last_target_year: the last calendar year of the target, e.g. 2024.</source>
        <translation>缺少最后考核年度：目标的最后一个自然年，例如 2024。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="399"/>
        <source>last_target_year &apos;{value}&apos; is not a calendar year such as 2024.</source>
        <translation>最后考核年度 &apos;{value}&apos; 不是 2024 这样的年份。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="404"/>
        <source>Missing period_start: the first day of the period whose vehicles are paid, as YYYY-MM-DD.</source>
        <translation>缺少考核期开始日期：计发补贴车辆的起始日，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="411"/>
        <source>Missing period_end: the last day of the period whose vehicles are paid, as YYYY-MM-DD.</source>
        <translation>缺少考核期结束日期：计发补贴车辆的最后一天，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="418"/>
        <source>period_start &apos;{value}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2025-12-14.</source>
        <translation>考核期开始日期 &apos;{value}&apos; 不是日期；请按 YYYY-MM-DD 填写，例如 2025-12-14。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="424"/>
        <source>period_end &apos;{value}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2025-12-14.</source>
        <translation>考核期结束日期 &apos;{value}&apos; 不是日期；请按 YYYY-MM-DD 填写，例如 2025-12-14。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="430"/>
        <source>period_end {end} is before period_start {start}.</source>
        <translation>考核期结束日期 {end} 早于开始日期 {start}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="434"/>
        <source>entries {first} to {last} are missing (deleted from the log)</source>
        <translation>第 {first} 至 {last} 条记录缺失（已从日志中删除）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="436"/>
        <source>entry {entry} is out of order</source>
        <translation>第 {entry} 条记录顺序错乱</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="438"/>
        <source>entry {entry} does not follow the entry before it (chain broken)</source>
        <translation>第 {entry} 条记录与前一条记录衔接不上（哈希链断裂）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="443"/>
        <source>entry {entry} ({audit_action}) was altered after it was written</source>
        <translation>第 {entry} 条记录（{audit_action}）在写入后被修改过</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="447"/>
        <source>more problems follow; stopped after {max}</source>
        <translation>还有更多问题；已在 {max} 个问题后停止</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="449"/>
        <source>entries {first} to {last} are missing at the end of the log (deleted)</source>
        <translation>日志末尾的第 {first} 至 {last} 条记录缺失（已被删除）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="454"/>
        <source>the copy {copy} has entries up to {last} (written {at}); this ledger&apos;s log ends at entry {mine}: entries were deleted from its end, or an older copy was restored over it</source>
        <translation>副本 {copy} 的记录截至第 {last} 条（写于 {at}）；本账本的日志只到第 {mine} 条：日志末尾的记录被删除了，或者账本被一个更早的副本恢复覆盖过</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="462"/>
        <source>entry {entry} differs from the copy {copy}: the log up to it was rewritten, or an older copy was restored and written to since</source>
        <translation>第 {entry} 条记录与副本 {copy} 不一致：该条之前的日志被改写过，或者账本被一个更早的副本恢复后又写入了新记录</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="469"/>
        <source>this ledger was restored on {on} from {source} (audit log #{entry})</source>
        <translation>本账本曾于 {on} 从 {source} 恢复（审计日志 #{entry}）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="477"/>
        <source>store code</source>
        <translation>门店编码</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="478"/>
        <source>store name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="479"/>
        <source>partner name</source>
        <translation>合作方名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="480"/>
        <source>credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="481"/>
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="482"/>
        <source>province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="483"/>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="484"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="485"/>
        <source>store type</source>
        <translation>门店类型</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="486"/>
        <source>opening date</source>
        <translation>开业日期</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="487"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="488"/>
        <source>bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="489"/>
        <source>bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="490"/>
        <source>partner address</source>
        <translation>合作方地址</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="491"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="492"/>
        <source>Partner name</source>
        <translation>合作方名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/input_messages.py" line="493"/>
        <source>City</source>
        <translation>城市</translation>
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
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="62"/>
        <source>Lump sum by opening date</source>
        <translation>按开业日期一次性补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="63"/>
        <source>Per vehicle, partners meeting a yearly target</source>
        <translation>按台补贴（经销商达成年度目标）</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="178"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="182"/>
        <source>Print through the system print dialog (Ctrl+P)</source>
        <translation>通过系统打印对话框打印（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="186"/>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="189"/>
        <source>Save the letters as a PDF file (Ctrl+S)</source>
        <translation>将通知书保存为 PDF 文件（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="192"/>
        <source>All letters in one PDF…</source>
        <translation>全部通知书存为一个 PDF…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="193"/>
        <source>One PDF per letter, into a folder…</source>
        <translation>每份通知书一个 PDF，存入文件夹…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="194"/>
        <source>Fit &amp;width</source>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="196"/>
        <source>Whole p&amp;age</source>
        <translation>整页(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="198"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="238"/>
        <source>originals</source>
        <translation>正本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="238"/>
        <source>original</source>
        <translation>正本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="241"/>
        <source>copies marked 副本 / COPY</source>
        <translation>副本（标注“副本 / COPY”）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="243"/>
        <source>copy marked 副本 / COPY</source>
        <translation>副本（标注“副本 / COPY”）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="246"/>
        <source>{o} originals, {c} copies marked 副本 / COPY</source>
        <translation>正本 {o} 份，副本 {c} 份（标注“副本 / COPY”）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="250"/>
        <source>1 letter</source>
        <translation>1 份通知书</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="250"/>
        <source>{n} letters</source>
        <translation>{n} 份通知书</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="253"/>
        <source>Payout letters — {names}</source>
        <translation>补贴通知书 — {names}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="268"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="301"/>
        <source>Print letters</source>
        <translation>打印通知书</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="302"/>
        <source>Printing the letters…</source>
        <translation>正在打印通知书…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="326"/>
        <source>Save letters as PDF</source>
        <translation>将通知书保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="328"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="336"/>
        <source>Save one PDF per letter into</source>
        <translation>每份通知书一个 PDF，保存到</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="359"/>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="390"/>
        <source>Save letters</source>
        <translation>保存通知书</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="360"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="391"/>
        <source>Saving {n} letters…</source>
        <translation>正在保存 {n} 份通知书…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="400"/>
        <source>Sent 1 page to the printer.</source>
        <translation>已向打印机发送 1 页。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="402"/>
        <source>Sent {n} pages to the printer.</source>
        <translation>已向打印机发送 {n} 页。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="406"/>
        <source>Only one set was printed: a letter has one original. Print again for copies marked 副本 / COPY.</source>
        <translation>只打印了一套：每份通知书只有一份正本。再次打印将得到标注“副本 / COPY”的副本。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="412"/>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="414"/>
        <source>Saved {n} files in {folder}.</source>
        <translation>已在 {folder} 中保存 {n} 个文件。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="425"/>
        <source>The originals are counted as printed; the preview now shows the copies (副本 / COPY).</source>
        <translation>正本已记为已打印；预览现显示副本（副本 / COPY）。</translation>
    </message>
</context>
<context>
    <name>LetterTableModel</name>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="67"/>
        <source>Subsidy</source>
        <translation>补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="69"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="75"/>
        <source>Name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="81"/>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="87"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="94"/>
        <source>Status</source>
        <translation>补贴状态</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="100"/>
        <source>Letter number</source>
        <translation>通知书编号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="106"/>
        <source>Printed</source>
        <translation>打印次数</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="113"/>
        <source>Issued</source>
        <translation>开具时间</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="138"/>
        <source>Subsidy {id} is {status}: letters are issued only for approved or paid subsidies.</source>
        <translation>补贴 {id} 的状态为{status}：只有已批准或已支付的补贴才能开具通知书。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="144"/>
        <source>Not printed yet: the next print is the original.</source>
        <translation>尚未打印：下一次打印即为正本。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="147"/>
        <source>Prints and saves so far: {n}. Every further print is marked 副本 / COPY.</source>
        <translation>已打印及保存 {n} 次。此后每次打印都将标注“副本 / COPY”。</translation>
    </message>
</context>
<context>
    <name>LettersScreen</name>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="50"/>
        <source>Approved and paid</source>
        <translation>已批准和已支付</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="51"/>
        <source>No letter yet</source>
        <translation>尚未开具通知书</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="52"/>
        <source>Issued, never printed</source>
        <translation>已开具，未打印</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="53"/>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="54"/>
        <source>All subsidies</source>
        <translation>全部补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="92"/>
        <location filename="../../dealer_app/ui/screens/letters.py" line="305"/>
        <source>Payout letters</source>
        <translation>补贴通知书</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="111"/>
        <source>Search subsidy, store, name or letter number…</source>
        <translation>搜索补贴、门店、名称或通知书编号…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="114"/>
        <source>&amp;Generate letters…</source>
        <translation>生成通知书(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="119"/>
        <source>Issue the selected subsidies&apos; letters and preview them (Enter, Ctrl+G)</source>
        <translation>为所选补贴开具通知书并预览（Enter，Ctrl+G）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="123"/>
        <source>&amp;Verify a letter PDF…</source>
        <translation>核验通知书 PDF(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="126"/>
        <source>Check that a letter&apos;s PDF file is exactly what the ledger issued</source>
        <translation>核对通知书 PDF 文件是否与账本开具的完全一致</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="131"/>
        <source>&amp;Policy:</source>
        <translation>政策(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="155"/>
        <source>Letters are issued only for approved or paid subsidies. The first print (or save) of a letter is the original; every later one is marked 副本 / COPY.</source>
        <translation>只有已批准或已支付的补贴才能开具通知书。通知书第一次打印（或保存）为正本；之后每次都标注“副本 / COPY”。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="225"/>
        <source>Approved or paid: {n} · letters issued: {issued} · printed: {printed}</source>
        <translation>已批准或已支付：{n} · 已开具通知书：{issued} · 已打印：{printed}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="243"/>
        <source>{n} selected · {amount}</source>
        <translation>已选 {n} 条 · {amount}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="247"/>
        <source>new letter numbers to issue: {n}</source>
        <translation>待开具的新通知书编号：{n} 个</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="251"/>
        <source>{n} shown</source>
        <translation>显示 {n} 条</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="306"/>
        <source>Rendering 1 letter…</source>
        <translation>正在生成 1 份通知书…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="308"/>
        <source>Rendering {n} letters…</source>
        <translation>正在生成 {n} 份通知书…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="338"/>
        <location filename="../../dealer_app/ui/screens/letters.py" line="356"/>
        <source>Verify a letter PDF</source>
        <translation>核验通知书 PDF</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="340"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF 文件 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="362"/>
        <source>Genuine: {file} is a copy (副本 / COPY) of letter {number}, exactly as the ledger issued it.</source>
        <translation>真实有效：{file} 是通知书 {number} 的副本（副本 / COPY），与账本开具的完全一致。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="366"/>
        <source>Genuine: {file} is letter {number}, exactly as the ledger issued it.</source>
        <translation>真实有效：{file} 即通知书 {number}，与账本开具的完全一致。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="373"/>
        <source>Not genuine: {file} differs from letter {number} in the ledger:</source>
        <translation>不一致：{file} 与账本中的通知书 {number} 不符：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="377"/>
        <source>Not genuine: {file} is not a letter this ledger issued:</source>
        <translation>不一致：{file} 不是本账本开具的通知书：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="105"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="106"/>
        <source>&amp;New ledger…</source>
        <translation>新建账本(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="110"/>
        <source>&amp;Open ledger…</source>
        <translation>打开账本(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="114"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="118"/>
        <source>&amp;Back up ledger…</source>
        <translation>备份账本(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="122"/>
        <source>Sign in as another &amp;user…</source>
        <translation>以其他用户登录(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="124"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="137"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="151"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="155"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="160"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="171"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="172"/>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="176"/>
        <source>&amp;About Dealer Desk</source>
        <translation>关于经销商台账(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="195"/>
        <source>All regions</source>
        <translation>全部大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="199"/>
        <source>The open ledger file</source>
        <translation>当前打开的账本文件</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="274"/>
        <source>Dealer Desk</source>
        <translation>经销商台账</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="303"/>
        <source>Open ledger</source>
        <translation>打开账本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="305"/>
        <source>Dealer Desk ledgers (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>经销商台账账本 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="314"/>
        <source>No other ledgers yet</source>
        <translation>还没有其他账本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="331"/>
        <source>Back up ledger</source>
        <translation>备份账本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="333"/>
        <source>Dealer Desk ledgers (*.sqlite3)</source>
        <translation>经销商台账账本 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="339"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="344"/>
        <source>Backed up the ledger to {path}</source>
        <translation>账本已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="353"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="354"/>
        <source>The new language takes effect the next time Dealer Desk starts.</source>
        <translation>新语言将在下次启动经销商台账时生效。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="363"/>
        <source>About Dealer Desk</source>
        <translation>关于经销商台账</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="365"/>
        <source>&lt;h3&gt;Dealer Desk {version}&lt;/h3&gt;&lt;p&gt;Stores, year-end subsidies, closures and payout letters for a car maker&apos;s dealer network.&lt;/p&gt;&lt;p&gt;Ledger: {path}&lt;br&gt;Log files: {logs}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;经销商台账 {version}&lt;/h3&gt;&lt;p&gt;汽车厂商经销网络的门店、年终补贴、闭店与补贴通知书管理。&lt;/p&gt;&lt;p&gt;账本：{path}&lt;br&gt;日志文件：{logs}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../dealer_app/ui/widgets/message_banner.py" line="66"/>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="114"/>
        <source>Mark paid</source>
        <translation>标记为已支付</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="119"/>
        <source>e.g. CMB-20251216-000123</source>
        <translation>例如 CMB-20251216-000123</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="120"/>
        <source>Payment &amp;reference:</source>
        <translation>付款参考号(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/decision.py" line="121"/>
        <source>Mark &amp;paid</source>
        <translation>标记为已支付(&amp;P)</translation>
    </message>
</context>
<context>
    <name>PoliciesScreen</name>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="47"/>
        <source>up to {end}</source>
        <translation>截至 {end}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="49"/>
        <source>from {start}</source>
        <translation>{start} 起</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="50"/>
        <source>any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="145"/>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="149"/>
        <source>&amp;New policy…</source>
        <translation>新建政策(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="152"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="156"/>
        <source>Change the selected policy; saving makes a new version</source>
        <translation>修改所选政策；保存后生成新版本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="168"/>
        <source>Only an administrator can create or change policies; you see them as they are.</source>
        <translation>只有管理员可以新建或修改政策；您只能查看。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="177"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="177"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="177"/>
        <location filename="../../dealer_app/ui/screens/policies.py" line="262"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="177"/>
        <location filename="../../dealer_app/ui/screens/policies.py" line="235"/>
        <location filename="../../dealer_app/ui/screens/policies.py" line="265"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="234"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="236"/>
        <source>Committed (approved + paid)</source>
        <translation>已占用（已批准 + 已支付）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="237"/>
        <source>Proposed, awaiting approval</source>
        <translation>已提议，待审批</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="238"/>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="239"/>
        <source>Eligible store types</source>
        <translation>适用门店类型</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="248"/>
        <source>Rules of the current version</source>
        <translation>当前版本的规则</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="256"/>
        <source>Version history</source>
        <translation>版本历史</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="263"/>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="264"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="266"/>
        <source>Subsidies</source>
        <translation>补贴数</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="267"/>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="276"/>
        <source>Subsidies proposed under each version; they keep it when the policy changes</source>
        <translation>按各版本提议的补贴；政策修改后仍沿用原版本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="315"/>
        <source>1 policy</source>
        <translation>1 项政策</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="315"/>
        <source>{n} policies</source>
        <translation>{n} 项政策</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="394"/>
        <source>No policy selected</source>
        <translation>未选择政策</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="401"/>
        <source>{code} · version {n}</source>
        <translation>{code} · 第 {n} 版</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="408"/>
        <source>{amount} ({share} of the budget; {left} left)</source>
        <translation>{amount}（占预算 {share}；剩余 {left}）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="432"/>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="432"/>
        <source>Stores opened</source>
        <translation>开业日期</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="432"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="444"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="444"/>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="447"/>
        <source>Amount per vehicle delivered</source>
        <translation>每交付一台的补贴金额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="449"/>
        <source>Partner&apos;s yearly target</source>
        <translation>经销商年度目标</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="450"/>
        <source>{n} vehicles</source>
        <translation>{n} 台</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="453"/>
        <source>Met in each of</source>
        <translation>需在以下每年达成</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="457"/>
        <source>Vehicles paid for</source>
        <translation>计补贴车辆的交付期间</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="494"/>
        <source>{n} (current)</source>
        <translation>{n}（当前）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="495"/>
        <source>with the ledger</source>
        <translation>随账本创建</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="64"/>
        <source>{rate} per vehicle · ≥ {target} vehicles a year in {years} · {period}</source>
        <translation>每台 {rate} · {years} 年每年 ≥ {target} 台 · {period}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="88"/>
        <source>first version</source>
        <translation>首个版本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="91"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="94"/>
        <source>budget {old} → {new}</source>
        <translation>预算 {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="110"/>
        <source>tier {name} added</source>
        <translation>新增档位 {name}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="116"/>
        <source>tier {name} removed</source>
        <translation>删除档位 {name}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="120"/>
        <source>no change in the rules</source>
        <translation>规则无变化</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="114"/>
        <source>open</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="351"/>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="484"/>
        <source>New policy</source>
        <translation>新建政策</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="353"/>
        <source>Edit policy {code}</source>
        <translation>编辑政策 {code}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="361"/>
        <source>e.g. YE2026</source>
        <translation>例如 YE2026</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="370"/>
        <source>whole yuan, e.g. 150,000,000</source>
        <translation>整数元，例如 150,000,000</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="377"/>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="436"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="381"/>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="382"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="383"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="384"/>
        <source>Budget (yuan):</source>
        <translation>预算（元）：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="385"/>
        <source>Valid from:</source>
        <translation>有效期自：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="391"/>
        <source>Tier name</source>
        <translation>档位名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="391"/>
        <source>Opened from</source>
        <translation>开业日期自</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="391"/>
        <source>Opened to</source>
        <translation>开业日期至</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="391"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="403"/>
        <source>Add tier</source>
        <translation>添加档位</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="406"/>
        <source>Remove tier</source>
        <translation>删除档位</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="411"/>
        <source>Dates are inclusive; leave a date empty for an open end. Amounts in yuan.</source>
        <translation>日期含首尾两天；日期留空表示不设限。金额单位为元。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="442"/>
        <source>Yuan per vehicle:</source>
        <translation>每台金额（元）：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="443"/>
        <source>Yearly target (vehicles):</source>
        <translation>年度目标（台）：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="444"/>
        <source>Years in a row:</source>
        <translation>连续年数：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="445"/>
        <source>Last target year:</source>
        <translation>目标最后一年：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="446"/>
        <source>Vehicles paid from:</source>
        <translation>计补贴车辆交付期间：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="449"/>
        <source>A store qualifies when its partner delivered at least the target in each of the years ending with the last target year; it gets the rate × its own vehicles delivered in the period.</source>
        <translation>截至目标最后一年的每一年，经销商交付量均不低于目标时，其门店即符合条件；补贴金额为每台金额 × 该门店在期间内的交付台数。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="479"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="481"/>
        <source>Eligible store types</source>
        <translation>适用门店类型</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="486"/>
        <source>Edit {code} — version {old} becomes version {new}</source>
        <translation>编辑 {code} — 第 {old} 版将变为第 {new} 版</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="572"/>
        <source>The kind of a saved policy stays; create a new policy.</source>
        <translation>已保存政策的类型不能更改；如需其他类型，请新建政策。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="686"/>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="687"/>
        <source>Valid to</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="722"/>
        <source>…and {n} more.</source>
        <translation>……另有 {n} 项。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="731"/>
        <source>Give a code to see the effect.</source>
        <translation>填写编码后即可查看影响。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="733"/>
        <source>Fix the rules to see the effect.</source>
        <translation>修正规则后即可查看影响。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="736"/>
        <source>Calculating…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="742"/>
        <source>Saving creates policy {code}, version 1. Stores can then be proposed under it.</source>
        <translation>保存后将创建政策 {code} 第 1 版，之后即可按此政策提议门店补贴。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="746"/>
        <source>Saving creates version {n} of {code}; existing subsidies keep their version and amounts, new proposals use version {n}.</source>
        <translation>保存后将创建 {code} 第 {n} 版；已有补贴保持原版本和金额，新的提议使用第 {n} 版。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="781"/>
        <source>Failed.</source>
        <translation>失败。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="800"/>
        <source>Eligible total: {old} → {new} ({delta}).</source>
        <translation>符合条件合计：{old} → {new}（{delta}）。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="804"/>
        <source>Create policy {code}?</source>
        <translation>创建政策 {code}？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="807"/>
        <source>Save {code} as version {n}?

Existing subsidies keep version {old} and their amounts; new proposals use version {n}.</source>
        <translation>将 {code} 保存为第 {n} 版？

已有补贴保持第 {old} 版及原金额；新的提议使用第 {n} 版。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="830"/>
        <source>The policy was not saved.</source>
        <translation>政策未保存。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="145"/>
        <source>Check the file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="154"/>
        <source>Show only rows with problems</source>
        <translation>只显示有问题的行</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="213"/>
        <source>Checking {name}…</source>
        <translation>正在检查 {name}…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="233"/>
        <source>1 row of {total} has a problem. Nothing will be imported until it is fixed: correct the file and check it again.</source>
        <translation>{total} 行中有 1 行有问题。修正之前不会导入任何数据：请修改文件后重新检查。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="238"/>
        <source>{n} rows of {total} have problems. Nothing will be imported until they are fixed: correct the file and check it again.</source>
        <translation>{total} 行中有 {n} 行有问题。修正之前不会导入任何数据：请修改文件后重新检查。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="265"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>导入已取消；没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="285"/>
        <source>The file is fine: {rows} rows. Importing it will add {added} stores, update {updated} and leave {unchanged} unchanged.</source>
        <translation>文件无误：共 {rows} 行。导入将新增 {added} 家门店，更新 {updated} 家，{unchanged} 家不变。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="290"/>
        <source>Imported {rows} rows: {added} stores added, {updated} updated, {unchanged} unchanged.</source>
        <translation>已导入 {rows} 行：新增 {added} 家门店，更新 {updated} 家，{unchanged} 家不变。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="297"/>
        <source>The file is fine: {rows} rows. Importing it will add {added} monthly rows and replace {updated}.</source>
        <translation>文件无误：共 {rows} 行。导入将新增 {added} 条月度数据，替换 {updated} 条。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="302"/>
        <source>Imported {rows} rows: {added} monthly rows added, {updated} replaced.</source>
        <translation>已导入 {rows} 行：新增 {added} 条月度数据，替换 {updated} 条。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="318"/>
        <source>new: {code}</source>
        <translation>新增：{code}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="321"/>
        <source>changed: {code} ({fields})</source>
        <translation>变更：{code}（{fields}）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="325"/>
        <source>… and {n} more</source>
        <translation>… 另有 {n} 项</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <location filename="../../dealer_app/ui/models/preview_table.py" line="102"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
</context>
<context>
    <name>ProposeClosureDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/closure_propose.py" line="38"/>
        <source>Propose closure</source>
        <translation>提议闭店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/closure_propose.py" line="44"/>
        <source>Propose closing {store} {name}</source>
        <translation>提议关闭 {store} {name}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/closure_propose.py" line="49"/>
        <source>Propose closing {n} stores</source>
        <translation>提议关闭 {n} 家门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/closure_propose.py" line="52"/>
        <source>… and {n} more</source>
        <translation>… 另有 {n} 项</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/closure_propose.py" line="71"/>
        <source>Default for this store type: {amount}</source>
        <translation>该门店类型的默认值：{amount}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/closure_propose.py" line="75"/>
        <source>The default for each store&apos;s type: {amount} in all</source>
        <translation>按各门店类型的默认值：合计 {amount}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/closure_propose.py" line="85"/>
        <source>Estimated one-time &amp;loss:</source>
        <translation>预计一次性损失(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/closure_propose.py" line="89"/>
        <source>Estimated one-time loss:</source>
        <translation>预计一次性损失：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/closure_propose.py" line="94"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/closure_propose.py" line="95"/>
        <source>&amp;Comment:</source>
        <translation>备注(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/closure_propose.py" line="113"/>
        <source>Stores with an approved subsidy that is not paid yet: {codes}. Their closures can be proposed, but not approved until those subsidies are paid or cancelled.</source>
        <translation>以下门店有已批准但尚未支付的补贴：{codes}。可以提议闭店，但须在这些补贴支付或取消后才能批准闭店。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/closure_propose.py" line="142"/>
        <source>&amp;Propose closure</source>
        <translation>提议闭店(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/closure_propose.py" line="142"/>
        <source>&amp;Propose closures</source>
        <translation>提议闭店(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="547"/>
        <source>Store is {status}; only open stores are eligible.</source>
        <translation>门店状态为{status}；只有营业中的门店符合条件。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="550"/>
        <source>Store type {store_type} is not covered by {policy}; eligible types: {eligible_types}.</source>
        <translation>门店类型“{store_type}”不在政策 {policy} 的适用范围内；适用类型：{eligible_types}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="556"/>
        <source>Opening date is unknown; {policy} needs it to place the store in a tier.</source>
        <translation>开业日期未知；政策 {policy} 需要据此确定门店所属档位。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="562"/>
        <source>Opened {opened}, one day before the first tier starts on {first_start}.</source>
        <translation>开业日期 {opened}，比首个档位的起始日 {first_start} 早 1 天。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="567"/>
        <source>Opened {opened}, {days} days before the first tier starts on {first_start}.</source>
        <translation>开业日期 {opened}，比首个档位的起始日 {first_start} 早 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="573"/>
        <source>Opened {opened}, one day after the cutoff of {cutoff}.</source>
        <translation>开业日期 {opened}，比截止日期 {cutoff} 晚 1 天。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="576"/>
        <source>Opened {opened}, {days} days after the cutoff of {cutoff}.</source>
        <translation>开业日期 {opened}，比截止日期 {cutoff} 晚 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="579"/>
        <source>Opened {opened}, between tiers {before} (ends {before_end}) and {after} (starts {after_start}).</source>
        <translation>开业日期 {opened}，介于档位“{before}”（截至 {before_end}）与档位“{after}”（自 {after_start} 起）之间。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="586"/>
        <source>Eligible: opened {opened}, the only day of tier {tier} ({span}): {amount}.</source>
        <translation>符合条件：开业日期 {opened}，为档位“{tier}”（{span}）的唯一一天：{amount}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="591"/>
        <source>Eligible: opened {opened}, the first day of tier {tier} ({span}): {amount}.</source>
        <translation>符合条件：开业日期 {opened}，为档位“{tier}”（{span}）的第一天：{amount}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="597"/>
        <source>Eligible: opened {opened}, the last day of tier {tier} ({span}): {amount}.</source>
        <translation>符合条件：开业日期 {opened}，为档位“{tier}”（{span}）的最后一天：{amount}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="602"/>
        <source>Eligible: opened {opened}, within tier {tier} ({span}): {amount}.</source>
        <translation>符合条件：开业日期 {opened}，属于档位“{tier}”（{span}）：{amount}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="607"/>
        <source>Partner has no deliveries recorded for {year}; the target is {target} vehicles a year.</source>
        <translation>经销商 {year} 年没有交付记录；年度目标为 {target} 台。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="614"/>
        <source>Partner delivered 1 vehicle in {year}, {short} short of the target of {target}.</source>
        <translation>经销商 {year} 年交付 1 台，距目标 {target} 台差 {short} 台。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="620"/>
        <source>Partner delivered {delivered} vehicles in {year}, {short} short of the target of {target}.</source>
        <translation>经销商 {year} 年交付 {delivered} 台，距目标 {target} 台差 {short} 台。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="627"/>
        <source>No vehicles delivered between {period_start} and {period_end}.</source>
        <translation>{period_start} 至 {period_end} 期间没有交付车辆。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="632"/>
        <source>Eligible: partner met the target of {target} vehicles in {years}; 1 vehicle × {rate} = {amount}.</source>
        <translation>符合条件：经销商在 {years} 年达成每年 {target} 台的目标；1 台 × {rate} = {amount}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="639"/>
        <source>Eligible: partner met the target of {target} vehicles in {years}; {vehicles} vehicles × {rate} = {amount}.</source>
        <translation>符合条件：经销商在 {years} 年达成每年 {target} 台的目标；{vehicles} 台 × {rate} = {amount}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="647"/>
        <source>Averaged {avg_revenue} revenue a month over the last month (threshold {threshold}) and lost {loss}.</source>
        <translation>近 1 个月月均营收 {avg_revenue}（阈值 {threshold}），亏损 {loss}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="654"/>
        <source>Averaged {avg_revenue} revenue a month over the last {months} months (threshold {threshold}) and lost {loss}.</source>
        <translation>近 {months} 个月月均营收 {avg_revenue}（阈值 {threshold}），累计亏损 {loss}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="661"/>
        <source>Averaged {avg_vehicles} vehicles a month over the last month (threshold {threshold}) and lost {loss}.</source>
        <translation>近 1 个月月均交付 {avg_vehicles} 台（阈值 {threshold} 台），亏损 {loss}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="668"/>
        <source>Averaged {avg_vehicles} vehicles a month over the last {months} months (threshold {threshold}) and lost {loss}.</source>
        <translation>近 {months} 个月月均交付 {avg_vehicles} 台（阈值 {threshold} 台），累计亏损 {loss}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="678"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="679"/>
        <source>up to {end}</source>
        <translation>截至 {end}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="680"/>
        <source>from {start}</source>
        <translation>{start} 起</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="681"/>
        <source>any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/messages.py" line="683"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../dealer_app/ui/screens/__init__.py" line="116"/>
        <location filename="../../dealer_app/ui/screens/audit.py" line="86"/>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/__init__.py" line="74"/>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="56"/>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/__init__.py" line="88"/>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="52"/>
        <source>Eligibility</source>
        <translation>补贴资格</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/__init__.py" line="81"/>
        <location filename="../../dealer_app/ui/screens/stores.py" line="40"/>
        <source>Stores</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/__init__.py" line="95"/>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="225"/>
        <source>Subsidies</source>
        <translation>补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/__init__.py" line="102"/>
        <location filename="../../dealer_app/ui/screens/closures.py" line="68"/>
        <source>Closures</source>
        <translation>闭店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/__init__.py" line="109"/>
        <location filename="../../dealer_app/ui/screens/letters.py" line="77"/>
        <source>Letters</source>
        <translation>通知书</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/__init__.py" line="123"/>
        <location filename="../../dealer_app/ui/screens/policies.py" line="130"/>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/__init__.py" line="138"/>
        <location filename="../../dealer_app/ui/screens/settings.py" line="70"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/__init__.py" line="130"/>
        <location filename="../../dealer_app/ui/screens/users.py" line="42"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="83"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="86"/>
        <source>Letter and closure settings apply to everyone using this ledger.</source>
        <translation>通知书和闭店设置对使用此账本的所有人生效。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="89"/>
        <source>Only an administrator can change the ledger&apos;s settings; you see them as they are. The language applies to this computer only.</source>
        <translation>只有管理员可以修改账本设置；您只能查看。界面语言仅对本机生效。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="104"/>
        <source>Letter issuer</source>
        <translation>通知书出具单位</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="107"/>
        <source>Name (Chinese):</source>
        <translation>名称（中文）：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="108"/>
        <source>Name (English):</source>
        <translation>名称（英文）：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="109"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="123"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="124"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="135"/>
        <source>Insert:</source>
        <translation>插入：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="146"/>
        <source>Insert {{{name}}} at the cursor</source>
        <translation>在光标处插入 {{{name}}}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="153"/>
        <source>Use the built-in text</source>
        <translation>使用内置文本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="156"/>
        <source>Empty the text: letters then use the built-in wording shown in grey</source>
        <translation>清空文本：通知书将使用灰色显示的内置措辞</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="167"/>
        <source>Letters print the Chinese text first, then the English. Leave a text empty to use the built-in wording (shown in grey). Placeholders in braces are filled from each letter.</source>
        <translation>通知书先打印中文文本，再打印英文文本。文本留空则使用内置措辞（灰色显示）。花括号中的占位符会按每份通知书自动填写。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="174"/>
        <source>Letter text</source>
        <translation>通知书正文</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="190"/>
        <source>vehicles / month</source>
        <translation>台 / 月</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="197"/>
        <source>/ month</source>
        <translation>/ 月</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="201"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="217"/>
        <source>Closure candidates</source>
        <translation>闭店候选</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="222"/>
        <source>Open stores established before the cutoff, inefficient (below the threshold on average over the last months) and loss-making over the same months.</source>
        <translation>截止日期前开业、营业中的门店，若近几个月平均值低于阈值（低效）且同期亏损，即列为闭店候选。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="229"/>
        <source>Minimum vehicles:</source>
        <translation>最低台数：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="230"/>
        <source>Minimum retail revenue:</source>
        <translation>零售店最低营收：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="231"/>
        <source>Months averaged:</source>
        <translation>平均月数：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="232"/>
        <source>Established before:</source>
        <translation>开业早于：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="233"/>
        <source>One-time loss per closure (editable on each proposal)</source>
        <translation>每次闭店的一次性损失（每个闭店申请中可修改）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="247"/>
        <source>Kept for this computer; the other settings are in the ledger.</source>
        <translation>仅保存在本机；其他设置保存在账本中。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="251"/>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="254"/>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="283"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="286"/>
        <source>&amp;Save changes</source>
        <translation>保存更改(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="346"/>
        <source>The Chinese issuer name</source>
        <translation>中文出具单位名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="347"/>
        <source>The English issuer name</source>
        <translation>英文出具单位名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="350"/>
        <source>{what} cannot be empty: letters print it.</source>
        <translation>{what}不能为空：通知书上会打印它。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="360"/>
        <source>Cutoff: {problem}</source>
        <translation>截止日期：{problem}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="362"/>
        <source>Give the cutoff date, e.g. 2025-01-01.</source>
        <translation>请填写截止日期，例如 2025-01-01。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="405"/>
        <source>Not a placeholder: {names}. Letters print it exactly as written; use one of the buttons above.</source>
        <translation>不是占位符：{names}。通知书会原样打印；请使用上方的按钮插入占位符。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="424"/>
        <source>1 unsaved change</source>
        <translation>1 项更改未保存</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="426"/>
        <source>{n} unsaved changes</source>
        <translation>{n} 项更改未保存</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="430"/>
        <source>No unsaved changes.</source>
        <translation>没有未保存的更改。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="440"/>
        <location filename="../../dealer_app/ui/screens/settings.py" line="467"/>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="454"/>
        <source>1 setting saved.</source>
        <translation>已保存 1 项设置。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="456"/>
        <source>{n} settings saved.</source>
        <translation>已保存 {n} 项设置。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="459"/>
        <source>The change is recorded in the audit log. Letters already generated keep their text; new letters and closure lists use the new settings.</source>
        <translation>此更改已记入审计日志。已生成的通知书保持原文本；新的通知书和闭店候选清单使用新设置。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="484"/>
        <source>Interface language set to {language}.</source>
        <translation>界面语言已设为{language}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="487"/>
        <source>Restart Dealer Desk to see it; nothing else changes.</source>
        <translation>重新启动经销商台账后生效；其他内容不受影响。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/sign_in.py" line="70"/>
        <source>Sign in — Dealer Desk</source>
        <translation>登录 — 经销商台账</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/sign_in.py" line="77"/>
        <source>Sign in to Dealer Desk</source>
        <translation>登录经销商台账</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/sign_in.py" line="79"/>
        <source>Ledger: {path}</source>
        <translation>账本：{path}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/sign_in.py" line="102"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/sign_in.py" line="103"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/sign_in.py" line="107"/>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/sign_in.py" line="122"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="95"/>
        <source>Add store</source>
        <translation>新增门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="97"/>
        <source>Edit store {code}</source>
        <translation>编辑门店 {code}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="109"/>
        <source>18 characters, optional</source>
        <translation>18 位，可不填</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="127"/>
        <source>Store code</source>
        <translation>门店编码</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="128"/>
        <source>Store name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="129"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="130"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="131"/>
        <source>Opening date</source>
        <translation>开业日期</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="132"/>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="133"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="134"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="135"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="138"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="139"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="140"/>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="141"/>
        <source>Account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="145"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="146"/>
        <source>Dealer partner</source>
        <translation>经销商</translation>
    </message>
</context>
<context>
    <name>StoreTableModel</name>
    <message>
        <location filename="../../dealer_app/ui/models/store_table.py" line="39"/>
        <source>Code</source>
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
        <location filename="../../dealer_app/ui/screens/stores.py" line="205"/>
        <source>1 store</source>
        <translation>1 家门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/stores.py" line="205"/>
        <source>{n} stores</source>
        <translation>{n} 家门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/stores.py" line="209"/>
        <source>{shown} of {total} stores</source>
        <translation>{shown} / {total} 家门店</translation>
    </message>
</context>
<context>
    <name>SubsidiesScreen</name>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="60"/>
        <source>Proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="61"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="62"/>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="63"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="64"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="65"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="240"/>
        <source>Subsidies</source>
        <translation>补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="254"/>
        <source>Search id, store, name, user or reference…</source>
        <translation>搜索编号、门店、名称、用户或付款参考号…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="258"/>
        <source>&amp;Policy:</source>
        <translation>政策(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="282"/>
        <source>&amp;Details…</source>
        <translation>详情(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="284"/>
        <source>Every recorded field of the subsidy (Enter)</source>
        <translation>查看补贴的全部记录字段（Enter）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="286"/>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="290"/>
        <source>Approve the selected proposals (Ctrl+Shift+A)</source>
        <translation>批准所选提议（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="292"/>
        <source>&amp;Reject…</source>
        <translation>驳回(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="295"/>
        <source>Reject the selected proposals (Ctrl+Shift+R)</source>
        <translation>驳回所选提议（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="297"/>
        <source>Ca&amp;ncel subsidy…</source>
        <translation>取消补贴(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="300"/>
        <source>Withdraw proposed or approved, unpaid subsidies (frees their budget)</source>
        <translation>撤回已提议或已批准但未支付的补贴（释放其占用的预算）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="303"/>
        <source>&amp;Mark paid…</source>
        <translation>标记为已支付(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="307"/>
        <source>Record the bank transfer of approved subsidies (HQ finance, Ctrl+Shift+P)</source>
        <translation>登记已批准补贴的银行转账（总部财务，Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="369"/>
        <source>{label} ({n})</source>
        <translation>{label}（{n}）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="447"/>
        <source>{n} selected · {amount}</source>
        <translation>已选 {n} 条 · {amount}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="453"/>
        <source>{n} shown</source>
        <translation>显示 {n} 条</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="474"/>
        <source>… and {n} more</source>
        <translation>… 另有 {n} 项</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="507"/>
        <source>Budget {budget}: {committed} approved or paid now, {after} after.</source>
        <translation>预算 {budget}：当前已批准或已支付 {committed}，批准后为 {after}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="511"/>
        <source>That is over the budget: approvals beyond it will be refused.</source>
        <translation>这将超出预算：超出部分的批准会被拒绝。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="515"/>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="594"/>
        <source>Approve subsidies</source>
        <translation>批准补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="521"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="533"/>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="603"/>
        <source>Reject subsidies</source>
        <translation>驳回补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="539"/>
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="552"/>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="612"/>
        <source>Cancel subsidies</source>
        <translation>取消补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="558"/>
        <source>Cancel &amp;subsidy</source>
        <translation>取消补贴(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="558"/>
        <source>Cancel &amp;subsidies</source>
        <translation>取消补贴(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="563"/>
        <source>A cancelled subsidy is final; its amount no longer counts against the budget.</source>
        <translation>补贴取消后不可恢复；其金额不再占用预算。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="578"/>
        <source>The same reference is recorded for each (one batch transfer).</source>
        <translation>每项补贴都登记同一个付款参考号（一笔批量转账）。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="621"/>
        <source>Mark paid</source>
        <translation>标记为已支付</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="595"/>
        <source>Approving…</source>
        <translation>正在批准…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="417"/>
        <source>Subsidies: {n} · waiting for a decision: {waiting}</source>
        <translation>补贴：{n} 项 · 待审批：{waiting} 项</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="517"/>
        <source>Approve subsidy {id} ({store} {name}, {amount})?</source>
        <translation>批准补贴 {id}（{store} {name}，{amount}）？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="518"/>
        <source>Approve {n} subsidies, {amount} in all?</source>
        <translation>批准 {n} 项补贴，合计 {amount}？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="535"/>
        <source>Reject subsidy {id} ({store} {name}, {amount})?</source>
        <translation>驳回补贴 {id}（{store} {name}，{amount}）？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="536"/>
        <source>Reject {n} subsidies, {amount} in all?</source>
        <translation>驳回 {n} 项补贴，合计 {amount}？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="554"/>
        <source>Cancel subsidy {id} ({store} {name}, {amount})?</source>
        <translation>取消补贴 {id}（{store} {name}，{amount}）？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="555"/>
        <source>Cancel {n} subsidies, {amount} in all?</source>
        <translation>取消 {n} 项补贴，合计 {amount}？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="581"/>
        <source>Record the payment of subsidy {id} ({store} {name}, {amount})</source>
        <translation>登记补贴 {id}（{store} {name}，{amount}）的付款</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="582"/>
        <source>Record the payment of {n} subsidies, {amount} in all</source>
        <translation>登记 {n} 项补贴的付款，合计 {amount}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="596"/>
        <source>Approved: {n}.</source>
        <translation>已批准：{n} 项。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="604"/>
        <source>Rejecting…</source>
        <translation>正在驳回…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="605"/>
        <source>Rejected: {n}.</source>
        <translation>已驳回：{n} 项。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="613"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="614"/>
        <source>Cancelled: {n}.</source>
        <translation>已取消：{n} 项。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="622"/>
        <source>Recording payments…</source>
        <translation>正在登记付款…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="623"/>
        <source>Marked paid: {n}.</source>
        <translation>已标记为已支付：{n} 项。</translation>
    </message>
</context>
<context>
    <name>SubsidyDetailsDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="26"/>
        <source>Subsidy {id}</source>
        <translation>补贴 {id}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="42"/>
        <source>Subsidy:</source>
        <translation>补贴：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="43"/>
        <source>Region:</source>
        <translation>大区：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="45"/>
        <source>Policy:</source>
        <translation>政策：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="46"/>
        <source>{code}, version {version}</source>
        <translation>{code}，第 {version} 版</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="50"/>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="51"/>
        <source>Tier:</source>
        <translation>档位：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="52"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="54"/>
        <source>Proposed:</source>
        <translation>提议：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="55"/>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="60"/>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="68"/>
        <source>{when} by {who}</source>
        <translation>{when}，{who}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="59"/>
        <source>Decided:</source>
        <translation>审批：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="64"/>
        <source>Comment:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="67"/>
        <source>Paid:</source>
        <translation>支付：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="70"/>
        <source>Payment reference:</source>
        <translation>付款参考号：</translation>
    </message>
</context>
<context>
    <name>SubsidyTableModel</name>
    <message>
        <location filename="../../dealer_app/ui/models/subsidy_table.py" line="48"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/subsidy_table.py" line="50"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/subsidy_table.py" line="56"/>
        <source>Name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/subsidy_table.py" line="62"/>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/subsidy_table.py" line="68"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/subsidy_table.py" line="75"/>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/subsidy_table.py" line="81"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/subsidy_table.py" line="87"/>
        <source>Proposed by</source>
        <translation>提议人</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/subsidy_table.py" line="93"/>
        <source>Proposed at</source>
        <translation>提议时间</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/subsidy_table.py" line="99"/>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/subsidy_table.py" line="105"/>
        <source>Payment reference</source>
        <translation>付款参考号</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../dealer_app/ui/tasks.py" line="390"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/tasks.py" line="391"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/tasks.py" line="396"/>
        <location filename="../../dealer_app/ui/tasks.py" line="532"/>
        <location filename="../../dealer_app/ui/tasks.py" line="547"/>
        <source>Dealer Desk</source>
        <translation>经销商台账</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/tasks.py" line="405"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/tasks.py" line="444"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/tasks.py" line="549"/>
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
<context>
    <name>UserDialogs</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="130"/>
        <source>Choose a region…</source>
        <translation>选择大区…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="134"/>
        <source>Only regional managers have a region.</source>
        <translation>只有大区经理才有所属大区。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="149"/>
        <source>A regional manager needs a region: choose one.</source>
        <translation>大区经理必须有所属大区：请选择一个。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="163"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致；请输入相同的密码。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="180"/>
        <source>Add user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="181"/>
        <source>Add a user</source>
        <translation>新增一个用户</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="182"/>
        <source>&amp;Add user</source>
        <translation>新增用户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="184"/>
        <source>e.g. mgr.central2</source>
        <translation>例如 mgr.central2</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="190"/>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="279"/>
        <source>at least {n} characters</source>
        <translation>至少 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="196"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="197"/>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="242"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="198"/>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="243"/>
        <source>Region:</source>
        <translation>大区：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="201"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="204"/>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="289"/>
        <source>Repeat password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="236"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="238"/>
        <source>Role of {name}</source>
        <translation>{name} 的角色</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="240"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="269"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="271"/>
        <source>New password for {name}</source>
        <translation>{name} 的新密码</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="275"/>
        <source>&amp;Set password</source>
        <translation>设置密码(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="286"/>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="292"/>
        <source>Give the password to {name} in person; they can change it after signing in. A temporary lock after wrong passwords is lifted too.</source>
        <translation>请当面将密码交给 {name}；对方登录后可自行修改。因密码错误导致的临时锁定也会一并解除。</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="54"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="63"/>
        <source>&amp;Add user…</source>
        <translation>新增用户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="67"/>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="70"/>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="73"/>
        <location filename="../../dealer_app/ui/screens/users.py" line="187"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="79"/>
        <source>Regional managers act on their own region; HQ finance on all regions and marks payouts paid; administrators manage users, policies and settings.</source>
        <translation>大区经理处理本大区的业务；总部财务处理全部大区并登记补贴支付；管理员管理用户、政策和设置。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="97"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="97"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="97"/>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="97"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="138"/>
        <source>1 user</source>
        <translation>1 个用户</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="138"/>
        <source>{n} users</source>
        <translation>{n} 个用户</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="140"/>
        <source>{n} locked</source>
        <translation>{n} 个已锁定</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="147"/>
        <source>(you)</source>
        <translation>（您）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="150"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="150"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="187"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="206"/>
        <location filename="../../dealer_app/ui/screens/users.py" line="236"/>
        <source> in {region}</source>
        <translation>（{region}）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="213"/>
        <source>{name} was added as {role}{where}. They can sign in now.</source>
        <translation>已添加 {name}，角色为{role}{where}。该用户现在可以登录。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="233"/>
        <source>{name} is now {role}{where}.</source>
        <translation>{name} 现在的角色为{role}{where}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="242"/>
        <source>The change applies the next time {name} signs in.</source>
        <translation>此更改将在 {name} 下次登录时生效。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="259"/>
        <source>The password of {name} was reset.</source>
        <translation>{name} 的密码已重置。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="271"/>
        <source>Lock account</source>
        <translation>锁定账户</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="273"/>
        <source>Lock the account {name}? They cannot sign in until an administrator unlocks it. Their past work stays in the ledger.</source>
        <translation>锁定账户 {name}？在管理员解锁之前该用户无法登录。其以往的操作记录仍保留在账本中。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="287"/>
        <source>{name} is locked and cannot sign in.</source>
        <translation>{name} 已被锁定，无法登录。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="289"/>
        <source>{name} is unlocked and can sign in again.</source>
        <translation>{name} 已解锁，可以重新登录。</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="132"/>
        <source>Effect before saving</source>
        <translation>保存前的影响预估</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="153"/>
        <source>Eligible total now</source>
        <translation>当前符合条件合计</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="154"/>
        <source>Eligible total with the draft</source>
        <translation>按草稿计算的符合条件合计</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="155"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="156"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="157"/>
        <source>Already committed (approved + paid)</source>
        <translation>已占用（已批准 + 已支付）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="158"/>
        <source>Budget left after the draft&apos;s total</source>
        <translation>按草稿合计后的剩余预算</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="184"/>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="186"/>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="189"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="184"/>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="186"/>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="189"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="184"/>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="186"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="189"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="189"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="204"/>
        <source>Change the draft to see its effect.</source>
        <translation>修改草稿后即可查看其影响。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="233"/>
        <source>Gaining ({n})</source>
        <translation>新增符合（{n}）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="234"/>
        <source>Losing ({n})</source>
        <translation>不再符合（{n}）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="235"/>
        <source>Amount changed ({n})</source>
        <translation>金额变化（{n}）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="242"/>
        <source>Up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="245"/>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="266"/>
        <source>Give the policy a budget to compare the total with.</source>
        <translation>请为政策设置预算，以便与合计金额比较。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="270"/>
        <source>Paying every eligible store would take {total}, {over} more than the budget of {budget}: approvals stop when the budget is used up.</source>
        <translation>为全部符合条件的门店支付补贴需要 {total}，比预算 {budget} 多出 {over}：预算用完后将无法再批准。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="279"/>
        <source>Paying every eligible store would use {share} of the budget.</source>
        <translation>为全部符合条件的门店支付补贴将使用预算的 {share}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="285"/>
        <source>The budget is below the {committed} already committed: saving is refused.</source>
        <translation>预算低于已占用的 {committed}：无法保存。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="316"/>
        <source>…and {n} more</source>
        <translation>……另有 {n} 项</translation>
    </message>
</context>
</TS>
