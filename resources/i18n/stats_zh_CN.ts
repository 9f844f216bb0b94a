<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Completeness</name>
    <message>
        <location filename="../../models/rules/compliance_records.py" line="33"/>
        <source>start and end time</source>
        <translation>起止时间</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance_records.py" line="34"/>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance_records.py" line="35"/>
        <source>host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance_records.py" line="36"/>
        <source>recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance_records.py" line="37"/>
        <source>attendance list (expected / present)</source>
        <translation>出席名单（应到/实到）</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance_records.py" line="38"/>
        <source>a reason for every absence</source>
        <translation>每位缺席人员的原因</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance_records.py" line="39"/>
        <source>topic</source>
        <translation>议题</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <location filename="../../models/rules/compliance.py" line="103"/>
        <source>{kind}: at least {n} per month</source>
        <translation>{kind} 每月至少{n}次</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance.py" line="104"/>
        <source>{kind}: at least {n} per quarter</source>
        <translation>{kind} 每季度至少{n}次</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance.py" line="105"/>
        <source>{kind}: at least {n} per year</source>
        <translation>{kind} 每年至少{n}次</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance.py" line="142"/>
        <source>The minimum count must be a whole number from 1 to 99.</source>
        <translation>最少次数须为 1 到 99 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance.py" line="146"/>
        <source>The period must be a month, a quarter or a year.</source>
        <translation>周期须为月、季度或年。</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance.py" line="154"/>
        <source>There is no rule {code}.</source>
        <translation>没有规则 {code}。</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance.py" line="383"/>
        <source>this month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance.py" line="384"/>
        <source>this quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance.py" line="385"/>
        <source>this year</source>
        <translation>本年度</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance.py" line="386"/>
        <source>last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance.py" line="387"/>
        <source>last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance.py" line="388"/>
        <source>last year</source>
        <translation>上年度</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance.py" line="393"/>
        <source>Only {count} of the required {min_count} {kind} held {when} so far</source>
        <translation>{when}{kind}目前仅开展{count}次，应至少{min_count}次</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance.py" line="397"/>
        <source>Only {count} of the required {min_count} {kind} held {when}</source>
        <translation>{when}{kind}仅开展{count}次，应至少{min_count}次</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance.py" line="403"/>
        <source>No {kind} work has been carried out {when} yet</source>
        <translation>{when}尚未开展{kind}工作</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance.py" line="405"/>
        <source>No {kind} work was carried out {when}</source>
        <translation>{when}未开展{kind}工作</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance.py" line="409"/>
        <source>No {kind} has been held {when} yet</source>
        <translation>{when}尚未召开{kind}</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance.py" line="411"/>
        <source>No {kind} has taken place {when} yet</source>
        <translation>{when}尚未开展{kind}</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance.py" line="415"/>
        <source>No {kind} was held {when}</source>
        <translation>{when}未召开{kind}</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance.py" line="417"/>
        <source>No {kind} took place {when}</source>
        <translation>{when}未开展{kind}</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance.py" line="423"/>
        <source>{text} ({period})</source>
        <translation>{text}（{period}）</translation>
    </message>
    <message>
        <location filename="../../models/rules/compliance.py" line="425"/>
        <source>{group}: {text}</source>
        <translation>{group}：{text}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../models/rules/settings.py" line="55"/>
        <source>Choose the kinds that count as study hours.</source>
        <translation>请选择计入学时的活动类型。</translation>
    </message>
    <message>
        <location filename="../../models/rules/settings.py" line="58"/>
        <source>Unknown kind: {kinds}.</source>
        <translation>未知的活动类型：{kinds}。</translation>
    </message>
    <message>
        <location filename="../../models/rules/settings.py" line="60"/>
        <source>Volunteer kinds count as service hours, not as study hours.</source>
        <translation>志愿服务类活动计入服务时长，不计入学时。</translation>
    </message>
    <message>
        <location filename="../../models/rules/settings.py" line="68"/>
        <source>Choose months from 1 to 12.</source>
        <translation>请选择1至12月中的月份。</translation>
    </message>
    <message>
        <location filename="../../models/rules/settings.py" line="72"/>
        <source>Choose yes or no.</source>
        <translation>请选择是或否。</translation>
    </message>
    <message>
        <location filename="../../models/rules/settings.py" line="74"/>
        <source>There is no setting {key}.</source>
        <translation>没有名为 {key} 的设置。</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <location filename="../../models/rules/counting.py" line="236"/>
        <source>{hours} h</source>
        <translation>{hours}小时</translation>
    </message>
    <message>
        <location filename="../../models/rules/counting.py" line="482"/>
        <source>{activities} activities, {attendances} attendances, {people} people, expected {expected}, present {present}, attendance rate {rate}, duration {hours}, study hours {study}, service hours {service}, {deeds} items</source>
        <translation>{activities} 次，{attendances} 人次，{people} 人，应到 {expected}，实到 {present}，参会率 {rate}，时长 {hours}，学时 {study}，服务时长 {service}，{deeds} 件</translation>
    </message>
    <message>
        <location filename="../../models/rules/counting.py" line="508"/>
        <source>Statistics for {period}</source>
        <translation>{period} 统计</translation>
    </message>
    <message>
        <location filename="../../models/rules/counting.py" line="510"/>
        <source>Total: {figures}</source>
        <translation>合计：{figures}</translation>
    </message>
    <message>
        <location filename="../../models/rules/counting.py" line="514"/>
        <source>By kind:</source>
        <translation>按类型：</translation>
    </message>
    <message>
        <location filename="../../models/rules/counting.py" line="517"/>
        <source>By branch:</source>
        <translation>按支部：</translation>
    </message>
    <message>
        <location filename="../../models/rules/periods.py" line="144"/>
        <source>&apos;{value}&apos; is not a date: write it as YYYY-MM-DD, e.g. 2026-09-01.</source>
        <translation>“{value}”不是日期：请写成 YYYY-MM-DD，例如 2026-09-01。</translation>
    </message>
    <message>
        <location filename="../../models/rules/periods.py" line="154"/>
        <source>The range ends ({end}) before it starts ({start}).</source>
        <translation>结束日期（{end}）早于开始日期（{start}）。</translation>
    </message>
    <message>
        <location filename="../../models/rules/periods.py" line="202"/>
        <source>&apos;{value}&apos; is not a month: write it as YYYY-MM, for example 2026-10.</source>
        <translation>“{value}”不是月份：请写成 YYYY-MM，例如 2026-10。</translation>
    </message>
    <message>
        <location filename="../../models/rules/periods.py" line="206"/>
        <source>&apos;{value}&apos; is not a quarter: write it as YYYY-Qn, for example 2026-Q4.</source>
        <translation>“{value}”不是季度：请写成 YYYY-Qn，例如 2026-Q4。</translation>
    </message>
    <message>
        <location filename="../../models/rules/periods.py" line="210"/>
        <source>&apos;{value}&apos; is not a year: write it as YYYY, for example 2026.</source>
        <translation>“{value}”不是年份：请写成 YYYY，例如 2026。</translation>
    </message>
    <message>
        <location filename="../../models/rules/periods.py" line="211"/>
        <source>&apos;{value}&apos; is not a period: write a month as YYYY-MM (for example 2026-10), a quarter as YYYY-Qn or a year as YYYY.</source>
        <translation>“{value}”不是有效的期间：月份写成 YYYY-MM（例如 2026-10），季度写成 YYYY-Qn，年份写成 YYYY。</translation>
    </message>
    <message>
        <location filename="../../models/rules/periods.py" line="228"/>
        <source>There is no month {month} in {value}: months run from 01 to 12.</source>
        <translation>{value} 中没有第 {month} 月：月份为 01 到 12。</translation>
    </message>
    <message>
        <location filename="../../models/rules/periods.py" line="240"/>
        <source>There is no quarter Q{quarter} in {value}: quarters run from Q1 to Q4.</source>
        <translation>{value} 中没有第 {quarter} 季度：季度为 Q1 到 Q4。</translation>
    </message>
    <message>
        <location filename="../../models/rules/periods.py" line="261"/>
        <source>The year in {value} is out of range ({low}–{high}).</source>
        <translation>{value} 中的年份超出范围（{low}–{high}）。</translation>
    </message>
    <message>
        <location filename="../../models/rules/periods.py" line="276"/>
        <source>{campaign} ({dates})</source>
        <translation>{campaign}（{dates}）</translation>
    </message>
    <message>
        <location filename="../../models/rules/periods.py" line="281"/>
        <source>{month}/{year}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <location filename="../../models/rules/periods.py" line="284"/>
        <source>Q1</source>
        <translation>第一季度</translation>
    </message>
    <message>
        <location filename="../../models/rules/periods.py" line="285"/>
        <source>Q2</source>
        <translation>第二季度</translation>
    </message>
    <message>
        <location filename="../../models/rules/periods.py" line="286"/>
        <source>Q3</source>
        <translation>第三季度</translation>
    </message>
    <message>
        <location filename="../../models/rules/periods.py" line="287"/>
        <source>Q4</source>
        <translation>第四季度</translation>
    </message>
    <message>
        <location filename="../../models/rules/periods.py" line="289"/>
        <source>{quarter} {year}</source>
        <translation>{year}年{quarter}</translation>
    </message>
    <message>
        <location filename="../../models/rules/periods.py" line="292"/>
        <source>Year {year}</source>
        <translation>{year}年度</translation>
    </message>
    <message>
        <location filename="../../models/rules/periods.py" line="301"/>
        <source>{month}/{day}/{year}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../models/rules/periods.py" line="310"/>
        <source>{month1}/{day1} to {month2}/{day2}/{year}</source>
        <translation>{year}年{month1}月{day1}日至{month2}月{day2}日</translation>
    </message>
    <message>
        <location filename="../../models/rules/periods.py" line="317"/>
        <source>{start} to {end}</source>
        <translation>{start}至{end}</translation>
    </message>
</context>
</TS>
