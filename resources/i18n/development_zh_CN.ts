<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Development</name>
    <message>
        <location filename="../../models/vocabulary_development.py" line="34"/>
        <location filename="../../exports/pdf/development.py" line="138"/>
        <source>Applicant</source>
        <translation>入党申请人</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_development.py" line="35"/>
        <location filename="../../exports/pdf/development.py" line="139"/>
        <source>Activist</source>
        <translation>入党积极分子</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_development.py" line="36"/>
        <location filename="../../exports/pdf/development.py" line="140"/>
        <source>Candidate for admission</source>
        <translation>发展对象</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_development.py" line="37"/>
        <location filename="../../exports/pdf/development.py" line="141"/>
        <source>Probationary member</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_development.py" line="38"/>
        <location filename="../../exports/pdf/development.py" line="142"/>
        <source>Full member</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_development.py" line="46"/>
        <source>Application dated</source>
        <translation>申请书日期</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_development.py" line="47"/>
        <source>Chosen as activist on</source>
        <translation>确定为积极分子日期</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_development.py" line="48"/>
        <source>Chosen as candidate on</source>
        <translation>确定为发展对象日期</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_development.py" line="49"/>
        <source>Admitted by the branch meeting on</source>
        <translation>支部大会接收日期</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_development.py" line="50"/>
        <source>Made full member by the branch meeting on</source>
        <translation>支部大会讨论转正日期</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_development.py" line="58"/>
        <location filename="../../exports/pdf/development.py" line="79"/>
        <location filename="../../exports/xlsx/development.py" line="70"/>
        <source>Contacts</source>
        <translation>培养联系人</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_development.py" line="60"/>
        <location filename="../../exports/pdf/development.py" line="99"/>
        <location filename="../../exports/xlsx/development.py" line="76"/>
        <source>Introducers</source>
        <translation>入党介绍人</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="92"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="94"/>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="96"/>
        <source>{in_favour} for, {against} against, {abstain} abstaining of {entitled}: {verdict}</source>
        <translation>应到有表决权{entitled}人，赞成{in_favour}、反对{against}、弃权{abstain}：{verdict}</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="210"/>
        <source>{field}: not the person themself.</source>
        <translation>{field}：不能是本人。</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="215"/>
        <source>{field}: {name} was not a full member on {date}.</source>
        <translation>{field}：{name}在{date}不是正式党员。</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="222"/>
        <source>First contact</source>
        <translation>培养联系人一</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="222"/>
        <source>Second contact</source>
        <translation>培养联系人二</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="223"/>
        <source>First introducer</source>
        <translation>入党介绍人一</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="223"/>
        <source>Second introducer</source>
        <translation>入党介绍人二</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="234"/>
        <source>Choose a stage.</source>
        <translation>请选择阶段。</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="235"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="239"/>
        <location filename="../../exports/pdf/development.py" line="86"/>
        <location filename="../../exports/xlsx/development.py" line="72"/>
        <source>Political check</source>
        <translation>政治审查</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="240"/>
        <source>Approved on</source>
        <translation>上级批准日期</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="257"/>
        <source>{name} already has this stage ({date}); edit that entry.</source>
        <translation>{name}已有这一阶段（{date}），请修改那一条。</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="261"/>
        <source>The date cannot be before the earlier stage {stage} ({date}).</source>
        <translation>日期不能早于前一阶段“{stage}”（{date}）。</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="265"/>
        <source>The date cannot be after the later stage {stage} ({date}).</source>
        <translation>日期不能晚于后一阶段“{stage}”（{date}）。</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="273"/>
        <source>The probation lasts one year from {start}: full membership no earlier than {date}.</source>
        <translation>预备期自{start}起为一年：转正不得早于{date}。</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="287"/>
        <source>{field}: choose two different people.</source>
        <translation>{field}：请选择两位不同的人。</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="293"/>
        <source>Training hours: a number from 0 to {n}.</source>
        <translation>培训学时：0 到 {n} 之间的数。</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="298"/>
        <source>The approval cannot come before the branch meeting ({date}).</source>
        <translation>上级批准不能早于支部大会（{date}）。</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="323"/>
        <source>The meeting must be a branch general meeting.</source>
        <translation>所选会议必须是支部党员大会。</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="327"/>
        <source>The meeting was held on {meeting}; the stage&apos;s date must be that day.</source>
        <translation>该会议于{meeting}召开，本阶段的日期须为当天。</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="604"/>
        <source>Talk with the applicant</source>
        <translation>与入党申请人谈话</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="608"/>
        <source>One year of training: may become candidate</source>
        <translation>培养满一年，可确定为发展对象</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="612"/>
        <source>Probation ends</source>
        <translation>预备期满</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="635"/>
        <source>{name} applied on {date} and has not been talked with; the talk was due by {due}.</source>
        <translation>{name}于{date}递交入党申请书，尚未谈话；应在{due}前谈话。</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="647"/>
        <source>{name} applied on {date}: talk with them by {due}.</source>
        <translation>{name}于{date}递交入党申请书：请在{due}前与其谈话。</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="657"/>
        <source>{name} has been an activist since {date} (over a year): the committee may consider them as a candidate for admission.</source>
        <translation>{name}自{date}起为入党积极分子，培养已满一年：支委会可研究确定其为发展对象。</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="667"/>
        <source>{name}&apos;s probation ended on {due}: the branch meeting should decide on full membership.</source>
        <translation>{name}的预备期已于{due}期满：应召开支部党员大会讨论其转正。</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="676"/>
        <source>{name}&apos;s probation ends on {due}: prepare the branch meeting on full membership.</source>
        <translation>{name}的预备期将于{due}期满：请准备召开支部党员大会讨论转正。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/development.py" line="45"/>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/development.py" line="52"/>
        <location filename="../../exports/xlsx/development.py" line="33"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/development.py" line="72"/>
        <location filename="../../exports/xlsx/development.py" line="67"/>
        <source>Application</source>
        <translation>申请书</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/development.py" line="73"/>
        <location filename="../../exports/xlsx/development.py" line="68"/>
        <source>Talk</source>
        <translation>谈话</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/development.py" line="78"/>
        <location filename="../../exports/pdf/development.py" line="85"/>
        <source>Chosen</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/development.py" line="88"/>
        <source>Training</source>
        <translation>集中培训</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/development.py" line="91"/>
        <source>{hours} hours</source>
        <translation>{hours}学时</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/development.py" line="97"/>
        <location filename="../../exports/pdf/development.py" line="105"/>
        <source>Branch meeting</source>
        <translation>支部大会</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/development.py" line="98"/>
        <location filename="../../exports/pdf/development.py" line="106"/>
        <source>Vote</source>
        <translation>表决</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/development.py" line="100"/>
        <location filename="../../exports/pdf/development.py" line="107"/>
        <source>Approved</source>
        <translation>上级批准</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/development.py" line="111"/>
        <source>{what}: {date}</source>
        <translation>{what}：{date}</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/development.py" line="120"/>
        <location filename="../../exports/pdf/development.py" line="161"/>
        <source>Member development register of {branch}</source>
        <translation>{branch}发展党员工作台账</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/development.py" line="126"/>
        <source>{year}, as of {date}</source>
        <translation>{year}年度（截至{date}）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/development.py" line="133"/>
        <source>No one was in development this year.</source>
        <translation>本年度没有发展党员工作记录。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/development.py" line="136"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/development.py" line="137"/>
        <location filename="../../exports/xlsx/development.py" line="66"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/development.py" line="143"/>
        <source>Stage now and next date</source>
        <translation>现阶段及下一步</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/development.py" line="149"/>
        <source>Each stage from the activist on is the person&apos;s category from its date. The vote: in favour must exceed half of the members entitled to vote.</source>
        <translation>自入党积极分子起，每一阶段自其日期起即为本人的人员类别。表决：赞成票须超过应到会有表决权党员的半数。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/development.py" line="166"/>
        <source>Member development {year}</source>
        <translation>发展党员 {year}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/development.py" line="69"/>
        <source>Activist from</source>
        <translation>确定为积极分子</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/development.py" line="71"/>
        <source>Candidate from</source>
        <translation>确定为发展对象</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/development.py" line="73"/>
        <source>Training hours</source>
        <translation>集中培训学时</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/development.py" line="74"/>
        <source>Admitted (branch meeting)</source>
        <translation>接收预备党员（支部大会）</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/development.py" line="75"/>
        <source>Vote on admission</source>
        <translation>接收表决情况</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/development.py" line="77"/>
        <source>Admission approved</source>
        <translation>接收上级批准</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/development.py" line="78"/>
        <source>Full member (branch meeting)</source>
        <translation>转正（支部大会）</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/development.py" line="79"/>
        <source>Vote on full membership</source>
        <translation>转正表决情况</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/development.py" line="80"/>
        <source>Full membership approved</source>
        <translation>转正上级批准</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/development.py" line="81"/>
        <source>Stage now</source>
        <translation>现阶段</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/development.py" line="82"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/development.py" line="83"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/development.py" line="92"/>
        <source>{branch} · {year}, as of {date}</source>
        <translation>{branch} · {year}年度（截至{date}）</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/development.py" line="97"/>
        <source>Member development</source>
        <translation>发展党员</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/development.py" line="103"/>
        <source>Member development register {year}</source>
        <translation>{year}年度发展党员工作台账</translation>
    </message>
</context>
<context>
    <name>DevelopmentDialog</name>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="70"/>
        <source>Member development</source>
        <translation>发展党员</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="75"/>
        <source>Each stage from the activist on is the person&apos;s category from its date.</source>
        <translation>自入党积极分子起，每一阶段自其日期起即为本人的人员类别。</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="84"/>
        <source>Record a stage…</source>
        <translation>登记阶段…</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="86"/>
        <source>Edit stage…</source>
        <translation>修改阶段…</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="87"/>
        <source>Delete stage</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="102"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="127"/>
        <location filename="../../ui/people/development_dialog.py" line="284"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="128"/>
        <source>Stage now</source>
        <translation>现阶段</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="134"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="135"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="176"/>
        <location filename="../../ui/people/development_dialog.py" line="289"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="177"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="178"/>
        <source>Contacts / introducers</source>
        <translation>培养联系人 / 入党介绍人</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="179"/>
        <location filename="../../ui/people/development_dialog.py" line="300"/>
        <source>Political check</source>
        <translation>政治审查</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="180"/>
        <source>Training hours</source>
        <translation>集中培训学时</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="181"/>
        <source>Approved</source>
        <translation>上级批准</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="182"/>
        <source>Branch meeting vote</source>
        <translation>支部大会表决</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="183"/>
        <location filename="../../ui/people/development_dialog.py" line="324"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="271"/>
        <source>Stage of member development</source>
        <translation>发展党员阶段</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="298"/>
        <source>Done on</source>
        <translation>完成于</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="306"/>
        <source> hours</source>
        <translation> 学时</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="308"/>
        <source>Concentrated training</source>
        <translation>集中培训</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="311"/>
        <source>Approved on</source>
        <translation>上级批准日期</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="313"/>
        <source>Approval above</source>
        <translation>上级党委批准</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="317"/>
        <source>(not linked)</source>
        <translation>（不关联）</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="320"/>
        <source>Branch meeting and vote</source>
        <translation>支部大会及表决</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="330"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/people/development_dialog.py" line="333"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../models/records/development.py" line="203"/>
        <location filename="../../models/records/development.py" line="237"/>
        <source>{field} is required.</source>
        <translation>请填写{field}。</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="207"/>
        <location filename="../../models/records/development.py" line="232"/>
        <source>This person is no longer in the ledger.</source>
        <translation>台账中已没有这个人。</translation>
    </message>
    <message>
        <location filename="../../models/records/development.py" line="247"/>
        <location filename="../../models/records/development.py" line="309"/>
        <location filename="../../models/records/development.py" line="312"/>
        <location filename="../../models/records/development.py" line="469"/>
        <source>This record no longer exists.</source>
        <translation>这条记录已不存在。</translation>
    </message>
</context>
</TS>
