"""Paging: exact counts for small lists, a capped count beyond the limit, and a page
number that never points past what exists."""

import pytest

from accord.core.selectors import paginate
from accord.registry.models import Organisation
from accord.registry.services import organisation_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisations() -> "list[Organisation]":
    return [
        organisation_create(name=f"University {i:02}", country="IT", kind="university")
        for i in range(23)
    ]


def test_an_exact_count_clamps_the_page_to_the_last_one(
    organisations: "list[Organisation]",
) -> None:
    page = paginate(Organisation.objects.order_by("name"), page=9, size=10)
    assert (page.total, page.exact, page.number, page.pages) == (23, True, 3, 3)
    assert [o.name for o in page.items] == ["University 20", "University 21", "University 22"]
    assert page.has_previous and not page.has_next


def test_a_capped_count_says_more_than_and_keeps_a_next_page(
    organisations: "list[Organisation]",
) -> None:
    page = paginate(Organisation.objects.order_by("name"), page=1, size=5, count_limit=10)
    assert (page.total, page.exact, page.number) == (10, False, 1)
    assert page.has_next and len(page.items) == 5


def test_a_page_beyond_the_limit_is_counted_far_enough_to_know_it(
    organisations: "list[Organisation]",
) -> None:
    further = paginate(Organisation.objects.order_by("name"), page=4, size=5, count_limit=10)
    assert (further.total, further.exact, further.number) == (20, False, 4)
    last = paginate(Organisation.objects.order_by("name"), page=5, size=5, count_limit=10)
    assert (last.total, last.exact, last.number, last.has_next) == (23, True, 5, False)
    assert [o.name for o in last.items] == ["University 20", "University 21", "University 22"]
    past = paginate(Organisation.objects.order_by("name"), page=50, size=5, count_limit=10)
    assert (past.total, past.exact, past.number) == (23, True, 5)


def test_a_small_list_under_the_limit_is_exact(organisations: "list[Organisation]") -> None:
    page = paginate(Organisation.objects.order_by("name"), size=50, count_limit=1000)
    assert (page.total, page.exact, page.pages, page.has_next) == (23, True, 1, False)
