<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Reports</name>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="65"/>
        <location filename="../../exports/report_types.py" line="196"/>
        <source>Activities</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="66"/>
        <location filename="../../exports/report_types.py" line="197"/>
        <source>Attendances</source>
        <translation>人次</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="67"/>
        <location filename="../../exports/report_types.py" line="198"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="238"/>
        <location filename="../../exports/pdf/monthly.py" line="68"/>
        <location filename="../../exports/pdf/person.py" line="67"/>
        <location filename="../../exports/pdf/signin.py" line="76"/>
        <location filename="../../exports/xlsx/registers.py" line="150"/>
        <location filename="../../exports/xlsx/registers.py" line="240"/>
        <location filename="../../exports/report_types.py" line="199"/>
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="69"/>
        <location filename="../../exports/pdf/signin.py" line="78"/>
        <location filename="../../exports/xlsx/registers.py" line="151"/>
        <location filename="../../exports/report_types.py" line="200"/>
        <source>Present</source>
        <translation>实到</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="70"/>
        <location filename="../../exports/report_types.py" line="201"/>
        <source>Attendance rate</source>
        <translation>参会率</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/person.py" line="82"/>
        <source>Hours</source>
        <translation>学时·时长</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="79"/>
        <location filename="../../exports/pdf/common.py" line="447"/>
        <location filename="../../exports/pdf/monthly.py" line="138"/>
        <location filename="../../exports/pdf/monthly.py" line="253"/>
        <location filename="../../exports/pdf/person.py" line="78"/>
        <location filename="../../exports/xlsx/registers.py" line="142"/>
        <location filename="../../exports/xlsx/registers.py" line="260"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="80"/>
        <location filename="../../exports/pdf/monthly.py" line="140"/>
        <location filename="../../exports/pdf/person.py" line="80"/>
        <location filename="../../exports/xlsx/registers.py" line="146"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="81"/>
        <location filename="../../exports/pdf/monthly.py" line="141"/>
        <location filename="../../exports/pdf/monthly.py" line="160"/>
        <location filename="../../exports/pdf/signin.py" line="70"/>
        <location filename="../../exports/xlsx/registers.py" line="148"/>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="82"/>
        <location filename="../../exports/pdf/monthly.py" line="142"/>
        <location filename="../../exports/pdf/monthly.py" line="162"/>
        <source>Present/expected</source>
        <translation>实到/应到</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="102"/>
        <source>H</source>
        <translation>免</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="108"/>
        <location filename="../../exports/pdf/monthly.py" line="92"/>
        <source>No compliance rules apply to this period.</source>
        <translation>本期没有适用的制度要求。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="114"/>
        <location filename="../../exports/pdf/monthly.py" line="105"/>
        <source>Rule</source>
        <translation>制度要求</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="153"/>
        <source>√ done, ○ due (period running), × not met (period over), · not yet due, {holiday} school holiday (exempt), — not applicable; the number is how many were held.</source>
        <translation>√ 已完成，○ 待完成（期间未结束），× 未完成（期间已结束），· 未到期，{holiday} 假期免，— 不适用；数字为已开展次数。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="174"/>
        <location filename="../../exports/pdf/annual.py" line="299"/>
        <source>Annual summary of {branch}</source>
        <translation>{branch}年度工作总结</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="178"/>
        <location filename="../../exports/pdf/monthly.py" line="230"/>
        <source>Key figures</source>
        <translation>主要数据</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="184"/>
        <location filename="../../exports/pdf/annual.py" line="224"/>
        <source>No activities were recorded in this year.</source>
        <translation>本年度没有活动记录。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="185"/>
        <location filename="../../exports/xlsx/registers.py" line="211"/>
        <source>By month</source>
        <translation>按月统计</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="190"/>
        <source>Activities per month</source>
        <translation>各月活动次数</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="194"/>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="197"/>
        <location filename="../../exports/xlsx/registers.py" line="212"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="204"/>
        <source>By kind</source>
        <translation>按类别统计</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="208"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="216"/>
        <source>An activity of several kinds is counted under each of its kinds.</source>
        <translation>一次活动同时属于多个类别时，在每个类别下各计一次。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="225"/>
        <source>Compliance this year</source>
        <translation>本年度制度落实情况</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="228"/>
        <location filename="../../exports/pdf/annual.py" line="230"/>
        <source>Not held this year.</source>
        <translation>本年度尚未开展。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="231"/>
        <source>Totals per person</source>
        <translation>个人参加情况</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="236"/>
        <location filename="../../exports/pdf/annual.py" line="263"/>
        <location filename="../../exports/pdf/monthly.py" line="255"/>
        <location filename="../../exports/pdf/monthly.py" line="282"/>
        <location filename="../../exports/pdf/person.py" line="50"/>
        <location filename="../../exports/pdf/signin.py" line="108"/>
        <location filename="../../exports/xlsx/registers.py" line="238"/>
        <location filename="../../exports/xlsx/registers.py" line="262"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="237"/>
        <location filename="../../exports/pdf/person.py" line="66"/>
        <location filename="../../exports/xlsx/registers.py" line="239"/>
        <source>Times attended</source>
        <translation>参会次数</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="239"/>
        <location filename="../../exports/pdf/annual.py" line="264"/>
        <location filename="../../exports/pdf/person.py" line="68"/>
        <location filename="../../exports/report_types.py" line="202"/>
        <source>Study hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="240"/>
        <location filename="../../exports/pdf/monthly.py" line="282"/>
        <location filename="../../exports/pdf/person.py" line="69"/>
        <location filename="../../exports/report_types.py" line="203"/>
        <source>Service hours</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="257"/>
        <source>Nobody took part this year.</source>
        <translation>本年度无人参加活动。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="258"/>
        <source>Study hours of each Party member</source>
        <translation>党员学时完成情况</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="265"/>
        <source>Minimum</source>
        <translation>最低要求</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="266"/>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="273"/>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="273"/>
        <source>not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="283"/>
        <source>Minimum a year: {member} study hours for each Party member, {committee} for the branch secretary and committee members.</source>
        <translation>每年最低学时：党员 {member} 学时，支部书记和支委 {committee} 学时。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="292"/>
        <source>No Party members on the roster.</source>
        <translation>花名册中没有党员。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/annual.py" line="302"/>
        <source>Annual summary {year}</source>
        <translation>{year}年度工作总结</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/common.py" line="194"/>
        <source>{text} ({detail})</source>
        <translation>{text}（{detail}）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/common.py" line="332"/>
        <source>… (cut)</source>
        <translation>……（以下从略）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/common.py" line="446"/>
        <source>Branch secretary&apos;s signature</source>
        <translation>支部书记签字</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/common.py" line="451"/>
        <location filename="../../exports/pdf/signin.py" line="51"/>
        <location filename="../../exports/pdf/signin.py" line="149"/>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/common.py" line="475"/>
        <source>(seal)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/page.py" line="118"/>
        <source>Page {page} of {total}</source>
        <translation>第 {page} 页 共 {total} 页</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/page.py" line="119"/>
        <location filename="../../exports/xlsx/registers.py" line="228"/>
        <source>Data fingerprint {fingerprint} · made {time}</source>
        <translation>数据指纹 {fingerprint} · 生成于 {time}</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="57"/>
        <location filename="../../exports/xlsx/registers.py" line="115"/>
        <location filename="../../exports/report_data.py" line="91"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="72"/>
        <location filename="../../exports/xlsx/registers.py" line="241"/>
        <location filename="../../exports/report_types.py" line="190"/>
        <source>Study hours (h)</source>
        <translation>学时（小时）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="73"/>
        <location filename="../../exports/xlsx/registers.py" line="242"/>
        <location filename="../../exports/report_types.py" line="191"/>
        <source>Service hours (h)</source>
        <translation>服务时长（小时）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="74"/>
        <location filename="../../exports/report_types.py" line="192"/>
        <location filename="../../exports/report_types.py" line="204"/>
        <source>Good deeds incl. in progress</source>
        <translation>办实事（件，含进行中）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="82"/>
        <source>Planned {planned}: held {held}, not held {missed}, still to come {pending}.</source>
        <translation>年度工作计划：计划{planned}项，已开展{held}项，未开展{missed}项，待开展{pending}项。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="106"/>
        <location filename="../../exports/pdf/person.py" line="54"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="107"/>
        <source>Required</source>
        <translation>要求次数</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="108"/>
        <source>Held</source>
        <translation>已开展</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="109"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="121"/>
        <source>guests {n}</source>
        <translation>列席{n}</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="139"/>
        <location filename="../../exports/pdf/person.py" line="79"/>
        <location filename="../../exports/xlsx/registers.py" line="145"/>
        <source>Kinds</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="153"/>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="158"/>
        <location filename="../../exports/pdf/signin.py" line="64"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="159"/>
        <location filename="../../exports/pdf/signin.py" line="66"/>
        <location filename="../../exports/xlsx/registers.py" line="147"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="161"/>
        <location filename="../../exports/pdf/signin.py" line="72"/>
        <location filename="../../exports/xlsx/registers.py" line="149"/>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="165"/>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="167"/>
        <source>Study materials</source>
        <translation>学习材料</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="176"/>
        <source>No minutes were recorded.</source>
        <translation>未填写会议记录。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="178"/>
        <source>Resolutions</source>
        <translation>决议</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="191"/>
        <source>(photo cannot be shown)</source>
        <translation>（照片无法显示）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="197"/>
        <source>Photos</source>
        <translation>活动照片</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="200"/>
        <source>No photos were attached this month.</source>
        <translation>本月没有附加照片。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="226"/>
        <location filename="../../exports/pdf/monthly.py" line="300"/>
        <source>Monthly summary of {branch}</source>
        <translation>{branch}月度工作小结</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="238"/>
        <source>No activities were recorded in this month.</source>
        <translation>本月没有活动记录。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="239"/>
        <source>Compliance this month and quarter to date</source>
        <translation>本月及本季度制度落实情况</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="243"/>
        <source>Activities by kind</source>
        <translation>各类活动开展情况</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="246"/>
        <source>Activity register</source>
        <translation>活动登记</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="248"/>
        <source>Absences and reasons</source>
        <translation>缺席及请假情况</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="254"/>
        <location filename="../../exports/pdf/signin.py" line="58"/>
        <location filename="../../exports/xlsx/registers.py" line="261"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="256"/>
        <location filename="../../exports/xlsx/registers.py" line="263"/>
        <source>Status</source>
        <translation>情况</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="257"/>
        <location filename="../../exports/xlsx/registers.py" line="265"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="277"/>
        <source>Nobody was absent.</source>
        <translation>无缺席、请假人员。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="278"/>
        <source>Service hours per person</source>
        <translation>个人服务时长</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="289"/>
        <source>No volunteer service this month.</source>
        <translation>本月没有志愿服务。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="303"/>
        <source>Monthly summary {month}</source>
        <translation>{month}月度工作小结</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/person.py" line="51"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/person.py" line="52"/>
        <source>Unit / group</source>
        <translation>单位 / 党小组</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/person.py" line="38"/>
        <source>Statement of a party member&apos;s participation in branch life</source>
        <translation>党员参加组织生活情况证明</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/person.py" line="39"/>
        <source>Statement of participation in branch activities</source>
        <translation>参加党组织活动情况证明</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/person.py" line="55"/>
        <source>{period} ({start} to {end})</source>
        <translation>{period}（{start}至{end}）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/person.py" line="63"/>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/person.py" line="72"/>
        <source>Activities attended</source>
        <translation>参加活动情况</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/person.py" line="81"/>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/person.py" line="100"/>
        <source>No activities with this person in the period.</source>
        <translation>该同志在此期间没有参加活动的记录。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/person.py" line="102"/>
        <source>This is to certify the above.</source>
        <translation>特此证明。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/signin.py" line="101"/>
        <location filename="../../exports/pdf/signin.py" line="175"/>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/signin.py" line="107"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/signin.py" line="150"/>
        <source>Host&apos;s signature</source>
        <translation>主持人签字</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/signin.py" line="109"/>
        <source>Signature</source>
        <translation>本人签名</translation>
    </message>
    <message>
        <location filename="../../exports/report_data.py" line="70"/>
        <source>The file holds no branch named {name}. Its branches: {names}.</source>
        <translation>文件中没有名为“{name}”的党支部。文件中的党支部：{names}。</translation>
    </message>
    <message>
        <location filename="../../exports/report_data.py" line="78"/>
        <source>The file holds {count} branches; choose one with --branch NAME: {names}.</source>
        <translation>文件中有 {count} 个党支部，请用 --branch 名称 指定其中一个：{names}。</translation>
    </message>
    <message>
        <location filename="../../exports/report_data.py" line="86"/>
        <source>(branch not set up)</source>
        <translation>（尚未填写党支部信息）</translation>
    </message>
    <message>
        <location filename="../../exports/report_data.py" line="236"/>
        <source>Give a month as YYYY-MM.</source>
        <translation>请按 YYYY-MM 格式填写月份。</translation>
    </message>
    <message>
        <location filename="../../exports/report_data.py" line="309"/>
        <source>Give a year as YYYY.</source>
        <translation>请按 YYYY 格式填写年份。</translation>
    </message>
    <message>
        <location filename="../../exports/report_data.py" line="362"/>
        <source>That person is not in the ledger.</source>
        <translation>台账中没有这个人。</translation>
    </message>
    <message>
        <location filename="../../exports/report_data.py" line="433"/>
        <source>That activity is no longer in the ledger.</source>
        <translation>台账中已没有这项活动。</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/registers.py" line="143"/>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/registers.py" line="144"/>
        <source>End</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/registers.py" line="152"/>
        <source>Duration (h)</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="169"/>
        <location filename="../../exports/xlsx/registers.py" line="156"/>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/monthly.py" line="170"/>
        <location filename="../../exports/xlsx/registers.py" line="157"/>
        <source>People served</source>
        <translation>服务群众（人）</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/registers.py" line="158"/>
        <source>Deeds done</source>
        <translation>办结实事（件）</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/registers.py" line="159"/>
        <source>Deeds in progress</source>
        <translation>在办实事（件）</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/registers.py" line="182"/>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/registers.py" line="183"/>
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/registers.py" line="184"/>
        <source>Volunteer service</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/registers.py" line="200"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/registers.py" line="204"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/registers.py" line="205"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/registers.py" line="236"/>
        <source>Per person</source>
        <translation>个人统计</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/registers.py" line="258"/>
        <source>Absences</source>
        <translation>缺席请假</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/registers.py" line="264"/>
        <source>Leave type</source>
        <translation>请假类别</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/registers.py" line="295"/>
        <source>{branch} · {period}</source>
        <translation>{branch} · {period}</translation>
    </message>
    <message>
        <location filename="../../exports/cli.py" line="165"/>
        <source>{path} is a folder; give a file name to write.</source>
        <translation>{path} 是文件夹，请给出要写入的文件名。</translation>
    </message>
    <message>
        <location filename="../../exports/cli.py" line="169"/>
        <source>The folder {path} does not exist.</source>
        <translation>文件夹 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../exports/cli.py" line="199"/>
        <source>The monthly summary needs --month YYYY-MM.</source>
        <translation>月度工作小结需要指定 --month YYYY-MM。</translation>
    </message>
    <message>
        <location filename="../../exports/cli.py" line="210"/>
        <source>The annual summary needs --year YYYY.</source>
        <translation>年度工作总结需要指定 --year YYYY。</translation>
    </message>
    <message>
        <location filename="../../exports/cli.py" line="234"/>
        <source>The {document} needs --year YYYY.</source>
        <translation>{document}需要 --year YYYY。</translation>
    </message>
    <message>
        <location filename="../../exports/cli.py" line="272"/>
        <source>The party dues report needs --year YYYY.</source>
        <translation>党费报表需要 --year YYYY。</translation>
    </message>
    <message>
        <location filename="../../exports/cli.py" line="294"/>
        <source>The party member roster needs --on YYYY-MM-DD.</source>
        <translation>党员花名册需要 --on YYYY-MM-DD 指定日期。</translation>
    </message>
    <message>
        <location filename="../../exports/cli.py" line="322"/>
        <source>The member development register needs --year YYYY.</source>
        <translation>发展党员工作台账需要 --year YYYY。</translation>
    </message>
    <message>
        <location filename="../../exports/cli.py" line="343"/>
        <source>annual work plan</source>
        <translation>年度工作计划</translation>
    </message>
    <message>
        <location filename="../../exports/cli.py" line="344"/>
        <source>democratic appraisal results</source>
        <translation>民主评议党员结果</translation>
    </message>
    <message>
        <location filename="../../exports/cli.py" line="345"/>
        <source>rectification register</source>
        <translation>问题整改台账</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/fonts.py" line="458"/>
        <source>“{text}”: the character {char} (U+{code:04X}) is in no font on this computer and prints as a gap.</source>
        <translation>“{text}”中的字符 {char}（U+{code:04X}）在本机所有字体中都没有，打印出来将是空白。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports/period.py" line="19"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period.py" line="20"/>
        <location filename="../../ui/reports/period.py" line="70"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period.py" line="21"/>
        <location filename="../../ui/reports/period.py" line="69"/>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period.py" line="68"/>
        <source>Kind of period</source>
        <translation>期间类型</translation>
    </message>
    <message>
        <location filename="../../ui/reports/texts.py" line="14"/>
        <location filename="../../ui/reports/texts.py" line="24"/>
        <source>Monthly summary</source>
        <translation>月度工作小结</translation>
    </message>
    <message>
        <location filename="../../ui/reports/texts.py" line="15"/>
        <location filename="../../ui/reports/texts.py" line="25"/>
        <source>Annual summary</source>
        <translation>年度工作总结</translation>
    </message>
    <message>
        <location filename="../../ui/reports/texts.py" line="16"/>
        <location filename="../../ui/reports/texts.py" line="26"/>
        <source>Participation statement</source>
        <translation>党员参加组织生活情况证明</translation>
    </message>
    <message>
        <location filename="../../ui/reports/texts.py" line="17"/>
        <location filename="../../ui/reports/texts.py" line="27"/>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <location filename="../../ui/reports/texts.py" line="28"/>
        <source>Excel export of the registers</source>
        <translation>台账导出为 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/reports/texts.py" line="34"/>
        <source>The month&apos;s figures, compliance, activity register, absences and volunteer hours, with signature lines: print it, sign it and file it.</source>
        <translation>本月数据、制度落实、活动登记、缺席请假和志愿服务时长，附签字栏：打印、签字后归档。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/texts.py" line="39"/>
        <source>The year by month and by kind, each person&apos;s totals and the year&apos;s compliance.</source>
        <translation>全年按月、按类别的统计，个人参加情况和全年制度落实情况。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/texts.py" line="43"/>
        <source>One person&apos;s activities, hours and volunteer time over a period, for the branch to certify.</source>
        <translation>某位同志在一段时间内参加的活动、学时和志愿服务时长，由党支部出具证明。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/texts.py" line="48"/>
        <source>Everyone expected at a meeting, with an empty column for signatures. Choose the month, then the meeting.</source>
        <translation>会议应到人员名单，留有签名栏。先选月份，再选会议。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/texts.py" line="53"/>
        <source>Every register and summary of the period as an .xlsx workbook, one sheet each.</source>
        <translation>本期各类台账和汇总导出为 .xlsx 工作簿，每类一张工作表。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="185"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="190"/>
        <source>Document:</source>
        <translation>文档：</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="202"/>
        <source>Build the document and show it here (Ctrl+Enter)</source>
        <translation>生成文档并在此显示（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="74"/>
        <location filename="../../ui/reports/page.py" line="191"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="90"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="159"/>
        <source>Print sign-in sheet…</source>
        <translation>打印签到表…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="165"/>
        <source>Participation statement…</source>
        <translation>参加组织生活情况证明…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="192"/>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="193"/>
        <source>Meeting:</source>
        <translation>会议：</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="194"/>
        <source>Include:</source>
        <translation>包括：</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="198"/>
        <source>The full minutes</source>
        <translation>完整会议记录</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="199"/>
        <source>Photos (thumbnails with captions)</source>
        <translation>照片（缩略图及说明）</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="200"/>
        <location filename="../../ui/reports/page.py" line="373"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../ui/reports/close.py" line="54"/>
        <source>Archive this month</source>
        <translation>归档本月</translation>
    </message>
    <message>
        <location filename="../../ui/reports/close.py" line="56"/>
        <source>Archiving keeps the month as printed: its records can still be corrected, but each change asks for a reason and is kept as an amendment.</source>
        <translation>归档后本月保持打印时的状态：记录仍可更正，但每次修改都需填写原因，并作为更正记录保存。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/close.py" line="62"/>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <location filename="../../ui/reports/close.py" line="66"/>
        <source>Is this the final report for {month}? Archive the month to keep it as printed: its records can still be corrected, but each change will ask for a reason and be kept as an amendment.</source>
        <translation>这是{month}的最终报表吗？归档本月后，本月保持打印时的状态：记录仍可更正，但每次修改都需填写原因，并作为更正记录保存。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/close.py" line="73"/>
        <source>{month} is archived. Later changes to its records will ask for a reason.</source>
        <translation>{month}已归档。以后修改其中的记录时需要填写原因。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="206"/>
        <source>Choose a document and its period on the left, then press Generate. The document is shown here to check before you save or print it.</source>
        <translation>请在左侧选择文档和期间，然后点击“生成”。文档会显示在这里，核对后再保存或打印。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="302"/>
        <source>Nobody on the roster yet</source>
        <translation>名册中还没有人员</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="322"/>
        <source>No meetings in this month</source>
        <translation>本月没有会议</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="359"/>
        <source>Choose a person first.</source>
        <translation>请先选择人员。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="362"/>
        <source>Choose a meeting first.</source>
        <translation>请先选择会议。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="371"/>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/texts.py" line="18"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="65"/>
        <source>Ledger export</source>
        <translation>台账导出</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="176"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="177"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="178"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="179"/>
        <source>Fit the page to the window&apos;s width</source>
        <translation>使页面宽度适合窗口</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="180"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="181"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="182"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="184"/>
        <source>Show the folder where the document was saved</source>
        <translation>显示文档所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="187"/>
        <source>The Excel workbook is ready ({sheets} sheets). Save it, then open it in Excel or WPS.</source>
        <translation>Excel 工作簿已生成（{sheets} 张工作表）。请保存后用 Excel 或 WPS 打开。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="217"/>
        <source>The document was made but cannot be shown here.</source>
        <translation>文档已生成，但无法在此显示。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="236"/>
        <source>{count} pages</source>
        <translation>共 {count} 页</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="240"/>
        <source>{count} sheets</source>
        <translation>共 {count} 张工作表</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="282"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="284"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="287"/>
        <source>Save the document</source>
        <translation>保存文档</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="315"/>
        <source>The document could not be saved to {path}: {reason}</source>
        <translation>文档无法保存到 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="323"/>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="335"/>
        <source>The folder {path} could not be opened.</source>
        <translation>无法打开文件夹 {path}。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="353"/>
        <source>Print the document</source>
        <translation>打印文档</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="370"/>
        <source>The printer could not be started. Check that it is switched on and connected, then try again.</source>
        <translation>无法启动打印机。请检查打印机已开机并连接好，然后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="395"/>
        <source>Sent {count} pages to {printer}.</source>
        <translation>已将 {count} 页发送到 {printer}。</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <location filename="../../exports/cli.py" line="117"/>
        <source>Give either --from/--to or one of --month, --year, --campaign.</source>
        <translation>--from/--to 不能与 --month、--year、--campaign 同时使用，请只给出一种期间。</translation>
    </message>
    <message>
        <location filename="../../exports/cli.py" line="120"/>
        <source>A date range needs both --from and --to.</source>
        <translation>日期范围需要同时给出 --from 和 --to。</translation>
    </message>
    <message>
        <location filename="../../exports/cli.py" line="123"/>
        <location filename="../../exports/cli.py" line="193"/>
        <source>This report takes --month or --year, not a date range.</source>
        <translation>此报表只接受 --month 或 --year，不接受日期范围。</translation>
    </message>
    <message>
        <location filename="../../exports/cli.py" line="139"/>
        <source>Give the period: --month, --year, --from and --to, or --campaign.</source>
        <translation>请给出期间：--month、--year、--from 和 --to，或 --campaign。</translation>
    </message>
</context>
</TS>
