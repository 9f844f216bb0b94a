"""Shared set-up for the editing tests: a branch with a roster, and generated pictures."""

from __future__ import annotations

import io
from pathlib import Path

from models import services as s


def make_branch(joint: bool = False) -> tuple[s.BranchInfo, dict[str, str]]:
    """A branch with two party groups and four people (three members, one staff member)."""
    units = [s.UnitInput("实验小学"), s.UnitInput("实验幼儿园", has_members=False)] if joint else []
    s.save_branch(
        s.BranchInput(
            name="第一实验小学党支部",
            branch_type="joint" if joint else "single",
            units=units,
            groups=["第一党小组", "第二党小组"],
        )
    )
    info = s.current_branch()
    group = info.groups[0][0]
    people = {
        name: s.save_person(
            s.PersonInput(
                name=name,
                category=category,
                joined_on="2005-07-01" if category != "staff" else None,
                party_group_uuid=group,
                on_roster_since="2020-01-01",
            )
        )
        for name, category in (
            ("张伟", "full_member"),
            ("李娜", "full_member"),
            ("王芳", "probationary"),
            ("赵强", "staff"),
        )
    }
    return info, people


def picture_bytes(width: int, height: int, fmt: str = "PNG") -> bytes:
    """A generated picture (a gradient, so JPEG has something to compress)."""
    from PIL import Image

    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


def picture_file(folder: Path, name: str, width: int = 640, height: int = 480) -> Path:
    path = folder / name
    path.write_bytes(picture_bytes(width, height, "PNG" if name.endswith(".png") else "JPEG"))
    return path
