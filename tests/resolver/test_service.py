"""The resolver as Accord uses it (`accord.resolver.service`): one index per process, rebuilt
when the registry changes, built in the background for a large registry, and behind the
organisation suggestions. Every string here is one the substring search alone does not find."""

import threading
from typing import Any

import pytest
from django.test import Client

from accord.demo.factories import OrganisationFactory
from accord.registry.models import Organisation, OrgName
from accord.registry.selectors import organisation_suggest, organisation_suggestions
from accord.registry.services import identifier_add, organisation_update, orgname_add
from accord.resolver import service
from accord.resolver.core import Entry, Resolver
from accord.resolver.registry import organisation_ids_by_key, organisations_by_key
from accord.resolver.service import NOT_READY, registry_generation, resolve

pytestmark = pytest.mark.django_db

SUGGEST = "/organisations/suggest/"
POLIMI_ROR = "https://ror.org/01nffqt88"


@pytest.fixture
def registry() -> dict[str, Organisation]:
    polimi = OrganisationFactory.create(
        name="Politecnico di Milano",
        country="IT",
        city="Milan",
        names=[("Polytechnic Institute of Milan", "en", "alias")],
    )
    identifier_add(organisation=polimi, scheme="ror", value=POLIMI_ROR)
    return {
        "polimi": polimi,
        "nust": OrganisationFactory.create(
            name="National University of Sciences and Technology",
            country="PK",
            city="Islamabad",
            names=[("NUST", "", "acronym")],
        ),
        "nust_na": OrganisationFactory.create(
            name="Namibia University of Science and Technology",
            country="NA",
            city="Windhoek",
            names=[("NUST", "", "acronym")],
        ),
        "liverpool": OrganisationFactory.create(
            name="University of Liverpool", country="GB", city="Liverpool"
        ),
        "ljmu": OrganisationFactory.create(
            name="Liverpool John Moores University", country="GB", city="Liverpool"
        ),
    }


def key(organisation: Organisation) -> str:
    return f"accord:{organisation.pk}"


def chosen(text: str, **kwargs: Any) -> Organisation | None:
    """The organisation the resolver chooses for `text`, if it chooses one."""
    resolution = resolve(text, **kwargs)
    if resolution.chosen is None:
        return None
    return organisations_by_key([resolution.chosen])[resolution.chosen]


def test_it_resolves_strings_that_no_substring_search_finds(
    registry: dict[str, Organisation],
) -> None:
    cases = {
        "Polytechnic Inst. of Milan (Italy)": "polimi",
        "Dept. of Physics, Univ. of Liverpool, UK": "liverpool",
        "NUST (Pakistan)": "nust",
        "NUST, Windhoek, Namibia": "nust_na",
    }
    for text, expected in cases.items():
        assert organisation_suggest(q=text) == [], text  # the old suggestions find nothing
        assert chosen(text) == registry[expected], text
    assert resolve("Polytechnic Inst. of Milan (Italy)").chosen == POLIMI_ROR


def test_an_acronym_alone_is_ambiguous_and_names_its_candidates(
    registry: dict[str, Organisation],
) -> None:
    resolution = resolve("Dept. of Physics, NUST")
    assert resolution.chosen is None
    assert {c.key for c in resolution.candidates} == {
        key(registry["nust"]),
        key(registry["nust_na"]),
    }
    # the country given by the caller settles it
    assert chosen("Dept. of Physics, NUST", country="pk") == registry["nust"]


def test_an_organisation_not_in_the_registry_gets_nothing(
    registry: dict[str, Organisation],
) -> None:
    resolution = resolve("Atlantis Polytechnic of the Deep Sea")
    assert (resolution.chosen, resolution.candidates) == (None, [])


def test_a_name_added_renamed_or_removed_is_seen_by_the_next_call(
    registry: dict[str, Organisation],
) -> None:
    polimi = registry["polimi"]
    text = "School of Design, PoliMi Bovisa, Italy"
    assert chosen(text) is None
    before = registry_generation()
    name = orgname_add(organisation=polimi, value="PoliMi Bovisa", type=OrgName.Type.ALIAS)
    assert registry_generation() != before
    assert chosen(text) == polimi
    # an edit of an existing row (no new id) is a new generation too
    renamed = registry_generation()
    name.value = "PoliMi Leonardo"
    name.save()
    assert registry_generation() != renamed
    assert chosen(text) is None
    assert chosen("School of Design, PoliMi Leonardo, Italy") == polimi
    # and so is a removal
    name.delete()
    assert chosen("School of Design, PoliMi Leonardo, Italy") is None
    # an organisation's display name
    organisation_update(organisation=registry["ljmu"], name="John Moores University of Liverpool")
    assert chosen("John Moores Univ. of Liverpool, UK") == registry["ljmu"]


def test_the_index_is_built_once_per_state_of_the_registry(
    registry: dict[str, Organisation], monkeypatch: pytest.MonkeyPatch
) -> None:
    builds = []
    build = service.registry_resolver

    def counted() -> Resolver:
        builds.append(1)
        return build()

    monkeypatch.setattr(service, "registry_resolver", counted)
    for _ in range(3):
        assert chosen("NUST (Pakistan)") == registry["nust"]
    assert len(builds) == 1
    orgname_add(organisation=registry["nust"], value="NUST Islamabad")
    assert chosen("NUST (Pakistan)") == registry["nust"]
    assert len(builds) == 2


def test_a_large_registry_is_indexed_in_the_background_meanwhile_substrings_still_suggest(
    registry: dict[str, Organisation], monkeypatch: pytest.MonkeyPatch, settings: Any
) -> None:
    settings.ACCORD_RESOLVER_SYNC_BELOW = 1  # every registry counts as large
    release = threading.Event()
    builds = []
    liverpool = registry["liverpool"]

    def slow(name: str = "University of Liverpool") -> Resolver:
        builds.append(name)
        assert release.wait(10), "the test never released the build"
        return Resolver([Entry(key=key(liverpool), name=name, country="GB")])

    monkeypatch.setattr(service, "registry_resolver", slow)
    text = "Univ. of Liverpool, UK"
    for _ in range(3):  # while the index is built: no answer, and only one build
        assert resolve(text).reason == NOT_READY
    assert len(builds) == 1
    # the substring suggestions still work meanwhile
    assert [s.organisation for s in organisation_suggestions(q="university of liverpool")] == [
        liverpool
    ]
    assert organisation_suggestions(q=text) == []
    release.set()
    assert service._state.building is not None
    service._state.building.join(10)
    assert resolve(text).chosen == key(liverpool)

    # a change: the index before it answers until the next one is ready
    release.clear()
    monkeypatch.setattr(service, "registry_resolver", lambda: slow("Prifysgol Lerpwl"))
    orgname_add(organisation=liverpool, value="Prifysgol Lerpwl", language="cy")
    assert resolve(text).chosen == key(liverpool)
    assert builds == ["University of Liverpool", "Prifysgol Lerpwl"]
    release.set()
    service._state.building.join(10)
    assert resolve("Prifysgol Lerpwl, UK").chosen == key(liverpool)
    assert resolve(text).chosen is None  # the test's second index lacks that name


def test_a_failed_build_falls_back_and_is_tried_again_later(
    registry: dict[str, Organisation], monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts = []
    build = service.registry_resolver

    def broken() -> Resolver:
        attempts.append(1)
        raise MemoryError("no room for the index")

    monkeypatch.setattr(service, "registry_resolver", broken)
    assert resolve("NUST (Pakistan)").reason == NOT_READY
    assert resolve("NUST (Pakistan)").reason == NOT_READY
    assert len(attempts) == 1  # not on every keystroke
    monkeypatch.setattr(service, "registry_resolver", build)
    assert resolve("NUST (Pakistan)").reason == NOT_READY  # still waiting to try again
    monkeypatch.setattr(service, "RETRY_AFTER_SECONDS", 0.0)
    assert chosen("NUST (Pakistan)") == registry["nust"]


def test_turned_off_the_suggestions_match_substrings_only(
    client: Client, registry: dict[str, Organisation], settings: Any
) -> None:
    assert "National University of Sciences" in client.get(SUGGEST, {"q": "NUST (Pakistan)"}).text
    settings.ACCORD_RESOLVER = False
    assert resolve("NUST (Pakistan)").reason == NOT_READY
    assert "No organisation in the registry has a name like this" in (
        client.get(SUGGEST, {"q": "NUST (Pakistan)"}).text
    )


def test_keys_lead_back_to_organisations(registry: dict[str, Organisation]) -> None:
    polimi, nust = registry["polimi"], registry["nust"]
    keys = [POLIMI_ROR, key(nust), "https://ror.org/0nothere0", "accord:999999", "accord:x"]
    assert organisations_by_key(keys) == {POLIMI_ROR: polimi, key(nust): nust}
    assert organisation_ids_by_key(keys) == {POLIMI_ROR: polimi.pk, key(nust): nust.pk}
    assert organisations_by_key([]) == {}
    # an organisation merged away since the index was built is not handed out
    Organisation.objects.filter(pk=nust.pk).update(status="merged", merged_into=polimi)
    assert organisations_by_key([key(nust)]) == {}


# The suggestions endpoint


def test_the_suggestions_offer_what_the_resolver_finds_with_its_reason(
    client: Client, registry: dict[str, Organisation]
) -> None:
    polimi = registry["polimi"]
    text = "Polytechnic Inst. of Milan (Italy)"
    page = client.get(SUGGEST, {"q": text}).text
    assert f'<a href="/organisations/{polimi.pk}/">Politecnico di Milano</a>' in page
    assert "best match" in page and "“Polytechnic Inst. of Milan” is one of its names" in page
    options = client.get(SUGGEST, {"q": text, "as": "options"}).text
    assert options.count("<option") == 1
    assert f'<option value="Politecnico di Milano · IT · #{polimi.pk}">' in options
    # the plain alias: found by both, offered once
    options = client.get(SUGGEST, {"q": "Polytechnic Institute of Milan", "as": "options"}).text
    assert options.count("<option") == 1 and f"#{polimi.pk}" in options


def test_the_one_the_resolver_chooses_comes_before_other_substring_matches(
    client: Client, registry: dict[str, Organisation]
) -> None:
    liverpool, ljmu = registry["liverpool"], registry["ljmu"]
    # by name alone, Liverpool John Moores University comes first
    assert organisation_suggest(q="Liverpool University") == [ljmu, liverpool]
    suggestions = organisation_suggestions(q="Liverpool University")
    assert [(s.organisation, s.chosen) for s in suggestions] == [(liverpool, True), (ljmu, False)]
    options = client.get(SUGGEST, {"q": "Liverpool University", "as": "options"}).text
    assert options.index(f"#{liverpool.pk}") < options.index(f"#{ljmu.pk}")


def test_candidates_the_resolver_is_not_sure_of_are_offered_without_a_best_match(
    client: Client, registry: dict[str, Organisation]
) -> None:
    page = client.get(SUGGEST, {"q": "Dept. of Physics, NUST"}).text
    assert "National University of Sciences and Technology" in page
    assert "Namibia University of Science and Technology" in page
    assert "best match" not in page and "ambiguous without context" in page
