<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Demo</name>
    <message>
        <location filename="../../models/demo/generate.py" line="60"/>
        <source>The number of months must be between 1 and {max}.</source>
        <translation>月数必须在 1 到 {max} 之间。</translation>
    </message>
    <message>
        <location filename="../../models/demo/generate.py" line="69"/>
        <source>a file with this name already exists. The demo never overwrites a file: choose a new file name.</source>
        <translation>同名文件已存在。示例台账不会覆盖已有文件，请换一个新的文件名。</translation>
    </message>
    <message>
        <location filename="../../models/demo/generate.py" line="94"/>
        <source>Wrote a sample ledger to {path}: {branch}, {people} people, {activities} activities from {first} to {last}.</source>
        <translation>已写入示例台账 {path}：{branch}，{people} 人，{first} 至 {last} 共 {activities} 次活动。</translation>
    </message>
    <message>
        <location filename="../../models/demo/generate.py" line="119"/>
        <source>{value} is not a month: write it as YYYY-MM, e.g. 2026-10.</source>
        <translation>{value} 不是有效的月份：请写成 YYYY-MM，例如 2026-10。</translation>
    </message>
</context>
</TS>
