<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Bureau</name>
    <message>
        <location filename="../../models/bureau/validate.py" line="104"/>
        <source>{table} {uuid}: wrong kind of value in {columns}</source>
        <translation>{table} {uuid}：{columns} 中的值类型不对</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="129"/>
        <source>{table} {uuid}: longer text than a form allows in {columns}</source>
        <translation>{table} {uuid}：{columns} 的文字超过表单允许的长度</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="147"/>
        <source>activity {uuid}: its kinds do not match its primary kind</source>
        <translation>活动 {uuid}：活动类型与主类型不一致</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="152"/>
        <source>attendance {uuid}: a person of another branch</source>
        <translation>出勤记录 {uuid}：人员属于其他支部</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="157"/>
        <source>activity {uuid}: host or recorder of another branch</source>
        <translation>活动 {uuid}：主持人或记录人属于其他支部</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="166"/>
        <source>activity_theme {uuid}: a theme of another branch</source>
        <translation>activity_theme {uuid}：其他支部的专题</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="177"/>
        <source>{table} {{uuid}}: a link to another branch</source>
        <translation>{table} {{uuid}}：关联到其他支部的记录</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="197"/>
        <source>development_stage {uuid}: the category of another person</source>
        <translation>development_stage {uuid}：关联了另一人的人员类别</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="202"/>
        <source>development_stage {uuid}: a vote of another meeting</source>
        <translation>development_stage {uuid}：关联了另一次会议的表决</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="232"/>
        <source>{field} is empty</source>
        <translation>{field} 为空</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="253"/>
        <source>{field} starts with {char!r}, which a spreadsheet runs as a formula</source>
        <translation>{field} 以 {char!r} 开头，电子表格会把它当作公式执行</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="257"/>
        <source>{field} contains control characters</source>
        <translation>{field} 含有控制字符</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="266"/>
        <source>{field}: unknown value {value}</source>
        <translation>{field}：未知的值 {value}</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="284"/>
        <location filename="../../models/bureau/validate.py" line="363"/>
        <source>{field}: {value} is not a date that exists</source>
        <translation>{field}：{value} 不是存在的日期</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="302"/>
        <source>{field}: {value} is out of range</source>
        <translation>{field}：{value} 超出范围</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="315"/>
        <source>{field} is not valid JSON</source>
        <translation>{field} 不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="325"/>
        <source>{value} is not a time of day</source>
        <translation>{value} 不是有效的时刻</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="327"/>
        <source>the end time is not after the start time</source>
        <translation>结束时间不晚于开始时间</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="330"/>
        <source>the sequence number starts at 1</source>
        <translation>序号应从1开始</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="332"/>
        <source>the sequence number is too large</source>
        <translation>次数过大</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="339"/>
        <source>an absence without a reason</source>
        <translation>缺席或请假未填写原因</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="341"/>
        <source>leave without its kind (official, sick, personal)</source>
        <translation>请假未注明类型（公假、病假、事假）</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="350"/>
        <source>negative vote counts</source>
        <translation>表决票数为负数</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="352"/>
        <source>vote counts that are too large</source>
        <translation>表决票数过大</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="354"/>
        <source>vote counts that do not add up</source>
        <translation>表决票数对不上</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="457"/>
        <source>a photo whose content does not match its hash</source>
        <translation>照片内容与其哈希值不符</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="471"/>
        <location filename="../../models/bureau/validate.py" line="688"/>
        <source>a photo that is truncated or cannot be read</source>
        <translation>照片不完整或无法读取</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="478"/>
        <source>a phone number with letters in it</source>
        <translation>电话号码中含有字母</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="488"/>
        <source>an ID number that is not valid</source>
        <translation>身份证号无效</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="494"/>
        <source>{value} is not a month</source>
        <translation>{value} 不是月份</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="500"/>
        <source>a planned item without topic or theme</source>
        <translation>计划事项既无主题也无专题</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="506"/>
        <source>a completed item without its completion date</source>
        <translation>已完成但没有完成日期的事项</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="512"/>
        <source>a talk without the person talked with</source>
        <translation>没有谈话对象的谈话记录</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="514"/>
        <source>a talk of someone with themselves</source>
        <translation>谈话人与谈话对象为同一人</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="524"/>
        <source>{column} is not a month (YYYY-MM)</source>
        <translation>{column} 不是月份（YYYY-MM）</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="532"/>
        <source>a theme without a name</source>
        <translation>专题没有名称</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="540"/>
        <source>a campaign without its branch (only the bureau defines those)</source>
        <translation>专项活动未注明所属支部（只有组织办可定义全区专项活动）</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="543"/>
        <source>the campaign ends before it starts</source>
        <translation>专项活动的结束日期早于开始日期</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="549"/>
        <source>not a valid identifier</source>
        <translation>标识符（UUID）无效</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="551"/>
        <source>revision below 1</source>
        <translation>版本号小于1</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="553"/>
        <source>revision {rev} is impossibly high</source>
        <translation>版本号 {rev} 大得不可能</translation>
    </message>
    <message>
        <location filename="../../models/bureau/validate.py" line="696"/>
        <source>{table} {uuid}: {problem}</source>
        <translation>{table} {uuid}：{problem}</translation>
    </message>
    <message>
        <location filename="../../exports/bundle.py" line="404"/>
        <source>Choose another file name: the bundle would replace the ledger.</source>
        <translation>请换一个文件名：报送包会覆盖台账本身。</translation>
    </message>
    <message>
        <location filename="../../exports/bundle.py" line="355"/>
        <location filename="../../exports/bundle.py" line="378"/>
        <source>The bundle was made but failed its own check, so it was not saved: {reason}</source>
        <translation>报送包已生成，但未通过自检，因此没有保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../exports/bundle.py" line="324"/>
        <source>The ledger&apos;s structure is not that of a Branch Ledger file, so no bundle was made. Run File ▸ Check ledger… to see what is wrong.</source>
        <translation>台账的结构不是支部工作台账文件的结构，因此没有生成报送包。请用“文件 ▸ 检查台账…”查看问题所在。</translation>
    </message>
    <message>
        <location filename="../../exports/bundle.py" line="429"/>
        <source>The bundle could not be written to {path}: {error}</source>
        <translation>报送包无法写入 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../exports/bundle_cli.py" line="32"/>
        <source>Wrote the bundle {path} ({size} KB): {branch}, activities from {first} to {last}, {rows} records, content hash {hash}.</source>
        <translation>已生成报送包 {path}（{size} KB）：{branch}，活动日期 {first} 至 {last}，共 {rows} 条记录，内容哈希 {hash}。</translation>
    </message>
    <message>
        <location filename="../../exports/bundle_cli.py" line="47"/>
        <source>No phone numbers are in the bundle.</source>
        <translation>报送包中不含任何电话号码。</translation>
    </message>
    <message>
        <location filename="../../exports/bundle_cli.py" line="50"/>
        <source>Phone numbers were also cut out of the texts of {count} records (branch details, notes, minutes…); the ledger itself keeps them.</source>
        <translation>另外还从 {count} 条记录的文字中（支部信息、备注、会议记录等）删去了电话号码；台账本身仍保留这些号码。</translation>
    </message>
    <message>
        <location filename="../../exports/bundle_cli.py" line="57"/>
        <source>The members&apos; ID numbers are in the bundle, as you chose.</source>
        <translation>按您的选择，报送包中含党员身份证号。</translation>
    </message>
    <message>
        <location filename="../../exports/bundle_cli.py" line="59"/>
        <source>No ID numbers are in the bundle.</source>
        <translation>报送包中不含身份证号。</translation>
    </message>
    <message>
        <location filename="../../exports/bundle_cli.py" line="61"/>
        <source>Each member&apos;s party dues are in the bundle.</source>
        <translation>报送包中包含每名党员的党费明细。</translation>
    </message>
    <message>
        <location filename="../../exports/bundle_cli.py" line="64"/>
        <source>Party dues: only the branch&apos;s monthly totals are in the bundle.</source>
        <translation>党费：报送包中只有本支部的每月合计。</translation>
    </message>
    <message>
        <location filename="../../exports/bundle_cli.py" line="72"/>
        <source>{file}: rejected — {reason}</source>
        <translation>{file}：已拒收 — {reason}</translation>
    </message>
    <message>
        <location filename="../../exports/bundle_cli.py" line="76"/>
        <source>{file}: held ({branch}) — nothing was imported: confirm these changes with --accept {kinds}, or ask the branch for a corrected bundle</source>
        <translation>{file}：暂缓（{branch}）——未导入任何内容：如确认以下更改，请加上 --accept {kinds} 重新导入，或请该支部重新生成报送包</translation>
    </message>
    <message>
        <location filename="../../exports/bundle_cli.py" line="83"/>
        <source>{file}: accepted ({branch}) — {added} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts</source>
        <translation>{file}：已接收（{branch}）— 新增 {added}，更新 {updated}，未变 {unchanged}，冲突 {conflicts}</translation>
    </message>
    <message>
        <location filename="../../exports/bundle_cli.py" line="113"/>
        <source>Created the district ledger {path}.</source>
        <translation>已新建区台账 {path}。</translation>
    </message>
    <message>
        <location filename="../../exports/bundle.py" line="408"/>
        <location filename="../../exports/bundle_cli.py" line="141"/>
        <source>{path} is a folder; give a file name to write.</source>
        <translation>{path} 是文件夹，请给出要写入的文件名。</translation>
    </message>
    <message>
        <location filename="../../exports/bundle.py" line="412"/>
        <location filename="../../exports/bundle_cli.py" line="145"/>
        <source>The folder {path} does not exist.</source>
        <translation>文件夹 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../models/bureau/merge.py" line="121"/>
        <source>This is not a file.</source>
        <translation>这不是一个文件。</translation>
    </message>
    <message>
        <location filename="../../models/bureau/merge.py" line="122"/>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location filename="../../models/bureau/merge.py" line="125"/>
        <source>The file is far too large to be a branch bundle.</source>
        <translation>文件过大，不可能是支部报送包。</translation>
    </message>
    <message>
        <location filename="../../models/bureau/merge.py" line="169"/>
        <source>The bundle has file format {found}; this program reads format {known}.</source>
        <translation>报送包的文件格式为 {found}；本程序读取的是格式 {known}。</translation>
    </message>
    <message>
        <location filename="../../models/bureau/merge.py" line="184"/>
        <source>The bundle is damaged and cannot be read ({error}).</source>
        <translation>报送包已损坏，无法读取（{error}）。</translation>
    </message>
    <message>
        <location filename="../../models/bureau/merge.py" line="193"/>
        <source>The bundle is damaged: some of its text can no longer be read (the file was changed or damaged after it was made). Ask the branch for a new bundle.</source>
        <translation>报送包已损坏：其中部分文字已无法读取（文件在生成后被改动或损坏）。请支部重新生成报送包。</translation>
    </message>
    <message>
        <location filename="../../models/bureau/merge.py" line="246"/>
        <source>The bundle is damaged (SQLite integrity check: {problems}).</source>
        <translation>报送包已损坏（SQLite 完整性检查：{problems}）。</translation>
    </message>
    <message>
        <location filename="../../models/bureau/merge.py" line="252"/>
        <source>The bundle&apos;s structure is not that of a Branch Ledger file (unexpected or missing: {objects}). It may have been altered; it was not imported.</source>
        <translation>报送包的结构不是支部工作台账文件的结构（多出或缺少：{objects}），可能已被改动，未予导入。</translation>
    </message>
    <message>
        <location filename="../../models/bureau/merge.py" line="262"/>
        <source>The bundle has records pointing to missing records ({tables}).</source>
        <translation>报送包中有记录指向不存在的记录（{tables}）。</translation>
    </message>
    <message>
        <location filename="../../models/bureau/merge.py" line="275"/>
        <source>The bundle has invalid values: {problems}</source>
        <translation>报送包中有无效的值：{problems}</translation>
    </message>
    <message>
        <location filename="../../models/bureau/merge.py" line="211"/>
        <source>This ledger is not a bundle: it has no manifest. Ask the branch to make one with File ▸ Make bureau bundle….</source>
        <translation>这个台账不是报送包：没有清单。请支部通过“文件 ▸ 生成报送包…”生成。</translation>
    </message>
    <message>
        <location filename="../../models/bureau/merge.py" line="291"/>
        <source>The bundle has records a form would refuse: {problems}</source>
        <translation>报送包中有填写表单时不会被接受的记录：{problems}</translation>
    </message>
    <message>
        <location filename="../../models/bureau/merge.py" line="220"/>
        <source>The bundle&apos;s manifest does not match its contents (record counts differ). It was changed after it was made; ask the branch for a new bundle.</source>
        <translation>报送包的清单与内容不符（记录数不同），生成后曾被改动；请支部重新生成报送包。</translation>
    </message>
    <message>
        <location filename="../../models/bureau/merge.py" line="228"/>
        <source>The bundle&apos;s contents do not match its manifest (content hash differs). It was changed after it was made; ask the branch for a new bundle.</source>
        <translation>报送包的内容与清单不符（内容哈希不同），生成后曾被改动；请支部重新生成报送包。</translation>
    </message>
    <message>
        <location filename="../../models/bureau/merge.py" line="303"/>
        <source>A bundle holds the records of one branch; this one holds {count} branches.</source>
        <translation>一个报送包只能包含一个支部的记录；这个报送包包含 {count} 个支部。</translation>
    </message>
    <message>
        <location filename="../../models/bureau/merge.py" line="315"/>
        <source>The bundle&apos;s manifest names the branch {named}, but its records belong to the branch {name}. It was changed after it was made; it was not imported.</source>
        <translation>报送包的清单写的是支部 {named}，但其中的记录属于支部 {name}。报送包生成后被改动过，未予导入。</translation>
    </message>
    <message>
        <location filename="../../models/bureau/merge.py" line="364"/>
        <source>The bundle could not be imported: {error}</source>
        <translation>报送包无法导入：{error}</translation>
    </message>
    <message>
        <location filename="../../models/bureau/merge.py" line="380"/>
        <source>The disk is full (or could not be written), so the bundle was not imported; the district ledger is unchanged. Free some space and import it again.</source>
        <translation>磁盘已满（或无法写入），因此没有导入这个报送包；区台账没有改动。请腾出一些空间后再导入一次。</translation>
    </message>
    <message>
        <location filename="../../models/bureau/merge_apply.py" line="220"/>
        <source>the district already holds another record with the same {key}</source>
        <translation>区台账中已有另一条相同 {key} 的记录</translation>
    </message>
    <message>
        <location filename="../../models/bureau/merge_apply.py" line="227"/>
        <source>changed differently here and in the bundle (revision {rev}): {fields}</source>
        <translation>区台账与报送包对同一记录作了不同修改（版本 {rev}）：{fields}</translation>
    </message>
    <message>
        <location filename="../../models/bureau/merge_apply.py" line="273"/>
        <source>The bundle changes records of another branch, which only that branch may change: {rows}</source>
        <translation>报送包改动了其他支部的记录，这些记录只能由该支部自己修改：{rows}</translation>
    </message>
    <message>
        <location filename="../../models/bureau/merge_apply.py" line="282"/>
        <source>The bundle has impossible revision numbers: {rows}</source>
        <translation>报送包中的版本号不可能成立：{rows}</translation>
    </message>
    <message>
        <location filename="../../models/bureau/district.py" line="121"/>
        <source>{period}: {text}</source>
        <translation>{period}，{text}</translation>
    </message>
    <message>
        <location filename="../../models/bureau/district.py" line="78"/>
        <source>{label}: {definition}</source>
        <translation>{label}：{definition}</translation>
    </message>
    <message>
        <location filename="../../models/bureau/district.py" line="86"/>
        <source>{label} ({unit})</source>
        <translation>{label}（{unit}）</translation>
    </message>
    <message>
        <location filename="../../models/bureau/district.py" line="94"/>
        <source>{label} {value} {unit}</source>
        <translation>{label}{value}{unit}</translation>
    </message>
    <message>
        <location filename="../../models/bureau/district.py" line="101"/>
        <source>{text}, {part}</source>
        <translation>{text}，{part}</translation>
    </message>
    <message>
        <location filename="../../models/bureau/district.py" line="109"/>
        <source>In total the district&apos;s education system counted {parts}.</source>
        <translation>全区教育系统共开展{parts}。</translation>
    </message>
    <message>
        <location filename="../../models/bureau/district.py" line="118"/>
        <source>During {campaign}: {text}</source>
        <translation>{campaign}期间，{text}</translation>
    </message>
    <message>
        <location filename="../../models/bureau/district.py" line="128"/>
        <source>{branch} counted {parts}.</source>
        <translation>{branch}共开展{parts}。</translation>
    </message>
    <message>
        <location filename="../../models/bureau/district.py" line="189"/>
        <source>{period} ({count} held)</source>
        <translation>{period}（已开展{count}次）</translation>
    </message>
    <message>
        <location filename="../../models/bureau/district.py" line="196"/>
        <source>{state}: {periods}</source>
        <translation>{state}：{periods}</translation>
    </message>
    <message>
        <location filename="../../models/bureau/district.py" line="197"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../models/bureau/district.py" line="201"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/actions.py" line="34"/>
        <source>Make bureau bundle…</source>
        <translation>生成报送包…</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/actions.py" line="36"/>
        <source>Import bureau bundles…</source>
        <translation>导入报送包…</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/actions.py" line="40"/>
        <source>Start a new branch from this ledger…</source>
        <translation>从本台账开始新支部…</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/actions.py" line="62"/>
        <source>Choose the branches&apos; bundles</source>
        <translation>选择各支部的报送包</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/actions.py" line="64"/>
        <source>Ledger files (*.ledger);;All files (*)</source>
        <translation>台账文件 (*.ledger);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/actions.py" line="87"/>
        <location filename="../../ui/bureau/actions.py" line="107"/>
        <location filename="../../ui/bureau/actions.py" line="122"/>
        <source>Start a new branch from this ledger</source>
        <translation>从本台账开始新支部</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/actions.py" line="88"/>
        <source>Every record of this ledger gets a new identity, so that the bureau takes it for a new branch and never for {branch}, whose ledger it was copied from. Use this once, right after copying another branch&apos;s ledger to start your own.

Name of the new branch:</source>
        <translation>本台账的每条记录都将获得新的标识，教育局会把它当作一个新支部，而不会当作复制来源 {branch}。请在复制其他支部的台账、准备建立本支部时使用一次。

新支部的名称：</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/actions.py" line="108"/>
        <source>Only a ledger holding one branch can start a new branch; this one holds {count}.</source>
        <translation>只有包含一个支部的台账才能开始新支部；这本台账包含 {count} 个支部。</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/actions.py" line="141"/>
        <source>Import bureau bundles</source>
        <translation>导入报送包</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/actions.py" line="142"/>
        <source>This ledger is the ledger of {branch}. Importing other branches&apos; bundles makes it a district ledger holding several branches. The bureau usually imports into a separate district ledger (File ▸ New ledger…).

Import into this ledger?</source>
        <translation>这是{branch}的台账。导入其他支部的报送包后，它将成为包含多个支部的区台账。教育局通常导入到单独的区台账中（文件 ▸ 新建台账…）。

仍要导入到这个台账吗？</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/actions.py" line="173"/>
        <source>District</source>
        <translation>全区汇总</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="13"/>
        <source>District summary of Party branch work</source>
        <translation>全区党支部工作汇总</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="17"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="21"/>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="25"/>
        <source>All rules met</source>
        <translation>全部达标</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="32"/>
        <source>Activities</source>
        <translation>活动（次）</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="33"/>
        <source>Attendances</source>
        <translation>参加（人次）</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="34"/>
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="35"/>
        <source>Present</source>
        <translation>实到</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="36"/>
        <source>Attendance rate</source>
        <translation>参会率</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="37"/>
        <source>Study hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="38"/>
        <source>Service hours</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="46"/>
        <source>Rule</source>
        <translation>规定</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="47"/>
        <source>Periods not met (held)</source>
        <translation>未达标的期间（已开展次数）</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="58"/>
        <source>How the figures are counted</source>
        <translation>口径说明</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="59"/>
        <source>Compliance: obligations not met in {period} (every month, quarter, year)</source>
        <translation>规范化检查：{period}未达标事项（逐月、逐季、全年）</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="53"/>
        <source>Summary</source>
        <translation>综述</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="39"/>
        <source>Good deeds incl. in progress</source>
        <translation>好事实事（件，含进行中）</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="54"/>
        <source>Key figures of the district</source>
        <translation>全区主要数据</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="55"/>
        <source>The ledger holds no branches yet.</source>
        <translation>台账中还没有党支部。</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="56"/>
        <source>Figures per branch</source>
        <translation>各支部数据</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="57"/>
        <source>Study, education and volunteer service</source>
        <translation>学习教育与志愿服务</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="62"/>
        <source>Prepared by (bureau)</source>
        <translation>填报人（组织办）</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="63"/>
        <source>Per branch</source>
        <translation>各支部</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="64"/>
        <source>Study and service</source>
        <translation>学习与服务</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="65"/>
        <source>Compliance</source>
        <translation>规范化检查</translation>
    </message>
    <message>
        <location filename="../../models/bureau/sentence.py" line="66"/>
        <source>Data fingerprint {fingerprint} · made {time}</source>
        <translation>数据指纹 {fingerprint} · 生成于 {time}</translation>
    </message>
    <message>
        <location filename="../../models/bureau/ownership.py" line="108"/>
        <source>{table} {uuid}: the district holds this record under the branch {owner}</source>
        <translation>{table} {uuid}：全区台账中这条记录属于支部 {owner}</translation>
    </message>
    <message>
        <location filename="../../models/bureau/ownership.py" line="156"/>
        <source>{table} {uuid}: revision {rev} is far beyond the district&apos;s copy ({known}); it would stop the branch&apos;s later changes from ever being imported</source>
        <translation>{table} {uuid}：版本号 {rev} 远远超过全区台账中的版本（{known}），会使该支部以后的修改再也无法导入</translation>
    </message>
    <message>
        <location filename="../../models/bureau/ownership.py" line="192"/>
        <source>the branch {old} is renamed {new}. If this is another school that started from a copy of {old}&apos;s ledger, it must use File ▸ Start a new branch from this ledger and send a new bundle; if it is the same branch, confirm the new name</source>
        <translation>支部 {old} 改名为 {new}。如果这是另一所学校用 {old} 的台账副本建立的，该校须使用“文件 ▸ 从本台账开始新支部…”后重新报送；如果确是同一个支部，请确认新名称</translation>
    </message>
    <message>
        <location filename="../../models/bureau/ownership.py" line="207"/>
        <source>the branch {name} changes its type from {old} to {new}</source>
        <translation>支部 {name} 的类型由{old}改为{new}</translation>
    </message>
    <message>
        <location filename="../../models/bureau/ownership.py" line="222"/>
        <source>the branch {name} is deleted</source>
        <translation>支部 {name} 被删除</translation>
    </message>
    <message>
        <location filename="../../models/bureau/ownership.py" line="226"/>
        <source>activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../models/bureau/ownership.py" line="227"/>
        <source>people</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../models/bureau/ownership.py" line="245"/>
        <source>{count} of the branch&apos;s {live} {what} are deleted at once</source>
        <translation>该支部的 {live} 条{what}记录中有 {count} 条被一次删除</translation>
    </message>
</context>
<context>
    <name>BureauBundle</name>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="66"/>
        <source>branches</source>
        <translation>支部</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="67"/>
        <source>units</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="68"/>
        <source>party groups</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="69"/>
        <source>people</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="70"/>
        <source>roster changes</source>
        <translation>在册变动</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="71"/>
        <source>committee seats</source>
        <translation>支委</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="72"/>
        <source>activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="73"/>
        <source>activity kinds</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="74"/>
        <source>units taking part</source>
        <translation>参加单位</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="75"/>
        <source>attendance rows</source>
        <translation>参会记录</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="76"/>
        <source>votes</source>
        <translation>表决</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="77"/>
        <source>photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="78"/>
        <source>reminder rules</source>
        <translation>提醒规则</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="79"/>
        <source>archived months</source>
        <translation>已归档月份</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="80"/>
        <source>change log entries</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="81"/>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="89"/>
        <source>{what} {n}</source>
        <translation>{what} {n}</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="93"/>
        <source>{total} records: {parts}</source>
        <translation>共 {total} 条：{parts}</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="94"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="107"/>
        <source>Make bureau bundle</source>
        <translation>生成报送包</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="116"/>
        <source>A bundle is a checked copy of this ledger for the bureau, with a manifest (branch, period, record counts, content hash). Hand it over by USB stick, e-mail or shared folder.</source>
        <translation>报送包是本台账经过检查的副本，附有清单（支部、时段、记录数、内容哈希），供报送教育局党委。可通过U盘、电子邮件或共享文件夹提交。</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="136"/>
        <source>The file to hand to the bureau (Choose… for another place).</source>
        <translation>交给教育局的文件（点“选择…”可换个位置）。</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="138"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="139"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="143"/>
        <source>Leave out all phone numbers (recommended)</source>
        <translation>去除所有电话号码（推荐）</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="148"/>
        <source>Include each member&apos;s party dues (otherwise only the monthly totals)</source>
        <translation>包含每名党员的党费明细（否则只报送每月合计）</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="157"/>
        <source>Include the members&apos; ID numbers (not recommended; the bureau never prints them)</source>
        <translation>包含党员身份证号（不推荐；教育局不会打印）</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="175"/>
        <source>Make bundle</source>
        <translation>生成报送包</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="178"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="180"/>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="183"/>
        <source>Show the bundle in its folder, to copy or attach it.</source>
        <translation>在文件夹中显示报送包，便于复制或作为附件发送。</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="209"/>
        <source>Save bureau bundle</source>
        <translation>保存报送包</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="211"/>
        <source>Ledger files (*.ledger);;All files (*)</source>
        <translation>台账文件 (*.ledger);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="220"/>
        <source>Choose where to save the bundle.</source>
        <translation>请选择报送包的保存位置。</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="224"/>
        <source>Making and checking the bundle…</source>
        <translation>正在生成并检查报送包…</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="244"/>
        <source>The bundle was made and checked: {path}
{branch}, activities from {first} to {last}.
{counts}.
Content hash {hash}.</source>
        <translation>报送包已生成并通过检查：{path}
{branch}，活动日期 {first} 至 {last}。
{counts}。
内容校验码 {hash}。</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="257"/>
        <source>Phone numbers were also cut out of the texts of {count} records (branch details, notes, minutes…); the ledger itself keeps them.</source>
        <translation>另外还从 {count} 条记录的文字中（支部信息、备注、会议记录等）删去了电话号码；台账本身仍保留这些号码。</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/bundle_dialog.py" line="265"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>BureauImport</name>
    <message>
        <location filename="../../ui/bureau/import_dialog.py" line="54"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/import_dialog.py" line="55"/>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/import_dialog.py" line="56"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/import_dialog.py" line="57"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/import_dialog.py" line="58"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/import_dialog.py" line="59"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/import_dialog.py" line="60"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/import_dialog.py" line="61"/>
        <source>Reason / conflicts</source>
        <translation>原因 / 冲突</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/import_dialog.py" line="88"/>
        <source>Import bureau bundles</source>
        <translation>导入报送包</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/import_dialog.py" line="112"/>
        <source>Confirm held changes…</source>
        <translation>确认暂缓的更改…</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/import_dialog.py" line="130"/>
        <source>Importing {count} files…</source>
        <translation>正在导入 {count} 个文件…</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/import_dialog.py" line="148"/>
        <source>Checking and merging {name} ({n} of {total})…</source>
        <translation>正在检查并合并 {name}（第 {n} 个，共 {total} 个）…</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/import_dialog.py" line="163"/>
        <source>Stopping after the current file…</source>
        <translation>当前文件完成后停止…</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/import_dialog.py" line="179"/>
        <source>{accepted} files accepted, {rejected} rejected, {conflicts} conflicts.</source>
        <translation>接收 {accepted} 个文件，拒收 {rejected} 个，冲突 {conflicts} 处。</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/import_dialog.py" line="184"/>
        <source>{held} files held: nothing of them was imported. Check the changes listed, then confirm them, or ask the branch for a corrected bundle.</source>
        <translation>{held} 个文件暂缓导入：其中的内容都没有导入。请核实所列更改后予以确认，或请支部重新生成报送包。</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/import_dialog.py" line="191"/>
        <source>Stopped: the other files were not imported.</source>
        <translation>已停止：其余文件未导入。</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/import_dialog.py" line="210"/>
        <source>Confirm held changes</source>
        <translation>确认暂缓的更改</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/import_dialog.py" line="211"/>
        <source>Import these files with the changes below? Confirm only what the branches have told you themselves.

{changes}</source>
        <translation>按以下更改导入这些文件吗？请只确认支部亲自向您说明过的更改。

{changes}</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/import_dialog.py" line="247"/>
        <source>Accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/import_dialog.py" line="249"/>
        <source>Held</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/import_dialog.py" line="251"/>
        <source>Rejected</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/import_dialog.py" line="277"/>
        <source>Held, nothing imported; to confirm:</source>
        <translation>暂缓，未导入任何内容；待确认：</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/import_dialog.py" line="282"/>
        <source>… and {n} more</source>
        <translation>… 另有 {n} 处</translation>
    </message>
</context>
<context>
    <name>DistrictPage</name>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="48"/>
        <location filename="../../ui/bureau/district_page.py" line="145"/>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="49"/>
        <source>Activities</source>
        <translation>活动（次）</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="50"/>
        <source>Attendances</source>
        <translation>参加（人次）</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="51"/>
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="52"/>
        <source>Present</source>
        <translation>实到</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="53"/>
        <source>Attendance rate</source>
        <translation>参会率</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="58"/>
        <source>Rules not met</source>
        <translation>未达标事项</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="98"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="99"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="100"/>
        <source>This year</source>
        <translation>本年度</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="106"/>
        <location filename="../../ui/bureau/district_page.py" line="268"/>
        <source>All branches</source>
        <translation>全部党支部</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="107"/>
        <source>District report (PDF)…</source>
        <translation>全区汇总（PDF）…</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="108"/>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="109"/>
        <source>Period:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="111"/>
        <source>Branch:</source>
        <translation>党支部：</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="146"/>
        <source>In progress</source>
        <translation>整改中</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="147"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="148"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="213"/>
        <location filename="../../ui/bureau/district_page.py" line="261"/>
        <source>District overview {period}</source>
        <translation>全区概况 {period}</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="149"/>
        <location filename="../../ui/bureau/district_page.py" line="241"/>
        <location filename="../../ui/bureau/district_page.py" line="286"/>
        <location filename="../../ui/bureau/district_page.py" line="336"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="54"/>
        <source>Study hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="55"/>
        <source>Service hours</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="56"/>
        <source>Good deeds incl. in progress</source>
        <translation>好事实事（件，含进行中）</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="225"/>
        <source>Rectification items {year}, per branch and state</source>
        <translation>{year}年度问题整改情况（按支部、状态）</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="347"/>
        <source>All met</source>
        <translation>全部达标</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="361"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="363"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="366"/>
        <source>Save district report</source>
        <translation>保存全区汇总</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="377"/>
        <location filename="../../ui/bureau/district_page.py" line="381"/>
        <source>District report</source>
        <translation>全区汇总</translation>
    </message>
    <message>
        <location filename="../../ui/bureau/district_page.py" line="378"/>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
</context>
</TS>
