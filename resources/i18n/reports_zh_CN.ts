<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Bureau</name>
    <message>
        <location filename="../../exports/pdf_district.py" line="34"/>
        <source>District summary of Party branch work</source>
        <translation>全区党支部工作汇总</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_district.py" line="53"/>
        <location filename="../../exports/pdf_district.py" line="71"/>
        <location filename="../../exports/xlsx_district.py" line="26"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_district.py" line="79"/>
        <source>All rules met</source>
        <translation>各项制度均已落实</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_district.py" line="84"/>
        <source>{rule} ({where}: {count} held, {state})</source>
        <translation>{rule}（{where}：已开展{count}次，{state}）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_district.py" line="97"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_district.py" line="99"/>
        <source>Key figures of the district</source>
        <translation>全区主要数据</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_district.py" line="103"/>
        <source>The ledger holds no branches yet.</source>
        <translation>台账中还没有党支部。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_district.py" line="105"/>
        <source>Figures per branch</source>
        <translation>各党支部数据</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_district.py" line="109"/>
        <location filename="../../exports/pdf_district.py" line="128"/>
        <location filename="../../exports/pdf_district.py" line="147"/>
        <location filename="../../exports/xlsx_district.py" line="30"/>
        <location filename="../../exports/xlsx_district.py" line="66"/>
        <location filename="../../exports/xlsx_district.py" line="80"/>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_district.py" line="110"/>
        <source>Activities</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_district.py" line="111"/>
        <source>Attendances</source>
        <translation>人次</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_district.py" line="112"/>
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_district.py" line="113"/>
        <source>Present</source>
        <translation>实到</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_district.py" line="114"/>
        <source>Attendance rate</source>
        <translation>参会率</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_district.py" line="115"/>
        <source>Hours</source>
        <translation>学时·时长</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_district.py" line="116"/>
        <source>Good deeds</source>
        <translation>办实事（件）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_district.py" line="124"/>
        <source>Study, education and volunteer service</source>
        <translation>学习教育和志愿服务</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_district.py" line="129"/>
        <location filename="../../exports/xlsx_district.py" line="67"/>
        <source>Collective study (times)</source>
        <translation>集中学习（次）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_district.py" line="130"/>
        <location filename="../../exports/xlsx_district.py" line="68"/>
        <source>Exchange seminars (times)</source>
        <translation>交流学习体会（次）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_district.py" line="131"/>
        <location filename="../../exports/xlsx_district.py" line="69"/>
        <source>Revolutionary tradition education (attendances)</source>
        <translation>革命传统教育（人次）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_district.py" line="132"/>
        <location filename="../../exports/xlsx_district.py" line="70"/>
        <source>Volunteer service (attendances)</source>
        <translation>党员志愿服务（人次）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_district.py" line="133"/>
        <location filename="../../exports/xlsx_district.py" line="71"/>
        <source>Good deeds (items)</source>
        <translation>为群众办好事实事（件）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_district.py" line="141"/>
        <source>Compliance: rules not yet met (month, quarter and year of {month})</source>
        <translation>制度落实：尚未完成的要求（{month}所在月、季度、年度）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_district.py" line="147"/>
        <location filename="../../exports/xlsx_district.py" line="80"/>
        <source>Rules not met</source>
        <translation>未完成的要求</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_district.py" line="153"/>
        <source>Prepared by (bureau)</source>
        <translation>填报人（教育局党委）</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_district.py" line="30"/>
        <source>Per branch</source>
        <translation>各党支部</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_district.py" line="45"/>
        <source>Data fingerprint {fingerprint} · made {time}</source>
        <translation>数据指纹 {fingerprint} · 生成于 {time}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_district.py" line="64"/>
        <source>Study and service</source>
        <translation>学习和服务</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_district.py" line="79"/>
        <source>Compliance</source>
        <translation>制度落实</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../exports/pdf_annual.py" line="40"/>
        <source>{year}</source>
        <translation>{year}年</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="60"/>
        <location filename="../../exports/pdf_monthly.py" line="50"/>
        <location filename="../../exports/xlsx.py" line="134"/>
        <source>Activities</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="61"/>
        <location filename="../../exports/pdf_monthly.py" line="51"/>
        <location filename="../../exports/xlsx.py" line="135"/>
        <source>Attendances</source>
        <translation>人次</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="62"/>
        <location filename="../../exports/pdf_monthly.py" line="52"/>
        <location filename="../../exports/xlsx.py" line="136"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="63"/>
        <location filename="../../exports/pdf_annual.py" line="223"/>
        <location filename="../../exports/pdf_monthly.py" line="53"/>
        <location filename="../../exports/pdf_person.py" line="52"/>
        <location filename="../../exports/pdf_signin.py" line="45"/>
        <location filename="../../exports/xlsx.py" line="117"/>
        <location filename="../../exports/xlsx.py" line="137"/>
        <location filename="../../exports/xlsx.py" line="217"/>
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="64"/>
        <location filename="../../exports/pdf_monthly.py" line="54"/>
        <location filename="../../exports/xlsx.py" line="118"/>
        <location filename="../../exports/xlsx.py" line="138"/>
        <source>Present</source>
        <translation>实到</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="65"/>
        <location filename="../../exports/pdf_monthly.py" line="55"/>
        <location filename="../../exports/xlsx.py" line="139"/>
        <source>Attendance rate</source>
        <translation>参会率</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="66"/>
        <location filename="../../exports/pdf_annual.py" line="224"/>
        <location filename="../../exports/pdf_monthly.py" line="56"/>
        <location filename="../../exports/pdf_person.py" line="53"/>
        <location filename="../../exports/pdf_person.py" line="67"/>
        <location filename="../../exports/xlsx.py" line="119"/>
        <location filename="../../exports/xlsx.py" line="140"/>
        <location filename="../../exports/xlsx.py" line="218"/>
        <source>Hours</source>
        <translation>学时·时长</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="67"/>
        <location filename="../../exports/pdf_monthly.py" line="57"/>
        <location filename="../../exports/xlsx.py" line="141"/>
        <source>Good deeds</source>
        <translation>办实事（件）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="79"/>
        <location filename="../../exports/pdf_common.py" line="282"/>
        <location filename="../../exports/pdf_monthly.py" line="102"/>
        <location filename="../../exports/pdf_monthly.py" line="214"/>
        <location filename="../../exports/pdf_person.py" line="63"/>
        <location filename="../../exports/xlsx.py" line="109"/>
        <location filename="../../exports/xlsx.py" line="227"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="80"/>
        <location filename="../../exports/pdf_monthly.py" line="104"/>
        <location filename="../../exports/pdf_person.py" line="65"/>
        <location filename="../../exports/xlsx.py" line="113"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="81"/>
        <location filename="../../exports/pdf_monthly.py" line="105"/>
        <location filename="../../exports/pdf_monthly.py" line="126"/>
        <location filename="../../exports/pdf_signin.py" line="44"/>
        <location filename="../../exports/xlsx.py" line="115"/>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="82"/>
        <location filename="../../exports/pdf_monthly.py" line="106"/>
        <location filename="../../exports/pdf_monthly.py" line="128"/>
        <source>Present/expected</source>
        <translation>实到/应到</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="96"/>
        <location filename="../../exports/pdf_monthly.py" line="64"/>
        <source>No compliance rules apply to this period.</source>
        <translation>本期没有适用的制度要求。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="102"/>
        <location filename="../../exports/pdf_monthly.py" line="77"/>
        <source>Rule</source>
        <translation>制度要求</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="141"/>
        <source>√ done, ○ due, × overdue, — not applicable; the number is how many were held.</source>
        <translation>√ 已完成，○ 待完成，× 已逾期，— 不适用；数字为已开展次数。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="161"/>
        <location filename="../../exports/pdf_annual.py" line="249"/>
        <source>{branch} annual summary</source>
        <translation>{branch}年度工作总结</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="165"/>
        <location filename="../../exports/pdf_monthly.py" line="193"/>
        <source>Key figures</source>
        <translation>主要数据</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="169"/>
        <location filename="../../exports/pdf_annual.py" line="209"/>
        <source>No activities were recorded in this year.</source>
        <translation>本年度没有活动记录。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="170"/>
        <location filename="../../exports/xlsx.py" line="189"/>
        <source>By month</source>
        <translation>按月统计</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="175"/>
        <source>Activities per month</source>
        <translation>各月活动次数</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="179"/>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="182"/>
        <location filename="../../exports/xlsx.py" line="190"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="189"/>
        <source>By kind</source>
        <translation>按类别统计</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="193"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="201"/>
        <source>An activity of several kinds is counted under each of its kinds.</source>
        <translation>一次活动同时属于多个类别时，在每个类别下各计一次。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="210"/>
        <source>Compliance this year</source>
        <translation>本年度制度落实情况</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="213"/>
        <location filename="../../exports/pdf_annual.py" line="215"/>
        <source>Not held this year.</source>
        <translation>本年度尚未开展。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="216"/>
        <source>Totals per person</source>
        <translation>个人参加情况</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="221"/>
        <location filename="../../exports/pdf_monthly.py" line="216"/>
        <location filename="../../exports/pdf_monthly.py" line="241"/>
        <location filename="../../exports/pdf_person.py" line="37"/>
        <location filename="../../exports/pdf_signin.py" line="52"/>
        <location filename="../../exports/xlsx.py" line="215"/>
        <location filename="../../exports/xlsx.py" line="229"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="222"/>
        <location filename="../../exports/pdf_person.py" line="51"/>
        <location filename="../../exports/xlsx.py" line="216"/>
        <source>Times attended</source>
        <translation>参会次数</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="225"/>
        <location filename="../../exports/pdf_monthly.py" line="241"/>
        <location filename="../../exports/pdf_person.py" line="54"/>
        <location filename="../../exports/xlsx.py" line="219"/>
        <source>Volunteer hours</source>
        <translation>志愿服务时长</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="242"/>
        <source>Nobody took part this year.</source>
        <translation>本年度无人参加活动。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_annual.py" line="252"/>
        <source>Annual summary {year}</source>
        <translation>{year}年度工作总结</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_common.py" line="281"/>
        <source>Branch secretary&apos;s signature</source>
        <translation>支部书记签字</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_common.py" line="357"/>
        <source>Page {page} of {total}</source>
        <translation>第 {page} 页 共 {total} 页</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_common.py" line="358"/>
        <location filename="../../exports/xlsx.py" line="205"/>
        <source>Data fingerprint {fingerprint} · made {time}</source>
        <translation>数据指纹 {fingerprint} · 生成于 {time}</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="38"/>
        <source>{year}-{month:02d}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="42"/>
        <location filename="../../exports/xlsx.py" line="82"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="78"/>
        <location filename="../../exports/pdf_person.py" line="41"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="79"/>
        <source>Required</source>
        <translation>要求次数</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="80"/>
        <source>Held</source>
        <translation>已开展</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="81"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="103"/>
        <location filename="../../exports/pdf_person.py" line="64"/>
        <location filename="../../exports/xlsx.py" line="112"/>
        <source>Kinds</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="117"/>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="124"/>
        <location filename="../../exports/pdf_signin.py" line="42"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="125"/>
        <location filename="../../exports/pdf_signin.py" line="43"/>
        <location filename="../../exports/xlsx.py" line="114"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="127"/>
        <location filename="../../exports/xlsx.py" line="116"/>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="139"/>
        <source>No minutes were recorded.</source>
        <translation>未填写会议记录。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="141"/>
        <source>Resolutions</source>
        <translation>决议</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="154"/>
        <source>(photo cannot be shown)</source>
        <translation>（照片无法显示）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="160"/>
        <source>Photos</source>
        <translation>活动照片</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="163"/>
        <source>No photos were attached this month.</source>
        <translation>本月没有附加照片。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="189"/>
        <location filename="../../exports/pdf_monthly.py" line="259"/>
        <source>{branch} monthly summary</source>
        <translation>{branch}月度工作小结</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="199"/>
        <source>No activities were recorded in this month.</source>
        <translation>本月没有活动记录。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="200"/>
        <source>Compliance this month and quarter to date</source>
        <translation>本月及本季度制度落实情况</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="204"/>
        <source>Activities by kind</source>
        <translation>各类活动开展情况</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="207"/>
        <source>Activity register</source>
        <translation>活动登记</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="209"/>
        <source>Absences and reasons</source>
        <translation>缺席及请假情况</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="215"/>
        <location filename="../../exports/pdf_signin.py" line="41"/>
        <location filename="../../exports/xlsx.py" line="228"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="217"/>
        <location filename="../../exports/xlsx.py" line="230"/>
        <source>Status</source>
        <translation>情况</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="218"/>
        <location filename="../../exports/xlsx.py" line="232"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="236"/>
        <source>Nobody was absent.</source>
        <translation>无缺席、请假人员。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="237"/>
        <source>Volunteer hours per person</source>
        <translation>个人志愿服务时长</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="248"/>
        <source>No volunteer service this month.</source>
        <translation>本月没有志愿服务。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_monthly.py" line="262"/>
        <source>Monthly summary {month}</source>
        <translation>{month}月度工作小结</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_person.py" line="33"/>
        <location filename="../../exports/pdf_person.py" line="87"/>
        <source>Participation statement</source>
        <translation>党员参加组织生活情况证明</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_person.py" line="38"/>
        <location filename="../../exports/pdf_signin.py" line="53"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_person.py" line="39"/>
        <source>Unit / group</source>
        <translation>单位 / 党小组</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_person.py" line="42"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_person.py" line="48"/>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_person.py" line="57"/>
        <source>Activities attended</source>
        <translation>参加活动情况</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_person.py" line="66"/>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_person.py" line="79"/>
        <source>No activities with this person in the period.</source>
        <translation>该同志在此期间没有参加活动的记录。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_person.py" line="81"/>
        <source>Certified by the branch (seal)</source>
        <translation>党支部（盖章）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_signin.py" line="37"/>
        <location filename="../../exports/pdf_signin.py" line="96"/>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_signin.py" line="51"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_signin.py" line="54"/>
        <source>Group / unit</source>
        <translation>党小组 / 单位</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_signin.py" line="55"/>
        <source>Signature</source>
        <translation>本人签名</translation>
    </message>
    <message>
        <location filename="../../exports/pdf_signin.py" line="56"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../exports/report_data.py" line="59"/>
        <source>(branch not set up)</source>
        <translation>（尚未填写党支部信息）</translation>
    </message>
    <message>
        <location filename="../../exports/report_data.py" line="160"/>
        <source>Give a month as YYYY-MM.</source>
        <translation>请按 YYYY-MM 格式填写月份。</translation>
    </message>
    <message>
        <location filename="../../exports/report_data.py" line="236"/>
        <source>Give a year as YYYY.</source>
        <translation>请按 YYYY 格式填写年份。</translation>
    </message>
    <message>
        <location filename="../../exports/report_data.py" line="271"/>
        <source>That person is not in the ledger.</source>
        <translation>台账中没有这个人。</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx.py" line="110"/>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx.py" line="111"/>
        <source>End</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx.py" line="123"/>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx.py" line="124"/>
        <source>People served</source>
        <translation>服务群众（人）</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx.py" line="125"/>
        <source>Deeds done</source>
        <translation>办结实事（件）</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx.py" line="126"/>
        <source>Deeds in progress</source>
        <translation>在办实事（件）</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx.py" line="162"/>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx.py" line="163"/>
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx.py" line="164"/>
        <source>Volunteer service</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx.py" line="179"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx.py" line="183"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx.py" line="184"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx.py" line="213"/>
        <source>Per person</source>
        <translation>个人统计</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx.py" line="225"/>
        <source>Absences</source>
        <translation>缺席请假</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx.py" line="231"/>
        <source>Leave type</source>
        <translation>请假类别</translation>
    </message>
    <message>
        <location filename="../../exports/cli.py" line="21"/>
        <source>{path} is a folder; give a file name to write.</source>
        <translation>{path} 是文件夹，请给出要写入的文件名。</translation>
    </message>
    <message>
        <location filename="../../exports/cli.py" line="25"/>
        <source>The folder {path} does not exist.</source>
        <translation>文件夹 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../exports/cli.py" line="42"/>
        <source>The monthly summary needs --month YYYY-MM.</source>
        <translation>月度工作小结需要指定 --month YYYY-MM。</translation>
    </message>
    <message>
        <location filename="../../exports/cli.py" line="48"/>
        <source>The annual summary needs --year YYYY.</source>
        <translation>年度工作总结需要指定 --year YYYY。</translation>
    </message>
</context>
</TS>
