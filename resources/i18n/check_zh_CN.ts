<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Check</name>
    <message>
        <location filename="../../models/check.py" line="72"/>
        <source>No problems found in {path}.</source>
        <translation>未发现问题：{path}</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="121"/>
        <source>… and {count} more problems of the same kind.</source>
        <translation>……另有 {count} 个同类问题。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="162"/>
        <source>Some text in the file can no longer be read: the file is damaged. Keep it as it is and restore the newest backup.</source>
        <translation>文件中有部分文字已无法读取：文件已损坏。请保留该文件原样，并恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="167"/>
        <source>Some records could not be read ({error}): the file is probably damaged.</source>
        <translation>部分记录无法读取（{error}）：文件可能已损坏。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="188"/>
        <source>{date} “{topic}”</source>
        <translation>{date}“{topic}”</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="243"/>
        <source>The file is damaged: SQLite&apos;s own check found {count} problem(s) ({details}). Keep this file as it is and restore the newest backup.</source>
        <translation>文件已损坏：SQLite 自检发现 {count} 处问题（{details}）。请保留此文件原样，并恢复最新的备份。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="263"/>
        <source>The table “{table}” ({record}) is missing: another program removed it or the file is damaged. Restore the newest backup.</source>
        <translation>缺少数据表“{table}”（{record}）：可能被其他程序删除，或文件已损坏。请恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="269"/>
        <source>The column “{column}” of the table “{table}” ({record}) is missing: another program removed it or the file is damaged. Restore the newest backup.</source>
        <translation>数据表“{table}”（{record}）缺少“{column}”列：可能被其他程序删除，或文件已损坏。请恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="292"/>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="293"/>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="294"/>
        <source>table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="295"/>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="297"/>
        <source>The ledger contains a {kind} “{name}” that Branch Ledger never makes: another program added it, and it could change records without anyone knowing. The app refuses to open this ledger; open it in the app, or run check with --repair, to make a repaired copy without it.</source>
        <translation>台账中有一个本软件从不创建的{kind}“{name}”：它是其他程序加入的，可能在无人察觉时改动记录。软件会拒绝打开这本台账；在软件中打开它，或运行 check 并加上 --repair，可以生成一份去掉该对象的修复副本。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="312"/>
        <source>branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="313"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="314"/>
        <source>party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="315"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="316"/>
        <source>roster status change</source>
        <translation>在册状态变更记录</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="317"/>
        <source>category change</source>
        <translation>类别变更</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="318"/>
        <source>committee seat</source>
        <translation>支委职务</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="319"/>
        <source>activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="320"/>
        <source>kind of an activity</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="321"/>
        <source>participating unit</source>
        <translation>参加单位</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="322"/>
        <source>attendance record</source>
        <translation>出勤记录</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="323"/>
        <source>vote</source>
        <translation>表决</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="324"/>
        <source>photo or scan</source>
        <translation>照片或扫描件</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="325"/>
        <source>closed month</source>
        <translation>已归档月份</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="352"/>
        <source>{activity}: its {record} points to a missing {parent}.</source>
        <translation>{activity}：其{record}所指向的{parent}已不存在。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="354"/>
        <source>The {record} number {row} points to a missing {parent}.</source>
        <translation>第 {row} 条{record}所指向的{parent}已不存在。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="415"/>
        <source>{activity}: the date {value} does not exist.</source>
        <translation>{activity}：日期 {value} 不存在。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="440"/>
        <source>{activity}: the start time {value} is not a time of day.</source>
        <translation>{activity}：开始时间 {value} 不是有效的时刻。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="441"/>
        <source>{activity}: the end time {value} is not a time of day.</source>
        <translation>{activity}：结束时间 {value} 不是有效的时刻。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="429"/>
        <source>{activity}: it ends ({end}) before it starts ({start}).</source>
        <translation>{activity}：结束时间（{end}）早于开始时间（{start}）。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="63"/>
        <source>Wrote {path}: a copy without the parts Branch Ledger never makes. The original was left as it is.</source>
        <translation>已写出 {path}：去掉了本软件从不创建的内容的副本。原文件保持原样。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="433"/>
        <source>{activity}: {hours} hours is not possible (0 to 24 hours).</source>
        <translation>{activity}：{hours} 小时不合理（应为 0 至 24 小时）。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="451"/>
        <source>{activity}: the activity has no kind.</source>
        <translation>{activity}：该活动没有活动类型。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="460"/>
        <source>{activity}: “{code}” is not a known kind of activity.</source>
        <translation>{activity}：“{code}”不是已知的活动类型。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="473"/>
        <source>{activity}: none of its kinds is marked as the main kind.</source>
        <translation>{activity}：没有任何活动类型被标为主要类型。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="477"/>
        <source>{activity}: its main kind is “{primary}” but its first kind is “{first}”.</source>
        <translation>{activity}：主要类型为“{primary}”，但排在第一位的类型是“{first}”。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="516"/>
        <source>{activity}: {name} has an unknown attendance status “{code}”.</source>
        <translation>{activity}：{name} 的出勤状态“{code}”无法识别。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="521"/>
        <source>{activity}: {name} is marked “{status}” without a reason.</source>
        <translation>{activity}：{name} 记为“{status}”，但没有填写原因。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="525"/>
        <source>{activity}: {name} is on leave, but the kind of leave (official, sick, personal) is missing.</source>
        <translation>{activity}：{name} 请假，但未填写请假类别（公假、病假、事假）。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="531"/>
        <source>{activity}: {hours} hours for {name} is not possible (0 to 24 hours).</source>
        <translation>{activity}：{name} 的时长 {hours} 小时不合理（应为 0 至 24 小时）。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="553"/>
        <source>{activity}: {name} is in the attendance but was not on the roster that day.</source>
        <translation>{activity}：{name} 列在出勤名单中，但当天不在册。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="579"/>
        <source>{activity}: the vote “{item}” has a count that is not a number of people.</source>
        <translation>{activity}：表决事项“{item}”中有的票数不是有效的人数。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="584"/>
        <source>{activity}: the vote “{item}” has more voters present ({present}) than members entitled to vote ({entitled}).</source>
        <translation>{activity}：表决事项“{item}”的到会表决人数（{present}）多于有表决权的党员人数（{entitled}）。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="590"/>
        <source>{activity}: the vote “{item}” has more votes cast ({cast}) than voters present ({present}).</source>
        <translation>{activity}：表决事项“{item}”的投票总数（{cast}）多于到会表决人数（{present}）。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="606"/>
        <source>{name}: a roster status change has the unknown status “{code}”.</source>
        <translation>{name}：有一条在册状态变更记录的状态“{code}”无法识别。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="610"/>
        <source>{name}: a roster status change has the date {value}, which does not exist.</source>
        <translation>{name}：有一条在册状态变更记录的日期 {value} 不存在。</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="42"/>
        <source>planned item</source>
        <translation>计划事项</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="43"/>
        <source>appraisal result</source>
        <translation>民主评议结果</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="44"/>
        <source>rectification item</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="45"/>
        <source>photo of a rectification item</source>
        <translation>整改事项照片</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="46"/>
        <source>heart-to-heart talk</source>
        <translation>谈心谈话记录</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="47"/>
        <source>dues standard</source>
        <translation>党费标准</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="48"/>
        <source>dues payment</source>
        <translation>党费交纳记录</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="49"/>
        <source>monthly dues total</source>
        <translation>党费月度汇总</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="50"/>
        <source>transfer</source>
        <translation>组织关系转接记录</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="77"/>
        <source>The planned item of {a} “{b}”</source>
        <translation>{a}的计划事项“{b}”</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="79"/>
        <source>The appraisal result of {a} for {b}</source>
        <translation>{a}的{b}年度民主评议结果</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="81"/>
        <source>The rectification item of {a} “{b}”</source>
        <translation>{a}发现的整改事项“{b}”</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="83"/>
        <source>A photo of the rectification item of {a} “{b}”</source>
        <translation>{a}发现的整改事项“{b}”的一张照片</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="85"/>
        <source>The talk of {a} ({b})</source>
        <translation>{a}的谈心谈话（{b}）</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="87"/>
        <source>The dues standard of {a} from {b}</source>
        <translation>{a}自{b}起的党费标准</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="89"/>
        <source>The dues of {a} for {b}</source>
        <translation>{a}{b}的党费</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="91"/>
        <source>The dues totals of {a} for {b}</source>
        <translation>{a}{b}的党费汇总</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="93"/>
        <source>The transfer of {a} on {b}</source>
        <translation>{a}于{b}的组织关系转接</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="100"/>
        <source>planned date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="101"/>
        <source>date of the branch meeting</source>
        <translation>支部大会日期</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="102"/>
        <source>date found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="103"/>
        <source>deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="104"/>
        <source>completion date</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="105"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="106"/>
        <source>date paid</source>
        <translation>交纳日期</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="107"/>
        <source>date of the receipt</source>
        <translation>回执日期</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="108"/>
        <source>first month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="109"/>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="110"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="111"/>
        <source>recurrence</source>
        <translation>重复方式</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="112"/>
        <source>grade</source>
        <translation>评定等次</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="113"/>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="114"/>
        <source>source</source>
        <translation>问题来源</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="115"/>
        <source>direction</source>
        <translation>转接方向</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="116"/>
        <source>monthly amount</source>
        <translation>每月应交金额</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="117"/>
        <source>salary base</source>
        <translation>工资基数</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="118"/>
        <source>rate</source>
        <translation>交纳比例</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="119"/>
        <source>amount due</source>
        <translation>应交金额</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="120"/>
        <source>amount paid</source>
        <translation>实交金额</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="121"/>
        <source>number of members</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="122"/>
        <source>number exempted</source>
        <translation>免交人数</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="227"/>
        <source>{record}: its {field} “{code}” does not exist.</source>
        <translation>{record}：{field}“{code}”不存在。</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="254"/>
        <source>{record}: its {field} is missing.</source>
        <translation>{record}：缺少{field}。</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="258"/>
        <source>{record}: its {field} {value} is not a date that exists.</source>
        <translation>{record}：{field} {value} 不是存在的日期。</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="262"/>
        <source>{record}: its {field} {value} is out of range ({first}–{last}).</source>
        <translation>{record}：{field} {value} 超出范围（{first}–{last}）。</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="285"/>
        <source>{record}: its {field} {value} is not a month (YYYY-MM).</source>
        <translation>{record}：{field} {value} 不是月份（应为 YYYY-MM）。</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="295"/>
        <source>{record}: the year is out of range ({first}–{last}).</source>
        <translation>{record}：年度超出范围（{first}–{last}）。</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="310"/>
        <source>{record}: its {later} {second} is before its {earlier} {first}.</source>
        <translation>{record}：{later} {second} 早于{earlier} {first}。</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="333"/>
        <source>{record}: it is marked completed but has no completion date.</source>
        <translation>{record}：已标为完成，但没有完成日期。</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="351"/>
        <source>{record}: its {field} {value} is not an amount of zero or more.</source>
        <translation>{record}：{field} {value} 不是零或正数。</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="370"/>
        <source>{record}: {name} belongs to another branch.</source>
        <translation>{record}：{name}属于其他党支部。</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="388"/>
        <source>{record}: {count} records share the identifier {uuid}.</source>
        <translation>{record}：有 {count} 条记录使用同一标识 {uuid}。</translation>
    </message>
    <message>
        <location filename="../../models/check_followup.py" line="400"/>
        <source>{record}: recorded {count} times.</source>
        <translation>{record}：重复记录了 {count} 次。</translation>
    </message>
</context>
</TS>
