"""The sample roster's 花名册 fields (民族, 籍贯, 学历, 职称/职务, 身份证号), realistic for a
school's teachers. Each person's values come from a random.Random of their own (seeded by the
branch's name and their own), so filling them never shifts the other random choices of the demo.
About two in three members have an ID number on file (the field is optional); every number is
valid (GB 11643: address code, the person's birth date, a sequence odd for men and even for
women, the check character)."""

from __future__ import annotations

import random
from typing import Any

from models.records.id_number import check_char

NATIVE_PLACES = (
    ("江苏南京", "320104"), ("江苏苏州", "320505"), ("江苏扬州", "321002"),
    ("江苏徐州", "320302"), ("安徽合肥", "340104"), ("山东临沂", "371302"),
    ("浙江杭州", "330106"), ("江苏南通", "320602"), ("河南信阳", "411502"),
)  # fmt: skip
ETHNIC_MIX = ("汉族",) * 22 + ("回族", "满族", "蒙古族", "壮族")
EDUCATION_MIX = ("大学本科",) * 7 + ("研究生（硕士）",) * 2 + ("大学专科",)
TITLES = ("二级教师", "一级教师", "一级教师", "高级教师")
POSTS = ("班主任", "年级组长", "教研组长", "教导主任", "")


def id_number_for(rng: random.Random, code: str, birth: str, sex: str) -> str:
    """A valid 18-character number for someone born on `birth` (YYYY-MM[-DD])."""
    day = birth[8:10] if len(birth) >= 10 else f"{rng.randint(1, 28):02d}"
    sequence = rng.randint(10, 99) * 10 + rng.choice(
        (1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8)
    )
    first17 = f"{code}{birth[:4]}{birth[5:7]}{day}{sequence:03d}"
    return first17 + check_char(first17)


def fill_roster_fields(people: list[Any], seed: object, leaders: list[Any] | None = None) -> None:
    """Set ethnicity, native_place, education, job_title and id_number on each DemoPerson."""
    for p in people:
        rng = random.Random(f"roster:{seed}:{p.id}:{p.name}")
        place, code = rng.choice(NATIVE_PLACES)
        p.ethnicity = rng.choice(ETHNIC_MIX)
        p.native_place = place
        p.education = rng.choice(EDUCATION_MIX)
        title = rng.choice(TITLES)
        post = "校长" if leaders and p is leaders[0] else rng.choice(POSTS)
        p.job_title = f"{title}、{post}" if post else title
        if p.birth_date and rng.random() < 0.67:
            p.id_number = id_number_for(rng, code, p.birth_date, p.sex)
