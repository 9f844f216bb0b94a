"""An edge-case branch ledger for the document tests: a 46-character branch name, names with rare
characters (𠮷 is CJK Extension B), 30 people, 65 activities in one month, 5,000-character minutes
full of punctuation, and texts with control characters — written through the services, so it is
a ledger the app itself could have made."""

from __future__ import annotations

from pathlib import Path

from models.file.ledger import open_ledger
from models.services import (
    ActivityInput,
    AttendanceInput,
    BranchInput,
    PersonInput,
    save_activity,
    save_branch,
    save_person,
)

MONTH = "2026-09"
LONG_BRANCH = "中共城南区教育局直属机关委员会第九实验小学暨附属幼儿园教职工联合党支部委员会"
RARE_NAMES = ["王𠮷祥", "刘龑", "张堃", "李喆", "阿卜杜热合曼·买买提明"]
PLAIN_NAMES = [
    "张伟", "李娜", "王芳", "刘洋", "陈静", "杨帆", "赵磊", "孙丽", "周杰", "吴敏", "郑强",
    "冯雪", "褚涛", "卫东", "蒋琳", "沈阳", "韩梅", "杨柳", "朱丹", "秦岭", "许晴", "何平",
    "吕颖", "施展", "张三丰",
]  # fmt: skip
REASONS = {3: "住院治疗，已向支部书记请假（附医院证明）", 4: "未请假"}
# A minutes paragraph with every kind of closing and opening punctuation, repeated.
SENTENCE = (
    "会议传达学习了上级文件精神（《关于加强基层党组织建设的意见》），"
    "大家一致认为：要“学思践悟、知行合一”；同时强调，党员要发挥先锋模范作用！"
    "会上，张伟同志指出：「抓好落实、注重实效」。你准备好了吗？"
)


def long_minutes(chars: int = 5000) -> str:
    paragraphs = []
    total = 0
    while total < chars:
        block = SENTENCE * 4
        paragraphs.append(block)
        total += len(block)
    return "\n".join(paragraphs)[:chars]


def build_edge(path: Path) -> dict[str, str]:
    """Write the edge-case ledger at `path`; return person name → uuid."""
    with open_ledger(path, create=True):
        save_branch(BranchInput(name=LONG_BRANCH, groups=["第一党小组", "第二党小组"]))
        people = {}
        for i, name in enumerate(RARE_NAMES + PLAIN_NAMES):
            people[name] = save_person(
                PersonInput(
                    name=name,
                    category="full_member" if i < 24 else ("probationary" if i < 27 else "staff"),
                    joined_on="2010-07-01" if i < 27 else None,
                    on_roster_since="2020-01-01",
                )
            )
        uuids = list(people.values())
        members = uuids[:24]
        kinds_cycle = [
            ["branch_meeting"],
            ["collective_study"],
            ["volunteer"],
            ["theme_day", "volunteer"],
            ["committee_meeting"],
            ["party_lecture"],
            ["staff_study"],
        ]
        for n in range(65):
            day = 1 + n % 30
            kinds = kinds_cycle[n % len(kinds_cycle)]
            volunteer = "volunteer" in kinds
            who = uuids if "staff_study" in kinds else members
            if "committee_meeting" in kinds:
                who = members[:5]
            attendance = [
                AttendanceInput(
                    u,
                    "leave" if k == 3 else ("absent" if k == 4 else "present"),
                    "sick" if k == 3 else "",
                    REASONS.get(k, ""),
                )
                for k, u in enumerate(who)
            ]
            topic = f"第{n + 1}次活动：学习贯彻党的二十届三中全会精神暨“四史”主题教育专题研讨"
            if n == 0:
                topic = "学习\x0b材料\x1b[31m汇编\x00（来自Word的竖向制表符）"
            save_activity(
                ActivityInput(
                    kinds=kinds,
                    date=f"{MONTH}-{day:02d}",
                    start_time=f"{8 + n % 9:02d}:00",
                    end_time=f"{9 + n % 9:02d}:30",
                    location="城南区第九实验小学综合楼三楼党员活动室（多功能报告厅）",
                    topic=topic,
                    host_uuid=members[n % 24],
                    recorder_uuid=members[(n + 1) % 24],
                    agenda="一、传达上级文件精神；二、集中学习；三、交流研讨；四、支部书记总结。",
                    materials="《习近平新时代中国特色社会主义思想学习纲要》第三章",
                    minutes=long_minutes() if n < 2 else SENTENCE,
                    resolutions="会议决定：按时完成各项任务。",
                    service_type="社区环境整治、敬老助残" if volunteer else "",
                    people_served=120 if volunteer else 0,
                    deeds_done=2 if volunteer else 0,
                    attendance=attendance,
                )
            )
    return people
