<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Dues</name>
    <message>
        <location filename="../../models/vocabulary_members.py" line="27"/>
        <location filename="../../models/records/dues.py" line="230"/>
        <location filename="../../exports/pdf/dues.py" line="191"/>
        <source>Paid</source>
        <translation>已交</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_members.py" line="28"/>
        <source>Paid late (补交)</source>
        <translation>补交</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_members.py" line="29"/>
        <source>Exempt (免交)</source>
        <translation>免交</translation>
    </message>
    <message>
        <location filename="../../models/records/dues.py" line="104"/>
        <source>{field} must be an amount in yuan, such as 12.50.</source>
        <translation>{field}须为以元为单位的金额，如 12.50。</translation>
    </message>
    <message>
        <location filename="../../models/records/dues.py" line="111"/>
        <source>{field} must be a month, YYYY-MM.</source>
        <translation>{field}须为月份，格式 YYYY-MM。</translation>
    </message>
    <message>
        <location filename="../../models/records/dues.py" line="125"/>
        <source>From month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <location filename="../../models/records/dues.py" line="126"/>
        <source>Monthly standard</source>
        <translation>每月交纳标准</translation>
    </message>
    <message>
        <location filename="../../models/records/dues.py" line="127"/>
        <source>Salary base</source>
        <translation>工资基数</translation>
    </message>
    <message>
        <location filename="../../models/records/dues.py" line="131"/>
        <source>The rate is a percentage, such as 0.5 or 1.</source>
        <translation>比例为百分数，如 0.5 或 1。</translation>
    </message>
    <message>
        <location filename="../../models/records/dues.py" line="133"/>
        <source>The rate has at most one decimal (0.5, 1.5).</source>
        <translation>比例最多一位小数（如 0.5、1.5）。</translation>
    </message>
    <message>
        <location filename="../../models/records/dues.py" line="172"/>
        <source>This member already has a standard from {month}.</source>
        <translation>该党员已有自 {month} 起的交纳标准。</translation>
    </message>
    <message>
        <location filename="../../models/records/dues.py" line="227"/>
        <location filename="../../exports/pdf/dues.py" line="189"/>
        <location filename="../../exports/xlsx/dues.py" line="50"/>
        <location filename="../../exports/xlsx/dues.py" line="70"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../models/records/dues.py" line="229"/>
        <source>Choose paid, paid late or exempt.</source>
        <translation>请选择已交、补交或免交。</translation>
    </message>
    <message>
        <location filename="../../models/records/dues.py" line="231"/>
        <source>Due</source>
        <translation>应交</translation>
    </message>
    <message>
        <location filename="../../models/records/dues.py" line="232"/>
        <location filename="../../models/records/dues.py" line="238"/>
        <location filename="../../exports/pdf/dues.py" line="192"/>
        <location filename="../../exports/xlsx/dues.py" line="53"/>
        <source>Date paid</source>
        <translation>交纳日期</translation>
    </message>
    <message>
        <location filename="../../models/records/dues.py" line="235"/>
        <source>Give the reason for the exemption.</source>
        <translation>请填写免交原因。</translation>
    </message>
    <message>
        <location filename="../../models/records/dues.py" line="247"/>
        <source>No standard is set for this member in {month}: enter the amount due.</source>
        <translation>该党员 {month} 没有设定交纳标准，请填写应交金额。</translation>
    </message>
    <message>
        <location filename="../../models/records/dues.py" line="600"/>
        <source>{name}: no dues recorded as paid for {n} consecutive months (since {since}, {amount} yuan). The rules treat six months without paying and without a proper reason as leaving the Party of one&apos;s own accord; the branch should verify the facts and talk with the member before anything is decided.</source>
        <translation>{name}：台账中已连续 {n} 个月没有交纳党费的记录（自 {since} 起，共 {amount} 元）。按照规定，党员无正当理由连续6个月不交纳党费的，视为自行脱党；请支部先核实情况、与本人谈话，再按程序处理。</translation>
    </message>
    <message>
        <location filename="../../models/records/dues.py" line="607"/>
        <source>{name}: no dues recorded as paid for {n} consecutive months (since {since}, {amount} yuan). A talk with the member is due.</source>
        <translation>{name}：台账中已连续 {n} 个月没有交纳党费的记录（自 {since} 起，共 {amount} 元），请及时与本人谈话。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="68"/>
        <source>exempt</source>
        <translation>免交</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="79"/>
        <location filename="../../exports/pdf/dues.py" line="211"/>
        <source>Party dues collected by {branch}</source>
        <translation>{branch}党费收缴情况</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="82"/>
        <source>Public notice, {year}</source>
        <translation>{year}年度公示</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="85"/>
        <source>Members</source>
        <translation>党员人数</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="86"/>
        <location filename="../../exports/pdf/dues.py" line="109"/>
        <location filename="../../exports/xlsx/dues.py" line="51"/>
        <location filename="../../exports/xlsx/dues.py" line="71"/>
        <location filename="../../exports/xlsx/dues.py" line="86"/>
        <source>Due (yuan)</source>
        <translation>应交（元）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="87"/>
        <location filename="../../exports/pdf/dues.py" line="110"/>
        <location filename="../../exports/xlsx/dues.py" line="52"/>
        <location filename="../../exports/xlsx/dues.py" line="72"/>
        <location filename="../../exports/xlsx/dues.py" line="87"/>
        <source>Paid (yuan)</source>
        <translation>实交（元）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="89"/>
        <source>Not paid (yuan)</source>
        <translation>未交（元）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="96"/>
        <source>Per branch (yuan)</source>
        <translation>各支部党费收缴情况（元）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="108"/>
        <location filename="../../exports/xlsx/dues.py" line="85"/>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="118"/>
        <source>Paid month by month (yuan)</source>
        <translation>逐月交纳情况（元）</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="120"/>
        <source>No dues are recorded for this year.</source>
        <translation>本年度没有党费记录。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="124"/>
        <location filename="../../exports/pdf/dues.py" line="188"/>
        <location filename="../../exports/xlsx/dues.py" line="49"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="124"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="127"/>
        <source>First half</source>
        <translation>上半年合计</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="127"/>
        <source>Second half</source>
        <translation>下半年合计</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="100"/>
        <location filename="../../exports/pdf/dues.py" line="142"/>
        <location filename="../../exports/xlsx/dues.py" line="65"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="48"/>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="49"/>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="50"/>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="51"/>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="52"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="53"/>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="54"/>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="55"/>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="56"/>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="57"/>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="58"/>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="59"/>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="154"/>
        <source>Paid in the year: {paid} yuan.</source>
        <translation>全年实交 {paid} 元。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="162"/>
        <source>Empty: owed and not recorded as paid. —: not a member on the roster that month, or no standard set.</source>
        <translation>空白：应交而未记录交纳。—：当月不在册或不是党员，或未设定标准。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="183"/>
        <source>Paid late and exemptions</source>
        <translation>补交与免交</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="190"/>
        <location filename="../../exports/xlsx/dues.py" line="54"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="193"/>
        <location filename="../../exports/xlsx/dues.py" line="55"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="201"/>
        <source>None this year.</source>
        <translation>本年度没有。</translation>
    </message>
    <message>
        <location filename="../../exports/pdf/dues.py" line="214"/>
        <source>Party dues {year}</source>
        <translation>{year}年党费</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/dues.py" line="33"/>
        <source>Not paid</source>
        <translation>未交</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/dues.py" line="47"/>
        <source>Dues register</source>
        <translation>党费交纳登记表</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/dues.py" line="68"/>
        <source>Month totals</source>
        <translation>按月合计</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/dues.py" line="83"/>
        <source>Per branch</source>
        <translation>各支部汇总</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/dues.py" line="92"/>
        <source>Party dues register {year}</source>
        <translation>{year}年党费交纳登记表</translation>
    </message>
    <message>
        <location filename="../../exports/dues_data.py" line="54"/>
        <source>Paid late</source>
        <translation>补交</translation>
    </message>
    <message>
        <location filename="../../exports/dues_data.py" line="55"/>
        <source>Exempt</source>
        <translation>免交</translation>
    </message>
</context>
<context>
    <name>DuesDialog</name>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="44"/>
        <source>exempt</source>
        <translation>免交</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="65"/>
        <source>Party dues</source>
        <translation>党费</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="73"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="75"/>
        <source>Branch:</source>
        <translation>支部：</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="84"/>
        <source>Record payment…</source>
        <translation>登记交纳…</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="85"/>
        <source>Set standard…</source>
        <translation>设定标准…</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="107"/>
        <source>Amounts paid in yuan. Empty (shaded): owed and not recorded as paid. —: not a member on the roster that month, or no standard set.</source>
        <translation>金额为实交元数。空白（底色）：应交而未记录交纳。—：当月不在册或不是党员，或未设定标准。</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="119"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="165"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="165"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="167"/>
        <source>{month}</source>
        <translation>{month}月</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="169"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="193"/>
        <source>Due {due} yuan, paid {paid} yuan.</source>
        <translation>应交 {due} 元，实交 {paid} 元。</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="212"/>
        <source>from {month}: {amount} yuan</source>
        <translation>自 {month} 起：{amount} 元</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="218"/>
        <source>Standard of {name}: {history}</source>
        <translation>{name}的交纳标准：{history}</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="220"/>
        <source>none set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="294"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="297"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="330"/>
        <source>Dues of {name}, {month}</source>
        <translation>{name} {month} 党费</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="340"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="344"/>
        <source>no standard set</source>
        <translation>未设定标准</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="346"/>
        <source>Due (yuan)</source>
        <translation>应交（元）</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="349"/>
        <source>Paid (yuan)</source>
        <translation>实交（元）</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="357"/>
        <source>Date paid</source>
        <translation>交纳日期</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="362"/>
        <source>The reason, for an exemption (required then)</source>
        <translation>免交时必须填写原因</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="364"/>
        <location filename="../../ui/people/dues_dialog.py" line="411"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="390"/>
        <source>Monthly standard of {name}</source>
        <translation>{name}的每月交纳标准</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="396"/>
        <source>From month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="400"/>
        <source>Monthly standard (yuan)</source>
        <translation>每月标准（元）</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="403"/>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="404"/>
        <source>Salary base (yuan)</source>
        <translation>工资基数（元）</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="407"/>
        <source>optional, e.g. 0.5 or 1</source>
        <translation>选填，如 0.5 或 1</translation>
    </message>
    <message>
        <location filename="../../ui/people/dues_dialog.py" line="408"/>
        <source>Rate (%)</source>
        <translation>比例（%）</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../../models/vocabulary_members.py" line="19"/>
        <location filename="../../models/records/transfers.py" line="117"/>
        <source>Transferred in</source>
        <translation>转入</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary_members.py" line="20"/>
        <location filename="../../models/records/transfers.py" line="115"/>
        <source>Transferred out</source>
        <translation>转出</translation>
    </message>
    <message>
        <location filename="../../models/records/transfers.py" line="68"/>
        <source>Choose transferred in or out.</source>
        <translation>请选择转入或转出。</translation>
    </message>
    <message>
        <location filename="../../models/records/transfers.py" line="71"/>
        <location filename="../../models/records/transfers.py" line="73"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../models/records/transfers.py" line="74"/>
        <source>Receipt returned</source>
        <translation>回执退回日期</translation>
    </message>
    <message>
        <location filename="../../models/records/transfers.py" line="77"/>
        <source>Organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <location filename="../../models/records/transfers.py" line="81"/>
        <source>The receipt cannot come back before the transfer.</source>
        <translation>回执日期不能早于转接日期。</translation>
    </message>
    <message>
        <location filename="../../models/records/transfers.py" line="113"/>
        <source>{direction}: {organisation}</source>
        <translation>{direction}：{organisation}</translation>
    </message>
    <message>
        <location filename="../../models/records/transfers.py" line="219"/>
        <source>{name}: transferred out to {organisation} on {date}; the receipt has not been recorded as returned.</source>
        <translation>{name}：{date} 转出至{organisation}，尚未登记回执退回。</translation>
    </message>
</context>
<context>
    <name>TransfersDialog</name>
    <message>
        <location filename="../../ui/people/transfers_dialog.py" line="46"/>
        <source>Transfers of membership</source>
        <translation>组织关系转接</translation>
    </message>
    <message>
        <location filename="../../ui/people/transfers_dialog.py" line="51"/>
        <source>A transfer out leaves the person on the roster through its date; a transfer in puts them on it from its date.</source>
        <translation>转出：转出当日仍在册，次日起不在册；转入：自转入之日起在册。</translation>
    </message>
    <message>
        <location filename="../../ui/people/transfers_dialog.py" line="61"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../ui/people/transfers_dialog.py" line="62"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/people/transfers_dialog.py" line="63"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/people/transfers_dialog.py" line="76"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/people/transfers_dialog.py" line="90"/>
        <location filename="../../ui/people/transfers_dialog.py" line="170"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/people/transfers_dialog.py" line="91"/>
        <location filename="../../ui/people/transfers_dialog.py" line="176"/>
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <location filename="../../ui/people/transfers_dialog.py" line="92"/>
        <location filename="../../ui/people/transfers_dialog.py" line="178"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/people/transfers_dialog.py" line="93"/>
        <location filename="../../ui/people/transfers_dialog.py" line="185"/>
        <source>Organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <location filename="../../ui/people/transfers_dialog.py" line="94"/>
        <location filename="../../ui/people/transfers_dialog.py" line="190"/>
        <source>Letter no.</source>
        <translation>介绍信编号</translation>
    </message>
    <message>
        <location filename="../../ui/people/transfers_dialog.py" line="95"/>
        <source>Receipt returned</source>
        <translation>回执退回日期</translation>
    </message>
    <message>
        <location filename="../../ui/people/transfers_dialog.py" line="96"/>
        <location filename="../../ui/people/transfers_dialog.py" line="204"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/people/transfers_dialog.py" line="159"/>
        <source>Transfer of membership</source>
        <translation>组织关系转接</translation>
    </message>
    <message>
        <location filename="../../ui/people/transfers_dialog.py" line="183"/>
        <source>The party organisation transferred to or from</source>
        <translation>转入自或转出至的党组织</translation>
    </message>
    <message>
        <location filename="../../ui/people/transfers_dialog.py" line="191"/>
        <source>Receipt returned on</source>
        <translation>回执退回于</translation>
    </message>
    <message>
        <location filename="../../ui/people/transfers_dialog.py" line="201"/>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <location filename="../../ui/people/transfers_dialog.py" line="210"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/people/transfers_dialog.py" line="213"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../models/records/dues.py" line="101"/>
        <location filename="../../models/records/dues.py" line="237"/>
        <location filename="../../models/records/transfers.py" line="70"/>
        <location filename="../../models/records/transfers.py" line="76"/>
        <source>{field} is required.</source>
        <translation>请填写{field}。</translation>
    </message>
    <message>
        <location filename="../../models/records/dues.py" line="117"/>
        <location filename="../../models/records/transfers.py" line="66"/>
        <source>This person is no longer in the ledger.</source>
        <translation>台账中已没有这个人。</translation>
    </message>
    <message>
        <location filename="../../models/records/dues.py" line="135"/>
        <location filename="../../models/records/transfers.py" line="85"/>
        <source>This record no longer exists.</source>
        <translation>这条记录已不存在。</translation>
    </message>
</context>
</TS>
