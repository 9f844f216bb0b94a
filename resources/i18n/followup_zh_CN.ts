<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Fields</name>
    <message>
        <location filename="../../models/records/plan.py" line="148"/>
        <location filename="../../models/records/plan.py" line="151"/>
        <location filename="../../models/records/plan.py" line="223"/>
        <location filename="../../models/records/plan.py" line="226"/>
        <location filename="../../models/records/talks.py" line="78"/>
        <location filename="../../models/records/talks.py" line="80"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../models/records/review.py" line="73"/>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../models/records/review.py" line="84"/>
        <source>Decided on</source>
        <translation>支部大会日期</translation>
    </message>
    <message>
        <location filename="../../models/records/rectification.py" line="95"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../models/records/rectification.py" line="98"/>
        <location filename="../../models/records/rectification.py" line="100"/>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location filename="../../models/records/rectification.py" line="101"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../models/records/rectification.py" line="102"/>
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../models/records/rectification.py" line="313"/>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <location filename="../../models/records/talks.py" line="85"/>
        <source>Talked</source>
        <translation>谈话人</translation>
    </message>
    <message>
        <location filename="../../models/records/talks.py" line="98"/>
        <source>With</source>
        <translation>谈话对象</translation>
    </message>
</context>
<context>
    <name>Followup</name>
    <message>
        <location filename="../../models/vocabulary_followup.py" line="18"/>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_followup.py" line="19"/>
        <source>Qualified</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_followup.py" line="20"/>
        <source>Basically qualified</source>
        <translation>基本合格</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_followup.py" line="21"/>
        <source>Unqualified</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_followup.py" line="28"/>
        <source>Organisational life meeting</source>
        <translation>组织生活会</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_followup.py" line="29"/>
        <source>Democratic appraisal</source>
        <translation>民主评议党员</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_followup.py" line="30"/>
        <source>Inspection</source>
        <translation>检查督导</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_followup.py" line="31"/>
        <source>Bureau</source>
        <translation>上级反馈</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_followup.py" line="32"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_followup.py" line="39"/>
        <source>In progress</source>
        <translation>整改中</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_followup.py" line="40"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_followup.py" line="41"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_followup.py" line="48"/>
        <source>Committee member with member</source>
        <translation>支委与党员</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_followup.py" line="49"/>
        <source>Between members</source>
        <translation>党员之间</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_followup.py" line="50"/>
        <source>With an applicant</source>
        <translation>与申请人</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_followup.py" line="57"/>
        <location filename="../../exports/pdf/followup.py" line="78"/>
        <location filename="../../exports/pdf/followup.py" line="97"/>
        <location filename="../../exports/xlsx/followup.py" line="76"/>
        <source>Held</source>
        <translation>已开展</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_followup.py" line="58"/>
        <location filename="../../exports/pdf/followup.py" line="77"/>
        <location filename="../../exports/pdf/followup.py" line="96"/>
        <location filename="../../exports/xlsx/followup.py" line="75"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_followup.py" line="59"/>
        <location filename="../../exports/pdf/followup.py" line="79"/>
        <location filename="../../exports/pdf/followup.py" line="98"/>
        <location filename="../../exports/xlsx/followup.py" line="77"/>
        <source>Not held</source>
        <translation>未开展</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_followup.py" line="66"/>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_followup.py" line="67"/>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_followup.py" line="68"/>
        <source>Every quarter</source>
        <translation>每季度</translation>
    </message>
    <message>
        <location filename="../../models/records/rectification.py" line="42"/>
        <source>Theoretical study</source>
        <translation>理论学习</translation>
    </message>
    <message>
        <location filename="../../models/records/rectification.py" line="43"/>
        <source>Political awareness</source>
        <translation>政治意识</translation>
    </message>
    <message>
        <location filename="../../models/records/rectification.py" line="44"/>
        <source>Party spirit</source>
        <translation>党性修养</translation>
    </message>
    <message>
        <location filename="../../models/records/rectification.py" line="45"/>
        <source>Serving the people</source>
        <translation>联系服务群众</translation>
    </message>
    <message>
        <location filename="../../models/records/rectification.py" line="46"/>
        <source>Work style and duties</source>
        <translation>作风与履职</translation>
    </message>
    <message>
        <location filename="../../models/records/rectification.py" line="47"/>
        <source>Exemplary role</source>
        <translation>先锋模范作用</translation>
    </message>
    <message>
        <location filename="../../models/records/rectification.py" line="48"/>
        <source>Integrity and discipline</source>
        <translation>廉洁自律</translation>
    </message>
    <message>
        <location filename="../../models/rules/followup.py" line="73"/>
        <source>Election: the committee&apos;s term ended on {date}; the branch should elect a new committee.</source>
        <translation>换届：本届支委会任期已于{date}届满，应及时进行换届选举。</translation>
    </message>
    <message>
        <location filename="../../models/rules/followup.py" line="85"/>
        <source>Election: the committee&apos;s term ends on {date}; prepare the election now.</source>
        <translation>换届：本届支委会任期将于{date}届满，请提前做好换届准备。</translation>
    </message>
    <message>
        <location filename="../../models/rules/followup.py" line="98"/>
        <source>Rectification overdue since {deadline}: {problem} ({owner})</source>
        <translation>整改逾期（期限{deadline}）：{problem}（{owner}）</translation>
    </message>
    <message>
        <location filename="../../models/rules/followup.py" line="103"/>
        <source>no owner</source>
        <translation>未定责任人</translation>
    </message>
    <message>
        <location filename="../../models/rules/followup.py" line="112"/>
        <source>…and {n} more overdue rectification items.</source>
        <translation>……另有{n}项整改逾期。</translation>
    </message>
    <message>
        <location filename="../../models/rules/followup.py" line="125"/>
        <source>Plan for this month: {pending} of {planned} items not held yet.</source>
        <translation>本月计划{planned}项，尚有{pending}项未开展。</translation>
    </message>
    <message>
        <location filename="../../models/rules/followup.py" line="140"/>
        <source>Plan for {month}/{year}: {n} items were not held.</source>
        <translation>{year}年{month}月计划中有{n}项未开展。</translation>
    </message>
    <message>
        <location filename="../../models/rules/followup.py" line="152"/>
        <source>Heart-to-heart talks: {n} committee–member pairs have not talked this year.</source>
        <translation>谈心谈话：本年度尚有{n}对支委与党员未谈话。</translation>
    </message>
    <message>
        <location filename="../../models/rules/followup.py" line="165"/>
        <source>Democratic appraisal: {n} members have no result for {year}.</source>
        <translation>民主评议：{year}年度尚有{n}名党员无评议结果。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="69"/>
        <location filename="../../exports/pdf/followup.py" line="145"/>
        <source>Annual work plan of {branch}</source>
        <translation>{branch}年度工作计划</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="73"/>
        <location filename="../../exports/xlsx/followup.py" line="82"/>
        <source>Planned and held</source>
        <translation>计划与落实</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="80"/>
        <location filename="../../exports/pdf/followup.py" line="99"/>
        <location filename="../../exports/xlsx/followup.py" line="78"/>
        <source>Still to come</source>
        <translation>待开展</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="53"/>
        <source>As of {date}.</source>
        <translation>截至{date}。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="107"/>
        <location filename="../../exports/xlsx/followup.py" line="86"/>
        <source>The plan</source>
        <translation>计划安排</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="109"/>
        <source>Nothing is planned for this year.</source>
        <translation>本年度尚无计划。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="120"/>
        <location filename="../../exports/xlsx/followup.py" line="90"/>
        <source>Theme</source>
        <translation>专题</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="122"/>
        <location filename="../../exports/xlsx/followup.py" line="92"/>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="123"/>
        <location filename="../../exports/pdf/followup.py" line="282"/>
        <location filename="../../exports/xlsx/followup.py" line="94"/>
        <location filename="../../exports/xlsx/followup.py" line="218"/>
        <location filename="../../exports/xlsx/followup.py" line="246"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="148"/>
        <source>Annual work plan {year}</source>
        <translation>{year}年度工作计划</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="161"/>
        <location filename="../../exports/pdf/followup.py" line="208"/>
        <source>Democratic appraisal of members, {branch}</source>
        <translation>{branch}民主评议党员结果</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="167"/>
        <location filename="../../exports/xlsx/followup.py" line="126"/>
        <source>Members per grade</source>
        <translation>各等次人数</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="172"/>
        <location filename="../../exports/xlsx/followup.py" line="130"/>
        <source>Assessed</source>
        <translation>已评议</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="173"/>
        <location filename="../../exports/xlsx/followup.py" line="131"/>
        <location filename="../../exports/xlsx/followup.py" line="162"/>
        <source>Not assessed</source>
        <translation>未评议</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="177"/>
        <location filename="../../exports/xlsx/followup.py" line="138"/>
        <source>Results</source>
        <translation>评议结果</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="183"/>
        <location filename="../../exports/xlsx/followup.py" line="127"/>
        <location filename="../../exports/xlsx/followup.py" line="141"/>
        <source>Grade</source>
        <translation>评定等次</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="184"/>
        <location filename="../../exports/xlsx/followup.py" line="142"/>
        <source>Self-assessment</source>
        <translation>个人自评</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="185"/>
        <location filename="../../exports/xlsx/followup.py" line="143"/>
        <source>Peer assessment</source>
        <translation>党员互评</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="186"/>
        <location filename="../../exports/xlsx/followup.py" line="144"/>
        <source>Decided on</source>
        <translation>支部大会日期</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="197"/>
        <source>No results are recorded for this year.</source>
        <translation>本年度尚未录入评议结果。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="198"/>
        <source>Members not assessed</source>
        <translation>未参加评议的党员</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="202"/>
        <source>Every member has a result.</source>
        <translation>全体党员均已评议。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="213"/>
        <source>Democratic appraisal {year}</source>
        <translation>{year}年度民主评议党员</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="225"/>
        <location filename="../../exports/pdf/followup.py" line="317"/>
        <source>Rectification register of {branch}</source>
        <translation>{branch}问题整改台账</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="232"/>
        <location filename="../../exports/xlsx/followup.py" line="246"/>
        <source>Items</source>
        <translation>问题数</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="244"/>
        <source>{items} completed items carry {photos} photos as evidence (kept in the ledger).</source>
        <translation>{items}项已完成事项附有整改佐证照片共{photos}张（存于台账中）。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="253"/>
        <location filename="../../exports/xlsx/followup.py" line="187"/>
        <source>Per branch</source>
        <translation>按支部</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="257"/>
        <location filename="../../exports/xlsx/followup.py" line="189"/>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="261"/>
        <location filename="../../exports/xlsx/followup.py" line="193"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="268"/>
        <source>List of problems</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="270"/>
        <source>No problems are recorded for this year.</source>
        <translation>本年度尚未录入问题。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="275"/>
        <location filename="../../exports/xlsx/followup.py" line="210"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="276"/>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="277"/>
        <location filename="../../exports/xlsx/followup.py" line="213"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="278"/>
        <location filename="../../exports/xlsx/followup.py" line="214"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="279"/>
        <location filename="../../exports/xlsx/followup.py" line="216"/>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="280"/>
        <location filename="../../exports/xlsx/followup.py" line="215"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="281"/>
        <location filename="../../exports/xlsx/followup.py" line="217"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="283"/>
        <source>Completion</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="313"/>
        <source>{n} photo(s)</source>
        <translation>照片{n}张</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="322"/>
        <source>Rectification register {year}</source>
        <translation>{year}年度问题整改台账</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/followup.py" line="93"/>
        <source>Recurs</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/followup.py" line="95"/>
        <source>Held on</source>
        <translation>开展日期</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/followup.py" line="96"/>
        <location filename="../../exports/xlsx/followup.py" line="145"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/followup.py" line="127"/>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/followup.py" line="208"/>
        <source>Rectification register</source>
        <translation>问题整改台账</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/followup.py" line="211"/>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/followup.py" line="212"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/followup.py" line="219"/>
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/followup.py" line="220"/>
        <source>Evidence</source>
        <translation>整改佐证</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/followup.py" line="221"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/followup.py" line="245"/>
        <source>Per state</source>
        <translation>按状态</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="79"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="81"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="162"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="166"/>
        <location filename="../../ui/followup/dialogs.py" line="174"/>
        <source>Not saved. Please correct the marked fields.</source>
        <translation>未保存，请修改标出的项目。</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="212"/>
        <source>Add to the plan</source>
        <translation>加入计划</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="214"/>
        <location filename="../../ui/followup/dialogs.py" line="312"/>
        <location filename="../../ui/followup/dialogs.py" line="542"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="215"/>
        <location filename="../../ui/followup/dialogs.py" line="313"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="216"/>
        <location filename="../../ui/followup/dialogs.py" line="314"/>
        <source>Theme</source>
        <translation>专题</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="219"/>
        <location filename="../../ui/followup/dialogs.py" line="317"/>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="223"/>
        <source>Recurs</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="226"/>
        <location filename="../../ui/followup/dialogs.py" line="311"/>
        <location filename="../../ui/followup/dialogs.py" line="539"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="230"/>
        <location filename="../../ui/followup/dialogs.py" line="350"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="232"/>
        <source>First</source>
        <translation>第一</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="233"/>
        <source>Second</source>
        <translation>第二</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="234"/>
        <source>Third</source>
        <translation>第三</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="235"/>
        <source>Fourth</source>
        <translation>第四</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="236"/>
        <source>Last</source>
        <translation>最后一</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="240"/>
        <source>Week of the month</source>
        <translation>每月第几周</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="244"/>
        <source>Monday</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="245"/>
        <source>Tuesday</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="246"/>
        <source>Wednesday</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="247"/>
        <source>Thursday</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="248"/>
        <source>Friday</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="249"/>
        <source>Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="250"/>
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="254"/>
        <source>Day of the week</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="260"/>
        <source>Month of the quarter</source>
        <translation>季度中的第几个月</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="263"/>
        <location filename="../../ui/followup/dialogs.py" line="319"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="308"/>
        <source>Planned item</source>
        <translation>计划事项</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="345"/>
        <source>Appraisal result</source>
        <translation>评议结果</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="353"/>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="359"/>
        <source>Grade decided by the branch</source>
        <translation>支部评定等次</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="365"/>
        <source>Branch meeting on</source>
        <translation>支部党员大会日期</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="370"/>
        <source>Self-assessment</source>
        <translation>个人自评</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="375"/>
        <source>Peer assessment (summary)</source>
        <translation>党员互评（摘要）</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="403"/>
        <source>Rectification item</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="408"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="411"/>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="415"/>
        <source>Found at</source>
        <translation>问题来源</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="424"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="429"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="432"/>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="435"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="440"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="446"/>
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="451"/>
        <source>Evidence of completion</source>
        <translation>完成佐证</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="458"/>
        <source>Photos as evidence of completion: drag them here or press “Add photos…” (a completed item; at most {cap}).</source>
        <translation>整改完成的佐证照片：拖到此处，或点击“添加照片…”（仅限已完成事项，最多{cap}张）。</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="464"/>
        <source>Photos</source>
        <translation>佐证照片</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="497"/>
        <source>Wait until the photos are ready.</source>
        <translation>请等待照片处理完毕。</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="536"/>
        <source>Heart-to-heart talk</source>
        <translation>谈心谈话</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="547"/>
        <source>Talked</source>
        <translation>谈话人</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="550"/>
        <source>With</source>
        <translation>谈话对象</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="554"/>
        <source>Or, not on the roster</source>
        <translation>或：不在名册中的人</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="557"/>
        <source>e.g. an applicant</source>
        <translation>如入党申请人</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="559"/>
        <source>Key points</source>
        <translation>谈话要点</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="586"/>
        <source>Rectification categories</source>
        <translation>整改问题类别</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="591"/>
        <source>One per line</source>
        <translation>每行一个</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="598"/>
        <source>In use</source>
        <translation>使用情况</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="599"/>
        <location filename="../../ui/followup/dialogs.py" line="601"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="600"/>
        <source>to</source>
        <translation>改为</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="621"/>
        <source>{name}: {n}</source>
        <translation>{name}：{n}项</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="624"/>
        <source>{name}: {n} (not in the list; kept on its items)</source>
        <translation>{name}：{n}项（已不在列表中，相关事项仍保留该类别）</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="629"/>
        <source>No item has a category yet.</source>
        <translation>尚无事项设置类别。</translation>
    </message>
    <message>
        <location filename="../../ui/followup/dialogs.py" line="638"/>
        <source>Not renamed.</source>
        <translation>未能重命名。</translation>
    </message>
</context>
<context>
    <name>FollowupPage</name>
    <message>
        <location filename="../../ui/followup/page.py" line="166"/>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="180"/>
        <location filename="../../ui/followup/page.py" line="245"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="181"/>
        <location filename="../../ui/followup/page.py" line="248"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="182"/>
        <source>Theme</source>
        <translation>专题</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="183"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="184"/>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="185"/>
        <location filename="../../ui/followup/page.py" line="231"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="189"/>
        <source>Add to the plan…</source>
        <translation>加入计划…</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="190"/>
        <location filename="../../ui/followup/page.py" line="217"/>
        <location filename="../../ui/followup/page.py" line="237"/>
        <location filename="../../ui/followup/page.py" line="255"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="191"/>
        <location filename="../../ui/followup/page.py" line="218"/>
        <location filename="../../ui/followup/page.py" line="238"/>
        <location filename="../../ui/followup/page.py" line="256"/>
        <location filename="../../ui/followup/page.py" line="454"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="193"/>
        <source>Record as held…</source>
        <translation>记为已开展…</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="196"/>
        <source>Open a new record with this item&apos;s kind, date, topic and host, and the people expected filled in</source>
        <translation>新建一条记录，自动填入该计划的类别、日期、主题、主持人和应到人员</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="203"/>
        <source>Annual plan</source>
        <translation>年度计划</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="207"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="208"/>
        <source>Grade</source>
        <translation>评定等次</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="209"/>
        <source>Branch meeting</source>
        <translation>支部大会日期</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="210"/>
        <source>Self-assessment</source>
        <translation>个人自评</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="211"/>
        <source>Peer assessment</source>
        <translation>党员互评</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="213"/>
        <source>Members not assessed</source>
        <translation>未参加评议的党员</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="216"/>
        <source>Add result…</source>
        <translation>录入结果…</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="220"/>
        <source>Democratic appraisal</source>
        <translation>民主评议</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="224"/>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="225"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="226"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="227"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="228"/>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="229"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="230"/>
        <source>Completed</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="236"/>
        <source>Add item…</source>
        <translation>新增问题…</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="239"/>
        <source>Categories…</source>
        <translation>问题类别…</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="241"/>
        <source>Rectification</source>
        <translation>问题整改</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="246"/>
        <source>Talked</source>
        <translation>谈话人</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="247"/>
        <source>With</source>
        <translation>谈话对象</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="249"/>
        <source>Key points</source>
        <translation>谈话要点</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="251"/>
        <source>Pairs who have not talked this year</source>
        <translation>本年度尚未谈话的人员</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="254"/>
        <source>Add talk…</source>
        <translation>新增谈话…</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="258"/>
        <source>Heart-to-heart talks</source>
        <translation>谈心谈话</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="270"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="275"/>
        <source>Save Excel…</source>
        <translation>保存 Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="338"/>
        <source>Plan and follow-up, {year}</source>
        <translation>{year}年度计划与整改</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="352"/>
        <source>Planned {planned}: held {held}, not held {missed}, still to come {pending}.</source>
        <translation>计划{planned}项：已开展{held}项，未开展{missed}项，待开展{pending}项。</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="372"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="376"/>
        <source>{assessed} of {expected} members assessed: {counts}.</source>
        <translation>应评议党员{expected}名，已评议{assessed}名：{counts}。</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="397"/>
        <source>{total} items: {doing} in progress, {late} overdue, {done} completed.</source>
        <translation>共{total}项：整改中{doing}项，逾期{late}项，已完成{done}项。</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="428"/>
        <source>({n} photos)</source>
        <translation>（照片{n}张）</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="433"/>
        <source>Committee–member pairs: {covered} of {pairs} have talked this year (as of {day}).</source>
        <translation>支委与党员应谈话{pairs}对，本年度已谈{covered}对（截至{day}）。</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="469"/>
        <source>Delete “{item}”?</source>
        <translation>删除“{item}”？</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="474"/>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="511"/>
        <source>Not linked</source>
        <translation>未关联</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="561"/>
        <source>Annual work plan {year}</source>
        <translation>{year}年度工作计划</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="562"/>
        <source>Democratic appraisal {year}</source>
        <translation>{year}年度民主评议党员</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="563"/>
        <source>Rectification register {year}</source>
        <translation>{year}年度问题整改台账</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="568"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../ui/followup/page.py" line="594"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../exports/followup_data.py" line="54"/>
        <source>Give a year as YYYY.</source>
        <translation>请按 YYYY 格式填写年份。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="91"/>
        <location filename="../../exports/xlsx/followup.py" line="81"/>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="95"/>
        <location filename="../../exports/xlsx/followup.py" line="74"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="118"/>
        <location filename="../../exports/xlsx/followup.py" line="88"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="119"/>
        <location filename="../../exports/xlsx/followup.py" line="89"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="121"/>
        <location filename="../../exports/xlsx/followup.py" line="91"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="182"/>
        <location filename="../../exports/xlsx/followup.py" line="140"/>
        <location filename="../../exports/xlsx/followup.py" line="163"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/followup.py" line="200"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/followup.py" line="54"/>
        <source>Data fingerprint {fingerprint} · made {time}</source>
        <translation>数据指纹 {fingerprint} · 生成于 {time}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/followup.py" line="171"/>
        <source>{branch} · {period}</source>
        <translation>{branch} · {period}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../models/records/followup_base.py" line="36"/>
        <source>Set up the branch first.</source>
        <translation>请先设置党支部信息。</translation>
    </message>
    <message>
        <location filename="../../models/records/followup_base.py" line="37"/>
        <source>This branch is not in the ledger.</source>
        <translation>台账中没有这个党支部。</translation>
    </message>
    <message>
        <location filename="../../models/records/followup_base.py" line="44"/>
        <source>{name} belongs to another branch.</source>
        <translation>{name}属于其他党支部。</translation>
    </message>
    <message>
        <location filename="../../models/records/followup_base.py" line="55"/>
        <source>This person is no longer in the ledger.</source>
        <translation>此人已不在台账中。</translation>
    </message>
    <message>
        <location filename="../../models/records/followup_base.py" line="76"/>
        <location filename="../../models/records/plan.py" line="231"/>
        <location filename="../../models/records/plan.py" line="270"/>
        <location filename="../../models/records/plan.py" line="277"/>
        <location filename="../../models/records/plan.py" line="295"/>
        <location filename="../../models/records/rectification.py" line="132"/>
        <location filename="../../models/records/talks.py" line="103"/>
        <source>This record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../models/records/plan.py" line="140"/>
        <location filename="../../models/records/plan.py" line="220"/>
        <source>Choose a kind.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <location filename="../../models/records/plan.py" line="142"/>
        <location filename="../../models/records/plan.py" line="228"/>
        <source>Give the topic or the theme.</source>
        <translation>请填写主题或专题。</translation>
    </message>
    <message>
        <location filename="../../models/records/plan.py" line="144"/>
        <source>Choose how often it recurs.</source>
        <translation>请选择重复方式。</translation>
    </message>
    <message>
        <location filename="../../models/records/plan.py" line="147"/>
        <location filename="../../models/records/plan.py" line="222"/>
        <location filename="../../models/records/review.py" line="72"/>
        <location filename="../../models/records/rectification.py" line="97"/>
        <location filename="../../models/records/rectification.py" line="312"/>
        <location filename="../../models/records/talks.py" line="77"/>
        <location filename="../../models/records/talks.py" line="84"/>
        <location filename="../../models/records/talks.py" line="97"/>
        <source>{field} is required.</source>
        <translation>{field}为必填项。</translation>
    </message>
    <message>
        <location filename="../../models/records/plan.py" line="154"/>
        <source>Give the plan&apos;s year (YYYY).</source>
        <translation>请填写计划年度（YYYY）。</translation>
    </message>
    <message>
        <location filename="../../models/records/plan.py" line="156"/>
        <source>Choose the week of the month.</source>
        <translation>请选择每月第几周。</translation>
    </message>
    <message>
        <location filename="../../models/records/plan.py" line="158"/>
        <source>Choose the day of the week.</source>
        <translation>请选择星期几。</translation>
    </message>
    <message>
        <location filename="../../models/records/plan.py" line="160"/>
        <source>Choose the month of the quarter (1–3).</source>
        <translation>请选择季度中的第几个月（1–3）。</translation>
    </message>
    <message>
        <location filename="../../models/records/plan.py" line="164"/>
        <source>The months run from the first to the last, within 1–12.</source>
        <translation>起止月份须在1–12之间且起始不晚于结束。</translation>
    </message>
    <message>
        <location filename="../../models/records/plan.py" line="279"/>
        <source>The record belongs to another branch than the plan.</source>
        <translation>该活动记录与计划不属于同一党支部。</translation>
    </message>
    <message>
        <location filename="../../models/records/review.py" line="81"/>
        <source>Choose the grade the branch decided.</source>
        <translation>请选择支部评定的等次。</translation>
    </message>
    <message>
        <location filename="../../models/records/review.py" line="83"/>
        <source>Give the year (YYYY).</source>
        <translation>请填写年度（YYYY）。</translation>
    </message>
    <message>
        <location filename="../../models/records/review.py" line="92"/>
        <source>The branch meeting that decided it is not in {year} or early {next}.</source>
        <translation>评定的支部党员大会日期不在{year}年或{next}年。</translation>
    </message>
    <message>
        <location filename="../../models/records/review.py" line="102"/>
        <source>{name} already has a result for {year}.</source>
        <translation>{name}已有{year}年度的评议结果。</translation>
    </message>
    <message>
        <location filename="../../models/records/rectification.py" line="104"/>
        <source>Choose where the problem was found.</source>
        <translation>请选择问题来源。</translation>
    </message>
    <message>
        <location filename="../../models/records/rectification.py" line="106"/>
        <source>Choose in progress or completed.</source>
        <translation>请选择整改中或已完成。</translation>
    </message>
    <message>
        <location filename="../../models/records/rectification.py" line="108"/>
        <source>A completed item needs the date it was completed.</source>
        <translation>已完成的事项须填写完成日期。</translation>
    </message>
    <message>
        <location filename="../../models/records/rectification.py" line="117"/>
        <source>The deadline is before the problem was found.</source>
        <translation>整改期限早于发现问题的日期。</translation>
    </message>
    <message>
        <location filename="../../models/records/rectification.py" line="126"/>
        <source>The completion date is before the problem was found.</source>
        <translation>完成日期早于发现问题的日期。</translation>
    </message>
    <message>
        <location filename="../../models/records/rectification.py" line="266"/>
        <source>Keep at least one category.</source>
        <translation>至少保留一个类别。</translation>
    </message>
    <message>
        <location filename="../../models/records/rectification.py" line="271"/>
        <source>At most {n} categories.</source>
        <translation>最多{n}个类别。</translation>
    </message>
    <message>
        <location filename="../../models/records/rectification.py" line="318"/>
        <source>Give a different name.</source>
        <translation>请填写一个不同的名称。</translation>
    </message>
    <message>
        <location filename="../../models/records/talks.py" line="82"/>
        <source>Choose the kind of talk.</source>
        <translation>请选择谈话类型。</translation>
    </message>
    <message>
        <location filename="../../models/records/talks.py" line="101"/>
        <source>A talk is between two different people.</source>
        <translation>谈话须在两个不同的人之间进行。</translation>
    </message>
</context>
</TS>
