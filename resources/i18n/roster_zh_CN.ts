<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Reports</name>
    <message>
        <location filename="../../models/records/roster.py" line="74"/>
        <source>Give the roster&apos;s date as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式填写花名册日期。</translation>
    </message>
    <message>
        <location filename="../../exports/roster_data.py" line="36"/>
        <source>Give the roster&apos;s date as YYYY-MM-DD (--on).</source>
        <translation>请按 YYYY-MM-DD 格式填写花名册日期（--on）。</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/roster.py" line="53"/>
        <source>Data fingerprint {fingerprint} · made {time}</source>
        <translation>数据指纹 {fingerprint} · 生成于 {time}</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <location filename="../../exports/roster_data.py" line="75"/>
        <source>M</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../exports/roster_data.py" line="75"/>
        <source>F</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../exports/roster_data.py" line="79"/>
        <source>Party member roster of {branch}</source>
        <translation>{branch}党员花名册</translation>
    </message>
    <message>
        <location filename="../../exports/roster_data.py" line="85"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../exports/roster_data.py" line="86"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../exports/roster_data.py" line="87"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../exports/roster_data.py" line="88"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../exports/roster_data.py" line="89"/>
        <source>Born</source>
        <translation>出生年月</translation>
    </message>
    <message>
        <location filename="../../exports/roster_data.py" line="90"/>
        <source>Native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <location filename="../../exports/roster_data.py" line="91"/>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../exports/roster_data.py" line="92"/>
        <source>Title / post</source>
        <translation>职称/职务</translation>
    </message>
    <message>
        <location filename="../../exports/roster_data.py" line="93"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../exports/roster_data.py" line="94"/>
        <source>Joined the Party</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <location filename="../../exports/roster_data.py" line="95"/>
        <source>Full member since</source>
        <translation>转正时间</translation>
    </message>
    <message>
        <location filename="../../exports/roster_data.py" line="96"/>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../exports/roster_data.py" line="99"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../exports/roster_data.py" line="100"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../exports/roster_data.py" line="101"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../exports/roster_data.py" line="130"/>
        <source>mobile member</source>
        <translation>流动党员</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="43"/>
        <source>As of {day}</source>
        <translation>截至 {day}</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="46"/>
        <source>Party members</source>
        <translation>党员人数</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="47"/>
        <source>Full members</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="48"/>
        <source>Probationary members</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="53"/>
        <source>No Party member is on the roster that day.</source>
        <translation>当日在册党员为零。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="66"/>
        <source>Members (full and probationary) on the branch&apos;s roster on that day, by the dated category and roster history: someone transferred out before it is not listed. ID numbers are masked.</source>
        <translation>按人员类别和在册情况的历史记录，列出当日在册的正式党员和预备党员；此前已转出的不列入。身份证号已隐去部分数字。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="73"/>
        <source>Members (full and probationary) on the branch&apos;s roster on that day, by the dated category and roster history: someone transferred out before it is not listed. Contains ID numbers: keep this copy private.</source>
        <translation>按人员类别和在册情况的历史记录，列出当日在册的正式党员和预备党员；此前已转出的不列入。本件含完整身份证号，请妥善保管，不得外传。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="88"/>
        <source>Party member roster, {day}</source>
        <translation>党员花名册（{day}）</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/roster.py" line="33"/>
        <source>{title} (as of {day})</source>
        <translation>{title}（截至 {day}）</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/roster.py" line="37"/>
        <source>Party member roster</source>
        <translation>党员花名册</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/roster.py" line="45"/>
        <source>Full members: {full}; probationary members: {probationary}.</source>
        <translation>正式党员 {full} 名，预备党员 {probationary} 名。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../models/records/id_number.py" line="46"/>
        <source>An ID number has 18 characters; this one has {count}.</source>
        <translation>身份证号应为 18 位，这里是 {count} 位。</translation>
    </message>
    <message>
        <location filename="../../models/records/id_number.py" line="50"/>
        <source>An ID number is 17 digits followed by a digit or X.</source>
        <translation>身份证号由 17 位数字加 1 位数字或 X 组成。</translation>
    </message>
    <message>
        <location filename="../../models/records/id_number.py" line="54"/>
        <source>Characters 7–14 of an ID number are a birth date; {date} is not one.</source>
        <translation>身份证号第 7–14 位是出生日期，{date} 不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../models/records/id_number.py" line="59"/>
        <source>The last character (the check digit) should be {expected}, not {found}: a digit was probably mistyped.</source>
        <translation>最后一位（校验码）应为 {expected}，而不是 {found}：可能有数字输错了。</translation>
    </message>
</context>
</TS>
