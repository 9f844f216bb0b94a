<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Reports</name>
    <message>
        <location filename="../../models/records/roster.py" line="74"/>
        <source>Give the roster&apos;s date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/roster_data.py" line="33"/>
        <source>Give the roster&apos;s date as YYYY-MM-DD (--on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/roster.py" line="78"/>
        <source>Data fingerprint {fingerprint} · made {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <location filename="../../exports/pdf/roster.py" line="36"/>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="36"/>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="40"/>
        <source>Party member roster of {branch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="46"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="47"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="48"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="49"/>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="50"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="51"/>
        <source>Native place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="52"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="53"/>
        <source>Title / post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="54"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="55"/>
        <source>Joined the Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="56"/>
        <source>Full member since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="57"/>
        <source>Party group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="60"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="61"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="62"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="90"/>
        <location filename="../../exports/xlsx/roster.py" line="51"/>
        <source>mobile member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="100"/>
        <source>As of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="103"/>
        <source>Party members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="104"/>
        <source>Full members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="105"/>
        <source>Probationary members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="110"/>
        <source>No Party member is on the roster that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="123"/>
        <source>Members (full and probationary) on the branch&apos;s roster on that day, by the dated category and roster history: someone transferred out before it is not listed. ID numbers are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="130"/>
        <source>Members (full and probationary) on the branch&apos;s roster on that day, by the dated category and roster history: someone transferred out before it is not listed. Contains ID numbers: keep this copy private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/pdf/roster.py" line="145"/>
        <source>Party member roster, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/roster.py" line="58"/>
        <source>{title} (as of {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/roster.py" line="62"/>
        <source>Party member roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/xlsx/roster.py" line="70"/>
        <source>Full members: {full}; probationary members: {probationary}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../models/records/id_number.py" line="46"/>
        <source>An ID number has 18 characters; this one has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/records/id_number.py" line="50"/>
        <source>An ID number is 17 digits followed by a digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/records/id_number.py" line="54"/>
        <source>Characters 7–14 of an ID number are a birth date; {date} is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/records/id_number.py" line="59"/>
        <source>The last character (the check digit) should be {expected}, not {found}: a digit was probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
