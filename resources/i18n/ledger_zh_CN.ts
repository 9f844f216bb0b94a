<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Attendance</name>
    <message>
        <location filename="../../models/vocabulary.py" line="96"/>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="97"/>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="98"/>
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="99"/>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="100"/>
        <source>Not counted</source>
        <translation>不计</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="101"/>
        <source>Guest</source>
        <translation>列席</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="108"/>
        <source>Official leave</source>
        <translation>公假</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="109"/>
        <source>Sick leave</source>
        <translation>病假</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="110"/>
        <source>Personal leave</source>
        <translation>事假</translation>
    </message>
</context>
<context>
    <name>Branch</name>
    <message>
        <location filename="../../models/vocabulary.py" line="117"/>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="118"/>
        <source>Joint branch</source>
        <translation>联合党支部</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <location filename="../../models/records/campaigns.py" line="87"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../models/records/campaigns.py" line="90"/>
        <source>The name is longer than {n} characters.</source>
        <translation>名称超过{n}个字。</translation>
    </message>
    <message>
        <location filename="../../models/records/campaigns.py" line="93"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../models/records/campaigns.py" line="93"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../models/records/campaigns.py" line="107"/>
        <source>The campaign cannot end before it starts.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../models/records/campaigns.py" line="118"/>
        <source>A campaign named {name} already exists.</source>
        <translation>已有名为“{name}”的专项活动。</translation>
    </message>
    <message>
        <location filename="../../models/records/campaigns.py" line="186"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../models/records/campaigns.py" line="188"/>
        <source>There is no campaign named {name} in this ledger. Known: {known}.</source>
        <translation>本台账中没有名为“{name}”的专项活动。已有：{known}。</translation>
    </message>
    <message>
        <location filename="../../models/records/campaigns.py" line="198"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../models/records/campaigns.py" line="199"/>
        <source>{branch}: {start} to {end}</source>
        <translation>{branch}：{start}至{end}</translation>
    </message>
    <message>
        <location filename="../../models/records/campaigns.py" line="205"/>
        <source>The branches date the campaign {name} differently ({listed}): define it in the district ledger, or give --from and --to.</source>
        <translation>各支部对专项活动“{name}”的起止日期不一致（{listed}）：请在全区台账中统一定义，或用 --from 和 --to 指定日期。</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <location filename="../../models/vocabulary.py" line="76"/>
        <source>Full member</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="77"/>
        <source>Probationary member</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="78"/>
        <source>Candidate</source>
        <translation>发展对象</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="79"/>
        <source>Activist</source>
        <translation>入党积极分子</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="80"/>
        <source>Staff (non-member)</source>
        <translation>群众·教职工</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <location filename="../../models/vocabulary.py" line="134"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="135"/>
        <source>Due</source>
        <translation>待完成</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="136"/>
        <source>Not met</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="137"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="138"/>
        <source>Holiday (exempt)</source>
        <translation>假期免</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="139"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../models/records/branch.py" line="116"/>
        <source>Branch name</source>
        <translation>支部名称</translation>
    </message>
    <message>
        <location filename="../../models/records/branch.py" line="119"/>
        <source>Founded on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../models/records/branch.py" line="120"/>
        <source>Last election</source>
        <translation>上次换届日期</translation>
    </message>
    <message>
        <location filename="../../models/records/people.py" line="92"/>
        <location filename="../../models/records/roster_import.py" line="462"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../models/records/people.py" line="93"/>
        <location filename="../../models/records/roster_import.py" line="463"/>
        <source>Native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <location filename="../../models/records/people.py" line="94"/>
        <location filename="../../models/records/roster_import.py" line="464"/>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../models/records/people.py" line="95"/>
        <location filename="../../models/records/roster_import.py" line="465"/>
        <source>Title / post</source>
        <translation>职称/职务</translation>
    </message>
    <message>
        <location filename="../../models/records/people.py" line="111"/>
        <location filename="../../models/records/roster_import.py" line="466"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../models/records/people.py" line="118"/>
        <location filename="../../models/records/roster_import.py" line="453"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../models/records/people.py" line="123"/>
        <location filename="../../models/records/roster_import.py" line="455"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../models/records/people.py" line="124"/>
        <location filename="../../models/records/roster_import.py" line="459"/>
        <source>Joined the Party on</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <location filename="../../models/records/people.py" line="125"/>
        <location filename="../../models/records/roster_import.py" line="460"/>
        <source>Full member on</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <location filename="../../models/records/people.py" line="127"/>
        <location filename="../../models/records/roster_import.py" line="467"/>
        <source>On roster since</source>
        <translation>在册起始日期</translation>
    </message>
    <message>
        <location filename="../../models/records/categories.py" line="127"/>
        <location filename="../../models/records/people.py" line="336"/>
        <source>Effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="81"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="87"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="89"/>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="91"/>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="105"/>
        <source>Non-members present</source>
        <translation>非党员参加人数</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="106"/>
        <source>People served</source>
        <translation>服务群众人数</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="107"/>
        <source>Deeds done</source>
        <translation>办实事（已完成）件数</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="108"/>
        <source>Deeds in progress</source>
        <translation>办实事（正在办理）件数</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="146"/>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="147"/>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="454"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="456"/>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="457"/>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="458"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="461"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="468"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Followup</name>
    <message>
        <location filename="../../models/records/rectification_photos.py" line="58"/>
        <source>Photos are evidence of completion: mark the item completed.</source>
        <translation>照片是整改完成的佐证：请先将该事项标为已完成。</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../models/vocabulary.py" line="53"/>
        <source>Branch general meeting</source>
        <translation>支部党员大会</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="54"/>
        <source>Committee meeting</source>
        <translation>支部委员会</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="55"/>
        <source>Party group meeting</source>
        <translation>党小组会</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="56"/>
        <source>Party lecture</source>
        <translation>党课</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="57"/>
        <source>Theme party day</source>
        <translation>主题党日</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="58"/>
        <source>Organisational life meeting</source>
        <translation>组织生活会</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="59"/>
        <source>Democratic appraisal</source>
        <translation>民主评议党员</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="60"/>
        <source>Collective study</source>
        <translation>集中学习</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="61"/>
        <source>Exchange seminar</source>
        <translation>交流研讨</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="62"/>
        <source>Staff political study</source>
        <translation>教职工政治学习</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="63"/>
        <source>Guided lecture</source>
        <translation>专题辅导</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="64"/>
        <source>Study visit</source>
        <translation>参观学习</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="65"/>
        <source>Volunteer service</source>
        <translation>党员志愿服务</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="66"/>
        <source>Paired assistance</source>
        <translation>结对帮扶</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="67"/>
        <source>Teaching in the countryside</source>
        <translation>送教下乡</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="68"/>
        <source>Practical deed</source>
        <translation>为群众办实事</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="69"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../../models/file/ledger.py" line="78"/>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="82"/>
        <source>{path} is a folder, not a ledger file.</source>
        <translation>{path} 是一个文件夹，不是台账文件。</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="86"/>
        <source>The file {path} cannot be read: {error}</source>
        <translation>无法读取文件 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="92"/>
        <source>The file {path} is empty: it is not a ledger.</source>
        <translation>文件 {path} 是空的，不是台账。</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="96"/>
        <source>The file {path} is a ZIP archive (for example an Excel workbook), not a ledger.</source>
        <translation>文件 {path} 是一个压缩包（例如 Excel 工作簿），不是台账。</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="101"/>
        <source>The file {path} is a PDF document, not a ledger.</source>
        <translation>文件 {path} 是 PDF 文档，不是台账。</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="103"/>
        <source>The file {path} is a text file, not a ledger.</source>
        <translation>文件 {path} 是文本文件，不是台账。</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="105"/>
        <source>The file {path} is not a Branch Ledger file.</source>
        <translation>文件 {path} 不是支部工作台账文件。</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="109"/>
        <source>The ledger {path} is truncated: only {size} bytes are left.</source>
        <translation>台账 {path} 不完整：只剩 {size} 字节。</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="120"/>
        <source>The file {path} is a database of another program, not a Branch Ledger file.</source>
        <translation>文件 {path} 是其他程序的数据库，不是支部工作台账文件。</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="128"/>
        <source>The file {path} stores its text as UTF-16, which Branch Ledger never does: it was made or converted by another program, and is not opened. Use the ledger file itself, or a backup of it.</source>
        <translation>文件 {path} 以 UTF-16 编码保存文字，而支部工作台账从不这样保存：它是由其他程序生成或转换的，因此不予打开。请使用台账文件本身或它的备份。</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="137"/>
        <source>The ledger {path} was saved by a newer Branch Ledger (file format {found}). This copy reads formats up to {known}: please install a Branch Ledger that supports format {found} or later.</source>
        <translation>台账 {path} 由更新版本的支部工作台账保存（文件格式 {found}）。当前程序最高只能读取格式 {known}：请安装支持格式 {found} 或更高版本的支部工作台账。</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="147"/>
        <source>The ledger {path} is damaged.</source>
        <translation>台账 {path} 已损坏。</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="151"/>
        <source>The ledger {path} is truncated (it is shorter than its own header says); it may have been copied incompletely.</source>
        <translation>台账 {path} 不完整（比文件头记录的长度短），可能没有复制完整。</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="259"/>
        <source>The ledger {path} is closed.</source>
        <translation>台账 {path} 已关闭。</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="383"/>
        <source>Nothing can be saved in the ledger {path}: it failed its check after opening (parts of it can no longer be read), so it stays read-only. Keep the file as it is and open a backup (File ▸ Backups…).</source>
        <translation>台账 {path} 打开后未通过检查（部分内容无法读取），因此保持只读，不能保存任何内容。请保留该文件，并打开一份备份（文件 ▸ 备份…）。</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="436"/>
        <source>The ledger {path} is open in another Branch Ledger window or program. Close it there first, or open this ledger read-only.</source>
        <translation>台账 {path} 已在另一个支部工作台账窗口或程序中打开。请先在那里关闭它，或以只读方式打开此台账。</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="446"/>
        <source>The ledger {path} is being saved by another Branch Ledger window and stayed locked for {seconds} seconds. Try again in a moment.</source>
        <translation>台账 {path} 正在被另一个支部工作台账窗口保存，已锁定 {seconds} 秒。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="653"/>
        <source>The ledger {path} is incomplete: it lacks {parts}. Another program changed it, or the file was damaged, so the ledger cannot be used. Keep the file as it is (do not delete it) and restore the newest backup.</source>
        <translation>台账 {path} 不完整：缺少{parts}。它可能被其他程序改动过，或文件已损坏，因此无法使用。请保留该文件原样（不要删除），并恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="666"/>
        <source>the table “{name}”</source>
        <translation>数据表“{name}”</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="668"/>
        <source>the column “{name}”</source>
        <translation>“{name}”列</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="673"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="718"/>
        <source>The ledger {path} contains things Branch Ledger never puts in a ledger ({objects}). Another program added them, and they could change your records without you knowing, so the ledger was not opened; the file was left as it is. You can make a repaired copy without them and open that (in the app, or with `check PATH --repair`).</source>
        <translation>台账 {path} 中有本软件从不放入台账的内容（{objects}）。这些内容是其他程序加入的，可能在您不知情时改动记录，因此没有打开这本台账，文件保持原样。您可以生成一份去掉这些内容的修复副本并打开它（在软件中打开，或使用 `check PATH --repair`）。</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="735"/>
        <source>The ledger {path} is damaged: parts of it can no longer be read. Keep the file as it is (do not delete it) and restore the newest backup.</source>
        <translation>台账 {path} 已损坏：部分内容无法读取。请保留该文件（不要删除），并恢复最新的备份。</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="749"/>
        <source>The ledger {path} still holds a save that was interrupted (the program or the computer stopped). Open it normally, not read-only, so that the unfinished save is undone.</source>
        <translation>台账 {path} 中还有一次被中断的保存（程序或电脑意外停止）。请以正常方式（而非只读）打开它，以便撤销未完成的保存。</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="766"/>
        <source>The ledger {path} could not be upgraded to file format {new}. It was left at format {now}; a copy made before the upgrade is {backup}.</source>
        <translation>台账 {path} 无法升级到文件格式 {new}，仍保持格式 {now}；升级前的副本为 {backup}。</translation>
    </message>
    <message>
        <location filename="../../models/file/ledger.py" line="846"/>
        <source>The ledger {path} could not be created: {error}</source>
        <translation>无法创建台账 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../models/errors.py" line="98"/>
        <source>The disk is full (or could not be written), so {path} was not written. Free some space and try again; nothing else was changed.</source>
        <translation>磁盘已满（或无法写入），因此没有写入 {path}。请腾出一些空间后重试；其他内容均未改动。</translation>
    </message>
    <message>
        <location filename="../../models/errors.py" line="105"/>
        <source>The disk is full (or could not be written), so nothing was saved. Free some space and save again; your entries are still in the form.</source>
        <translation>磁盘已满（或无法写入），因此没有保存任何内容。请腾出空间后重新保存；您填写的内容仍保留在表单中。</translation>
    </message>
    <message>
        <location filename="../../models/errors.py" line="125"/>
        <source>Some text in the ledger can no longer be read: the file is damaged. Keep it as it is (do not delete it) and restore the newest backup.</source>
        <translation>台账中有部分文字已无法读取：文件已损坏。请保留该文件原样（不要删除），并恢复最近的备份。</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <location filename="../../models/records/limits.py" line="93"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="94"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="95"/>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="96"/>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="97"/>
        <source>Resolutions</source>
        <translation>决议事项</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="98"/>
        <source>Guests</source>
        <translation>列席人员</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="99"/>
        <source>Study materials</source>
        <translation>学习材料</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="100"/>
        <source>Speakers</source>
        <translation>交流发言人</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="101"/>
        <source>Type of service</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="102"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="103"/>
        <source>Vote item</source>
        <translation>表决事项</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="104"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="105"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="106"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="107"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="108"/>
        <source>Native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="109"/>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="110"/>
        <source>Title / post</source>
        <translation>职称/职务</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="111"/>
        <source>Superior organisation</source>
        <translation>上级党组织</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="112"/>
        <source>Guidance officer</source>
        <translation>党建工作指导员</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="113"/>
        <source>Theme party day rule</source>
        <translation>主题党日安排</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="114"/>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="115"/>
        <source>Kind of unit</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="116"/>
        <source>Organisation</source>
        <translation>转接党组织</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="117"/>
        <source>Letter number</source>
        <translation>介绍信编号</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="118"/>
        <source>Theme</source>
        <translation>专题</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="119"/>
        <source>Self-assessment</source>
        <translation>个人自评</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="120"/>
        <source>Peer assessment</source>
        <translation>党员互评</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="121"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="122"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="123"/>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="124"/>
        <source>Completion</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="125"/>
        <source>Talked with</source>
        <translation>谈话对象</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="126"/>
        <source>Key points</source>
        <translation>谈话要点</translation>
    </message>
    <message>
        <location filename="../../models/records/limits.py" line="131"/>
        <source>{field} is too long: {length} characters, at most {limit}.</source>
        <translation>{field}过长：共{length}个字，最多{limit}个字。</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <location filename="../../models/vocabulary.py" line="125"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="126"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="127"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <location filename="../../models/records/photos.py" line="74"/>
        <source>{name} is not a picture that can be read (use JPEG or PNG).</source>
        <translation>{name} 不是可读取的图片（请使用 JPEG 或 PNG）。</translation>
    </message>
    <message>
        <location filename="../../models/records/photos.py" line="190"/>
        <source>The file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <location filename="../../models/records/photos.py" line="119"/>
        <source>{name} is too large.</source>
        <translation>{name} 太大。</translation>
    </message>
    <message>
        <location filename="../../models/records/photos.py" line="92"/>
        <source>{name} could not be read: {error}</source>
        <translation>无法读取 {name}：{error}</translation>
    </message>
    <message>
        <location filename="../../models/records/photos.py" line="112"/>
        <source>{name} is not a picture file (it is a device or a pipe).</source>
        <translation>{name} 不是图片文件（它是设备或管道）。</translation>
    </message>
    <message>
        <location filename="../../models/records/photos.py" line="146"/>
        <source>{name} has too many pixels to be a photo.</source>
        <translation>{name} 的像素太多，不像是一张照片。</translation>
    </message>
    <message>
        <location filename="../../models/records/photos.py" line="229"/>
        <location filename="../../models/records/rectification_photos.py" line="36"/>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../models/records/photos.py" line="259"/>
        <location filename="../../models/records/rectification_photos.py" line="67"/>
        <source>A record can hold at most {cap} photos; it has {count} already.</source>
        <translation>每条记录最多 {cap} 张照片；已有 {count} 张。</translation>
    </message>
    <message>
        <location filename="../../models/records/photos.py" line="271"/>
        <location filename="../../models/records/rectification_photos.py" line="79"/>
        <source>This photo is already attached to the record.</source>
        <translation>这张照片已附在该记录中。</translation>
    </message>
    <message>
        <location filename="../../models/records/photos.py" line="344"/>
        <location filename="../../models/records/rectification_photos.py" line="156"/>
        <source>The photo no longer exists.</source>
        <translation>该照片已不存在。</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <location filename="../../models/records/roster_import.py" line="189"/>
        <source>{name} cannot be imported: {reason}</source>
        <translation>{name} 无法导入：{reason}</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="206"/>
        <source>it is not a file.</source>
        <translation>它不是一个文件。</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="214"/>
        <source>it is an old Excel (.xls) or password-protected workbook. Open it in Excel, remove any password and save it as .xlsx (Excel Workbook), then import that.</source>
        <translation>它是旧版 Excel（.xls）或设有密码的工作簿。请在 Excel 中打开，取消密码，另存为 .xlsx（Excel 工作簿），再导入另存的文件。</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="223"/>
        <source>it is not an Excel workbook (.xlsx) although named so.</source>
        <translation>它的扩展名是 .xlsx，但内容不是 Excel 工作簿。</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="228"/>
        <source>it is neither an Excel workbook (.xlsx) nor a CSV text file. In Excel, save the roster as .xlsx or as CSV and import that.</source>
        <translation>它既不是 Excel 工作簿（.xlsx），也不是 CSV 文本文件。请在 Excel 中把名单另存为 .xlsx 或 CSV，再导入。</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="239"/>
        <source>it is {size} MB; a roster file is at most {limit} MB.</source>
        <translation>文件有 {size} MB，名单文件最大 {limit} MB。</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="261"/>
        <source>The file is not text in UTF-8, GB18030 (GBK) or UTF-16. In Excel, save the roster as .xlsx or as CSV and import that.</source>
        <translation>该文件不是 UTF-8、GB18030（GBK）或 UTF-16 编码的文本。请在 Excel 中把名单另存为 .xlsx 或 CSV，再导入。</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="297"/>
        <source>{name} could not be read: {error}</source>
        <translation>无法读取 {name}：{error}</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="303"/>
        <source>The file has no rows.</source>
        <translation>文件中没有数据行。</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="322"/>
        <source>it has more than {n} rows; a roster has fewer.</source>
        <translation>它超过 {n} 行，不像一份人员名单。</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="340"/>
        <source>its sheets unpack to {size} MB.</source>
        <translation>其中的工作表解压后有 {size} MB。</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="435"/>
        <source>{field}: “{value}” is not a date. Write it as 1978-05-12, or only the month as 1978-05.</source>
        <translation>{field}：“{value}”不是日期。请写成 1978-05-12，只知道年月时写成 1978-05。</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="441"/>
        <source>{field}: “{value}” gives no day. Write the full date, e.g. {example}.</source>
        <translation>{field}：“{value}”缺少日。请写出完整日期，例如 {example}。</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="445"/>
        <source>{field}: “{value}” is not a date that exists. Write it as 2008-07-01.</source>
        <translation>{field}：“{value}”不是有效日期。请写成 2008-07-01 这样的格式。</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="485"/>
        <source>born {date}</source>
        <translation>出生于 {date}</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="488"/>
        <source>no birth date or unit</source>
        <translation>未填出生日期和单位</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="508"/>
        <source>No column is mapped to the name: choose it above.</source>
        <translation>没有指定哪一列是姓名：请在上方选择。</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="512"/>
        <source>The name is empty: type it in, or leave this row out.</source>
        <translation>姓名为空：请填写姓名，或不导入这一行。</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="517"/>
        <source>Sex: “{value}” is not 男 or 女. Write 男 or 女, or leave it empty.</source>
        <translation>性别：“{value}”不是“男”或“女”。请填写“男”或“女”，或留空。</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="522"/>
        <source>Category: “{value}” is not a category. Write one of 正式党员, 预备党员, 发展对象, 入党积极分子, 群众.</source>
        <translation>人员类别：“{value}”不是可用的类别。请填写正式党员、预备党员、发展对象、入党积极分子、群众之一。</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="540"/>
        <source>Party group: “{value}” does not exist. Correct the cell, or add the group in Settings first.</source>
        <translation>党小组：“{value}”不存在。请改正这一格，或先在“设置”中添加该党小组。</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="547"/>
        <source>Unit: “{value}” is not one of the branch&apos;s units ({units}). Correct the cell, or add the unit in Settings first.</source>
        <translation>单位：“{value}”不是本支部的单位（{units}）。请改正这一格，或先在“设置”中添加该单位。</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="575"/>
        <source>{problem} Correct the cell.</source>
        <translation>{problem}请改正这一格。</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="587"/>
        <source>{name} is already on the roster ({who}). If this is another person of the same name, give the birth date or unit that tells them apart; otherwise leave this row out.</source>
        <translation>{name}已在名单中（{who}）。如果这是同名的另一个人，请填写能区分两人的出生日期或单位；否则不要导入这一行。</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="594"/>
        <source>{name} is also on line {line}, with nothing to tell the two apart. If they are two people, give their birth dates or units; otherwise leave this row out.</source>
        <translation>第 {line} 行也是{name}，无法区分两人。如果是两个人，请填写各自的出生日期或单位；否则不要导入这一行。</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="601"/>
        <source>There is already a {name} on the roster ({who}); this row adds another person of the same name ({me}).</source>
        <translation>名单中已有{name}（{who}）；这一行将作为同名的另一个人导入（{me}）。</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="617"/>
        <source>{name} is on lines {lines} of the file; each is imported as a separate person, told apart by birth date or unit.</source>
        <translation>文件第 {lines} 行都是{name}；将按出生日期或单位区分，分别作为不同的人导入。</translation>
    </message>
    <message>
        <location filename="../../models/records/roster_import.py" line="639"/>
        <source>Line {line}: {problems}</source>
        <translation>第 {line} 行：{problems}</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <location filename="../../models/vocabulary.py" line="87"/>
        <source>On the roster</source>
        <translation>在册</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="88"/>
        <source>Transferred out</source>
        <translation>转出</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="89"/>
        <source>Mobile</source>
        <translation>流动</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../models/errors.py" line="60"/>
        <source>Please correct these fields:</source>
        <translation>请修改以下内容：</translation>
    </message>
    <message>
        <location filename="../../models/records/branch.py" line="118"/>
        <source>Choose the type of branch.</source>
        <translation>请选择支部类型。</translation>
    </message>
    <message>
        <location filename="../../models/records/branch.py" line="122"/>
        <source>A joint branch covers at most 5 units.</source>
        <translation>联合党支部最多覆盖 5 个单位。</translation>
    </message>
    <message>
        <location filename="../../models/records/branch.py" line="125"/>
        <source>Every unit needs a name.</source>
        <translation>每个单位都需要名称。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="132"/>
        <location filename="../../models/records/branch.py" line="127"/>
        <location filename="../../models/records/campaigns.py" line="109"/>
        <location filename="../../models/records/categories.py" line="130"/>
        <location filename="../../models/records/categories.py" line="185"/>
        <location filename="../../models/records/people.py" line="173"/>
        <source>This record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../models/records/branch.py" line="130"/>
        <source>Every party group needs a name.</source>
        <translation>每个党小组都需要名称。</translation>
    </message>
    <message>
        <location filename="../../models/records/branch.py" line="132"/>
        <source>Two party groups have the same name.</source>
        <translation>有两个党小组名称相同。</translation>
    </message>
    <message>
        <location filename="../../models/records/activities.py" line="189"/>
        <location filename="../../models/records/branch.py" line="264"/>
        <location filename="../../models/records/themes.py" line="66"/>
        <source>Set up the branch first.</source>
        <translation>请先设置支部信息。</translation>
    </message>
    <message>
        <location filename="../../models/records/categories.py" line="126"/>
        <location filename="../../models/records/people.py" line="120"/>
        <source>Choose a category.</source>
        <translation>请选择人员类别。</translation>
    </message>
    <message>
        <location filename="../../models/records/categories.py" line="199"/>
        <source>This change is a stage of member development: delete the stage instead.</source>
        <translation>这一变动是发展党员的一个阶段：请删除该阶段。</translation>
    </message>
    <message>
        <location filename="../../models/records/people.py" line="99"/>
        <source>{field}: at most {count} characters.</source>
        <translation>{field}：最多 {count} 个字。</translation>
    </message>
    <message>
        <location filename="../../models/records/people.py" line="103"/>
        <source>{field}: one line of text.</source>
        <translation>{field}：只能填一行文字。</translation>
    </message>
    <message>
        <location filename="../../models/records/people.py" line="110"/>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <location filename="../../models/records/people.py" line="122"/>
        <source>Sex must be male, female or left empty.</source>
        <translation>性别须为男、女或留空。</translation>
    </message>
    <message>
        <location filename="../../models/records/people.py" line="136"/>
        <source>Full membership cannot come before joining the Party.</source>
        <translation>转正日期不能早于入党日期。</translation>
    </message>
    <message>
        <location filename="../../models/records/people.py" line="144"/>
        <source>The birth date is in the future.</source>
        <translation>出生日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../../models/records/people.py" line="147"/>
        <source>A phone number may hold only digits, +, - and spaces.</source>
        <translation>电话号码只能包含数字、+、- 和空格。</translation>
    </message>
    <message>
        <location filename="../../models/records/people.py" line="154"/>
        <source>On roster since: must come before the next roster change ({date}).</source>
        <translation>在册起始日期：必须早于下一次在册状态变动（{date}）。</translation>
    </message>
    <message>
        <location filename="../../models/records/people.py" line="159"/>
        <source>Enter the date this member joined the Party.</source>
        <translation>请填写该党员的入党日期。</translation>
    </message>
    <message>
        <location filename="../../models/records/people.py" line="335"/>
        <source>Choose a status.</source>
        <translation>请选择状态。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="70"/>
        <source>This field must be text.</source>
        <translation>此项必须是文字。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="48"/>
        <location filename="../../models/records/activity_checks.py" line="73"/>
        <location filename="../../models/records/activity_checks.py" line="192"/>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="51"/>
        <source>Only an organisational life meeting or a democratic appraisal names the year it belongs to.</source>
        <translation>只有组织生活会和民主评议党员可以填写所属年度。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="59"/>
        <source>The year it belongs to must be {year} or {previous}.</source>
        <translation>所属年度须为 {year} 年或 {previous} 年。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="76"/>
        <source>Choose at least one kind of activity.</source>
        <translation>请至少选择一种活动类型。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="78"/>
        <source>Unknown kind of activity.</source>
        <translation>未知的活动类型。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="80"/>
        <source>A kind is chosen twice.</source>
        <translation>有活动类型被重复选择。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="84"/>
        <source>Date: {value} is not a date that exists (use YYYY-MM-DD).</source>
        <translation>日期：{value} 不是存在的日期（格式为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="99"/>
        <source>The end time must be after the start time.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="103"/>
        <source>Hours must be between 0 and 24.</source>
        <translation>时长必须在 0 到 24 小时之间。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="111"/>
        <source>{field} cannot be negative.</source>
        <translation>{field}不能为负数。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="115"/>
        <source>{field} is too large.</source>
        <translation>{field}数值过大。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="119"/>
        <source>The sequence number starts at 1.</source>
        <translation>次数从 1 开始。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="124"/>
        <source>Choose the party group that held this meeting.</source>
        <translation>请选择召开本次会议的党小组。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="135"/>
        <source>A participating unit no longer exists.</source>
        <translation>某个参加单位已不存在。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="151"/>
        <source>{field}: this person was not on the roster on {date}.</source>
        <translation>{field}：此人在 {date} 不在册。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="160"/>
        <source>{name} is listed twice.</source>
        <translation>{name} 被重复列出。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="164"/>
        <source>{name} was not on the roster on {date}.</source>
        <translation>{name} 在 {date} 不在册。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="168"/>
        <source>{name}: choose an attendance status.</source>
        <translation>{name}：请选择出勤状态。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="172"/>
        <source>{name}: give the reason for the absence.</source>
        <translation>{name}：请填写缺席或请假原因。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="176"/>
        <source>{name}: choose the kind of leave (official, sick, personal).</source>
        <translation>{name}：请选择请假类型（公假、病假、事假）。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="180"/>
        <source>{name}: hours must be between 0 and 24.</source>
        <translation>{name}：时长必须在 0 到 24 小时之间。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="190"/>
        <source>Every vote needs the item voted on.</source>
        <translation>每项表决都需要填写表决事项。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="194"/>
        <source>Vote counts cannot be negative.</source>
        <translation>表决票数不能为负数。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="196"/>
        <source>Vote counts are too large.</source>
        <translation>表决票数过大。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="198"/>
        <source>More voters present than members entitled to vote.</source>
        <translation>到会表决人数多于有表决权的人数。</translation>
    </message>
    <message>
        <location filename="../../models/records/activity_checks.py" line="202"/>
        <source>More votes cast than voters present.</source>
        <translation>投票数多于到会表决人数。</translation>
    </message>
    <message>
        <location filename="../../models/records/activities.py" line="172"/>
        <source>This month is closed: its report has been printed. Give a reason for the change; it will be recorded as an amendment.</source>
        <translation>本月已归档（月度报表已打印）。请填写修改原因，修改将作为更正记录在案。</translation>
    </message>
    <message>
        <location filename="../../models/records/identity.py" line="31"/>
        <source>Only a ledger holding one branch can start a new branch; this one holds {count}.</source>
        <translation>只有包含一个支部的台账才能开始新支部；这本台账包含 {count} 个支部。</translation>
    </message>
    <message>
        <location filename="../../models/records/campaigns.py" line="86"/>
        <location filename="../../models/records/campaigns.py" line="98"/>
        <location filename="../../models/records/identity.py" line="40"/>
        <location filename="../../models/records/validation.py" line="19"/>
        <source>{field} is required.</source>
        <translation>{field}为必填项。</translation>
    </message>
    <message>
        <location filename="../../models/records/campaigns.py" line="102"/>
        <location filename="../../models/records/validation.py" line="39"/>
        <source>{field}: {value} is not a date that exists (use YYYY-MM-DD).</source>
        <translation>{field}：{value} 不是存在的日期（格式为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../models/records/validation.py" line="61"/>
        <source>{field}: {value} is not a date that exists (use YYYY-MM-DD, or YYYY-MM when only the month is known).</source>
        <translation>{field}：{value} 不是有效日期（请用 YYYY-MM-DD 格式；只知道年月时用 YYYY-MM）。</translation>
    </message>
    <message>
        <location filename="../../models/records/validation.py" line="70"/>
        <source>{field}: {value} is not a time of day (use HH:MM).</source>
        <translation>{field}：{value} 不是有效的时间（格式为 HH:MM）。</translation>
    </message>
    <message>
        <location filename="../../models/records/themes.py" line="121"/>
        <source>That theme is not on the list.</source>
        <translation>专题列表中没有这个专题。</translation>
    </message>
    <message>
        <location filename="../../models/records/themes.py" line="127"/>
        <source>Give the theme a name.</source>
        <translation>请填写专题名称。</translation>
    </message>
    <message>
        <location filename="../../models/records/themes.py" line="130"/>
        <source>At most {n} characters.</source>
        <translation>最多 {n} 个字。</translation>
    </message>
    <message>
        <location filename="../../models/records/themes.py" line="134"/>
        <source>A name may not start with = + - or @.</source>
        <translation>名称不能以 = + - 或 @ 开头。</translation>
    </message>
    <message>
        <location filename="../../models/records/themes.py" line="140"/>
        <source>There is already a theme {name}.</source>
        <translation>已有专题“{name}”。</translation>
    </message>
    <message>
        <location filename="../../models/records/themes.py" line="197"/>
        <source>A built-in theme can be retired, not deleted.</source>
        <translation>内置专题只能停用，不能删除。</translation>
    </message>
    <message>
        <location filename="../../models/records/themes.py" line="203"/>
        <source>{count} activities carry this theme: retire it instead, so that they keep it.</source>
        <translation>有 {count} 条活动记录标注了这个专题：请改为停用，以便这些记录保留它。</translation>
    </message>
</context>
</TS>
