<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../ui/records/editor.py" line="86"/>
        <source>Edit record</source>
        <translation>编辑记录</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="88"/>
        <source>New record</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="98"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="102"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="103"/>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="105"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="113"/>
        <location filename="../../ui/records/editor.py" line="421"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="114"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="116"/>
        <location filename="../../ui/records/editor.py" line="392"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="130"/>
        <source>One agenda item per line</source>
        <translation>每行一项议程</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="134"/>
        <source>What was said and decided, as written by the recorder</source>
        <translation>由记录人填写的发言和决定内容</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="142"/>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="143"/>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="144"/>
        <source>Resolutions</source>
        <translation>决议</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="145"/>
        <source>Votes</source>
        <translation>表决</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="160"/>
        <source>People present who are not on the roster.</source>
        <translation>到场但不在名册上的人员。</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="164"/>
        <source>Non-members present</source>
        <translation>非党员到场人数</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="274"/>
        <source>Wait until the photos are ready.</source>
        <translation>请等照片处理完毕。</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="312"/>
        <source>The record is saved, but its photos are not: {problem}</source>
        <translation>记录已保存，但照片没有保存：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="336"/>
        <source>The record was not saved. Please correct:</source>
        <translation>记录没有保存。请更正：</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="349"/>
        <source>See the marked tabs: {tabs}</source>
        <translation>请查看标出的页签：{tabs}</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="376"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="378"/>
        <source>The disk is full: nothing was saved.</source>
        <translation>磁盘已满：没有保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="380"/>
        <source>The record could not be saved.</source>
        <translation>无法保存这条记录。</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="388"/>
        <source>Amend a closed month</source>
        <translation>修改已归档的月份</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="391"/>
        <source>Save as amendment</source>
        <translation>作为更正保存</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="418"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="419"/>
        <source>Save the changes to this record?</source>
        <translation>是否保存对这条记录的修改？</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="424"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="427"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="450"/>
        <source>For volunteer work the list starts empty: add the people who took part.</source>
        <translation>志愿服务的名单一开始是空的：请添加参加的人员。</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="455"/>
        <source>Choose the kind of activity to list who is expected.</source>
        <translation>请选择活动类型，以列出应到人员。</translation>
    </message>
</context>
<context>
    <name>ActivityFields</name>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="78"/>
        <source>Sequence number</source>
        <translation>次序号</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="81"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="87"/>
        <source>the year of its date</source>
        <translation>与活动日期同年</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="91"/>
        <source>A meeting held early in the year for the year before counts for that year&apos;s rules.</source>
        <translation>年初为上一年度召开的会议，计入所属年度的工作要求。</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="97"/>
        <source>Belongs to year</source>
        <translation>所属年度</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="111"/>
        <source>HH:MM</source>
        <translation>时:分</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="117"/>
        <source>Empty: worked out from the start and end times.</source>
        <translation>留空：按开始和结束时间计算。</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="123"/>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="139"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="141"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="144"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="147"/>
        <source>What the activity was about, whatever its kind (the bureau counts some figures by theme). The list is edited in Settings.</source>
        <translation>活动的内容专题，与活动类型无关（教育局的部分数字按专题统计）。专题列表在“设置”中编辑。</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="153"/>
        <source>Themes</source>
        <translation>专题</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="156"/>
        <location filename="../../ui/records/editor_fields.py" line="323"/>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="159"/>
        <location filename="../../ui/records/editor_fields.py" line="324"/>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="162"/>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="171"/>
        <source>Units taking part</source>
        <translation>参加单位</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="177"/>
        <location filename="../../ui/records/editor_fields.py" line="191"/>
        <source>Names, separated by 、</source>
        <translation>姓名，用“、”分隔</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="178"/>
        <source>Guests</source>
        <translation>列席人员</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="184"/>
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="187"/>
        <source>One title per line</source>
        <translation>每行一个标题</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="189"/>
        <source>Materials</source>
        <translation>学习材料</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="192"/>
        <source>Speakers</source>
        <translation>交流发言人</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="196"/>
        <source>Volunteer service</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="200"/>
        <source>e.g. community tutoring, road safety duty</source>
        <translation>例如：社区辅导、交通安全执勤</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="203"/>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="212"/>
        <source>People served</source>
        <translation>服务人数</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="215"/>
        <source>Good deeds done</source>
        <translation>已办好事实事（件）</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="220"/>
        <source>Good deeds in progress</source>
        <translation>在办好事实事（件）</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="236"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_fields.py" line="310"/>
        <source>Hours: {value} is not a number.</source>
        <translation>学时：{value} 不是数字。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/shell/app.py" line="59"/>
        <source>Ledgers (*.ledger);;All files (*)</source>
        <translation>台账 (*.ledger);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="131"/>
        <location filename="../../ui/shell/app.py" line="238"/>
        <location filename="../../ui/shell/app.py" line="413"/>
        <location filename="../../ui/shell/app.py" line="446"/>
        <location filename="../../ui/shell/app.py" line="587"/>
        <location filename="../../ui/shell/app.py" line="603"/>
        <location filename="../../ui/shell/smoke.py" line="25"/>
        <source>Branch Ledger</source>
        <translation>支部工作台账</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="132"/>
        <source>The file {path} cannot be opened: {reason}</source>
        <translation>无法打开文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="163"/>
        <source>Checking the ledger {name}…</source>
        <translation>正在检查台账 {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="173"/>
        <source>Branch Ledger is still backing up {name} after it was last closed. It opens as soon as the backup is done…</source>
        <translation>支部工作台账上次关闭后仍在备份 {name}，备份完成后将立即打开…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="239"/>
        <source>No repaired copy of {path} could be made: {reason}</source>
        <translation>无法为 {path} 生成修复副本：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="249"/>
        <source>Open ledger</source>
        <translation>打开台账</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="276"/>
        <location filename="../../ui/shell/app.py" line="337"/>
        <location filename="../../ui/shell/app.py" line="344"/>
        <source>Opened read-only: changes cannot be saved in this window.</source>
        <translation>已以只读方式打开：在这个窗口中不能保存修改。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="328"/>
        <source>Checking the ledger in the background; saving waits for the check.</source>
        <translation>正在后台检查台账；检查完成后才能保存。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="408"/>
        <source>Writing the demo ledger…</source>
        <translation>正在生成示范台账…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="425"/>
        <source>The demo ledger could not be written.</source>
        <translation>无法生成示范台账。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="434"/>
        <source>New ledger</source>
        <translation>新建台账</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="447"/>
        <source>{path} already exists; it is opened instead.</source>
        <translation>{path} 已经存在，将直接打开它。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="489"/>
        <source>This ledger is damaged: parts of it can no longer be read. Nothing can be saved in it; it stays as it is. Keep the file and open a backup.</source>
        <translation>此台账已损坏：部分内容无法读取。不能在其中保存任何内容，文件保持原样。请保留该文件，并打开一份备份。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="499"/>
        <source>Backups…</source>
        <translation>备份…</translation>
    </message>
</context>
<context>
    <name>AttendanceTable</name>
    <message>
        <location filename="../../ui/records/attendance.py" line="75"/>
        <source>All present</source>
        <translation>全部出席</translation>
    </message>
    <message>
        <location filename="../../ui/records/attendance.py" line="78"/>
        <source>Mark everyone not yet marked as present.</source>
        <translation>把还没有标记的人都标为出席。</translation>
    </message>
    <message>
        <location filename="../../ui/records/attendance.py" line="90"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/records/attendance.py" line="91"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/records/attendance.py" line="92"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/records/attendance.py" line="93"/>
        <source>Kind of leave</source>
        <translation>请假类型</translation>
    </message>
    <message>
        <location filename="../../ui/records/attendance.py" line="94"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/records/attendance.py" line="95"/>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../ui/records/attendance.py" line="119"/>
        <source>Type a name from the roster</source>
        <translation>输入名册中的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/records/attendance.py" line="121"/>
        <source>Add to the list</source>
        <translation>加入名单</translation>
    </message>
    <message>
        <location filename="../../ui/records/attendance.py" line="122"/>
        <source>Remove from the list</source>
        <translation>从名单中移除</translation>
    </message>
    <message>
        <location filename="../../ui/records/attendance.py" line="183"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../ui/records/attendance.py" line="195"/>
        <source>Empty: the activity&apos;s hours.</source>
        <translation>留空：按活动的学时。</translation>
    </message>
    <message>
        <location filename="../../ui/records/attendance.py" line="262"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../ui/records/attendance.py" line="264"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../ui/records/attendance.py" line="304"/>
        <source>Type or choose a name from the roster first.</source>
        <translation>请先输入或选择名册中的姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/records/attendance.py" line="320"/>
        <source>More than one person is called {name}: choose one from the list.</source>
        <translation>名册中有不止一位{name}，请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../ui/records/attendance.py" line="325"/>
        <source>{name} is already on the list.</source>
        <translation>{name}已在名单中。</translation>
    </message>
    <message>
        <location filename="../../ui/records/attendance.py" line="329"/>
        <source>{name} is not on the roster on this date. Add them in People (and set since when they have been on the roster), or check the spelling.</source>
        <translation>{name}在该日期不在册。请在“人员”中添加（并填写在册起始日期），或检查姓名是否有误。</translation>
    </message>
    <message>
        <location filename="../../ui/records/attendance.py" line="365"/>
        <source>Expected {expected} · present {present} · on leave {leave} · absent {absent} · guests {guests} · not marked {open}</source>
        <translation>应到 {expected} · 实到 {present} · 请假 {leave} · 缺席 {absent} · 列席 {guests} · 未标记 {open}</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../ui/backups/check_dialog.py" line="45"/>
        <source>Check ledger</source>
        <translation>检查台账</translation>
    </message>
    <message>
        <location filename="../../ui/backups/check_dialog.py" line="49"/>
        <source>Checking {name}…</source>
        <translation>正在检查 {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/backups/check_dialog.py" line="81"/>
        <source>{n} problem(s) found in {name}. Correct the records named below; nothing was changed by the check.</source>
        <translation>在 {name} 中发现 {n} 个问题。请修改下面列出的记录；检查本身没有改动任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/backups/check_dialog.py" line="91"/>
        <source>No problems found in {name}.</source>
        <translation>{name} 检查完毕，未发现问题。</translation>
    </message>
    <message>
        <location filename="../../ui/backups/check_dialog.py" line="101"/>
        <source>The ledger could not be checked: {reason}</source>
        <translation>无法检查台账：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/backups/check_dialog.py" line="116"/>
        <source>Check ledger…</source>
        <translation>检查台账…</translation>
    </message>
</context>
<context>
    <name>DefinitionDialog</name>
    <message>
        <location filename="../../ui/settings/themes.py" line="207"/>
        <source>Figure of the bureau&apos;s sentence</source>
        <translation>上报数字</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="212"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="218"/>
        <source>Counts</source>
        <translation>统计口径</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="224"/>
        <source>Whose attendance</source>
        <translation>统计谁的人次</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="226"/>
        <source>Kinds (none ticked: any kind)</source>
        <translation>活动类型（不勾选：任何类型）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="236"/>
        <source>Themes (none ticked: any theme or none)</source>
        <translation>专题（不勾选：不限专题）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="253"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="256"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DefinitionsEditor</name>
    <message>
        <location filename="../../ui/settings/themes.py" line="286"/>
        <source>Each figure of the bureau&apos;s sentence counts what its definition says; the district reports print the definitions under the sentence. A district ledger counts every school&apos;s records by its own definitions.</source>
        <translation>上报句中的每个数字都按其口径统计；全区汇总报表在句子下方印出口径说明。全区台账按自己的口径统计各学校的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="299"/>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="299"/>
        <source>Counts</source>
        <translation>统计口径</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="311"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="312"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="313"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="314"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="315"/>
        <source>Defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="316"/>
        <source>Save figures</source>
        <translation>保存口径</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="405"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../ui/overview/checklist.py" line="60"/>
        <source>Getting started</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <location filename="../../ui/overview/checklist.py" line="69"/>
        <source>1. Add the people of the branch</source>
        <translation>1. 添加支部人员</translation>
    </message>
    <message>
        <location filename="../../ui/overview/checklist.py" line="70"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/overview/checklist.py" line="73"/>
        <source>2. Record the first meeting</source>
        <translation>2. 记录第一次会议</translation>
    </message>
    <message>
        <location filename="../../ui/overview/checklist.py" line="74"/>
        <source>New record</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <location filename="../../ui/overview/checklist.py" line="77"/>
        <source>3. Print the month&apos;s summary</source>
        <translation>3. 打印月度工作小结</translation>
    </message>
    <message>
        <location filename="../../ui/overview/checklist.py" line="78"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../ui/overview/checklist.py" line="81"/>
        <source>4. Make a bundle for the bureau</source>
        <translation>4. 生成报送包</translation>
    </message>
    <message>
        <location filename="../../ui/overview/checklist.py" line="82"/>
        <source>Make bundle</source>
        <translation>生成报送包</translation>
    </message>
    <message>
        <location filename="../../ui/overview/checklist.py" line="102"/>
        <source>Each step ticks itself when it is done.</source>
        <translation>每完成一步会自动打勾。</translation>
    </message>
    <message>
        <location filename="../../ui/overview/checklist.py" line="104"/>
        <source>Hide this list</source>
        <translation>不再显示</translation>
    </message>
    <message>
        <location filename="../../ui/overview/checklist.py" line="117"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/overview/checklist.py" line="121"/>
        <source>Not done yet</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <location filename="../../ui/records/editor_form.py" line="142"/>
        <source>{count} problems to correct.</source>
        <translation>有 {count} 处需要更正。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="47"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="48"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="49"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="50"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="51"/>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="52"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="53"/>
        <source>Joined the Party</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="54"/>
        <source>Full member since</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="55"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="56"/>
        <source>On the roster since</source>
        <translation>在册起始日期</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="57"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="83"/>
        <location filename="../../ui/people/import_dialog.py" line="320"/>
        <source>Import the roster</source>
        <translation>导入名册</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="88"/>
        <source>Choose an Excel (.xlsx) or CSV file with one person per row.</source>
        <translation>请选择 Excel（.xlsx）或 CSV 文件，每行一个人。</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="94"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="99"/>
        <source>Which column holds what (guessed from the headers)</source>
        <translation>各列的内容（根据表头推测）</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="122"/>
        <source>Correct a cell by double-clicking it; the file is not changed.</source>
        <translation>双击单元格即可更正；原文件不会被修改。</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="128"/>
        <source>Import all</source>
        <translation>全部导入</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="132"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="159"/>
        <source>{name}: {n} rows</source>
        <translation>{name}：{n} 行</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="167"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="169"/>
        <source>Column {n}</source>
        <translation>第 {n} 列</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="192"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="193"/>
        <source>What to fix</source>
        <translation>需要改正的地方</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="253"/>
        <source>{good} rows are ready; {bad} have problems (marked red, the cell to correct darker). Correct them here or in the file, or import only the good rows.</source>
        <translation>{good} 行可以导入；{bad} 行有问题（红色标出，需改正的格颜色更深）。请在此处或原文件中改正，或只导入没有问题的行。</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="246"/>
        <source>Import only the {n} good rows</source>
        <translation>只导入 {n} 行正确的数据</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="259"/>
        <source>All {n} rows are ready to import.</source>
        <translation>全部 {n} 行都可以导入。</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="262"/>
        <source>Please read the notes on {n} rows (marked yellow).</source>
        <translation>请阅读 {n} 行的提示（黄色标出）。</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="276"/>
        <source>Choose the roster file</source>
        <translation>选择名册文件</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="278"/>
        <source>Roster (*.xlsx *.csv *.txt)</source>
        <translation>名册 (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="310"/>
        <source>Nothing was imported: some rows have problems.</source>
        <translation>没有导入任何数据：有些行存在问题。</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="322"/>
        <source>{n} people were added to the roster.</source>
        <translation>已把 {n} 人加入名册。</translation>
    </message>
</context>
<context>
    <name>KindPicker</name>
    <message>
        <location filename="../../ui/records/kinds.py" line="44"/>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="45"/>
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="46"/>
        <source>Volunteer work and other</source>
        <translation>志愿服务及其他</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="61"/>
        <source>Primary kind:</source>
        <translation>主要类型：</translation>
    </message>
    <message>
        <location filename="../../ui/records/kinds.py" line="65"/>
        <source>The record is listed and numbered under its primary kind; it also counts under every other kind ticked.</source>
        <translation>记录按主要类型列出和编号；同时也计入勾选的其他每种类型。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="57"/>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="58"/>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="59"/>
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="60"/>
        <source>Volunteer work</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="61"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="62"/>
        <source>Plan and follow-up</source>
        <translation>计划与整改</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="63"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="64"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="155"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="165"/>
        <source>Search topic, place, host, minutes (Ctrl+F)</source>
        <translation>搜索主题、地点、主持人、记录内容（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="185"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_menus.py" line="35"/>
        <source>New ledger…</source>
        <translation>新建台账…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_menus.py" line="37"/>
        <source>Open ledger…</source>
        <translation>打开台账…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_menus.py" line="40"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_menus.py" line="44"/>
        <source>New record</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_menus.py" line="47"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_menus.py" line="51"/>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_menus.py" line="55"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_menus.py" line="57"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_menus.py" line="61"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_menus.py" line="71"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_menus.py" line="74"/>
        <source>Open recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_menus.py" line="82"/>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_menus.py" line="85"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="344"/>
        <source>{name} — Branch Ledger</source>
        <translation>{name} — 支部工作台账</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="346"/>
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="413"/>
        <source>Deleted “{record}”.</source>
        <translation>已删除“{record}”。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="427"/>
        <source>Branch Ledger</source>
        <translation>支部工作台账</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="432"/>
        <source>Restored “{record}”.</source>
        <translation>已恢复“{record}”。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_menus.py" line="109"/>
        <source>No recent ledgers</source>
        <translation>没有最近打开的台账</translation>
    </message>
</context>
<context>
    <name>OpenError</name>
    <message>
        <location filename="../../ui/shell/errors.py" line="39"/>
        <source>This ledger is already open</source>
        <translation>这本台账已经打开</translation>
    </message>
    <message>
        <location filename="../../ui/shell/errors.py" line="41"/>
        <source>This ledger needs a newer version of Branch Ledger</source>
        <translation>这本台账需要更新版本的支部工作台账</translation>
    </message>
    <message>
        <location filename="../../ui/shell/errors.py" line="43"/>
        <source>This ledger is damaged</source>
        <translation>这本台账已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/shell/errors.py" line="45"/>
        <source>This ledger was altered by another program</source>
        <translation>这本台账被其他程序改动过</translation>
    </message>
    <message>
        <location filename="../../ui/shell/errors.py" line="47"/>
        <source>This file is not a ledger</source>
        <translation>这个文件不是台账</translation>
    </message>
    <message>
        <location filename="../../ui/shell/errors.py" line="48"/>
        <source>The ledger cannot be opened</source>
        <translation>无法打开台账</translation>
    </message>
    <message>
        <location filename="../../ui/shell/errors.py" line="54"/>
        <source>You can look at it read-only here (changes are not possible), or close the other window and try again.</source>
        <translation>可以在这里以只读方式查看（不能修改），或者关闭另一个窗口后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/errors.py" line="60"/>
        <source>Install the newest Branch Ledger to open it, or choose another file.</source>
        <translation>请安装最新版的支部工作台账后再打开，或者选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/errors.py" line="64"/>
        <source>Keep this file as it is. Open the newest backup instead (Choose another file…), or ask for a copy of the ledger from the person you last sent it to.</source>
        <translation>请保留这个文件，不要改动。改为打开最新的备份（“选择其他文件…”），或者向上次收到这本台账的人要一份副本。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/errors.py" line="70"/>
        <source>Choose the ledger file (it usually ends in .ledger).</source>
        <translation>请选择台账文件（文件名通常以 .ledger 结尾）。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/errors.py" line="72"/>
        <source>“Open a repaired copy” writes a copy next to it without the added parts and opens that; the original stays as it is. Check the records of the copy (File ▸ Check ledger…) before you go on working in it.</source>
        <translation>“打开修复副本”会在原文件旁另存一份去掉这些附加内容的副本并打开它，原文件保持不动。继续使用副本之前，请先检查其中的记录（文件 ▸ 检查台账…）。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/errors.py" line="78"/>
        <source>Choose another file, or quit.</source>
        <translation>请选择其他文件，或者退出。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/errors.py" line="88"/>
        <location filename="../../ui/shell/errors.py" line="135"/>
        <source>Branch Ledger</source>
        <translation>支部工作台账</translation>
    </message>
    <message>
        <location filename="../../ui/shell/errors.py" line="94"/>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../ui/shell/errors.py" line="100"/>
        <source>Open a repaired copy</source>
        <translation>打开修复副本</translation>
    </message>
    <message>
        <location filename="../../ui/shell/errors.py" line="105"/>
        <source>Choose another file…</source>
        <translation>选择其他文件…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/errors.py" line="109"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/shell/errors.py" line="136"/>
        <source>Something went wrong.</source>
        <translation>出了点问题。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/errors.py" line="138"/>
        <source>Your saved records are safe. The last action may not have finished: check it, and if this happens again, send the log file to whoever supports you.</source>
        <translation>已保存的记录是安全的。刚才的操作可能没有完成，请检查一下；如果再次出现，请把日志文件发给负责技术支持的人。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/overview/page.py" line="163"/>
        <source>Set up the branch first: open Settings.</source>
        <translation>请先设置支部信息：打开“设置”。</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="174"/>
        <source>Activities</source>
        <translation>活动（次）</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="175"/>
        <source>Attendances</source>
        <translation>参加（人次）</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="176"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="177"/>
        <source>Study hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="178"/>
        <source>Service hours</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="179"/>
        <source>Good deeds (items)</source>
        <translation>好事实事（件）</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="180"/>
        <source>Attendance rate</source>
        <translation>参会率</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="192"/>
        <source>Click to open the year&apos;s plan</source>
        <translation>点击查看年度计划</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="198"/>
        <source>Compliance</source>
        <translation>工作落实情况</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="205"/>
        <source>Rule</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="206"/>
        <source>Held</source>
        <translation>已开展</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="207"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="217"/>
        <source>Click a rule to see the records behind it</source>
        <translation>点击一项要求，查看对应的记录</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="226"/>
        <source>Activities per month (last 12 months)</source>
        <translation>每月活动次数（近12个月）</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="231"/>
        <source>Click a month to show it</source>
        <translation>点击某个月份即可查看</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="234"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="281"/>
        <source>Overview of {month}</source>
        <translation>{month} 总览</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="305"/>
        <source>Click to see the records behind it</source>
        <translation>点击查看相关记录</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="324"/>
        <source>Nothing is due. Well done.</source>
        <translation>没有待办事项，做得很好。</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="330"/>
        <source>Nothing is planned for this month.</source>
        <translation>本月没有计划事项。</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="332"/>
        <source>Planned this month: {planned}, held {held}, not held {missed}.</source>
        <translation>本月计划{planned}项，已开展{held}项，未开展{missed}项。</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="364"/>
        <source>{group}: {rule}</source>
        <translation>{group}：{rule}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="377"/>
        <source>Due soon: plan it now</source>
        <translation>即将到期：请及早安排</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="401"/>
        <source>Meetings of the month</source>
        <translation>本月会议</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="402"/>
        <source>Study of the month</source>
        <translation>本月学习</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="403"/>
        <source>Volunteer work of the month</source>
        <translation>本月志愿服务</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/people/page.py" line="73"/>
        <source>{hours} of {required} {mark}</source>
        <translation>{hours} / {required} {mark}</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="92"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="93"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="94"/>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="95"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="96"/>
        <source>Status today</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="97"/>
        <source>Study hours this year</source>
        <translation>本年学时</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="98"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="136"/>
        <source>Study hours a year: at least 32 for each Party member, 56 for the branch secretary and committee members.</source>
        <translation>每年学时：党员不少于32学时，支部书记和支委不少于56学时。</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="164"/>
        <source>Search names, groups, units…</source>
        <translation>搜索姓名、党小组、单位…</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="166"/>
        <source>Include people no longer here</source>
        <translation>包括已不在册的人员</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="167"/>
        <source>Add person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="168"/>
        <location filename="../../ui/people/page.py" line="362"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="169"/>
        <location filename="../../ui/people/page.py" line="364"/>
        <source>Change status…</source>
        <translation>变更状态…</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="171"/>
        <source>Transferred out, mobile, or back on the roster, with a date</source>
        <translation>转出、流动或恢复在册，并注明日期</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="173"/>
        <source>Import from Excel/CSV…</source>
        <translation>从 Excel/CSV 导入…</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="174"/>
        <source>Party dues…</source>
        <translation>党费…</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="176"/>
        <source>Transfers…</source>
        <translation>组织关系转接…</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="179"/>
        <source>Transfers of membership in and out, with the receipts</source>
        <translation>组织关系转入转出及回执登记</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="181"/>
        <source>Roster…</source>
        <translation>花名册…</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="184"/>
        <source>Print the Party member roster of a chosen day (PDF or Excel)</source>
        <translation>打印指定日期的党员花名册（PDF 或 Excel）</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="186"/>
        <source>Member development…</source>
        <translation>发展党员…</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="189"/>
        <source>Applicants, activists, candidates and probationary members: stages and dates</source>
        <translation>入党申请人、积极分子、发展对象和预备党员：各阶段及日期</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="195"/>
        <source>Each member&apos;s monthly standard and the dues paid, by month</source>
        <translation>每名党员的交纳标准和逐月交纳情况</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="228"/>
        <source>No one is on the roster yet — add people one by one, or import a list from Excel or CSV.</source>
        <translation>名册中还没有人员 — 请逐个添加，或从 Excel、CSV 导入名单。</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="271"/>
        <source>{n} on the roster today</source>
        <translation>当前在册 {n} 人</translation>
    </message>
</context>
<context>
    <name>PersonCombo</name>
    <message>
        <location filename="../../ui/records/editor_form.py" line="228"/>
        <source>— nobody —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_form.py" line="280"/>
        <source>More than one person is called {name}: choose one from the list.</source>
        <translation>名册中有不止一位{name}，请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor_form.py" line="283"/>
        <source>{name} is not on the roster on {date}. Choose someone from the list, or add them in People (set since when they have been on the roster).</source>
        <translation>{name}在{date}不在册。请从列表中选择，或在“人员”中添加（并填写在册起始日期）。</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="98"/>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="100"/>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="115"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="119"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="120"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="121"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="122"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="124"/>
        <source>YYYY-MM-DD or YYYY-MM</source>
        <translation>年-月-日 或 年-月</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="129"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="130"/>
        <source>Joined the Party</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="132"/>
        <source>Full member since</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="135"/>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="137"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="141"/>
        <source>Private: left out of bureau bundles made without phones.</source>
        <translation>个人隐私：生成不含电话的报送包时不包括。</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="143"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="150"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="153"/>
        <source>e.g. Nanjing, Jiangsu</source>
        <translation>如：江苏南京</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="154"/>
        <source>Native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="160"/>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="164"/>
        <source>e.g. senior teacher, head of grade</source>
        <translation>如：一级教师、年级组长</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="166"/>
        <source>Title / post</source>
        <translation>职称/职务</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="171"/>
        <source>Private: shown masked except while you edit it, masked on the printed roster, and never in a bureau bundle unless you choose to include it.</source>
        <translation>个人隐私：除编辑时外均部分隐去显示，打印的花名册中也部分隐去；除非您选择包含，否则不进入报送包。</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="177"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="184"/>
        <source>On the roster since</source>
        <translation>在册起始日期</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="187"/>
        <source>From this date the person is expected at activities and may host, record or attend them. Empty: the date of joining the Party, else of full membership, else 1 January of this year.</source>
        <translation>自该日起此人计入应到人数，可担任主持人、记录人或参加活动。留空：取入党日期，其次转正日期，否则为今年1月1日。</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="196"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="207"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="209"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="257"/>
        <source>{date}: {status}</source>
        <translation>{date}：{status}</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="263"/>
        <source>Roster history:</source>
        <translation>在册记录：</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="271"/>
        <source>Empty: {date}</source>
        <translation>留空即为 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="310"/>
        <source>Not saved. Please correct the marked fields.</source>
        <translation>没有保存。请更正标出的字段。</translation>
    </message>
</context>
<context>
    <name>PersonStatusDialog</name>
    <message>
        <location filename="../../ui/people/status_dialog.py" line="38"/>
        <source>Change roster status</source>
        <translation>变更在册状态</translation>
    </message>
    <message>
        <location filename="../../ui/people/status_dialog.py" line="42"/>
        <source>Roster status of {name}</source>
        <translation>{name} 的在册状态</translation>
    </message>
    <message>
        <location filename="../../ui/people/status_dialog.py" line="71"/>
        <source>New status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location filename="../../ui/people/status_dialog.py" line="75"/>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../ui/people/status_dialog.py" line="78"/>
        <source>e.g. transferred to the district No. 2 school</source>
        <translation>例如：转至区第二小学</translation>
    </message>
    <message>
        <location filename="../../ui/people/status_dialog.py" line="80"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/people/status_dialog.py" line="82"/>
        <source>Activities before this date keep the person as they were; from this date they are expected only while on the roster.</source>
        <translation>此日期之前的活动保持原样；从此日期起，只有在册时才列为应到人员。</translation>
    </message>
    <message>
        <location filename="../../ui/people/status_dialog.py" line="97"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/people/status_dialog.py" line="100"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PhotoWidget</name>
    <message>
        <location filename="../../ui/records/photos.py" line="144"/>
        <source>Drag photos here or press “Add photos…”. Double-click a photo to write its caption. At most {cap} photos; they are made smaller before they are stored.</source>
        <translation>把照片拖到这里，或按“添加照片…”。双击照片可填写说明。最多 {cap} 张；照片在保存前会缩小。</translation>
    </message>
    <message>
        <location filename="../../ui/records/photos.py" line="157"/>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../ui/records/photos.py" line="158"/>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <location filename="../../ui/records/photos.py" line="222"/>
        <source>{name} is not a picture.</source>
        <translation>{name} 不是图片。</translation>
    </message>
    <message>
        <location filename="../../ui/records/photos.py" line="229"/>
        <source>A record can hold at most {cap} photos; {n} were not added.</source>
        <translation>一条记录最多 {cap} 张照片；有 {n} 张没有添加。</translation>
    </message>
    <message>
        <location filename="../../ui/records/photos.py" line="250"/>
        <source>{name} is already here.</source>
        <translation>{name} 已经添加过了。</translation>
    </message>
    <message>
        <location filename="../../ui/records/photos.py" line="260"/>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../ui/records/photos.py" line="262"/>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/records/photos.py" line="293"/>
        <source>Double-click to write the caption.</source>
        <translation>双击填写说明。</translation>
    </message>
    <message>
        <location filename="../../ui/records/photos.py" line="302"/>
        <source>Preparing {n} photo(s)…</source>
        <translation>正在处理 {n} 张照片…</translation>
    </message>
    <message>
        <location filename="../../ui/records/photos.py" line="304"/>
        <source>{n} of {cap} photos</source>
        <translation>{n} / {cap} 张照片</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/shell/qt_words.py" line="14"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/shell/qt_words.py" line="15"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <location filename="../../ui/records/register_model.py" line="52"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/register_model.py" line="53"/>
        <source>Kinds</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/records/register_model.py" line="54"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/records/register_model.py" line="55"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/records/register_model.py" line="56"/>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../ui/records/register_model.py" line="57"/>
        <source>Present / expected</source>
        <translation>实到 / 应到</translation>
    </message>
    <message>
        <location filename="../../ui/records/register_model.py" line="58"/>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../ui/records/register_model.py" line="59"/>
        <source>Themes</source>
        <translation>专题</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../ui/records/register_page.py" line="78"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/records/register_page.py" line="79"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/records/register_page.py" line="83"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/register_page.py" line="84"/>
        <source>Month shown</source>
        <translation>当前月份</translation>
    </message>
    <message>
        <location filename="../../ui/records/register_page.py" line="85"/>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../ui/records/register_page.py" line="86"/>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/register_page.py" line="90"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../ui/records/register_page.py" line="93"/>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../ui/records/register_page.py" line="125"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/records/register_page.py" line="129"/>
        <source>Duplicate as new record…</source>
        <translation>复制为新记录…</translation>
    </message>
    <message>
        <location filename="../../ui/records/register_page.py" line="133"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/records/register_page.py" line="151"/>
        <source>No records match — change the search or the filters, or press Ctrl+N to add one</source>
        <translation>没有符合条件的记录 — 请修改搜索或筛选条件，或按 Ctrl+N 新建</translation>
    </message>
    <message>
        <location filename="../../ui/records/register_page.py" line="155"/>
        <source>No records this month yet — press Ctrl+N to add one</source>
        <translation>本月还没有记录 — 按 Ctrl+N 新建</translation>
    </message>
    <message>
        <location filename="../../ui/records/register_page.py" line="226"/>
        <location filename="../../ui/records/register_page.py" line="294"/>
        <location filename="../../ui/records/register_page.py" line="306"/>
        <location filename="../../ui/records/register_page.py" line="317"/>
        <source>Branch Ledger</source>
        <translation>支部工作台账</translation>
    </message>
    <message>
        <location filename="../../ui/records/register_page.py" line="228"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../ui/records/register_page.py" line="240"/>
        <source>%n record(s)</source>
        <translation>%n 条记录</translation>
    </message>
    <message>
        <location filename="../../ui/records/register_page.py" line="318"/>
        <source>This ledger is open read-only (another window has it): records can be looked at here but not changed.</source>
        <translation>这本台账以只读方式打开（另一个窗口正在使用）：可以在这里查看记录，但不能修改。</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <location filename="../../ui/people/roster_dialog.py" line="55"/>
        <source>Party member roster</source>
        <translation>党员花名册</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_dialog.py" line="58"/>
        <source>The Party members on the roster on the chosen day (full and probationary on that day), with their roster details.</source>
        <translation>列出所选日期在册的党员（当日的正式党员和预备党员）及其花名册信息。</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_dialog.py" line="71"/>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_dialog.py" line="74"/>
        <source>PDF (to print)</source>
        <translation>PDF（打印用）</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_dialog.py" line="75"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_dialog.py" line="76"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_dialog.py" line="79"/>
        <source>Print ID numbers in full (a private copy; masked otherwise)</source>
        <translation>打印完整身份证号（仅供内部保存；否则部分隐去）</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_dialog.py" line="93"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_dialog.py" line="96"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_dialog.py" line="105"/>
        <location filename="../../ui/people/roster_dialog.py" line="123"/>
        <source>Enter the day as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式填写日期。</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_dialog.py" line="108"/>
        <source>Party member roster {day}</source>
        <translation>党员花名册 {day}</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_dialog.py" line="112"/>
        <source>Save the roster</source>
        <translation>保存花名册</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_dialog.py" line="126"/>
        <source>Writing the roster…</source>
        <translation>正在生成花名册…</translation>
    </message>
    <message>
        <location filename="../../ui/people/roster_dialog.py" line="139"/>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings/editors.py" line="34"/>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <location filename="../../ui/settings/editors.py" line="35"/>
        <source>Deputy secretary</source>
        <translation>副书记</translation>
    </message>
    <message>
        <location filename="../../ui/settings/editors.py" line="36"/>
        <source>Committee member</source>
        <translation>支委</translation>
    </message>
    <message>
        <location filename="../../ui/settings/editors.py" line="64"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/settings/editors.py" line="65"/>
        <source>Kind of unit</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <location filename="../../ui/settings/editors.py" line="66"/>
        <source>Has Party members</source>
        <translation>有党员</translation>
    </message>
    <message>
        <location filename="../../ui/settings/editors.py" line="77"/>
        <source>Add unit</source>
        <translation>添加单位</translation>
    </message>
    <message>
        <location filename="../../ui/settings/editors.py" line="77"/>
        <source>Remove unit</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <location filename="../../ui/settings/editors.py" line="92"/>
        <source>e.g. 实验幼儿园</source>
        <translation>例如：实验幼儿园</translation>
    </message>
    <message>
        <location filename="../../ui/settings/editors.py" line="95"/>
        <source>e.g. kindergarten</source>
        <translation>例如：幼儿园</translation>
    </message>
    <message>
        <location filename="../../ui/settings/editors.py" line="158"/>
        <source>Add party group</source>
        <translation>添加党小组</translation>
    </message>
    <message>
        <location filename="../../ui/settings/editors.py" line="159"/>
        <source>Remove party group</source>
        <translation>删除党小组</translation>
    </message>
    <message>
        <location filename="../../ui/settings/editors.py" line="194"/>
        <source>Party group {n}</source>
        <translation>第{n}党小组</translation>
    </message>
    <message>
        <location filename="../../ui/settings/editors.py" line="216"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/settings/editors.py" line="217"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/settings/editors.py" line="218"/>
        <source>Title</source>
        <translation>职务名称</translation>
    </message>
    <message>
        <location filename="../../ui/settings/editors.py" line="228"/>
        <source>Add seat</source>
        <translation>添加职位</translation>
    </message>
    <message>
        <location filename="../../ui/settings/editors.py" line="228"/>
        <source>Remove seat</source>
        <translation>删除职位</translation>
    </message>
    <message>
        <location filename="../../ui/settings/editors.py" line="255"/>
        <source>e.g. 组织委员, 宣传委员</source>
        <translation>例如：组织委员、宣传委员</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="63"/>
        <source>Branch</source>
        <translation>支部</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="64"/>
        <source>Committee</source>
        <translation>支委会</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="66"/>
        <source>Compliance rules</source>
        <translation>工作要求</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="67"/>
        <source>Themes and figures</source>
        <translation>专题与统计口径</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="69"/>
        <source>Campaigns</source>
        <translation>专项活动</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="70"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="82"/>
        <source>Branch details</source>
        <translation>支部信息</translation>
    </message>
    <message>
        <location filename="../../ui/settings/campaigns.py" line="82"/>
        <location filename="../../ui/settings/page.py" line="87"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="92"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="95"/>
        <source>e.g. 区教育局党委</source>
        <translation>例如：区教育局党委</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="97"/>
        <source>Superior organisation</source>
        <translation>上级党组织</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="104"/>
        <source>Guidance officer</source>
        <translation>党建工作指导员</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="111"/>
        <source>Founded on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="112"/>
        <source>Last election</source>
        <translation>上次换届日期</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="119"/>
        <source>e.g. the first Friday of every month</source>
        <translation>例如：每月第一个星期五</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="124"/>
        <source>Theme party day</source>
        <translation>主题党日</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="128"/>
        <source>Covered units (at most 5)</source>
        <translation>覆盖单位（最多5个）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="133"/>
        <source>Party groups</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="145"/>
        <source>Save branch details</source>
        <translation>保存支部信息</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="161"/>
        <source>Who holds which seat on the branch committee. Committee meetings are checked only while the branch has a committee.</source>
        <translation>支委会各职位由谁担任。只有在支部设有支委会期间，才检查支部委员会的召开情况。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="174"/>
        <source>Save committee</source>
        <translation>保存支委会</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="185"/>
        <source>Themes</source>
        <translation>专题</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="188"/>
        <source>Figures of the bureau&apos;s sentence (口径)</source>
        <translation>上报数字的统计口径</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="205"/>
        <source>Language of the app</source>
        <translation>软件语言</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="207"/>
        <source>Reports and messages switch to the chosen language too.</source>
        <translation>报表和提示信息也会改用所选语言。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="266"/>
        <source>The next election is due by {date}.</source>
        <translation>下次换届应在 {date} 前进行。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="296"/>
        <source>Rename the branch</source>
        <translation>修改支部名称</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="298"/>
        <source>Is {new} the same branch as {old}, under a new name?</source>
        <translation>{new} 是否就是改了名称的 {old}？</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="303"/>
        <source>If this ledger was copied from another branch to start a new one, choose “A new branch”: every record gets a new identity, so that the bureau never takes this ledger&apos;s records for {old}&apos;s. If {old} itself has a new name, choose “The same branch”.</source>
        <translation>如果这本台账是从其他支部复制来、用来建立新支部的，请选择“新的支部”：每条记录都会获得新的标识，教育局就不会把本台账的记录当作 {old} 的记录。如果只是 {old} 本身改了名称，请选择“同一个支部”。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="312"/>
        <source>The same branch</source>
        <translation>同一个支部</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="315"/>
        <source>A new branch</source>
        <translation>新的支部</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="317"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/settings/campaigns.py" line="48"/>
        <source>A campaign (such as a 主题教育) is a named period of its own, from one day to another. Reports and the bureau&apos;s district summary can be made for it, as for a month or a year. Campaigns travel to the bureau in the bundle.</source>
        <translation>专项活动（如主题教育）是一个有名称、有起止日期的期间。可以像按月、按年一样，按专项活动生成统计和组织办的全区汇总。专项活动随报送包报送组织办。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/campaigns.py" line="62"/>
        <location filename="../../ui/settings/campaigns.py" line="75"/>
        <source>Campaign</source>
        <translation>专项活动</translation>
    </message>
    <message>
        <location filename="../../ui/settings/campaigns.py" line="63"/>
        <location filename="../../ui/settings/campaigns.py" line="85"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/settings/campaigns.py" line="64"/>
        <location filename="../../ui/settings/campaigns.py" line="88"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/settings/campaigns.py" line="65"/>
        <source>Defined by</source>
        <translation>定义方</translation>
    </message>
    <message>
        <location filename="../../ui/settings/campaigns.py" line="81"/>
        <source>e.g. 第二批主题教育</source>
        <translation>例如：第二批主题教育</translation>
    </message>
    <message>
        <location filename="../../ui/settings/campaigns.py" line="90"/>
        <source>Save campaign</source>
        <translation>保存专项活动</translation>
    </message>
    <message>
        <location filename="../../ui/settings/campaigns.py" line="92"/>
        <source>New campaign</source>
        <translation>新建专项活动</translation>
    </message>
    <message>
        <location filename="../../ui/settings/campaigns.py" line="93"/>
        <location filename="../../ui/settings/campaigns.py" line="203"/>
        <source>Delete campaign</source>
        <translation>删除专项活动</translation>
    </message>
    <message>
        <location filename="../../ui/settings/campaigns.py" line="121"/>
        <source>the bureau (whole district)</source>
        <translation>组织办（全区）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/campaigns.py" line="156"/>
        <location filename="../../ui/settings/page.py" line="338"/>
        <source>Not saved. Please correct the marked fields.</source>
        <translation>没有保存。请更正标出的字段。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/campaigns.py" line="164"/>
        <location filename="../../ui/settings/page.py" line="346"/>
        <location filename="../../ui/settings/page.py" line="363"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/campaigns.py" line="178"/>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/campaigns.py" line="204"/>
        <source>Delete the campaign {name}? Its activities stay; only the named period goes.</source>
        <translation>删除专项活动“{name}”吗？期间内的活动记录不受影响，只删除这个期间的定义。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="354"/>
        <source>Choose a person for every seat, or remove the seat.</source>
        <translation>请为每个职位选择人员，或删除该职位。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="44"/>
        <source>The overview checks these rules every month, quarter and year. Defaults follow the 2018 branch work regulations; change them to your local practice.</source>
        <translation>总览会按月、季度和年度检查这些要求。默认值依据2018年《支部工作条例》，可按本地做法修改。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="57"/>
        <source>Rule</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="58"/>
        <source>Checked</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="59"/>
        <source>At least</source>
        <translation>至少</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="60"/>
        <source>Per</source>
        <translation>每</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="72"/>
        <source>How the figures are counted</source>
        <translation>统计口径</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="75"/>
        <source>Mobile Party members (流动党员) are expected at meetings (they remain members of the branch)</source>
        <translation>流动党员计入应到人数（流动党员仍是本支部党员）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="86"/>
        <source>Kinds whose time counts as study hours:</source>
        <translation>计入学时的活动类型：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="101"/>
        <source>Volunteer kinds count as service hours. Guests (列席) are never expected.</source>
        <translation>志愿服务类活动计入服务时长。列席人员不计入应到。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="112"/>
        <source>School holidays (寒暑假): monthly rules are not checked in these months:</source>
        <translation>寒暑假：以下月份不检查每月要求：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="128"/>
        <source>{month}</source>
        <translation>{month}月</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="170"/>
        <source>each party group</source>
        <translation>每个党小组</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="172"/>
        <source>only when there is a committee</source>
        <translation>仅在设有支委会时</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="175"/>
        <source>reminders from month {m}</source>
        <translation>从{m}月起提醒</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="189"/>
        <source> times</source>
        <translation> 次</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/settings/setup_dialog.py" line="55"/>
        <source>Welcome to Branch Ledger</source>
        <translation>欢迎使用支部工作台账</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_dialog.py" line="59"/>
        <source>This ledger is new. Tell it about your branch — everything can be changed later in Settings. People can be added one by one or imported from Excel afterwards.</source>
        <translation>这是一本新台账。请填写支部的基本情况——以后都可以在“设置”中修改。人员可以之后逐个添加，或从 Excel 导入。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_dialog.py" line="81"/>
        <source>e.g. 第一实验小学党支部</source>
        <translation>例如：第一实验小学党支部</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_dialog.py" line="82"/>
        <source>Branch name</source>
        <translation>支部名称</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_dialog.py" line="87"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_dialog.py" line="88"/>
        <source>Covered units</source>
        <translation>覆盖单位</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_dialog.py" line="96"/>
        <source>Name of the branch secretary (put on the roster)</source>
        <translation>支部书记姓名（将加入名册）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_dialog.py" line="98"/>
        <source>Secretary</source>
        <translation>支部书记</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_dialog.py" line="104"/>
        <source>Secretary joined the Party on</source>
        <translation>书记入党日期</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_dialog.py" line="111"/>
        <source>Since when the secretary has been a member of this branch: meetings from this date on can name them as host, recorder or attendee. Set to the date of joining the Party when that is given.</source>
        <translation>书记自何时起在本支部在册：此日期以后的会议可以把书记填为主持人、记录人或参会人。填写入党日期后默认与之相同。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_dialog.py" line="121"/>
        <source>Member of this branch since</source>
        <translation>在本支部在册起始日期</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_dialog.py" line="125"/>
        <source>Party groups</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_dialog.py" line="130"/>
        <source>Open a demo ledger to look around</source>
        <translation>打开示范台账看看</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_dialog.py" line="133"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
</context>
<context>
    <name>ThemePicker</name>
    <message>
        <location filename="../../ui/records/themes.py" line="45"/>
        <source>{name} (retired)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <location filename="../../ui/records/themes.py" line="53"/>
        <source>No themes: add them in Settings.</source>
        <translation>没有专题：请在“设置”中添加。</translation>
    </message>
</context>
<context>
    <name>ThemesEditor</name>
    <message>
        <location filename="../../ui/settings/themes.py" line="64"/>
        <source>Themes tag what an activity was about, whatever its kind (a 清明 theme party day and a museum visit are both revolutionary tradition education). A retired theme stays on the records that carry it.</source>
        <translation>专题标明活动的内容，与活动类型无关（清明主题党日和参观纪念馆都属于革命传统教育）。停用的专题仍保留在已标注的记录上。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="78"/>
        <location filename="../../ui/settings/themes.py" line="148"/>
        <source>Theme</source>
        <translation>专题</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="79"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="80"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="90"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="91"/>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="92"/>
        <location filename="../../ui/settings/themes.py" line="141"/>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="93"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="111"/>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="113"/>
        <source>Offered</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="115"/>
        <source>built-in</source>
        <translation>（内置）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="139"/>
        <source>Offer again</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../ui/settings/themes.py" line="149"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
</context>
<context>
    <name>VotesTable</name>
    <message>
        <location filename="../../ui/records/votes.py" line="46"/>
        <source>Item voted on</source>
        <translation>表决事项</translation>
    </message>
    <message>
        <location filename="../../ui/records/votes.py" line="47"/>
        <source>Entitled</source>
        <translation>应参加表决</translation>
    </message>
    <message>
        <location filename="../../ui/records/votes.py" line="48"/>
        <source>Present</source>
        <translation>到会人数</translation>
    </message>
    <message>
        <location filename="../../ui/records/votes.py" line="49"/>
        <source>For</source>
        <translation>赞成</translation>
    </message>
    <message>
        <location filename="../../ui/records/votes.py" line="50"/>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <location filename="../../ui/records/votes.py" line="51"/>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <location filename="../../ui/records/votes.py" line="52"/>
        <source>Passed?</source>
        <translation>是否通过</translation>
    </message>
    <message>
        <location filename="../../ui/records/votes.py" line="64"/>
        <source>Add a vote</source>
        <translation>添加表决</translation>
    </message>
    <message>
        <location filename="../../ui/records/votes.py" line="65"/>
        <source>Remove vote</source>
        <translation>删除表决</translation>
    </message>
    <message>
        <location filename="../../ui/records/votes.py" line="67"/>
        <source>Passed when more than half of those entitled are present and more than half of those entitled vote for it.</source>
        <translation>应参加表决的人过半数到会、且赞成票超过应参加表决人数的一半时通过。</translation>
    </message>
    <message>
        <location filename="../../ui/records/votes.py" line="88"/>
        <source>e.g. admit 王芳 as a full member</source>
        <translation>例如：王芳同志按期转为正式党员</translation>
    </message>
    <message>
        <location filename="../../ui/records/votes.py" line="127"/>
        <source>Vote {n}: {problem}</source>
        <translation>表决 {n}：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/records/votes.py" line="143"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../ui/records/votes.py" line="145"/>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../ui/shell/widgets.py" line="98"/>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location filename="../../ui/shell/widgets.py" line="101"/>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <location filename="../../ui/shell/widgets.py" line="106"/>
        <source>The month shown: type it (2025-11 or 2025年11月) or use the arrows</source>
        <translation>显示的月份：可直接输入（2025-11 或 2025年11月），或用箭头切换</translation>
    </message>
    <message>
        <location filename="../../ui/shell/widgets.py" line="191"/>
        <source>e.g. 2025-11-20</source>
        <translation>如 2025-11-20</translation>
    </message>
    <message>
        <location filename="../../ui/shell/widgets.py" line="193"/>
        <source>Type the date (2025-11-20, 2025.11.20, 20251120 or 2025年11月20日).</source>
        <translation>输入日期（2025-11-20、2025.11.20、20251120 或 2025年11月20日）。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/widgets.py" line="201"/>
        <source>Pick the date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <location filename="../../ui/shell/widgets.py" line="202"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../ui/shell/widgets.py" line="110"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../ui/shell/worker.py" line="60"/>
        <source>Something went wrong while reading the ledger. Press F5 to retry.</source>
        <translation>读取台账时出错。请按 F5 重试。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/worker.py" line="77"/>
        <source>The disk is full (or could not be written), so this could not be done. Free some space and try again.</source>
        <translation>磁盘已满（或无法写入），因此未能完成。请腾出一些空间后重试。</translation>
    </message>
</context>
</TS>
