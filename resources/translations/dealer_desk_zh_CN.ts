<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../dealer_app/ui/app.py" line="187"/>
        <source>Open ledger</source>
        <translation>打开账本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/app.py" line="189"/>
        <source>Dealer Desk ledgers (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>经销商台账账本 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/app.py" line="237"/>
        <source>New ledger</source>
        <translation>新建账本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/app.py" line="239"/>
        <source>Dealer Desk ledgers (*.sqlite3)</source>
        <translation>经销商台账账本 (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="102"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="107"/>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="112"/>
        <source>An action, or a group of actions such as subsidy.* (every subsidy action)</source>
        <translation>某个操作，或一组操作，如 subsidy.*（全部补贴操作）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="114"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="130"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="134"/>
        <location filename="../../dealer_app/ui/screens/audit.py" line="497"/>
        <source>&amp;Verify chain</source>
        <translation>校验哈希链(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="139"/>
        <source>Recompute every entry&apos;s hash and check that each follows the one before it: an entry changed, deleted or inserted outside Dealer Desk is named.</source>
        <translation>重新计算每条记录的哈希值，并检查每条记录是否紧接前一条：在经销商台账之外被修改、删除或插入的记录都会被列出。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="144"/>
        <source>Verify against a &amp;backup…</source>
        <translation>对照备份校验(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="148"/>
        <source>Also check that the log continues the log of an earlier copy of this ledger (a backup or the day&apos;s automatic copy): entries deleted from the end of the log are found only this way.</source>
        <translation>同时检查本账本的日志是否接续其早先副本（备份或每日自动备份）的日志：只有这样才能发现从日志末尾删除的记录。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="154"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="157"/>
        <source>The whole log with its hashes, as CSV or Excel, for auditors</source>
        <translation>导出完整日志及其哈希值（CSV 或 Excel），供审计人员使用</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="163"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="165"/>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="167"/>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="169"/>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="234"/>
        <location filename="../../dealer_app/ui/screens/audit.py" line="423"/>
        <source>Select an entry to see its details.</source>
        <translation>选择一条记录以查看详情。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="242"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="243"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="244"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="245"/>
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="253"/>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="258"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="258"/>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="258"/>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="270"/>
        <source>Recorded data (JSON)</source>
        <translation>记录数据（JSON）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="306"/>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="307"/>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="317"/>
        <source>The end date is before the start date.</source>
        <translation>截止日期早于起始日期。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="370"/>
        <source>{group}.* (all)</source>
        <translation>{group}.*（全部）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="378"/>
        <source>The audit log cannot be listed: an entry&apos;s data is not readable.</source>
        <translation>无法列出审计日志：有一条记录的数据无法读取。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="380"/>
        <source>The ledger file was changed outside Dealer Desk. Press Verify chain to see which entries are affected, and restore the latest good backup.</source>
        <translation>账本文件在经销商台账之外被改动过。请点击“校验哈希链”查看受影响的记录，并恢复最近一次完好的备份。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="388"/>
        <source>1 entry</source>
        <translation>1 条记录</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="388"/>
        <source>{n} entries</source>
        <translation>{n} 条记录</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="390"/>
        <source>the newest {n} entries; narrow the filters to see older ones</source>
        <translation>最新的 {n} 条记录；缩小筛选范围可查看更早的记录</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="429"/>
        <source>Entry #{id}</source>
        <translation>记录 #{id}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="456"/>
        <source>Entry #{id} — named by the last verification</source>
        <translation>记录 #{id} — 上次校验时被列出</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="473"/>
        <source>Verify against a backup</source>
        <translation>对照备份校验</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="475"/>
        <source>Dealer Desk ledgers (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>经销商台账账本 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="492"/>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="509"/>
        <source>Chain intact: {n} entries checked, none altered, missing or out of order.</source>
        <translation>哈希链完整：已校验 {n} 条记录，无篡改、缺失或顺序错乱。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="513"/>
        <source>It continues the log of {file} ({m} entries, the last written {at}).</source>
        <translation>它接续了 {file} 的日志（{m} 条记录，最后一条写于 {at}）。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="524"/>
        <source>…and {n} more.</source>
        <translation>……另有 {n} 项。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="526"/>
        <source>The ledger file was changed outside Dealer Desk. Keep this file for investigation and restore the latest good backup.</source>
        <translation>账本文件在经销商台账之外被改动过。请保留此文件以备调查，并恢复最近一次完好的备份。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="531"/>
        <source>The audit chain is broken: {k} problems in {n} entries.</source>
        <translation>审计哈希链已断裂：{n} 条记录中发现 {k} 处问题。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="535"/>
        <source>The audit chain is broken: 1 problem in {n} entries.</source>
        <translation>审计哈希链已断裂：{n} 条记录中发现 1 处问题。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="546"/>
        <source>Could not verify the chain.</source>
        <translation>无法校验哈希链。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="556"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="556"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="558"/>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="576"/>
        <source>Exported {n} entries to {path}.</source>
        <translation>已将 {n} 条记录导出到 {path}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="577"/>
        <source>The export itself is recorded in the audit log.</source>
        <translation>本次导出本身也已记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/audit.py" line="585"/>
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
        <location filename="../../dealer_app/ui/models/audit_table.py" line="118"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="119"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="120"/>
        <source>comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="121"/>
        <source>reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="122"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="123"/>
        <source>region</source>
        <translation>大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="124"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="125"/>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="126"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="127"/>
        <source>store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="128"/>
        <source>subsidy</source>
        <translation>补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="129"/>
        <source>budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="130"/>
        <source>committed after</source>
        <translation>批准后已承诺</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="131"/>
        <source>estimated loss</source>
        <translation>预计损失</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="132"/>
        <source>digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="133"/>
        <source>print</source>
        <translation>打印次序</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="134"/>
        <source>copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="135"/>
        <source>province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="136"/>
        <source>code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="137"/>
        <source>store type</source>
        <translation>门店类型</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="138"/>
        <source>opening date</source>
        <translation>开业日期</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="139"/>
        <source>closing date</source>
        <translation>闭店日期</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="140"/>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="149"/>
        <source>partner</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="141"/>
        <source>credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="142"/>
        <source>tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="143"/>
        <source>store status</source>
        <translation>门店状态</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="144"/>
        <source>bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="145"/>
        <source>branch</source>
        <translation>开户行</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="146"/>
        <source>CNAPS code</source>
        <translation>联行号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="147"/>
        <source>account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="148"/>
        <source>account name</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="150"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="151"/>
        <source>payments</source>
        <translation>笔数</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="152"/>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="153"/>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="154"/>
        <source>payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="155"/>
        <source>value date</source>
        <translation>入账日期</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="156"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="157"/>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="158"/>
        <source>paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="159"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="160"/>
        <source>already recorded</source>
        <translation>此前已记录</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="161"/>
        <source>vouchers</source>
        <translation>凭证数</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="162"/>
        <source>from</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="163"/>
        <source>to</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/audit_table.py" line="238"/>
        <source>new</source>
        <translation>新建</translation>
    </message>
</context>
<context>
    <name>BankChangeTableModel</name>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="134"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="135"/>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="137"/>
        <source>Paid to now</source>
        <translation>现收款账户</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="140"/>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="142"/>
        <source>Branch</source>
        <translation>开户行</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="144"/>
        <source>CNAPS</source>
        <translation>联行号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="146"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="148"/>
        <source>Account name</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="150"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="152"/>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="154"/>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="156"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>BankFileDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="169"/>
        <source>Bank file</source>
        <translation>银行文件</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="180"/>
        <source>Write the file…</source>
        <translation>生成文件…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="185"/>
        <source>Bank&apos;s layout:</source>
        <translation>银行格式：</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/batch.py" line="70"/>
        <source>Refused: {n}.</source>
        <translation>被拒绝：{n} 项。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/batch.py" line="73"/>
        <source>… and {n} more (see Details).</source>
        <translation>… 另有 {n} 项（见详细信息）。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/batch.py" line="75"/>
        <source>Stopped: {n} were not tried.</source>
        <translation>已中止：{n} 项未执行。</translation>
    </message>
</context>
<context>
    <name>BatchLineTableModel</name>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="65"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="89"/>
        <source>Subsidy</source>
        <translation>补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="67"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="69"/>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="71"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="76"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="78"/>
        <source>Account name</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="80"/>
        <source>Branch</source>
        <translation>开户行</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="82"/>
        <source>CNAPS</source>
        <translation>联行号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="84"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="73"/>
        <source>Look at</source>
        <translation>需核实</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="86"/>
        <source>Bank&apos;s answer</source>
        <translation>银行反馈</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="34"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="35"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="37"/>
        <source>Lines</source>
        <translation>笔数</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="39"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="41"/>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="43"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="45"/>
        <source>Made by</source>
        <translation>制单人</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="47"/>
        <source>Released by</source>
        <translation>放行人</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="49"/>
        <source>Made</source>
        <translation>制单时间</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="175"/>
        <source>No policy in this ledger</source>
        <translation>此账本中没有政策</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="180"/>
        <source>{policy} budget {budget} · national</source>
        <translation>{policy} 预算 {budget} · 全国</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="185"/>
        <source>{region}: {committed} approved or paid · {proposed} proposed</source>
        <translation>{region}（本大区）：已批准或已支付 {committed} · 已提议 {proposed}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="191"/>
        <source>quota {quota}, {left} left</source>
        <translation>配额 {quota}，剩余 {left}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="199"/>
        <source>{left} left · {pct}% committed</source>
        <translation>剩余 {left} · 已占用 {pct}%</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="203"/>
        <source>{over} over budget</source>
        <translation>超出预算 {over}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="217"/>
        <source>Paid {amount}</source>
        <translation>已支付 {amount}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="220"/>
        <source>Approved, not paid {amount}</source>
        <translation>已批准未支付 {amount}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="223"/>
        <source>Proposed {amount}</source>
        <translation>已提议 {amount}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="230"/>
        <source>Approving every proposal would exceed the budget by {over}</source>
        <translation>若批准全部提议，将超出预算 {over}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="238"/>
        <source>Approved and paid {committed} of {budget}; proposals waiting {proposed}.</source>
        <translation>预算 {budget} 中已批准及已支付 {committed}；待审批提议 {proposed}。</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="73"/>
        <source>{store} has an approved subsidy that is not paid yet. The closure can be proposed, but it cannot be approved until that subsidy is paid or cancelled.</source>
        <translation>{store} 有一笔已批准但尚未支付的补贴。可以提议闭店，但须在该补贴支付或取消后才能批准闭店。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="89"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="95"/>
        <source>Name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="101"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="107"/>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="113"/>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="120"/>
        <source>Avg vehicles</source>
        <translation>月均台数</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="128"/>
        <source>Avg revenue</source>
        <translation>月均营收</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="136"/>
        <source>Net profit</source>
        <translation>净利润</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="144"/>
        <source>Est. loss</source>
        <translation>预计损失</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="152"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="189"/>
        <source>Closure {id} is waiting for a decision.</source>
        <translation>闭店申请 {id} 正在等待审批。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="198"/>
        <source>{n} candidates</source>
        <translation>{n} 家候选门店</translation>
    </message>
</context>
<context>
    <name>CheckLetterDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/check_letter.py" line="61"/>
        <source>Check a letter</source>
        <translation>核验通知书</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/check_letter.py" line="65"/>
        <source>Scan the QR code at the bottom of the paper letter with a USB scanner, or paste its text and press Enter. The ledger says whether the letter is genuine, a copy, void (its subsidy was cancelled) or unknown.</source>
        <translation>用扫码枪扫描纸质通知书底部的二维码，或粘贴二维码文字后按回车。账本会告诉您这份通知书是真实的、副本、已作废（其补贴已撤销）还是无法识别。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/check_letter.py" line="76"/>
        <source>C&amp;heck</source>
        <translation>核验(&amp;H)</translation>
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
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="51"/>
        <source>Proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="52"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="53"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="208"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="210"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="216"/>
        <source>Name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="222"/>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="228"/>
        <source>Est. loss</source>
        <translation>预计损失</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="236"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="242"/>
        <source>Proposed by</source>
        <translation>提议人</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="248"/>
        <source>Proposed at</source>
        <translation>提议时间</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="254"/>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="260"/>
        <source>Closing date</source>
        <translation>闭店日期</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/closure_tables.py" line="266"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ClosuresScreen</name>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="57"/>
        <source>For me</source>
        <translation>待我处理</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="58"/>
        <source>Proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="59"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="60"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="61"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="88"/>
        <source>Closures</source>
        <translation>闭店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="91"/>
        <source>Search code, name, region or type…</source>
        <translation>搜索编码、名称、大区或类型…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="97"/>
        <source>All regions</source>
        <translation>全部大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="103"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="108"/>
        <source>&amp;Propose closure…</source>
        <translation>提议闭店(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="111"/>
        <source>Propose closing the selected stores (Enter)</source>
        <translation>提议关闭所选门店（Enter）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="163"/>
        <source>Search id, store, name or user…</source>
        <translation>搜索编号、门店、名称或用户…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="166"/>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="171"/>
        <source>Approve the selected closures: the stores close (Ctrl+Shift+A)</source>
        <translation>批准所选闭店申请：门店将关闭（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="174"/>
        <source>&amp;Reject…</source>
        <translation>驳回(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="178"/>
        <source>Reject the selected closures: the stores stay open (Ctrl+Shift+R)</source>
        <translation>驳回所选闭店申请：门店继续营业（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="248"/>
        <source>Candidates ({n})</source>
        <translation>候选门店（{n}）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="249"/>
        <source>Proposals ({n} waiting)</source>
        <translation>闭店申请（{n} 项待审批）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="257"/>
        <source>{label} ({n})</source>
        <translation>{label}（{n}）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="308"/>
        <source>Stores closed: {n} · one-time loss booked {loss} ({pct}% of the {ref} reference)</source>
        <translation>已闭店：{n} 家 · 已计一次性损失 {loss}（占参考值 {ref} 的 {pct}%）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="317"/>
        <source>Candidates: {c} · proposals waiting: {w} · stores closed: {n}</source>
        <translation>候选门店：{c} 家 · 待审批申请：{w} 项 · 已闭店：{n} 家</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="338"/>
        <source>Candidates shown: &lt;b&gt;{n}&lt;/b&gt; · estimated one-time loss &lt;b&gt;{loss}&lt;/b&gt; ({pct}% of the {ref} reference)</source>
        <translation>显示候选门店：&lt;b&gt;{n}&lt;/b&gt; 家 · 预计一次性损失 &lt;b&gt;{loss}&lt;/b&gt;（占参考值 {ref} 的 {pct}%）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="345"/>
        <source>⚠ with an approved, unpaid subsidy: {n}</source>
        <translation>⚠ 有已批准未支付补贴：{n} 家</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="405"/>
        <source>Approve closing {store} {name} (closure {id})?</source>
        <translation>批准关闭 {store} {name}（闭店申请 {id}）？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="406"/>
        <source>Approve closing {n} stores (estimated loss {loss})?</source>
        <translation>批准关闭 {n} 家门店（预计损失 {loss}）？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="409"/>
        <source>The store closes on the date below; its proposed subsidies are cancelled.</source>
        <translation>门店将于下方日期关闭；其已提议的补贴将被取消。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="412"/>
        <source>The stores close on the date below; their proposed subsidies are cancelled.</source>
        <translation>这些门店将于下方日期关闭；其已提议的补贴将被取消。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="427"/>
        <location filename="../../dealer_app/ui/screens/closures.py" line="480"/>
        <source>Reject closure</source>
        <translation>驳回闭店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="429"/>
        <source>Reject closing {store} {name} (closure {id})?</source>
        <translation>驳回关闭 {store} {name}（闭店申请 {id}）？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="430"/>
        <source>Reject closing {n} stores (estimated loss {loss})?</source>
        <translation>驳回关闭 {n} 家门店（预计损失 {loss}）？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="433"/>
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="434"/>
        <source>The store stays open.</source>
        <translation>门店将继续营业。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="436"/>
        <source>The stores stay open.</source>
        <translation>这些门店将继续营业。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="458"/>
        <source>Propose closure</source>
        <translation>提议闭店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="459"/>
        <source>Proposing closures…</source>
        <translation>正在提议闭店…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="460"/>
        <source>Closures proposed: {n}.</source>
        <translation>已提议闭店：{n} 项。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="470"/>
        <source>Approve closure</source>
        <translation>批准闭店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="471"/>
        <source>Closing stores…</source>
        <translation>正在关闭门店…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="472"/>
        <source>Closures approved: {n}; the stores are closed.</source>
        <translation>已批准闭店：{n} 项；门店已关闭。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="481"/>
        <source>Rejecting closures…</source>
        <translation>正在驳回闭店申请…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/closures.py" line="482"/>
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
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/connect_server.py" line="44"/>
        <source>Connect to a shared ledger — Dealer Desk</source>
        <translation>连接共享账本 — Dealer Desk</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/connect_server.py" line="49"/>
        <source>A shared ledger lives on your company&apos;s PostgreSQL server. Your IT department gives you its address and your own user name and password.</source>
        <translation>共享账本存放在公司的 PostgreSQL 服务器上。服务器地址以及您本人的用户名和密码由公司信息技术部门提供。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/connect_server.py" line="56"/>
        <source>e.g. db.example.com</source>
        <translation>例如 db.example.com</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/connect_server.py" line="68"/>
        <source>Encrypted, server certificate checked (recommended)</source>
        <translation>加密，并核验服务器证书（推荐）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/connect_server.py" line="69"/>
        <source>Encrypted, certificate not checked</source>
        <translation>加密，不核验证书</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/connect_server.py" line="70"/>
        <source>Encrypted when the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/connect_server.py" line="71"/>
        <source>Not encrypted (this computer or a trusted network only)</source>
        <translation>不加密（仅限本机或可信网络）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/connect_server.py" line="84"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/connect_server.py" line="85"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/connect_server.py" line="86"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/connect_server.py" line="87"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/connect_server.py" line="88"/>
        <source>&amp;Encryption:</source>
        <translation>加密方式(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/connect_server.py" line="92"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/connect_server.py" line="107"/>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/connect_server.py" line="108"/>
        <source>the database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/connect_server.py" line="109"/>
        <source>your user name</source>
        <translation>您的用户名</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/connect_server.py" line="114"/>
        <source>Enter {what}.</source>
        <translation>请填写{what}。</translation>
    </message>
</context>
<context>
    <name>CreateLedgerDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="53"/>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="58"/>
        <source>Welcome to Dealer Desk</source>
        <translation>欢迎使用经销商台账</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="53"/>
        <source>New ledger</source>
        <translation>新建账本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="62"/>
        <source>Dealer Desk keeps stores, subsidies and closures in one ledger file. There is no ledger here yet. Create one to start:</source>
        <translation>经销商台账把门店、补贴和闭店记录保存在一个账本文件中。这里还没有账本，请先创建一个：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="69"/>
        <source>New ledger file: {path}</source>
        <translation>新账本文件：{path}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="75"/>
        <source>Create an &amp;empty ledger</source>
        <translation>创建空账本(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="78"/>
        <source>Create the &amp;demo ledger (a realistic sample network to try things out)</source>
        <translation>创建演示账本(&amp;D)（一套逼真的示例门店网络，便于试用）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="87"/>
        <source>The demo network is not part of this version.</source>
        <translation>此版本不包含演示网络。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="98"/>
        <source>Administrator user:</source>
        <translation>管理员用户：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="99"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="100"/>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="104"/>
        <source>At least {n} characters. In the demo ledger every demo user (hq.finance, mgr.central, …) gets this password too.</source>
        <translation>至少 {n} 个字符。在演示账本中，所有演示用户（hq.finance、mgr.central 等）也使用此密码。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="121"/>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="123"/>
        <source>&amp;Open an existing ledger…</source>
        <translation>打开已有账本(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="135"/>
        <source>Open ledger</source>
        <translation>打开账本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="137"/>
        <source>Dealer Desk ledgers (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>经销商台账账本 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="152"/>
        <source>The password is too short: use at least {n} characters.</source>
        <translation>密码太短：请至少使用 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="158"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="171"/>
        <source>Demo ledger</source>
        <translation>演示账本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/create_ledger.py" line="172"/>
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
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="86"/>
        <source>Budget used · national</source>
        <translation>预算使用 · 全国</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="101"/>
        <source>Budget use · national</source>
        <translation>预算使用 · 全国</translation>
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
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="170"/>
        <source>of {budget} · {left} left · {proposed} proposed</source>
        <translation>预算 {budget} · 剩余 {left} · 待审 {proposed}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="176"/>
        <source>{region}: {committed} approved or paid</source>
        <translation>{region}（本大区）：已批准或已支付 {committed}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="181"/>
        <source>quota {quota}</source>
        <translation>配额 {quota}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="188"/>
        <source>no policy in this ledger</source>
        <translation>此账本中没有政策</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="191"/>
        <source>{n} proposed, awaiting a decision</source>
        <translation>{n} 项已提议，等待审批</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="196"/>
        <source>{pct:.1f}% of the {ref} reference</source>
        <translation>占参考值 {ref} 的 {pct:.1f}%</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="205"/>
        <source>10k yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="205"/>
        <source>million yuan</source>
        <translation>百万元</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="218"/>
        <source>Paid {v}</source>
        <translation>已支付 {v}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="220"/>
        <source>Approved {v}</source>
        <translation>已批准 {v}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="225"/>
        <source>Left {v}</source>
        <translation>剩余 {v}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="54"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="57"/>
        <source>Pick a date</source>
        <translation>选择日期</translation>
    </message>
</context>
<context>
    <name>EligibilityScreen</name>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="64"/>
        <source>Eligibility</source>
        <translation>补贴资格</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="73"/>
        <source>All stores</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="74"/>
        <source>Eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="75"/>
        <source>Not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="76"/>
        <source>Eligible, not yet proposed</source>
        <translation>符合条件且尚未提议</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="78"/>
        <source>Search code, name or reason…</source>
        <translation>搜索编码、名称或原因…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="81"/>
        <source>Select all to propose</source>
        <translation>全选可提议门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="84"/>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="297"/>
        <source>&amp;Propose subsidies…</source>
        <translation>提议补贴(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="91"/>
        <source>Policy:</source>
        <translation>政策：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="129"/>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="129"/>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="134"/>
        <source>Stores</source>
        <translation>门店数</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="129"/>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="134"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="143"/>
        <source>Totals by tier</source>
        <translation>按档位合计</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="144"/>
        <source>Totals by region</source>
        <translation>按大区合计</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="214"/>
        <source>{eligible} eligible · {not_eligible} not eligible · {amount} in all</source>
        <translation>{eligible} 家符合条件 · {not_eligible} 家不符合 · 合计 {amount}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="220"/>
        <source>All eligible</source>
        <translation>全部符合条件</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="229"/>
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
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="347"/>
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
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="351"/>
        <source>Subsidies proposed: {n}.</source>
        <translation>已提议补贴：{n} 项。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="353"/>
        <source>Refused: {n}:</source>
        <translation>被拒绝：{n} 项：</translation>
    </message>
</context>
<context>
    <name>EligibilityTableModel</name>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="29"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="30"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="31"/>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="32"/>
        <source>Eligible</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="33"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="34"/>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="35"/>
        <source>Subsidy</source>
        <translation>补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="36"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="164"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/eligibility_table.py" line="166"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>FailureTableModel</name>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="108"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="110"/>
        <source>Subsidy</source>
        <translation>补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="112"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="114"/>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="116"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="118"/>
        <source>Bank&apos;s reason</source>
        <translation>银行退回原因</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="120"/>
        <source>Account sent to</source>
        <translation>付款账号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/payment_tables.py" line="123"/>
        <source>Answered</source>
        <translation>反馈时间</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="51"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="54"/>
        <source>A CSV (UTF-8 or GBK) or Excel .xlsx file with a header row. English or Chinese column names are both fine.</source>
        <translation>带表头的 CSV（UTF-8 或 GBK）或 Excel .xlsx 文件。列名可用中文或英文。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="58"/>
        <source>Stores (one row per store)</source>
        <translation>门店（每行一家门店）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="61"/>
        <source>Monthly performance (one row per store and month)</source>
        <translation>月度经营数据（每家门店每月一行）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="70"/>
        <source>Path of a .csv or .xlsx file</source>
        <translation>.csv 或 .xlsx 文件的路径</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="72"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="78"/>
        <source>What does the file hold?</source>
        <translation>文件内容是什么？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="82"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="100"/>
        <source>Choose a spreadsheet</source>
        <translation>选择表格文件</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="102"/>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx *.xlsm *.txt *.tsv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>GridActions</name>
    <message>
        <location filename="../../dealer_app/ui/grid_actions.py" line="37"/>
        <source>&amp;Copy selected rows</source>
        <translation>复制所选行(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/grid_actions.py" line="43"/>
        <source>&amp;Export shown rows to Excel…</source>
        <translation>将显示的行导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/grid_actions.py" line="116"/>
        <source>Filter: {text}</source>
        <translation>筛选：{text}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/grid_actions.py" line="121"/>
        <source>{n} rows, exported {when}</source>
        <translation>共 {n} 行，导出于 {when}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/grid_actions.py" line="146"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/grid_actions.py" line="162"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/grid_actions.py" line="164"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/grid_actions.py" line="187"/>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="306"/>
        <source>Import a spreadsheet</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="314"/>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="315"/>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="320"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="331"/>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="351"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="332"/>
        <source>Checking {name}…</source>
        <translation>正在检查 {name}…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="352"/>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="357"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="165"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="169"/>
        <source>Print through the system print dialog (Ctrl+P)</source>
        <translation>通过系统打印对话框打印（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="173"/>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="176"/>
        <source>Save the letters as a PDF file (Ctrl+S)</source>
        <translation>将通知书保存为 PDF 文件（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="179"/>
        <source>All letters in one PDF…</source>
        <translation>全部通知书存为一个 PDF…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="180"/>
        <source>One PDF per letter, into a folder…</source>
        <translation>每份通知书一个 PDF，存入文件夹…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="181"/>
        <source>Fit &amp;width</source>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="183"/>
        <source>Whole p&amp;age</source>
        <translation>整页(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="185"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="227"/>
        <source>not numbered yet</source>
        <translation>尚未编号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="229"/>
        <source>{n} not numbered yet</source>
        <translation>{n} 封尚未编号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="232"/>
        <source>drafts marked 草稿 / DRAFT: each is numbered when it is printed or saved</source>
        <translation>草稿（标有“草稿 / DRAFT”）：打印或保存时才编号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="235"/>
        <source>originals</source>
        <translation>正本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="235"/>
        <source>original</source>
        <translation>正本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="238"/>
        <source>copies marked 副本 / COPY</source>
        <translation>副本（标注“副本 / COPY”）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="240"/>
        <source>copy marked 副本 / COPY</source>
        <translation>副本（标注“副本 / COPY”）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="243"/>
        <source>{o} originals, {c} copies marked 副本 / COPY</source>
        <translation>正本 {o} 份，副本 {c} 份（标注“副本 / COPY”）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="247"/>
        <source>1 letter</source>
        <translation>1 份通知书</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="247"/>
        <source>{n} letters</source>
        <translation>{n} 份通知书</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="250"/>
        <source>Payout letters — {names}</source>
        <translation>补贴通知书 — {names}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="265"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="298"/>
        <source>Print letters</source>
        <translation>打印通知书</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="299"/>
        <source>Printing the letters…</source>
        <translation>正在打印通知书…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="324"/>
        <source>Save letters as PDF</source>
        <translation>将通知书保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="326"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="335"/>
        <source>Save one PDF per letter into</source>
        <translation>每份通知书一个 PDF，保存到</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="355"/>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="389"/>
        <source>Save letters</source>
        <translation>保存通知书</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="356"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="390"/>
        <source>Saving {n} letters…</source>
        <translation>正在保存 {n} 份通知书…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="398"/>
        <source>Sent 1 page to the printer.</source>
        <translation>已向打印机发送 1 页。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="400"/>
        <source>Sent {n} pages to the printer.</source>
        <translation>已向打印机发送 {n} 页。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="404"/>
        <source>Only one set was printed: a letter has one original. Print again for copies marked 副本 / COPY.</source>
        <translation>只打印了一套：每份通知书只有一份正本。再次打印将得到标注“副本 / COPY”的副本。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="410"/>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="412"/>
        <source>Saved {n} files in {folder}.</source>
        <translation>已在 {folder} 中保存 {n} 个文件。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/letter_preview.py" line="423"/>
        <source>The originals are counted as printed; the preview now shows the copies (副本 / COPY).</source>
        <translation>正本已记为已打印；预览现显示副本（副本 / COPY）。</translation>
    </message>
</context>
<context>
    <name>LetterTableModel</name>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="35"/>
        <source>void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="72"/>
        <source>Subsidy</source>
        <translation>补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="74"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="80"/>
        <source>Name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="86"/>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="92"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="100"/>
        <source>Status</source>
        <translation>补贴状态</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="106"/>
        <source>Letter number</source>
        <translation>通知书编号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="114"/>
        <source>Printed</source>
        <translation>打印次数</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="121"/>
        <source>Issued</source>
        <translation>开具时间</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="146"/>
        <source>Subsidy {id} is {status}: letters are issued only for approved or paid subsidies.</source>
        <translation>补贴 {id} 的状态为{status}：只有已批准或已支付的补贴才能开具通知书。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="152"/>
        <source>Not printed yet: the next print is the original.</source>
        <translation>尚未打印：下一次打印即为正本。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/letter_table.py" line="155"/>
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
        <location filename="../../dealer_app/ui/screens/letters.py" line="291"/>
        <location filename="../../dealer_app/ui/screens/letters.py" line="322"/>
        <source>Payout letters</source>
        <translation>补贴通知书</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="104"/>
        <source>Search subsidy, store, name or letter number…</source>
        <translation>搜索补贴、门店、名称或通知书编号…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="107"/>
        <source>&amp;Generate letters…</source>
        <translation>生成通知书(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="112"/>
        <source>Issue the selected subsidies&apos; letters and preview them (Enter, Ctrl+G)</source>
        <translation>为所选补贴开具通知书并预览（Enter，Ctrl+G）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="116"/>
        <source>&amp;Verify a letter PDF…</source>
        <translation>核验通知书 PDF(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="119"/>
        <source>Check that a letter&apos;s PDF file is exactly what the ledger issued</source>
        <translation>核对通知书 PDF 文件是否与账本开具的完全一致</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="122"/>
        <source>&amp;Check a letter…</source>
        <translation>核验通知书(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="127"/>
        <source>Scan or paste the QR code of a paper letter and check it against the ledger (Ctrl+K)</source>
        <translation>扫描或粘贴纸质通知书的二维码，与账本核对（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="134"/>
        <source>&amp;Policy:</source>
        <translation>政策(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="159"/>
        <source>Letters are issued only for approved or paid subsidies. The first print (or save) of a letter is the original; every later one is marked 副本 / COPY.</source>
        <translation>只有已批准或已支付的补贴才能开具通知书。通知书第一次打印（或保存）为正本；之后每次都标注“副本 / COPY”。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="227"/>
        <source>Approved or paid: {n} · letters issued: {issued} · printed: {printed}</source>
        <translation>已批准或已支付：{n} · 已开具通知书：{issued} · 已打印：{printed}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="245"/>
        <source>{n} selected · {amount}</source>
        <translation>已选 {n} 条 · {amount}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="249"/>
        <source>new letter numbers to issue: {n}</source>
        <translation>待开具的新通知书编号：{n} 个</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="254"/>
        <source>{n} shown · {amount} in all</source>
        <translation>显示 {n} 条 · 合计 {amount}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="293"/>
        <source>{n} letters cannot be printed:</source>
        <translation>有 {n} 份通知书无法打印：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="323"/>
        <source>Rendering 1 letter…</source>
        <translation>正在生成 1 份通知书…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="325"/>
        <source>Rendering {n} letters…</source>
        <translation>正在生成 {n} 份通知书…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="355"/>
        <location filename="../../dealer_app/ui/screens/letters.py" line="377"/>
        <source>Verify a letter PDF</source>
        <translation>核验通知书 PDF</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/letters.py" line="357"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF 文件 (*.pdf);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="130"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="131"/>
        <source>&amp;New ledger…</source>
        <translation>新建账本(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="135"/>
        <source>&amp;Open ledger…</source>
        <translation>打开账本(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="139"/>
        <source>&amp;Connect to a shared ledger…</source>
        <translation>连接共享账本(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="142"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="146"/>
        <source>&amp;Back up ledger…</source>
        <translation>备份账本(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="155"/>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="163"/>
        <source>Sign in as another &amp;user…</source>
        <translation>以其他用户登录(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="165"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="180"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="194"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="198"/>
        <source>&amp;Who is signed in…</source>
        <translation>当前在线的人(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="202"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="207"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="218"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="219"/>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="223"/>
        <source>&amp;About Dealer Desk</source>
        <translation>关于经销商台账(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="242"/>
        <source>All regions</source>
        <translation>全部大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="247"/>
        <source>The shared ledger</source>
        <translation>共享账本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="249"/>
        <source>The open ledger file</source>
        <translation>当前打开的账本文件</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="258"/>
        <source>Cannot reach the ledger: showing what was last loaded; reconnecting…</source>
        <translation>无法连接账本：显示的是最后载入的内容；正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="265"/>
        <source>Waiting for the shared ledger…</source>
        <translation>正在等待共享账本…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="273"/>
        <source>Open the read-only copy</source>
        <translation>打开只读副本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="357"/>
        <source>Dealer Desk</source>
        <translation>经销商台账</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="360"/>
        <source>read-only copy of {ledger} from {at}</source>
        <translation>{ledger} 的只读副本（{at}）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="364"/>
        <source>(business date {day})</source>
        <translation>（业务日期 {day}）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="395"/>
        <source>{n} waiting for you</source>
        <translation>{n} 项待您处理</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="455"/>
        <source>&amp;Return to the shared ledger</source>
        <translation>返回共享账本(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="531"/>
        <source>Open ledger</source>
        <translation>打开账本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="533"/>
        <location filename="../../dealer_app/ui/main_window.py" line="589"/>
        <source>Dealer Desk ledgers (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>经销商台账账本 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="542"/>
        <source>No other ledgers yet</source>
        <translation>还没有其他账本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="546"/>
        <source>shared ledger</source>
        <translation>共享账本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="560"/>
        <source>Back up ledger</source>
        <translation>备份账本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="562"/>
        <source>Dealer Desk ledgers (*.sqlite3)</source>
        <translation>经销商台账账本 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="568"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="574"/>
        <source>Backed up the ledger to {path}</source>
        <translation>账本已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="587"/>
        <location filename="../../dealer_app/ui/main_window.py" line="603"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="606"/>
        <source>Replace the ledger with the copy {name} ({n} audit entries)? Everything done since that copy was made is replaced; the current ledger is kept aside in the backups folder. Everyone signs in again afterwards.</source>
        <translation>用副本 {name}（{n} 条审计记录）替换账本？该副本制作之后所做的一切都将被替换；当前账本会另存在备份文件夹中。之后所有人都需重新登录。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="611"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="627"/>
        <source>The ledger was restored from {name}. The replaced ledger is kept at {aside}. Sign in again to go on.</source>
        <translation>账本已从 {name} 恢复。被替换的账本保存在 {aside}。请重新登录以继续。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="657"/>
        <source>About Dealer Desk</source>
        <translation>关于经销商台账</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/main_window.py" line="659"/>
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
    <name>NewBatchDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="55"/>
        <source>New payment batch</source>
        <translation>新建付款批次</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="58"/>
        <source>Gathers the approved subsidies that are in no batch yet, oldest approval first, as many as the batch limits allow. A second finance user reviews and releases it.</source>
        <translation>按批准时间先后，将尚未进入批次的已批准补贴纳入新批次，直至达到每批上限。须由另一位财务人员复核并放行。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="65"/>
        <source>Every policy</source>
        <translation>全部政策</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="70"/>
        <source>Every region</source>
        <translation>全部大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="73"/>
        <source>Approved between</source>
        <translation>批准日期介于</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="90"/>
        <source>Policy:</source>
        <translation>政策：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="91"/>
        <source>Region:</source>
        <translation>大区：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="93"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="97"/>
        <source>Make the batch</source>
        <translation>生成批次</translation>
    </message>
</context>
<context>
    <name>PartnerBankDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/partner_bank.py" line="37"/>
        <source>Change bank details</source>
        <translation>更改收款账户</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/partner_bank.py" line="76"/>
        <source>e.g. the partner&apos;s letter of 2025-12-10</source>
        <translation>例如：合作方 2025-12-10 来函</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/partner_bank.py" line="51"/>
        <source>Bank:</source>
        <translation>开户银行：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/partner_bank.py" line="42"/>
        <source>Where {name} is paid, for all its stores. A second person must confirm the change before any payment goes to the new account; until then the partner is paid as before. Both steps are recorded in the audit log.</source>
        <translation>{name} 的收款账户（适用于其全部门店）。变更须经另一人确认后，款项才会付往新账户；在此之前仍按原账户付款。申请和确认均记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/partner_bank.py" line="52"/>
        <source>Branch (开户行):</source>
        <translation>开户行：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/partner_bank.py" line="53"/>
        <source>CNAPS code (联行号):</source>
        <translation>联行号：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/partner_bank.py" line="54"/>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/partner_bank.py" line="55"/>
        <source>Account name:</source>
        <translation>户名：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/partner_bank.py" line="72"/>
        <source>12 digits</source>
        <translation>12 位数字</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/partner_bank.py" line="77"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/partner_bank.py" line="91"/>
        <source>Ask for confirmation</source>
        <translation>提交待确认</translation>
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
    <name>PaymentsScreen</name>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="90"/>
        <source>Batches</source>
        <translation>付款批次</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="91"/>
        <source>Refused by the bank</source>
        <translation>银行退回</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="92"/>
        <source>Bank details to confirm</source>
        <translation>待确认的收款账户</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="94"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="95"/>
        <source>Vouchers</source>
        <translation>凭证</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="111"/>
        <source>&amp;New batch…</source>
        <translation>新建批次(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="114"/>
        <source>Gather approved subsidies into a draft batch</source>
        <translation>将已批准补贴纳入草稿批次</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="117"/>
        <source>&amp;Release…</source>
        <translation>放行(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="120"/>
        <location filename="../../dealer_app/ui/screens/payments.py" line="456"/>
        <source>The checker&apos;s release (not the maker)</source>
        <translation>复核人放行（不能是制单人）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="123"/>
        <source>Cancel batch…</source>
        <translation>取消批次…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="126"/>
        <source>Bank &amp;file…</source>
        <translation>银行文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="129"/>
        <source>Preview and write the bank&apos;s batch-transfer file</source>
        <translation>预览并生成银行批量转账文件</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="132"/>
        <source>Read bank &amp;results…</source>
        <translation>导入银行结果(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="180"/>
        <source>Payments the bank refused. Their subsidies are approved again: correct the payee&apos;s bank details (a change a second person confirms), then pay them in a new batch.</source>
        <translation>银行退回的付款。相应补贴已恢复为已批准：请更正收款账户（经另一人确认的变更），再纳入新批次支付。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="190"/>
        <source>Pay again in a new batch</source>
        <translation>纳入新批次重新支付</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="206"/>
        <source>A change of a partner&apos;s bank details takes effect only when a second person confirms it. Check it with the partner (by a known telephone number, not one in the request) before confirming.</source>
        <translation>合作方收款账户的变更须经另一人确认后才生效。确认前请与合作方核实（使用已知的电话号码，而非申请中提供的号码）。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="218"/>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="221"/>
        <source>Re&amp;ject</source>
        <translation>驳回(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="224"/>
        <source>&amp;Withdraw my request</source>
        <translation>撤回本人申请(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="243"/>
        <source>Owed by region (approved, not yet paid)</source>
        <translation>各大区应付未付（已批准、尚未支付）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="245"/>
        <source>Paid by month</source>
        <translation>按月支付</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="259"/>
        <source>Export the reports…</source>
        <translation>导出报表…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="280"/>
        <source>Balanced journal entries for a period: accruals of approvals, their reversal when cancelled, payments and closure losses, with the account codes of the settings. A period is exported once; exporting it again says so.</source>
        <translation>某期间借贷平衡的记账凭证：批准时计提、取消时冲销、支付及闭店损失，科目编码取自设置。同一期间只导出一次，再次导出会提示。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="287"/>
        <source>Write &amp;vouchers…</source>
        <translation>生成凭证(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="299"/>
        <source>Exported so far:</source>
        <translation>已导出：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="331"/>
        <source>Bank details to confirm: {n}</source>
        <translation>待确认的收款账户：{n}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="343"/>
        <source>To release: {drafts} · at the bank: {released} · refused: {failures} · bank details to confirm: {pending}</source>
        <translation>待放行：{drafts} · 银行处理中：{released} · 被退回：{failures} · 待确认的收款账户：{pending}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="358"/>
        <location filename="../../dealer_app/ui/screens/payments.py" line="364"/>
        <source>10,000 yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="412"/>
        <source>(a repeat)</source>
        <translation>（重新导出）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="444"/>
        <source>{n} payments to look at before releasing</source>
        <translation>放行前有 {n} 笔付款需核实</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="454"/>
        <source>You made this batch: a second finance user releases it (four eyes)</source>
        <translation>此批次由您制单，须由另一位财务人员放行（双人复核）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="533"/>
        <source>Cancel batch {number}</source>
        <translation>取消批次 {number}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="534"/>
        <source>Why? (its subsidies stay approved, free for another batch)</source>
        <translation>原因？（其中的补贴仍为已批准，可纳入其他批次）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="556"/>
        <source>{n} rows, {total}. Every cell is written as text; amounts in yuan with two decimals.</source>
        <translation>{n} 行，共 {total}。所有单元格均以文本写入；金额以元为单位，保留两位小数。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="565"/>
        <source>Write the bank file</source>
        <translation>生成银行文件</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="589"/>
        <source>The bank&apos;s result file</source>
        <translation>银行结果文件</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="591"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>电子表格 (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="599"/>
        <source>The bank&apos;s layout</source>
        <translation>银行格式</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="600"/>
        <source>Read it as:</source>
        <translation>按此格式读取：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="638"/>
        <source>Bank results</source>
        <translation>银行结果</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="660"/>
        <source>You asked for this change: a second person confirms it</source>
        <translation>此变更由您申请，须由另一人确认</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="694"/>
        <source>Export the reports</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/payments.py" line="712"/>
        <source>Write the vouchers</source>
        <translation>生成凭证</translation>
    </message>
</context>
<context>
    <name>PoliciesScreen</name>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="50"/>
        <source>up to {end}</source>
        <translation>截至 {end}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="52"/>
        <source>from {start}</source>
        <translation>{start} 起</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="53"/>
        <source>any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="90"/>
        <source>valid from</source>
        <translation>生效日</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="91"/>
        <source>valid to</source>
        <translation>截止日</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="92"/>
        <source>from</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="93"/>
        <source>to</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="94"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="95"/>
        <source>store types</source>
        <translation>门店类型</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="96"/>
        <source>rate per vehicle</source>
        <translation>每台金额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="97"/>
        <source>vehicle target</source>
        <translation>台数目标</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="98"/>
        <source>years</source>
        <translation>年数</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="99"/>
        <source>last target year</source>
        <translation>最后目标年</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="100"/>
        <source>period from</source>
        <translation>期间起</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="101"/>
        <source>period to</source>
        <translation>期间止</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="174"/>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="178"/>
        <source>&amp;New policy…</source>
        <translation>新建政策(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="181"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="185"/>
        <source>Change the selected policy; saving makes a new version</source>
        <translation>修改所选政策；保存后生成新版本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="189"/>
        <source>Regional &amp;quotas…</source>
        <translation>大区配额(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="192"/>
        <source>Split the selected policy&apos;s budget among the regions (HQ finance)</source>
        <translation>将所选政策的预算分配给各大区（总部财务）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="207"/>
        <source>Only an administrator can create or change policies; you see them as they are.</source>
        <translation>只有管理员可以新建或修改政策；您只能查看。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="216"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="216"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="216"/>
        <location filename="../../dealer_app/ui/screens/policies.py" line="301"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="216"/>
        <location filename="../../dealer_app/ui/screens/policies.py" line="274"/>
        <location filename="../../dealer_app/ui/screens/policies.py" line="304"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="273"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="275"/>
        <source>Committed (approved + paid)</source>
        <translation>已占用（已批准 + 已支付）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="276"/>
        <source>Proposed, awaiting approval</source>
        <translation>已提议，待审批</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="277"/>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="278"/>
        <source>Eligible store types</source>
        <translation>适用门店类型</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="287"/>
        <source>Rules of the current version</source>
        <translation>当前版本的规则</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="295"/>
        <source>Version history</source>
        <translation>版本历史</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="302"/>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="303"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="305"/>
        <source>Subsidies</source>
        <translation>补贴数</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="306"/>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="315"/>
        <source>Subsidies proposed under each version; they keep it when the policy changes</source>
        <translation>按各版本提议的补贴；政策修改后仍沿用原版本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="354"/>
        <source>1 policy</source>
        <translation>1 项政策</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="354"/>
        <source>{n} policies</source>
        <translation>{n} 项政策</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="433"/>
        <source>No policy selected</source>
        <translation>未选择政策</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="440"/>
        <source>{code} · version {n}</source>
        <translation>{code} · 第 {n} 版</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="447"/>
        <source>{amount} ({share} of the budget; {left} left)</source>
        <translation>{amount}（占预算 {share}；剩余 {left}）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="469"/>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="469"/>
        <source>Stores opened</source>
        <translation>开业日期</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="469"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="477"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="477"/>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="479"/>
        <source>Amount per vehicle delivered</source>
        <translation>每交付一台的补贴金额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="481"/>
        <source>Partner&apos;s yearly target</source>
        <translation>经销商年度目标</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="482"/>
        <source>{n} vehicles</source>
        <translation>{n} 台</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="484"/>
        <source>Met in each of</source>
        <translation>需在以下每年达成</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="486"/>
        <source>Vehicles paid for</source>
        <translation>计补贴车辆的交付期间</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="523"/>
        <source>{n} (current)</source>
        <translation>{n}（当前）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="524"/>
        <source>with the ledger</source>
        <translation>随账本创建</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="68"/>
        <source>{rate} per vehicle · ≥ {target} vehicles a year in {years} · {period}</source>
        <translation>每台 {rate} · {years} 年每年 ≥ {target} 台 · {period}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="114"/>
        <source>first version</source>
        <translation>首个版本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="117"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="120"/>
        <source>budget {old} → {new}</source>
        <translation>预算 {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="136"/>
        <source>tier {name} added</source>
        <translation>新增档位 {name}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="145"/>
        <source>tier {name} removed</source>
        <translation>删除档位 {name}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/policies.py" line="149"/>
        <source>no change in the rules</source>
        <translation>规则无变化</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="110"/>
        <source>open</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="347"/>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="485"/>
        <source>New policy</source>
        <translation>新建政策</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="349"/>
        <source>Edit policy {code}</source>
        <translation>编辑政策 {code}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="357"/>
        <source>e.g. YE2026</source>
        <translation>例如 YE2026</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="360"/>
        <source>e.g. 2026年度经销商年终补贴</source>
        <translation>例如：2026年度经销商年终补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="363"/>
        <source>e.g. 2026 year-end dealer subsidy</source>
        <translation>例如：2026 year-end dealer subsidy</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="370"/>
        <source>whole yuan, e.g. 150,000,000</source>
        <translation>整数元，例如 150,000,000</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="377"/>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="437"/>
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
        <source>Name (Chinese):</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="383"/>
        <source>Name (English):</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="384"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="385"/>
        <source>Budget (yuan):</source>
        <translation>预算（元）：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="386"/>
        <source>Valid from:</source>
        <translation>有效期自：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="392"/>
        <source>Tier name</source>
        <translation>档位名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="392"/>
        <source>Opened from</source>
        <translation>开业日期自</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="392"/>
        <source>Opened to</source>
        <translation>开业日期至</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="392"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="404"/>
        <source>Add tier</source>
        <translation>添加档位</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="407"/>
        <source>Remove tier</source>
        <translation>删除档位</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="412"/>
        <source>Dates are inclusive; leave a date empty for an open end. Amounts in yuan.</source>
        <translation>日期含首尾两天；日期留空表示不设限。金额单位为元。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="443"/>
        <source>Yuan per vehicle:</source>
        <translation>每台金额（元）：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="444"/>
        <source>Yearly target (vehicles):</source>
        <translation>年度目标（台）：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="445"/>
        <source>Years in a row:</source>
        <translation>连续年数：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="446"/>
        <source>Last target year:</source>
        <translation>目标最后一年：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="447"/>
        <source>Vehicles paid from:</source>
        <translation>计补贴车辆交付期间：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="450"/>
        <source>A store qualifies when its partner delivered at least the target in each of the years ending with the last target year; it gets the rate × its own vehicles delivered in the period.</source>
        <translation>截至目标最后一年的每一年，经销商交付量均不低于目标时，其门店即符合条件；补贴金额为每台金额 × 该门店在期间内的交付台数。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="480"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="482"/>
        <source>Eligible store types</source>
        <translation>适用门店类型</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="487"/>
        <source>Edit {code} — version {old} becomes version {new}</source>
        <translation>编辑 {code} — 第 {old} 版将变为第 {new} 版</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="575"/>
        <source>The kind of a saved policy stays; create a new policy.</source>
        <translation>已保存政策的类型不能更改；如需其他类型，请新建政策。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="689"/>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="690"/>
        <source>Valid to</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="727"/>
        <source>…and {n} more.</source>
        <translation>……另有 {n} 项。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="738"/>
        <source>Give a code to see the effect.</source>
        <translation>填写编码后即可查看影响。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="740"/>
        <source>Fix the rules to see the effect.</source>
        <translation>修正规则后即可查看影响。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="743"/>
        <source>Calculating…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="749"/>
        <source>Saving creates policy {code}, version 1. Stores can then be proposed under it.</source>
        <translation>保存后将创建政策 {code} 第 1 版，之后即可按此政策提议门店补贴。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="753"/>
        <source>Only the budget changes: version {n} of {code} keeps its rules and amounts.</source>
        <translation>只修改预算：{code} 的第 {n} 版保留其规则和金额。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="757"/>
        <source>Saving creates version {n} of {code}; existing subsidies keep their version and amounts, new proposals use version {n}.</source>
        <translation>保存后将创建 {code} 第 {n} 版；已有补贴保持原版本和金额，新的提议使用第 {n} 版。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="792"/>
        <source>Failed.</source>
        <translation>失败。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="805"/>
        <source>The budget is below the {committed} already committed.</source>
        <translation>预算低于已承诺的 {committed}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="821"/>
        <source>Eligible total: {old} → {new} ({delta}).</source>
        <translation>符合条件合计：{old} → {new}（{delta}）。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="825"/>
        <source>Create policy {code}?</source>
        <translation>创建政策 {code}？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="827"/>
        <source>Change the budget of {code} to {budget}?</source>
        <translation>将 {code} 的预算改为 {budget}？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="832"/>
        <source>Save {code} as version {n}?

Existing subsidies keep version {old} and their amounts; new proposals use version {n}.</source>
        <translation>将 {code} 保存为第 {n} 版？

已有补贴保持第 {old} 版及原金额；新的提议使用第 {n} 版。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="856"/>
        <source>The policy was not saved.</source>
        <translation>政策未保存。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="114"/>
        <source>Check the file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="123"/>
        <source>Show only rows with problems</source>
        <translation>只显示有问题的行</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="182"/>
        <source>Checking {name}…</source>
        <translation>正在检查 {name}…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="202"/>
        <source>1 row of {total} has a problem. Nothing will be imported until it is fixed: correct the file and check it again.</source>
        <translation>{total} 行中有 1 行有问题。修正之前不会导入任何数据：请修改文件后重新检查。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="207"/>
        <source>{n} rows of {total} have problems. Nothing will be imported until they are fixed: correct the file and check it again.</source>
        <translation>{total} 行中有 {n} 行有问题。修正之前不会导入任何数据：请修改文件后重新检查。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="234"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>导入已取消；没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="254"/>
        <source>The file is fine: {rows} rows. Importing it will add {added} stores, update {updated} and leave {unchanged} unchanged.</source>
        <translation>文件无误：共 {rows} 行。导入将新增 {added} 家门店，更新 {updated} 家，{unchanged} 家不变。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="259"/>
        <source>Imported {rows} rows: {added} stores added, {updated} updated, {unchanged} unchanged.</source>
        <translation>已导入 {rows} 行：新增 {added} 家门店，更新 {updated} 家，{unchanged} 家不变。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="266"/>
        <source>The file is fine: {rows} rows. Importing it will add {added} monthly rows and replace {updated}.</source>
        <translation>文件无误：共 {rows} 行。导入将新增 {added} 条月度数据，替换 {updated} 条。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="271"/>
        <source>Imported {rows} rows: {added} monthly rows added, {updated} replaced.</source>
        <translation>已导入 {rows} 行：新增 {added} 条月度数据，替换 {updated} 条。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="287"/>
        <source>new: {code}</source>
        <translation>新增：{code}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="290"/>
        <source>changed: {code} ({fields})</source>
        <translation>变更：{code}（{fields}）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/import_wizard.py" line="294"/>
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
    <name>QuotaDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/quotas.py" line="44"/>
        <source>Regional quotas — {code}</source>
        <translation>大区配额 — {code}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/quotas.py" line="47"/>
        <source>Split the national budget of {budget} among the regions (optional). An approval that would take a region past its quota is refused. Leave a region empty for no quota.</source>
        <translation>将全国预算 {budget} 分配给各大区（可选）。批准后会使某大区超出其配额的审批将被拒绝。留空表示该大区不设配额。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/quotas.py" line="59"/>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/quotas.py" line="60"/>
        <source>Approved or paid</source>
        <translation>已批准或已支付</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/quotas.py" line="61"/>
        <source>Quota (yuan)</source>
        <translation>配额（元）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/quotas.py" line="78"/>
        <source>no quota</source>
        <translation>不设配额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/quotas.py" line="109"/>
        <source>Type the quota as a whole number of yuan, e.g. 2000000.</source>
        <translation>请以整数元填写配额，例如 2000000。</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="124"/>
        <source>Release batch {number}</source>
        <translation>放行批次 {number}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="127"/>
        <source>Release batch {number}: {count} payments, {total}. From then on it is frozen and its bank file can be written.</source>
        <translation>放行批次 {number}：{count} 笔，共 {total}。放行后批次即锁定，可生成银行文件。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="134"/>
        <source>I checked these payments with the partner</source>
        <translation>我已与合作方核实这些付款</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="137"/>
        <source>Look at these payments before releasing:</source>
        <translation>放行前请核实以下付款：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="147"/>
        <source>Comment (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="152"/>
        <source>Release</source>
        <translation>放行</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../dealer_app/ui/screens/__init__.py" line="128"/>
        <location filename="../../dealer_app/ui/screens/audit.py" line="89"/>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/__init__.py" line="78"/>
        <location filename="../../dealer_app/ui/screens/dashboard.py" line="56"/>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/__init__.py" line="92"/>
        <location filename="../../dealer_app/ui/screens/eligibility.py" line="53"/>
        <source>Eligibility</source>
        <translation>补贴资格</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/__init__.py" line="85"/>
        <location filename="../../dealer_app/ui/screens/stores.py" line="38"/>
        <source>Stores</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/__init__.py" line="99"/>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="256"/>
        <source>Subsidies</source>
        <translation>补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/__init__.py" line="106"/>
        <location filename="../../dealer_app/ui/screens/closures.py" line="74"/>
        <source>Closures</source>
        <translation>闭店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/__init__.py" line="113"/>
        <location filename="../../dealer_app/ui/screens/letters.py" line="77"/>
        <source>Letters</source>
        <translation>通知书</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/__init__.py" line="120"/>
        <location filename="../../dealer_app/ui/screens/payments.py" line="72"/>
        <source>Payments</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/__init__.py" line="135"/>
        <location filename="../../dealer_app/ui/screens/policies.py" line="159"/>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/__init__.py" line="150"/>
        <location filename="../../dealer_app/ui/screens/settings.py" line="78"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/__init__.py" line="142"/>
        <location filename="../../dealer_app/ui/screens/users.py" line="42"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="91"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="94"/>
        <source>Letter and closure settings apply to everyone using this ledger.</source>
        <translation>通知书和闭店设置对使用此账本的所有人生效。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="97"/>
        <source>Only an administrator can change the ledger&apos;s settings; you see them as they are. The language applies to this computer only.</source>
        <translation>只有管理员可以修改账本设置；您只能查看。界面语言仅对本机生效。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="115"/>
        <source>How letter numbers are made: {policy}, {region} or {region_zh}, {year} and {seq} (the number within the policy, region and year; {seq:06d} pads it to six digits). E.g. {policy}〔{year}〕{region_zh}{seq:04d}号</source>
        <translation>通知书编号的组成：{policy}、{region} 或 {region_zh}、{year} 和 {seq}（同一政策、大区、年度内的流水号；{seq:06d} 补足六位）。例如 {policy}〔{year}〕{region_zh}{seq:04d}号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="125"/>
        <source>One line each, printed under the letter for a signature, e.g. 经办人 / Prepared by</source>
        <translation>每行一项，打印在通知书下方供签字，例如：经办人 / Prepared by</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="129"/>
        <source>Letter issuer</source>
        <translation>通知书出具单位</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="132"/>
        <source>Name (Chinese):</source>
        <translation>名称（中文）：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="133"/>
        <source>Name (English):</source>
        <translation>名称（英文）：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="134"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="135"/>
        <source>Letter numbers:</source>
        <translation>通知书编号：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="136"/>
        <source>Handling lines:</source>
        <translation>经办栏：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="152"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="153"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="154"/>
        <source>Chinese, once paid</source>
        <translation>中文（已付款）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="155"/>
        <source>English, once paid</source>
        <translation>英文（已付款）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="166"/>
        <source>Insert:</source>
        <translation>插入：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="177"/>
        <source>Insert {{{name}}} at the cursor</source>
        <translation>在光标处插入 {{{name}}}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="184"/>
        <source>Use the built-in text</source>
        <translation>使用内置文本</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="187"/>
        <source>Empty the text: letters then use the built-in wording shown in grey</source>
        <translation>清空文本：通知书将使用灰色显示的内置措辞</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="198"/>
        <source>Letters print the Chinese text first, then the English. Leave a text empty to use the built-in wording (shown in grey). Placeholders in braces are filled from each letter.</source>
        <translation>通知书先打印中文文本，再打印英文文本。文本留空则使用内置措辞（灰色显示）。花括号中的占位符会按每份通知书自动填写。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="205"/>
        <source>Letter text</source>
        <translation>通知书正文</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="221"/>
        <source>vehicles / month</source>
        <translation>台 / 月</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="228"/>
        <source>/ month</source>
        <translation>/ 月</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="232"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="248"/>
        <source>Closure candidates</source>
        <translation>闭店候选</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="253"/>
        <source>Open stores established before the cutoff, inefficient (below the threshold on average over the last months) and loss-making over the same months.</source>
        <translation>截止日期前开业、营业中的门店，若近几个月平均值低于阈值（低效）且同期亏损，即列为闭店候选。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="260"/>
        <source>Minimum vehicles:</source>
        <translation>最低台数：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="261"/>
        <source>Minimum retail revenue:</source>
        <translation>零售店最低营收：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="262"/>
        <source>Months averaged:</source>
        <translation>平均月数：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="263"/>
        <source>Established before:</source>
        <translation>开业早于：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="264"/>
        <source>One-time loss per closure (editable on each proposal)</source>
        <translation>每次闭店的一次性损失（每个闭店申请中可修改）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="292"/>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="292"/>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="293"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="304"/>
        <source>Payments and the books</source>
        <translation>付款与记账</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="307"/>
        <source>Payments per batch:</source>
        <translation>每批笔数上限：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="308"/>
        <source>Total per batch:</source>
        <translation>每批金额上限：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="309"/>
        <source>Voucher word:</source>
        <translation>凭证字：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="311"/>
        <source>Subsidy expense:</source>
        <translation>补贴费用科目：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="312"/>
        <source>Payable to dealers:</source>
        <translation>应付经销商科目：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="313"/>
        <source>Bank:</source>
        <translation>银行存款科目：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="314"/>
        <source>Closure loss:</source>
        <translation>闭店损失科目：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="315"/>
        <source>Closure loss, credit:</source>
        <translation>闭店损失贷方科目：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="326"/>
        <source>Auxiliary items:</source>
        <translation>辅助核算：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="336"/>
        <source>Kept for this computer; the other settings are in the ledger.</source>
        <translation>仅保存在本机；其他设置保存在账本中。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="340"/>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="343"/>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="373"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="376"/>
        <source>&amp;Save changes</source>
        <translation>保存更改(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="455"/>
        <source>The Chinese issuer name</source>
        <translation>中文出具单位名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="456"/>
        <source>The English issuer name</source>
        <translation>英文出具单位名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="459"/>
        <source>{what} cannot be empty: letters print it.</source>
        <translation>{what}不能为空：通知书上会打印它。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="469"/>
        <source>Cutoff: {problem}</source>
        <translation>截止日期：{problem}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="471"/>
        <source>Give the cutoff date, e.g. 2025-01-01.</source>
        <translation>请填写截止日期，例如 2025-01-01。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="527"/>
        <source>Not a placeholder: {names}. Letters print it exactly as written; use one of the buttons above.</source>
        <translation>不是占位符：{names}。通知书会原样打印；请使用上方的按钮插入占位符。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="546"/>
        <source>1 unsaved change</source>
        <translation>1 项更改未保存</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="548"/>
        <source>{n} unsaved changes</source>
        <translation>{n} 项更改未保存</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="552"/>
        <source>No unsaved changes.</source>
        <translation>没有未保存的更改。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="562"/>
        <location filename="../../dealer_app/ui/screens/settings.py" line="589"/>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="576"/>
        <source>1 setting saved.</source>
        <translation>已保存 1 项设置。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="578"/>
        <source>{n} settings saved.</source>
        <translation>已保存 {n} 项设置。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="581"/>
        <source>The change is recorded in the audit log. Letters already generated keep their text; new letters and closure lists use the new settings.</source>
        <translation>此更改已记入审计日志。已生成的通知书保持原文本；新的通知书和闭店候选清单使用新设置。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="605"/>
        <source>Interface language set to {language}.</source>
        <translation>界面语言已设为{language}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/settings.py" line="608"/>
        <source>The window is shown again in it; nothing else changes.</source>
        <translation>窗口将以该语言重新显示；其他内容不变。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/sign_in.py" line="82"/>
        <source>Sign in — Dealer Desk</source>
        <translation>登录 — 经销商台账</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/sign_in.py" line="93"/>
        <source>Sign in to Dealer Desk</source>
        <translation>登录经销商台账</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/sign_in.py" line="95"/>
        <source>Ledger: {path}</source>
        <translation>账本：{path}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/sign_in.py" line="118"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/sign_in.py" line="119"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/sign_in.py" line="120"/>
        <source>&amp;Remember the password in this computer&apos;s keychain</source>
        <translation>在本机钥匙串中记住密码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/sign_in.py" line="129"/>
        <source>This computer has no keychain to keep it in.</source>
        <translation>本机没有可保存密码的钥匙串。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/sign_in.py" line="138"/>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/sign_in.py" line="159"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="105"/>
        <source>Add store</source>
        <translation>新增门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="107"/>
        <source>Edit store {code}</source>
        <translation>编辑门店 {code}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="119"/>
        <source>18 characters, optional</source>
        <translation>18 位，可不填</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="137"/>
        <source>Store code</source>
        <translation>门店编码</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="138"/>
        <source>Store name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="139"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="140"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="141"/>
        <source>Opening date</source>
        <translation>开业日期</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="142"/>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="143"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="144"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="145"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="148"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="149"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="150"/>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="151"/>
        <source>Account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="155"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="156"/>
        <source>Dealer partner</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="179"/>
        <source>Change &amp;bank details…</source>
        <translation>更改收款账户(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="183"/>
        <source>Where this partner is paid: changed on its own, for all its stores, once a second person confirms it</source>
        <translation>合作方的收款账户：单独变更，适用于其全部门店，经另一人确认后生效</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="257"/>
        <source>Change where the partner is paid with “Change bank details…”</source>
        <translation>请通过“更改收款账户…”更改合作方的收款账户</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="400"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="406"/>
        <source>Yours</source>
        <translation>您的值</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="407"/>
        <source>Saved by {name}</source>
        <translation>{name} 保存的值</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="411"/>
        <source>&amp;Keep mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/store_edit.py" line="412"/>
        <source>&amp;Take theirs</source>
        <translation>采用对方的(&amp;T)</translation>
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
        <location filename="../../dealer_app/ui/screens/stores.py" line="49"/>
        <source>Stores</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/stores.py" line="51"/>
        <source>Search code, name, partner or city…</source>
        <translation>搜索编码、名称、经销商或城市…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/stores.py" line="60"/>
        <source>All regions</source>
        <translation>全部大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/stores.py" line="66"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/stores.py" line="71"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/stores.py" line="77"/>
        <source>&amp;Add store…</source>
        <translation>新增门店(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/stores.py" line="81"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/stores.py" line="84"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/stores.py" line="215"/>
        <source>1 store</source>
        <translation>1 家门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/stores.py" line="215"/>
        <source>{n} stores</source>
        <translation>{n} 家门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/stores.py" line="219"/>
        <source>{shown} of {total} stores</source>
        <translation>{shown} / {total} 家门店</translation>
    </message>
</context>
<context>
    <name>SubsidiesScreen</name>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="67"/>
        <source>Proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="68"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="69"/>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="70"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="71"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="72"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="271"/>
        <source>Subsidies</source>
        <translation>补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="278"/>
        <source>Search id, store, name, user or reference…</source>
        <translation>搜索编号、门店、名称、用户或付款参考号…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="282"/>
        <source>&amp;Policy:</source>
        <translation>政策(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="309"/>
        <source>&amp;Details…</source>
        <translation>详情(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="311"/>
        <source>Every recorded field of the subsidy (Enter)</source>
        <translation>查看补贴的全部记录字段（Enter）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="313"/>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="317"/>
        <source>Approve the selected proposals (Ctrl+Shift+A)</source>
        <translation>批准所选提议（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="319"/>
        <source>&amp;Reject…</source>
        <translation>驳回(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="322"/>
        <source>Reject the selected proposals (Ctrl+Shift+R)</source>
        <translation>驳回所选提议（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="324"/>
        <source>Ca&amp;ncel subsidy…</source>
        <translation>取消补贴(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="327"/>
        <source>Withdraw proposed or approved, unpaid subsidies (frees their budget)</source>
        <translation>撤回已提议或已批准但未支付的补贴（释放其占用的预算）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="330"/>
        <source>&amp;Mark paid…</source>
        <translation>标记为已支付(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="334"/>
        <source>Record the bank transfer of approved subsidies (HQ finance, Ctrl+Shift+P)</source>
        <translation>登记已批准补贴的银行转账（总部财务，Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="348"/>
        <source>Subsidies are decided by regional managers and HQ finance; you can look.</source>
        <translation>补贴由大区经理和总部财务审批；您可以查看。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="415"/>
        <source>{label} ({n})</source>
        <translation>{label}（{n}）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="504"/>
        <source>{n} selected · {amount}</source>
        <translation>已选 {n} 条 · {amount}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="535"/>
        <source>… and {n} more</source>
        <translation>… 另有 {n} 项</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="574"/>
        <source>Budget {budget}: {committed} approved or paid now, {after} after.</source>
        <translation>预算 {budget}：当前已批准或已支付 {committed}，批准后为 {after}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="578"/>
        <source>That is over the budget: approvals beyond it will be refused.</source>
        <translation>这将超出预算：超出部分的批准会被拒绝。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="582"/>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="661"/>
        <source>Approve subsidies</source>
        <translation>批准补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="588"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="600"/>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="670"/>
        <source>Reject subsidies</source>
        <translation>驳回补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="606"/>
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="619"/>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="679"/>
        <source>Cancel subsidies</source>
        <translation>取消补贴</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="625"/>
        <source>Cancel &amp;subsidy</source>
        <translation>取消补贴(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="625"/>
        <source>Cancel &amp;subsidies</source>
        <translation>取消补贴(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="630"/>
        <source>A cancelled subsidy is final; its amount no longer counts against the budget.</source>
        <translation>补贴取消后不可恢复；其金额不再占用预算。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="645"/>
        <source>The same reference is recorded for each (one batch transfer).</source>
        <translation>每项补贴都登记同一个付款参考号（一笔批量转账）。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="688"/>
        <source>Mark paid</source>
        <translation>标记为已支付</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="662"/>
        <source>Approving…</source>
        <translation>正在批准…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="66"/>
        <source>For me</source>
        <translation>待我处理</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="464"/>
        <source>Subsidies: {n} · waiting for a decision: {waiting}</source>
        <translation>补贴：{n} 项 · 待审批：{waiting} 项</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="512"/>
        <source>{n} shown · {amount} in all</source>
        <translation>显示 {n} 条 · 合计 {amount}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="584"/>
        <source>Approve subsidy {id} ({store} {name}, {amount})?</source>
        <translation>批准补贴 {id}（{store} {name}，{amount}）？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="585"/>
        <source>Approve {n} subsidies, {amount} in all?</source>
        <translation>批准 {n} 项补贴，合计 {amount}？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="602"/>
        <source>Reject subsidy {id} ({store} {name}, {amount})?</source>
        <translation>驳回补贴 {id}（{store} {name}，{amount}）？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="603"/>
        <source>Reject {n} subsidies, {amount} in all?</source>
        <translation>驳回 {n} 项补贴，合计 {amount}？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="621"/>
        <source>Cancel subsidy {id} ({store} {name}, {amount})?</source>
        <translation>取消补贴 {id}（{store} {name}，{amount}）？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="622"/>
        <source>Cancel {n} subsidies, {amount} in all?</source>
        <translation>取消 {n} 项补贴，合计 {amount}？</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="648"/>
        <source>Record the payment of subsidy {id} ({store} {name}, {amount})</source>
        <translation>登记补贴 {id}（{store} {name}，{amount}）的付款</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="649"/>
        <source>Record the payment of {n} subsidies, {amount} in all</source>
        <translation>登记 {n} 项补贴的付款，合计 {amount}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="663"/>
        <source>Approved: {n}.</source>
        <translation>已批准：{n} 项。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="671"/>
        <source>Rejecting…</source>
        <translation>正在驳回…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="672"/>
        <source>Rejected: {n}.</source>
        <translation>已驳回：{n} 项。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="680"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="681"/>
        <source>Cancelled: {n}.</source>
        <translation>已取消：{n} 项。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="689"/>
        <source>Recording payments…</source>
        <translation>正在登记付款…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/subsidies.py" line="690"/>
        <source>Marked paid: {n}.</source>
        <translation>已标记为已支付：{n} 项。</translation>
    </message>
</context>
<context>
    <name>SubsidyDetailsDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="32"/>
        <source>Subsidy {id}</source>
        <translation>补贴 {id}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="48"/>
        <source>Subsidy:</source>
        <translation>补贴：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="49"/>
        <source>Region:</source>
        <translation>大区：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="51"/>
        <source>Policy:</source>
        <translation>政策：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="52"/>
        <source>{code}, version {version}</source>
        <translation>{code}，第 {version} 版</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="56"/>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="58"/>
        <source>Paid to:</source>
        <translation>收款方：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="59"/>
        <source>Bank:</source>
        <translation>开户银行：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="60"/>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="61"/>
        <source>Tier:</source>
        <translation>档位：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="62"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="64"/>
        <source>Proposed:</source>
        <translation>提议：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="65"/>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="70"/>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="78"/>
        <source>{when} by {who}</source>
        <translation>{when}，{who}</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="69"/>
        <source>Decided:</source>
        <translation>审批：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="74"/>
        <source>Comment:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="77"/>
        <source>Paid:</source>
        <translation>支付：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/subsidy_details.py" line="80"/>
        <source>Payment reference:</source>
        <translation>付款参考号：</translation>
    </message>
</context>
<context>
    <name>SubsidyTableModel</name>
    <message>
        <location filename="../../dealer_app/ui/models/subsidy_table.py" line="46"/>
        <source>in batch {batch}</source>
        <translation>在付款批次 {batch} 中</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/subsidy_table.py" line="57"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/subsidy_table.py" line="59"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/subsidy_table.py" line="65"/>
        <source>Name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/subsidy_table.py" line="71"/>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/subsidy_table.py" line="77"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/subsidy_table.py" line="85"/>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/subsidy_table.py" line="91"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/subsidy_table.py" line="97"/>
        <source>Proposed by</source>
        <translation>提议人</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/subsidy_table.py" line="103"/>
        <source>Proposed at</source>
        <translation>提议时间</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/subsidy_table.py" line="109"/>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/models/subsidy_table.py" line="115"/>
        <source>Payment reference</source>
        <translation>付款参考号</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../dealer_app/ui/tasks.py" line="247"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/tasks.py" line="248"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/tasks.py" line="253"/>
        <location filename="../../dealer_app/ui/tasks.py" line="387"/>
        <location filename="../../dealer_app/ui/tasks.py" line="402"/>
        <source>Dealer Desk</source>
        <translation>经销商台账</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/tasks.py" line="262"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/tasks.py" line="303"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/tasks.py" line="404"/>
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
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="132"/>
        <source>Choose a region…</source>
        <translation>选择大区…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="136"/>
        <source>Only regional managers have a region.</source>
        <translation>只有大区经理才有所属大区。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="151"/>
        <source>A regional manager needs a region: choose one.</source>
        <translation>大区经理必须有所属大区：请选择一个。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="165"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致；请输入相同的密码。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="182"/>
        <source>Add user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="183"/>
        <source>Add a user</source>
        <translation>新增一个用户</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="184"/>
        <source>&amp;Add user</source>
        <translation>新增用户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="186"/>
        <source>e.g. mgr.central2</source>
        <translation>例如 mgr.central2</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="192"/>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="280"/>
        <source>at least {n} characters</source>
        <translation>至少 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="198"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="199"/>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="243"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="200"/>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="244"/>
        <source>Region:</source>
        <translation>大区：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="203"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="206"/>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="290"/>
        <source>Repeat password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="237"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="239"/>
        <source>Role of {name}</source>
        <translation>{name} 的角色</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="241"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="270"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="272"/>
        <source>New password for {name}</source>
        <translation>{name} 的新密码</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="276"/>
        <source>&amp;Set password</source>
        <translation>设置密码(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="287"/>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/user_edit.py" line="293"/>
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
        <location filename="../../dealer_app/ui/screens/users.py" line="56"/>
        <source>&amp;Add user…</source>
        <translation>新增用户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="60"/>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="63"/>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="66"/>
        <location filename="../../dealer_app/ui/screens/users.py" line="180"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="72"/>
        <source>Regional managers act on their own region; HQ finance on all regions and marks payouts paid; administrators manage users, policies and settings.</source>
        <translation>大区经理处理本大区的业务；总部财务处理全部大区并登记补贴支付；管理员管理用户、政策和设置。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="90"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="90"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="90"/>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="90"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="131"/>
        <source>1 user</source>
        <translation>1 个用户</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="131"/>
        <source>{n} users</source>
        <translation>{n} 个用户</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="133"/>
        <source>{n} locked</source>
        <translation>{n} 个已锁定</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="140"/>
        <source>(you)</source>
        <translation>（您）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="143"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="143"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="180"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="199"/>
        <location filename="../../dealer_app/ui/screens/users.py" line="229"/>
        <source> in {region}</source>
        <translation>（{region}）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="206"/>
        <source>{name} was added as {role}{where}. They can sign in now.</source>
        <translation>已添加 {name}，角色为{role}{where}。该用户现在可以登录。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="226"/>
        <source>{name} is now {role}{where}.</source>
        <translation>{name} 现在的角色为{role}{where}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="235"/>
        <source>The change applies the next time {name} signs in.</source>
        <translation>此更改将在 {name} 下次登录时生效。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="252"/>
        <source>The password of {name} was reset.</source>
        <translation>{name} 的密码已重置。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="264"/>
        <source>Lock account</source>
        <translation>锁定账户</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="266"/>
        <source>Lock the account {name}? They cannot sign in until an administrator unlocks it. Their past work stays in the ledger.</source>
        <translation>锁定账户 {name}？在管理员解锁之前该用户无法登录。其以往的操作记录仍保留在账本中。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="280"/>
        <source>{name} is locked and cannot sign in.</source>
        <translation>{name} 已被锁定，无法登录。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/screens/users.py" line="282"/>
        <source>{name} is unlocked and can sign in again.</source>
        <translation>{name} 已解锁，可以重新登录。</translation>
    </message>
</context>
<context>
    <name>VoucherDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="241"/>
        <source>Vouchers for the books</source>
        <translation>记账凭证</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="253"/>
        <source>Generic XLSX</source>
        <translation>通用 XLSX</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="254"/>
        <source>用友U8 text import</source>
        <translation>用友U8 文本导入</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="255"/>
        <source>Export again on purpose (the first file was lost)</source>
        <translation>有意重新导出（第一次的文件已丢失）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="258"/>
        <source>From:</source>
        <translation>起：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="259"/>
        <source>To:</source>
        <translation>止：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="260"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/payments.py" line="265"/>
        <source>Write…</source>
        <translation>生成…</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="128"/>
        <source>Effect before saving</source>
        <translation>保存前的影响预估</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="149"/>
        <source>Eligible total now</source>
        <translation>当前符合条件合计</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="150"/>
        <source>Eligible total with the draft</source>
        <translation>按草稿计算的符合条件合计</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="151"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="152"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="153"/>
        <source>Already committed (approved + paid)</source>
        <translation>已占用（已批准 + 已支付）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="154"/>
        <source>Budget left after the draft&apos;s total</source>
        <translation>按草稿合计后的剩余预算</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="180"/>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="182"/>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="185"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="180"/>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="182"/>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="185"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="180"/>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="182"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="185"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="185"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="200"/>
        <source>Change the draft to see its effect.</source>
        <translation>修改草稿后即可查看其影响。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="229"/>
        <source>Gaining ({n})</source>
        <translation>新增符合（{n}）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="230"/>
        <source>Losing ({n})</source>
        <translation>不再符合（{n}）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="231"/>
        <source>Amount changed ({n})</source>
        <translation>金额变化（{n}）</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="238"/>
        <source>Up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="241"/>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="262"/>
        <source>Give the policy a budget to compare the total with.</source>
        <translation>请为政策设置预算，以便与合计金额比较。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="266"/>
        <source>Paying every eligible store would take {total}, {over} more than the budget of {budget}: approvals stop when the budget is used up.</source>
        <translation>为全部符合条件的门店支付补贴需要 {total}，比预算 {budget} 多出 {over}：预算用完后将无法再批准。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="275"/>
        <source>Paying every eligible store would use {share} of the budget.</source>
        <translation>为全部符合条件的门店支付补贴将使用预算的 {share}。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="281"/>
        <source>The budget is below the {committed} already committed: saving is refused.</source>
        <translation>预算低于已占用的 {committed}：无法保存。</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/policy_edit.py" line="312"/>
        <source>…and {n} more</source>
        <translation>……另有 {n} 项</translation>
    </message>
</context>
<context>
    <name>WhoDialog</name>
    <message>
        <location filename="../../dealer_app/ui/dialogs/who.py" line="44"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/who.py" line="45"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/who.py" line="46"/>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/who.py" line="47"/>
        <source>Signed in since</source>
        <translation>登录时间</translation>
    </message>
    <message>
        <location filename="../../dealer_app/ui/dialogs/who.py" line="73"/>
        <source>{name} (you)</source>
        <translation>{name}（您）</translation>
    </message>
</context>
</TS>
