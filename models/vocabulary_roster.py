"""The 花名册 fields' suggestion lists (民族, 学历) and the ID number's mask; re-exported by
models.vocabulary. The values are stored as written (a 花名册 prints them in Chinese, as official
forms do); the lists only fill the dialog's editable combo boxes. No peewee, no Qt."""

from __future__ import annotations

from models.records.id_number import mask as mask_id_number  # noqa: F401 - re-exported

# The 56 nationalities in the order of GB/T 3304 (汉族 first), then 其他 for anything else
# (外国血统中国籍人士, 穿青人 …): the combo stays editable.
ETHNICITIES = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
    "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
    "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族",
    "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族",
    "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族",
    "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族",
    "基诺族", "其他",
)  # fmt: skip

# 学历 as 党员信息 forms list them (the highest completed).
EDUCATION_LEVELS = (
    "研究生（博士）", "研究生（硕士）", "大学本科", "大学专科", "中等专科", "高中", "初中及以下",
)  # fmt: skip

# The longest a 花名册 text field may be (籍贯 江苏省南京市, 职务 高级教师、教研组长).
ROSTER_TEXT_MAX = 60
