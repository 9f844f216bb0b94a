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
    <name>Definitions</name>
    <message>
        <location filename="../../models/rules/definitions.py" line="54"/>
        <source>collective study</source>
        <translation>集中学习</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="57"/>
        <source>exchange of study experiences</source>
        <translation>交流学习体会</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="60"/>
        <source>revolutionary tradition education</source>
        <translation>革命传统教育</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="66"/>
        <source>Party member volunteer service</source>
        <translation>党员志愿服务</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="72"/>
        <source>good and practical deeds for the people</source>
        <translation>为群众办好事实事</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="82"/>
        <source>The definitions must be a list.</source>
        <translation>口径必须是一个列表。</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="84"/>
        <source>At most {n} figures.</source>
        <translation>最多 {n} 个数字。</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="89"/>
        <source>A figure must be an object.</source>
        <translation>每个数字的口径格式不对。</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="97"/>
        <source>Give the figure a label.</source>
        <translation>请填写数字的名称。</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="100"/>
        <source>At most {n} characters, not starting with = + - or @.</source>
        <translation>最多 {n} 个字，不能以 = + - 或 @ 开头。</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="104"/>
        <source>Choose what is counted.</source>
        <translation>请选择统计什么。</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="106"/>
        <source>Unknown kind of activity.</source>
        <translation>未知的活动类型。</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="111"/>
        <source>Unknown theme.</source>
        <translation>未知的专题。</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="114"/>
        <source>Choose whose attendance counts.</source>
        <translation>请选择统计谁的人次。</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="164"/>
        <source>activities of kind {kinds} with theme {themes}</source>
        <translation>类型为{kinds}且专题为{themes}的活动</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="166"/>
        <source>activities of kind {kinds}</source>
        <translation>类型为{kinds}的活动</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="168"/>
        <source>activities with theme {themes}</source>
        <translation>专题为{themes}的活动</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="170"/>
        <source>all activities</source>
        <translation>全部活动</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="171"/>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="177"/>
        <source>number of {scope}</source>
        <translation>{scope}的次数</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="179"/>
        <source>attendances of {whose} at {scope}</source>
        <translation>{scope}中{whose}的人次</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="181"/>
        <source>good deeds done (items) at {scope}</source>
        <translation>{scope}中已办结的好事实事件数</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="183"/>
        <source>good deeds done or in progress (items) at {scope}</source>
        <translation>{scope}中已办结和在办的好事实事件数</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="189"/>
        <source>Party members (full or probationary on the activity&apos;s day)</source>
        <translation>党员（活动当日为正式或预备党员）</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="192"/>
        <source>everyone present (guests not counted)</source>
        <translation>全部到会人员（不含列席）</translation>
    </message>
    <message>
        <location filename="../../models/rules/definitions.py" line="193"/>
        <source>everyone present, guests and non-members on no roster included</source>
        <translation>全部到会人员（含列席和名册外人员）</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../models/rules/settings.py" line="57"/>
        <source>Choose the kinds that count as study hours.</source>
        <translation>请选择计入学时的活动类型。</translation>
    </message>
    <message>
        <location filename="../../models/rules/settings.py" line="60"/>
        <source>Unknown kind: {kinds}.</source>
        <translation>未知的活动类型：{kinds}。</translation>
    </message>
    <message>
        <location filename="../../models/rules/settings.py" line="62"/>
        <source>Volunteer kinds count as service hours, not as study hours.</source>
        <translation>志愿服务类活动计入服务时长，不计入学时。</translation>
    </message>
    <message>
        <location filename="../../models/rules/settings.py" line="70"/>
        <source>Choose months from 1 to 12.</source>
        <translation>请选择1至12月中的月份。</translation>
    </message>
    <message>
        <location filename="../../models/rules/settings.py" line="78"/>
        <source>Choose yes or no.</source>
        <translation>请选择是或否。</translation>
    </message>
    <message>
        <location filename="../../models/rules/settings.py" line="80"/>
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
        <location filename="../../models/rules/counting.py" line="499"/>
        <source>{activities} activities, {attendances} attendances, {people} people, expected {expected}, present {present}, attendance rate {rate}, duration {hours}, study hours {study}, service hours {service}, {deeds} items</source>
        <translation>{activities} 次，{attendances} 人次，{people} 人，应到 {expected}，实到 {present}，参会率 {rate}，时长 {hours}，学时 {study}，服务时长 {service}，{deeds} 件</translation>
    </message>
    <message>
        <location filename="../../models/rules/counting.py" line="530"/>
        <source>Statistics for {period}</source>
        <translation>{period} 统计</translation>
    </message>
    <message>
        <location filename="../../models/rules/counting.py" line="532"/>
        <source>Total: {figures}</source>
        <translation>合计：{figures}</translation>
    </message>
    <message>
        <location filename="../../models/rules/counting.py" line="536"/>
        <source>By kind:</source>
        <translation>按类型：</translation>
    </message>
    <message>
        <location filename="../../models/rules/counting.py" line="539"/>
        <source>By branch:</source>
        <translation>按支部：</translation>
    </message>
    <message>
        <location filename="../../models/rules/counting.py" line="547"/>
        <source>By theme:</source>
        <translation>按专题：</translation>
    </message>
    <message>
        <location filename="../../models/rules/counting.py" line="550"/>
        <source>The bureau&apos;s figures:</source>
        <translation>上报数字：</translation>
    </message>
    <message>
        <location filename="../../models/rules/counting.py" line="554"/>
        <source>  {label}: {value} {unit} ({definition})</source>
        <translation>  {label}：{value}{unit}（{definition}）</translation>
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
<context>
    <name>Themes</name>
    <message>
        <location filename="../../models/vocabulary_themes.py" line="28"/>
        <source>Revolutionary tradition education</source>
        <translation>革命传统教育</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_themes.py" line="29"/>
        <source>Warning education</source>
        <translation>警示教育</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_themes.py" line="30"/>
        <source>Teachers&apos; ethics</source>
        <translation>师德师风</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_themes.py" line="31"/>
        <source>Theme education</source>
        <translation>主题教育</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_themes.py" line="32"/>
        <source>Party history education</source>
        <translation>党史学习教育</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_themes.py" line="33"/>
        <source>Clean governance education</source>
        <translation>廉洁教育</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_themes.py" line="41"/>
        <source>times</source>
        <translation>次</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_themes.py" line="42"/>
        <source>attendances</source>
        <translation>人次</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_themes.py" line="43"/>
        <location filename="../../models/vocabulary_themes.py" line="44"/>
        <source>items</source>
        <translation>件</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_themes.py" line="51"/>
        <source>Activities (times)</source>
        <translation>活动次数（次）</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_themes.py" line="52"/>
        <source>Attendances (person-times)</source>
        <translation>参加人次（人次）</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_themes.py" line="53"/>
        <source>Good deeds done (items)</source>
        <translation>已办结的好事实事（件）</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_themes.py" line="54"/>
        <source>Good deeds done or in progress (items)</source>
        <translation>已办结和在办的好事实事（件）</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_themes.py" line="61"/>
        <source>Party members (full and probationary on the day)</source>
        <translation>党员（当日为正式或预备党员）</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_themes.py" line="62"/>
        <source>Everyone present (guests not counted)</source>
        <translation>全部到会人员（不含列席）</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_themes.py" line="63"/>
        <source>Everyone present, guests and non-members included</source>
        <translation>全部到会人员（含列席和名册外人员）</translation>
    </message>
</context>
</TS>
