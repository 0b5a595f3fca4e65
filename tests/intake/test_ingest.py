"""`accord ingest`: a news item stored as a source with the extractor's proposals for review;
the same text again stores nothing new; bad input and failures store nothing."""

import io
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from accord.demo.factories import OrganisationFactory
from accord.extraction.sources import read_pasted
from accord.intake import services
from accord.intake.models import Proposal, Source

pytestmark = pytest.mark.django_db

NEWS = (
    "XJTU and Pusan National University sign MoU\n\n"
    "On May 23, Xi'an Jiaotong University (XJTU) signed a memorandum of understanding with "
    "Pusan National University on joint research and student exchange.\n"
)


@pytest.fixture
def news(tmp_path: Path) -> Path:
    OrganisationFactory.create(name="Xi'an Jiaotong University", country="CN",
                               names=[("XJTU", "", "acronym")])  # fmt: skip
    OrganisationFactory.create(name="Pusan National University", country="KR")
    path = tmp_path / "news.txt"
    path.write_text(NEWS, encoding="utf-8")
    return path


def ingest(*args: str) -> str:
    out = io.StringIO()
    call_command("ingest", *args, stdout=out)
    return out.getvalue()


def test_a_source_and_its_proposals_are_stored(news: Path) -> None:
    out = ingest(str(news), "--published", "2015-05-25")
    source = Source.objects.get()
    assert out.startswith(f"Source #{source.pk} stored: XJTU and Pusan National University")
    assert (source.title, source.published, source.kind) == (
        "XJTU and Pusan National University sign MoU", source.published, "text",
    )  # fmt: skip
    assert str(source.published) == "2015-05-25"
    kinds = list(source.proposals.values_list("kind", flat=True))
    assert kinds == ["institution", "institution", "agreement"]
    agreement = source.proposals.get(kind=Proposal.Kind.AGREEMENT)
    assert agreement.status == Proposal.Status.PENDING
    assert agreement.data["date"] == "2015-05-23"
    start, end = agreement.spans[0]
    assert "MoU" in source.text[start:end]  # the headline reports it first
    xjtu = source.proposals.filter(kind=Proposal.Kind.INSTITUTION).first()
    assert xjtu is not None
    # every place the text names it, the headline's acronym included
    assert [source.text[a:b] for a, b in xjtu.spans] == [
        "XJTU", "Xi'an Jiaotong University", "XJTU",
    ]  # fmt: skip


def test_the_same_text_again_stores_nothing_new(news: Path) -> None:
    ingest(str(news))
    out = ingest(str(news))
    assert "Already read as source" in out
    assert Source.objects.count() == 1
    assert Proposal.objects.count() == 3


def test_bad_input_stores_nothing(news: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(CommandError, match=r"empty\.html"):
        ingest(str(empty))
    with pytest.raises(CommandError, match="not a date"):
        ingest(str(news), "--published", "next week")
    assert Source.objects.count() == 0


def test_a_failure_half_way_stores_nothing(news: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    saved: list[object] = []
    real = services.validated_save

    def failing(instance: Any, **kwargs: Any) -> Any:
        if isinstance(instance, Proposal) and saved:
            raise RuntimeError("the database went away")
        saved.append(instance)
        return real(instance, **kwargs)

    monkeypatch.setattr(services, "validated_save", failing)
    with pytest.raises(RuntimeError):
        services.source_ingest(read=read_pasted(NEWS))
    assert Source.objects.count() == 0 and Proposal.objects.count() == 0


def test_organisations_named_only_in_the_background_are_stored_set_aside(
    news: Path, tmp_path: Path
) -> None:
    path = tmp_path / "ranked.txt"
    path.write_text(NEWS + "Both are ranked alongside the University of Delhi.\n", encoding="utf-8")
    out = ingest(str(path), "--published", "2015-05-25")
    assert (
        "Proposals to review: 1 agreement, 2 organisations; set aside, named only: 1 organisation."
        in out
    )
    source = Source.objects.get()
    assert list(
        source.proposals.values_list("data__name", "status").filter(kind="institution")
    ) == [
        ("Xi'an Jiaotong University", "pending"),
        ("Pusan National University", "pending"),
        ("University of Delhi", "aside"),
    ]


def test_agreements_read_but_set_aside_are_stored_set_aside(
    news: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accord.extraction import extract
    from accord.extraction.choice import Model

    # a choice of agreements that keeps none: the memorandum the rules read is stored, set
    # aside, for a reviewer who sees otherwise
    monkeypatch.setattr(
        extract, "shipped_keeper", lambda: Model(("confidence",), (0.0,), -50.0, 0.5)
    )
    out = ingest(str(news), "--published", "2015-05-25")
    assert "set aside, read only: 1 agreement." in out
    (agreement,) = Source.objects.get().proposals.filter(kind="agreement")
    assert agreement.status == Proposal.Status.ASIDE
    assert agreement.data["parties"] == ["Xi'an Jiaotong University", "Pusan National University"]
    assert agreement.confidence < 0.01
