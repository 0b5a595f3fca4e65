"""The cooperation-area taxonomy every agreement draws from.

Codes are stable (intake and imports map phrases to them); names can be reworded. The data
migration `0002_seed_areas` loads this list, and `areas_sync` keeps a database up to date.
"""

from typing import Any, NamedTuple


class AreaSpec(NamedTuple):
    code: str
    name: str
    parent: str = ""


AREAS: tuple[AreaSpec, ...] = (
    AreaSpec("research", "Research"),
    AreaSpec("joint-research", "Joint research", "research"),
    AreaSpec("lab-building", "Joint laboratories and lab building", "research"),
    AreaSpec("innovation-centre", "Innovation centre", "research"),
    AreaSpec("education", "Education"),
    AreaSpec("joint-undergraduate", "Joint undergraduate education", "education"),
    AreaSpec("joint-master", "Joint master / graduate education", "education"),
    AreaSpec("joint-phd", "Joint PhD education", "education"),
    AreaSpec("joint-school", "Joint school / institute", "education"),
    AreaSpec("talent-education", "Talent education and training", "education"),
    AreaSpec("summer-school", "Summer and winter schools", "education"),
    AreaSpec("language-culture", "Language and culture", "education"),
    AreaSpec("mobility", "Mobility"),
    AreaSpec("student-exchange", "Student exchange", "mobility"),
    AreaSpec("staff-exchange", "Faculty and staff exchange", "mobility"),
    AreaSpec("resource-sharing", "Sharing of educational resources"),
    AreaSpec("industry", "Industry and society"),
    AreaSpec("industry-transfer", "Industry–academia collaboration and transfer", "industry"),
    AreaSpec("entrepreneurship", "Entrepreneurship and incubation", "industry"),
    AreaSpec("health", "Medicine and health"),
    AreaSpec("public-health", "Public health", "health"),
    AreaSpec("epidemic-control", "Epidemic and disease control", "health"),
    AreaSpec("medical-data", "Medical big data", "health"),
    AreaSpec("health-policy", "Medical and health policy reform", "health"),
    AreaSpec("clinical", "Clinical cooperation and hospitals", "health"),
    AreaSpec("disciplines", "Disciplines"),
    AreaSpec("design", "Design and industrial design", "disciplines"),
    AreaSpec("engineering", "Engineering", "disciplines"),
    AreaSpec("management", "Management and business", "disciplines"),
    AreaSpec("law", "Law", "disciplines"),
    AreaSpec("aerospace", "Aerospace", "disciplines"),
    AreaSpec("materials", "Materials science", "disciplines"),
    AreaSpec("energy", "Energy", "disciplines"),
    AreaSpec("tourism", "Tourism", "disciplines"),
    AreaSpec("manufacturing", "Advanced manufacturing", "disciplines"),
    AreaSpec("governance", "Alliance governance"),
)


def sync(area_model: Any) -> int:
    """Add and rename areas to match AREAS (never delete: agreements may use them). Takes the
    model class so the data migration can pass its historical model. Returns how many were added."""
    added = 0
    by_code: dict[str, Any] = {}
    for spec in AREAS:
        area, created = area_model.objects.update_or_create(
            code=spec.code, defaults={"name": spec.name, "parent": by_code.get(spec.parent)}
        )
        by_code[spec.code] = area
        added += created
    return added
