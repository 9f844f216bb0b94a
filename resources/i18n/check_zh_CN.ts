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
        <location filename="../../models/check.py" line="117"/>
        <source>… and {count} more problems of the same kind.</source>
        <translation>……另有 {count} 个同类问题。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="158"/>
        <source>Some text in the file can no longer be read: the file is damaged. Keep it as it is and restore the newest backup.</source>
        <translation>文件中有部分文字已无法读取：文件已损坏。请保留该文件原样，并恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="163"/>
        <source>Some records could not be read ({error}): the file is probably damaged.</source>
        <translation>部分记录无法读取（{error}）：文件可能已损坏。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="184"/>
        <source>{date} “{topic}”</source>
        <translation>{date}“{topic}”</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="239"/>
        <source>The file is damaged: SQLite&apos;s own check found {count} problem(s) ({details}). Keep this file as it is and restore the newest backup.</source>
        <translation>文件已损坏：SQLite 自检发现 {count} 处问题（{details}）。请保留此文件原样，并恢复最新的备份。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="259"/>
        <source>The table “{table}” ({record}) is missing: another program removed it or the file is damaged. Restore the newest backup.</source>
        <translation>缺少数据表“{table}”（{record}）：可能被其他程序删除，或文件已损坏。请恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="265"/>
        <source>The column “{column}” of the table “{table}” ({record}) is missing: another program removed it or the file is damaged. Restore the newest backup.</source>
        <translation>数据表“{table}”（{record}）缺少“{column}”列：可能被其他程序删除，或文件已损坏。请恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="286"/>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="287"/>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="288"/>
        <source>table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="289"/>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="291"/>
        <source>The ledger contains a {kind} “{name}” that Branch Ledger never makes: another program added it, and it could change records without anyone knowing. The app refuses to open this ledger; open it in the app, or run check with --repair, to make a repaired copy without it.</source>
        <translation>台账中有一个本软件从不创建的{kind}“{name}”：它是其他程序加入的，可能在无人察觉时改动记录。软件会拒绝打开这本台账；在软件中打开它，或运行 check 并加上 --repair，可以生成一份去掉该对象的修复副本。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="306"/>
        <source>branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="307"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="308"/>
        <source>party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="309"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="310"/>
        <source>roster status change</source>
        <translation>在册状态变更记录</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="311"/>
        <source>category change</source>
        <translation>类别变更</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="312"/>
        <source>committee seat</source>
        <translation>支委职务</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="313"/>
        <source>activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="314"/>
        <source>kind of an activity</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="315"/>
        <source>participating unit</source>
        <translation>参加单位</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="316"/>
        <source>attendance record</source>
        <translation>出勤记录</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="317"/>
        <source>vote</source>
        <translation>表决</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="318"/>
        <source>photo or scan</source>
        <translation>照片或扫描件</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="319"/>
        <source>closed month</source>
        <translation>已归档月份</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="342"/>
        <source>{activity}: its {record} points to a missing {parent}.</source>
        <translation>{activity}：其{record}所指向的{parent}已不存在。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="344"/>
        <source>The {record} number {row} points to a missing {parent}.</source>
        <translation>第 {row} 条{record}所指向的{parent}已不存在。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="405"/>
        <source>{activity}: the date {value} does not exist.</source>
        <translation>{activity}：日期 {value} 不存在。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="430"/>
        <source>{activity}: the start time {value} is not a time of day.</source>
        <translation>{activity}：开始时间 {value} 不是有效的时刻。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="431"/>
        <source>{activity}: the end time {value} is not a time of day.</source>
        <translation>{activity}：结束时间 {value} 不是有效的时刻。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="419"/>
        <source>{activity}: it ends ({end}) before it starts ({start}).</source>
        <translation>{activity}：结束时间（{end}）早于开始时间（{start}）。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="63"/>
        <source>Wrote {path}: a copy without the parts Branch Ledger never makes. The original was left as it is.</source>
        <translation>已写出 {path}：去掉了本软件从不创建的内容的副本。原文件保持原样。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="423"/>
        <source>{activity}: {hours} hours is not possible (0 to 24 hours).</source>
        <translation>{activity}：{hours} 小时不合理（应为 0 至 24 小时）。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="441"/>
        <source>{activity}: the activity has no kind.</source>
        <translation>{activity}：该活动没有活动类型。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="450"/>
        <source>{activity}: “{code}” is not a known kind of activity.</source>
        <translation>{activity}：“{code}”不是已知的活动类型。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="463"/>
        <source>{activity}: none of its kinds is marked as the main kind.</source>
        <translation>{activity}：没有任何活动类型被标为主要类型。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="467"/>
        <source>{activity}: its main kind is “{primary}” but its first kind is “{first}”.</source>
        <translation>{activity}：主要类型为“{primary}”，但排在第一位的类型是“{first}”。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="506"/>
        <source>{activity}: {name} has an unknown attendance status “{code}”.</source>
        <translation>{activity}：{name} 的出勤状态“{code}”无法识别。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="511"/>
        <source>{activity}: {name} is marked “{status}” without a reason.</source>
        <translation>{activity}：{name} 记为“{status}”，但没有填写原因。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="515"/>
        <source>{activity}: {name} is on leave, but the kind of leave (official, sick, personal) is missing.</source>
        <translation>{activity}：{name} 请假，但未填写请假类别（公假、病假、事假）。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="521"/>
        <source>{activity}: {hours} hours for {name} is not possible (0 to 24 hours).</source>
        <translation>{activity}：{name} 的时长 {hours} 小时不合理（应为 0 至 24 小时）。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="543"/>
        <source>{activity}: {name} is in the attendance but was not on the roster that day.</source>
        <translation>{activity}：{name} 列在出勤名单中，但当天不在册。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="569"/>
        <source>{activity}: the vote “{item}” has a count that is not a number of people.</source>
        <translation>{activity}：表决事项“{item}”中有的票数不是有效的人数。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="574"/>
        <source>{activity}: the vote “{item}” has more voters present ({present}) than members entitled to vote ({entitled}).</source>
        <translation>{activity}：表决事项“{item}”的到会表决人数（{present}）多于有表决权的党员人数（{entitled}）。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="580"/>
        <source>{activity}: the vote “{item}” has more votes cast ({cast}) than voters present ({present}).</source>
        <translation>{activity}：表决事项“{item}”的投票总数（{cast}）多于到会表决人数（{present}）。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="596"/>
        <source>{name}: a roster status change has the unknown status “{code}”.</source>
        <translation>{name}：有一条在册状态变更记录的状态“{code}”无法识别。</translation>
    </message>
    <message>
        <location filename="../../models/check.py" line="600"/>
        <source>{name}: a roster status change has the date {value}, which does not exist.</source>
        <translation>{name}：有一条在册状态变更记录的日期 {value} 不存在。</translation>
    </message>
</context>
</TS>
