<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Backups</name>
    <message>
        <location filename="../../models/file/backup.py" line="196"/>
        <source>The ledger is busy; the backup will be made next time.</source>
        <translation>台账正忙，备份将在下次进行。</translation>
    </message>
    <message>
        <location filename="../../models/file/backup.py" line="285"/>
        <source>The ledger {path} is damaged, so no backup was made: the existing backups are kept as they are. Restore the newest good backup from the Backups window.</source>
        <translation>台账 {path} 已损坏，因此没有进行备份：现有备份保持不变。请在“备份”窗口中恢复最近一份完好的备份。</translation>
    </message>
    <message>
        <location filename="../../models/file/backup.py" line="301"/>
        <source>The backup could not be written to {folder} (the disk may be full). The ledger itself is unchanged.</source>
        <translation>无法把备份写入 {folder}（磁盘可能已满）。台账本身没有改动。</translation>
    </message>
    <message>
        <location filename="../../models/file/backup.py" line="315"/>
        <source>The new backup in {folder} did not check out and was removed; the older backups are kept.</source>
        <translation>{folder} 中新建的备份未通过检查，已被删除；较早的备份全部保留。</translation>
    </message>
    <message>
        <location filename="../../models/file/backup.py" line="406"/>
        <source>The backup {path} is damaged and cannot be restored.</source>
        <translation>备份 {path} 已损坏，无法恢复。</translation>
    </message>
    <message>
        <location filename="../../models/file/backup.py" line="415"/>
        <source>The ledger {path} is open in another Branch Ledger window or program. Close it there first, then restore the backup.</source>
        <translation>台账 {path} 正在另一个支部工作台账窗口或程序中打开。请先在那里关闭，再恢复备份。</translation>
    </message>
    <message>
        <location filename="../../models/file/backup.py" line="426"/>
        <source>The backup could not be restored ({error}). The ledger was left as it was.</source>
        <translation>无法恢复备份（{error}）。台账保持原样。</translation>
    </message>
    <message>
        <location filename="../../ui/backups/dialog.py" line="89"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/backups/dialog.py" line="93"/>
        <source>Branch Ledger backs this ledger up by itself when you open it (once a day) and when you close it. It keeps every backup of the last 7 days (at least the last 10), then one a day for 7 days, one a week for 4 weeks and one a month for 12 months.</source>
        <translation>打开台账时（每天一次）和关闭台账时，支部工作台账会自动备份。最近 7 天的每一份备份都会保留（至少保留最近 10 份），此外保留 7 天内每天一份、4 周内每周一份、12 个月内每月一份。</translation>
    </message>
    <message>
        <location filename="../../ui/backups/dialog.py" line="108"/>
        <source>Made on</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../ui/backups/dialog.py" line="109"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/backups/dialog.py" line="110"/>
        <source>Activities</source>
        <translation>活动数</translation>
    </message>
    <message>
        <location filename="../../ui/backups/dialog.py" line="111"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/backups/dialog.py" line="133"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../ui/backups/dialog.py" line="134"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../ui/backups/dialog.py" line="135"/>
        <location filename="../../ui/backups/recovery.py" line="115"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/backups/dialog.py" line="157"/>
        <source>{time} (in the future: the computer&apos;s clock was wrong)</source>
        <translation>{time}（晚于当前时间：当时电脑时钟有误）</translation>
    </message>
    <message>
        <location filename="../../ui/backups/dialog.py" line="163"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../ui/backups/dialog.py" line="176"/>
        <source>Folder: {folder}</source>
        <translation>备份文件夹：{folder}</translation>
    </message>
    <message>
        <location filename="../../ui/backups/dialog.py" line="182"/>
        <source>There are no backups of this ledger yet.</source>
        <translation>此台账还没有备份。</translation>
    </message>
    <message>
        <location filename="../../ui/backups/dialog.py" line="202"/>
        <source>Backup made: {time}.</source>
        <translation>已备份：{time}。</translation>
    </message>
    <message>
        <location filename="../../ui/backups/dialog.py" line="213"/>
        <source>The backup made on {time} is damaged and cannot be restored. Choose another backup.</source>
        <translation>{time} 的备份已损坏，无法恢复。请选择其他备份。</translation>
    </message>
    <message>
        <location filename="../../ui/backups/dialog.py" line="220"/>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/backups/dialog.py" line="227"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../ui/backups/dialog.py" line="229"/>
        <source>Restore the backup made on {time}?</source>
        <translation>恢复 {time} 的备份吗？</translation>
    </message>
    <message>
        <location filename="../../ui/backups/dialog.py" line="234"/>
        <source>The ledger will hold what it held then ({activities} activities, {people} people). Changes made since are not in the backup. The current ledger is first kept beside it as a copy, so nothing is lost.</source>
        <translation>台账将恢复为当时的内容（{activities} 次活动，{people} 人）。此后所做的修改不在该备份中。当前台账会先在旁边另存一份副本，不会丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/backups/dialog.py" line="242"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/backups/dialog.py" line="244"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/backups/dialog.py" line="263"/>
        <source>The backup cannot be read: {error}</source>
        <translation>无法读取该备份：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/backups/dialog.py" line="288"/>
        <source>The backup made on {time} was restored. The ledger it replaced was kept as {aside}.</source>
        <translation>已恢复 {time} 的备份。被替换的台账已保存为 {aside}。</translation>
    </message>
    <message>
        <location filename="../../ui/backups/dialog.py" line="294"/>
        <source>The backup made on {time} was restored.</source>
        <translation>已恢复 {time} 的备份。</translation>
    </message>
    <message>
        <location filename="../../ui/backups/recovery.py" line="54"/>
        <location filename="../../ui/backups/recovery.py" line="148"/>
        <source>Branch Ledger</source>
        <translation>支部工作台账</translation>
    </message>
    <message>
        <location filename="../../ui/backups/recovery.py" line="64"/>
        <source>The ledger “{name}” is damaged</source>
        <translation>台账“{name}”已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/backups/recovery.py" line="76"/>
        <source>Parts of this file can no longer be read, so it cannot be opened.

The newest good backup was made on {time} and holds {activities} activities and {people} people. Records entered after that time are not in it.

Restore this backup? The damaged file is kept beside it as “{aside}”, in case someone can still rescue it.</source>
        <translation>此文件有部分内容已无法读取，因此不能打开。

最近一份完好的备份制作于 {time}，包含 {activities} 次活动、{people} 人。在此之后录入的记录不在其中。

要恢复这份备份吗？损坏的文件会保留在旁边，名为“{aside}”，以便日后设法挽救。</translation>
    </message>
    <message>
        <location filename="../../ui/backups/recovery.py" line="90"/>
        <source>Parts of this file can no longer be read, so it cannot be opened, and no good backup of it was found.

Keep the file as it is (do not delete it). If you sent a copy of the ledger to someone (for example a bureau bundle), ask them for it.</source>
        <translation>此文件有部分内容已无法读取，因此不能打开，而且没有找到它的完好备份。

请保留此文件原样（不要删除）。如果您曾把台账副本发给别人（例如报送包），请向对方索取。</translation>
    </message>
    <message>
        <location filename="../../ui/backups/recovery.py" line="107"/>
        <source>Restore this backup</source>
        <translation>恢复这份备份</translation>
    </message>
    <message>
        <location filename="../../ui/backups/recovery.py" line="112"/>
        <source>Not now</source>
        <translation>暂不恢复</translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="47"/>
        <source>Backups…</source>
        <translation>备份…</translation>
    </message>
</context>
</TS>
