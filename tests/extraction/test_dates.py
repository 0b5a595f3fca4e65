"""Date expressions in news text: what each resolves to against the publication date, and
exactly where it is."""

import json
from datetime import date
from pathlib import Path

import pytest

from accord.extraction.dates import DateMention, dateline, find_dates, publication_date
from tests.shared import shared_dir

SAMPLES = (shared_dir() or Path("/nonexistent")) / "samples"


def only(text: str, published: date | None = None) -> DateMention:
    """The one date mention of `text`, checked to be exactly where it says it is."""
    found = find_dates(text, published=published)
    assert len(found) == 1, found
    mention = found[0]
    assert text[mention.start : mention.end] == mention.text
    return mention


def spans(text: str, published: date | None = None) -> list[tuple[str, date | None]]:
    return [(m.text, m.value) for m in find_dates(text, published=published)]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("signed on May 23, 2015 at XJTU", "May 23, 2015"),
        ("signed on 23 May 2015 at XJTU", "23 May 2015"),
        ("signed on 2015-05-23 at XJTU", "2015-05-23"),
        ("signed on 23.05.2015 at XJTU", "23.05.2015"),
        ("signed on May 23rd, 2015 at XJTU", "May 23rd, 2015"),
        ("signed on the 23rd of May, 2015 at XJTU", "23rd of May, 2015"),
        ("signed on 23rd May 2015 at XJTU", "23rd May 2015"),
        ("signed on Sept. 5, 2015 at XJTU", "Sept. 5, 2015"),
        ("SIGNED ON MAY 23, 2015", "MAY 23, 2015"),
        ("signed on 23, May 2015 at XJTU", "23, May 2015"),
    ],
)
def test_a_full_date_is_taken_as_it_is_written(text: str, written: str) -> None:
    mention = only(text, published=date(2019, 1, 1))
    assert mention.text == written
    assert mention.start == text.index(written)
    assert mention.value == (date(2015, 9, 5) if "Sept" in text else date(2015, 5, 23))
    assert (mention.precision, mention.kind) == ("day", "absolute")


def test_a_day_and_month_take_the_publication_year() -> None:
    mention = only("On May 23, following the opening ceremony", published=date(2015, 5, 25))
    assert (mention.text, mention.start, mention.end) == ("May 23", 3, 9)
    assert (mention.value, mention.precision, mention.kind) == (date(2015, 5, 23), "day", "partial")
    assert only("on the 23rd of May", published=date(2015, 6, 1)).value == date(2015, 5, 23)
    assert only("signed on November 14.", published=date(2018, 11, 20)).value == date(2018, 11, 14)


def test_a_day_and_month_without_a_publication_date_have_no_value() -> None:
    mention = only("signed on November 14.")
    assert (mention.text, mention.value, mention.kind) == ("November 14", None, "partial")


def test_a_day_and_month_far_from_the_publication_date_fall_in_the_neighbouring_year() -> None:
    assert only("signed on December 28", published=date(2016, 1, 4)).value == date(2015, 12, 28)
    assert only("to be signed on January 5", published=date(2015, 12, 20)).value == date(2016, 1, 5)
    # half a year away is still the publication year
    assert only("on December 1", published=date(2015, 6, 1)).value == date(2015, 12, 1)


def test_a_weekday_is_the_last_such_day_on_or_before_the_publication_date() -> None:
    tuesday = date(2016, 12, 6)
    mention = only("A memorandum was signed on Monday by the two", published=tuesday)
    assert (mention.text, mention.value) == ("Monday", date(2016, 12, 5))
    assert (mention.precision, mention.kind) == ("day", "relative")
    assert only("signed on Tuesday", published=tuesday).value == tuesday
    assert only("signed on Wednesday", published=tuesday).value == date(2016, 11, 30)
    assert only("signed last Tuesday", published=tuesday).value == date(2016, 11, 29)
    assert only("will sign next Friday", published=tuesday).value == date(2016, 12, 9)
    assert only("signed last Tuesday", published=tuesday).text == "last Tuesday"


def test_a_weekday_without_a_publication_date_has_no_value() -> None:
    mention = only("AIOU hosted a delegation from China on Sunday.")
    assert (mention.text, mention.value, mention.kind) == ("Sunday", None, "relative")


def test_yesterday_and_today_count_from_the_publication_date() -> None:
    published = date(2021, 3, 10)
    assert spans("Yesterday the rector met them; today they sign.", published) == [
        ("Yesterday", date(2021, 3, 9)),
        ("today", published),
    ]


def test_this_morning_last_night_and_este_mediodia_count_from_the_publication_date() -> None:
    published = date(2022, 7, 1)
    assert spans("This morning they signed; last night they dined.", published) == [
        ("This morning", published),
        ("last night", date(2022, 6, 30)),
    ]
    assert spans("Este mediodía firmaron una carta de intención.", published) == [
        ("Este mediodía", published)
    ]


def test_an_explicit_date_wins_over_the_weekday_next_to_it() -> None:
    # 23 May 2017 was a Tuesday; the text says Monday
    mention = only("signed on Monday, May 23, 2017 in Rome", published=date(2017, 5, 30))
    assert (mention.text, mention.value) == ("Monday, May 23, 2017", date(2017, 5, 23))
    # 8 August 2017 was a Tuesday; the text says Thursday
    text = "On August 8th 2017 (Thursday), the University of Guam hosted a ceremony"
    mention = only(text, published=date(2017, 12, 22))
    assert (mention.text, mention.value) == ("August 8th 2017 (Thursday)", date(2017, 8, 8))
    assert mention.kind == "absolute"
    mention = only("el lunes 22 de mayo", published=date(2017, 6, 1))
    assert (mention.text, mention.value) == ("lunes 22 de mayo", date(2017, 5, 22))


@pytest.mark.parametrize(
    ("text", "written", "precision", "kind"),
    [
        ("the two universities recently signed the memorandum", "recently", "none", "relative"),
        ("the delegation came last week", "last week", "none", "relative"),
        ("more exchanges this year", "this year", "year", "relative"),
        ("the agreement signed last month", "last month", "month", "relative"),
        ("a visit in June", "June", "month", "month"),
        ("signed in late May 2012", "late May 2012", "month", "month"),
        ("signed in mid-June", "mid-June", "month", "month"),
        ("concluded in 1988", "1988", "year", "year"),
        ("from 2015 to 2018", "2015 to 2018", "year", "year"),
        ("in the summer of 2015", "2015", "year", "year"),
        ("firmado a finales de mayo de 2012", "finales de mayo de 2012", "month", "month"),
        ("firmado el año pasado", "el año pasado", "year", "relative"),
    ],
)
def test_times_without_a_day_have_no_value_and_say_what_they_give(
    text: str, written: str, precision: str, kind: str
) -> None:
    mention = only(text, published=date(2020, 7, 1))
    assert mention.text == written
    assert mention.start == text.index(written)
    assert (mention.value, mention.precision, mention.kind) == (None, precision, kind)


def test_spanish_dates() -> None:
    published = date(2015, 6, 3)  # a Wednesday
    mention = only("firmado el 23 de mayo de 2015 en Madrid", published)
    assert (mention.text, mention.value, mention.kind) == (
        "23 de mayo de 2015",
        date(2015, 5, 23),
        "absolute",
    )
    assert spans("firmaron el lunes un convenio", published) == [("lunes", date(2015, 6, 1))]
    assert spans("firmaron el pasado lunes", published) == [("pasado lunes", date(2015, 6, 1))]
    assert spans("firmaron el 2 de junio", published) == [("2 de junio", date(2015, 6, 2))]
    # a saint's name and opening hours are no day of the news
    assert spans("en Santo Domingo, de lunes a viernes", published) == []


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("held on May 23-25, 2015 in Xi'an", "May 23-25, 2015", date(2015, 5, 23)),
        ("held from 23 to 25 May in Xi'an", "23 to 25 May", date(2015, 5, 23)),
        ("held 23–25 May 2015", "23–25 May 2015", date(2015, 5, 23)),
        ("held May 30 – June 2, 2015", "May 30 – June 2, 2015", date(2015, 5, 30)),
        ("held 30 May - 2 June 2015", "30 May - 2 June 2015", date(2015, 5, 30)),
        ("held December 30 – January 2, 2016", "December 30 – January 2, 2016", date(2015, 12, 30)),
        ("del 23 al 25 de mayo de 2015", "23 al 25 de mayo de 2015", date(2015, 5, 23)),
    ],
)
def test_a_range_is_its_first_day_and_the_span_covers_it(
    text: str, written: str, value: date
) -> None:
    mention = only(text, published=date(2015, 6, 1))
    assert (mention.text, mention.start, mention.value) == (written, text.index(written), value)


def test_dates_that_do_not_exist_are_no_dates() -> None:
    assert spans("signed on February 30, 2015") == []
    assert spans("signed on 31 April 2016") == []
    assert spans("signed on February 29, 2015") == []
    assert spans("signed on 30.02.2015") == []
    assert spans("signed on February 29, 2016") == [("February 29, 2016", date(2016, 2, 29))]


def test_numbers_and_words_that_are_not_dates() -> None:
    text = (
        "At 3pm, 2000 students and the universities may sign a ten-year MoU, a 30-year "
        "partnership in the 4th industry; 12 months at each; version 10.0.0.1; Theresa May said."
    )
    assert spans(text, published=date(2020, 1, 1)) == []
    # an ordinal of a floor or an anniversary is no day of the month
    text = "They met in the room on the 5th floor and on the 10th anniversary of the centre."
    assert spans(text, published=date(2023, 6, 2)) == []
    assert spans("They signed it on the 2nd.", published=date(2023, 6, 5)) == [
        ("2nd", date(2023, 6, 2))
    ]


def test_a_numeric_date_that_reads_both_ways_has_no_value() -> None:
    assert spans("on 05/23/2015 and 23/05/2015") == [
        ("05/23/2015", date(2015, 5, 23)),
        ("23/05/2015", date(2015, 5, 23)),
    ]
    mention = only("on 03/04/2015")
    assert (mention.value, mention.precision) == (None, "day")
    # nor when the news is read far from either reading
    assert spans("On 6/7/2020 they met.", published=date(2025, 5, 5)) == [("6/7/2020", None)]


def test_a_numeric_date_that_reads_both_ways_is_the_one_its_weekday_or_the_news_tells() -> None:
    # 4 May 2025 was a Sunday, 5 April a Saturday
    assert spans("On Sunday 4/5/2025, the two universities signed.") == [
        ("Sunday 4/5/2025", date(2025, 5, 4))
    ]
    assert spans("El domingo, 4/5/2025 se firmó el convenio.") == [
        ("domingo, 4/5/2025", date(2025, 5, 4))
    ]
    # a weekday neither reading falls on tells nothing
    assert spans("On Monday 4/5/2025, they signed.") == [("Monday 4/5/2025", None)]
    # news tells what just happened: the reading in the two weeks before it
    assert spans("On 4/5/2025, they signed.", published=date(2025, 5, 6)) == [
        ("4/5/2025", date(2025, 5, 4))
    ]
    assert spans("On 5/4/2025, they signed.", published=date(2025, 5, 6)) == [
        ("5/4/2025", date(2025, 5, 4))
    ]


def test_every_mention_is_exactly_where_it_says() -> None:
    text = (
        "BEIJING, May 25 (Xinhua) -- On Monday, May 22, the two sides met; in June 2015 and "
        "\u00e9t\u00e9 2016, recently, el 3 de junio; 2015年5月23日, yesterday and late May."
    )
    found = find_dates(text, published=date(2017, 5, 25))
    assert [m.text for m in found] == [
        "May 25",
        "Monday, May 22",
        "June 2015",
        "recently",
        "3 de junio",
        "2015年5月23日",
        "yesterday",
        "late May",
    ]
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
    assert [m.start for m in found] == sorted(m.start for m in found)


def test_the_publication_date_under_the_title() -> None:
    text = "XJTU signed agreements\n\n2015-05-25\u00a0\u00a0[]\n\nOn May 23, the universities met."
    assert publication_date(text) == (date(2015, 5, 25), 24, 34)
    assert text[24:34] == "2015-05-25"
    text = "A title\n\nPublished: 12 August 2017\n\nThe body."
    found = publication_date(text, title="A title")
    assert found is not None
    assert found[0] == date(2017, 8, 12)
    assert text[found[1] : found[2]] == "12 August 2017"
    # other labels news sites give it, a time after it
    for label in ("Date Added: ", "Fecha de publicación: "):
        text = f"A title\n\n{label}22 May 2016, 20:25\n\nThe body."
        found = publication_date(text, title="A title")
        assert found is not None and found[0] == date(2016, 5, 22), label


def test_the_publication_date_from_a_dateline() -> None:
    text = "New Delhi, 25 May 2021: The University of Leeds signed six MoUs."
    assert publication_date(text) == (date(2021, 5, 25), 11, 22)
    # a dateline without a year gives no publication date, but is a dateline
    text = "BEIJING, May 25 (Xinhua) -- A memorandum was signed on Monday."
    assert publication_date(text) is None
    found = dateline(text, published=date(2016, 5, 26))
    assert found is not None
    assert (found.text, found.start, found.value) == ("May 25", 9, date(2016, 5, 25))
    # an agency's dateline with the report right after it, no dash or colon
    found = dateline("Guwahati, Mar 5 (PTI) The institute signed an MoU.", published=None)
    assert found is not None and found.text == "Mar 5"
    assert dateline("Guwahati, Mar 5 (PTI) and more", published=None) is None
    # the date in brackets after the place
    found = dateline("SIBU (Feb 25): UTS and PMB signed an MoU here yesterday.", published=None)
    assert found is not None and (found.text, found.start) == ("Feb 25", 6)


def test_a_first_sentence_with_a_date_is_no_publication_date() -> None:
    assert publication_date("On May 23, 2015, XJTU signed 17 MOUs - and more.") is None
    assert publication_date("In 2015 XJTU signed 17 MOUs.\n\nPublished in the body") is None
    assert dateline("On May 23, 2015: XJTU signed 17 MOUs.") is None


def _press_dev() -> list[Path]:
    folder = SAMPLES / "press-dev"
    if not folder.is_dir():
        pytest.skip("the shared samples are not beside this clone")
    return sorted(folder.glob("*.json"))


def test_the_seed_item_was_published_on_2015_05_25() -> None:
    seed = SAMPLES / "seed-xjtu-uansr-2015-05-25.txt"
    if not seed.is_file():
        pytest.skip("the shared samples are not beside this clone")
    found = publication_date(seed.read_text(encoding="utf-8"))
    assert found is not None
    assert found[0] == date(2015, 5, 25)


def test_every_gold_date_of_the_press_dev_items_is_found() -> None:
    for path in _press_dev():
        item = json.loads(path.read_text(encoding="utf-8"))
        published = date.fromisoformat(item["published"]) if item["published"] else None
        values = {m.value for m in find_dates(item["text"], published=published)}
        gold = item["gold"]
        for record in [*gold["agreements"], *gold["events"]]:
            if record.get("date"):
                assert date.fromisoformat(record["date"]) in values, (path.name, record)


def test_a_weekday_after_a_place_is_a_dateline_and_a_signing_day_is_counted_from_it() -> None:
    text = "Lahore, Tuesday: The two universities signed an MoU on Monday."
    found = dateline(text, published=date(2022, 11, 9))
    assert found is not None
    assert (found.text, found.value) == ("Tuesday", date(2022, 11, 8))
    assert dateline("Tuesday: the universities met.", published=date(2022, 11, 9)) is None


def test_a_day_counted_from_the_occasion_the_text_dated() -> None:
    text = (
        "The Board met at its 39th Meeting, held on 21–22 November 2024 in Kuala Lumpur. The "
        "decision was taken on the second day of the meeting. El foro se celebró el 5 de mayo "
        "de 2024 y el segundo día del foro se firmaron los convenios. On the first day of the "
        "visit nothing was signed."
    )
    assert spans(text, date(2024, 12, 1)) == [
        ("21–22 November 2024", date(2024, 11, 21)),
        ("on the second day of the meeting", date(2024, 11, 22)),
        ("5 de mayo de 2024", date(2024, 5, 5)),
        ("el segundo día del foro", date(2024, 5, 6)),
        ("On the first day of the visit", None),
    ]


def test_days_counted_from_a_day_given_before_or_after_in_the_sentence() -> None:
    text = (
        "The delegation arrived in Hangzhou on November 11. Two days later, it travelled to "
        "Leuven. The signing took place on the first day of a two-day visit to NTNU on 11–12 "
        "June 2024. The Council met on 26–27 September 2024. On the first day, the Council "
        "approved two applications."
    )
    assert spans(text, date(2024, 11, 22)) == [
        ("November 11", date(2024, 11, 11)),
        ("Two days later", date(2024, 11, 13)),
        ("on the first day of a two-day visit", date(2024, 6, 11)),
        ("11–12 June 2024", date(2024, 6, 11)),
        ("26–27 September 2024", date(2024, 9, 26)),
        ("On the first day", date(2024, 9, 26)),
    ]


def test_on_the_first_day_after_a_paragraph_about_the_meeting() -> None:
    text = (
        "The Association held its annual Council meeting at Harbin Institute of Technology on "
        "26-27 September 2024. Rectors, presidents and vice-presidents of 46 member "
        "universities took part, in person or online.\n\nThe meeting was co-chaired by the "
        "President of HIT and the Rector of Bauman Moscow State Technical University. Since HIT "
        "and BMSTU founded the Association in 2011, it has grown into the largest network of "
        "engineering universities of the two countries, with members in forty cities.\n\nNew "
        "members\nOn the first day, the Council approved two applications."
    )
    assert spans(text, date(2024, 10, 8))[-1] == ("On the first day", date(2024, 9, 26))


def test_a_day_and_month_written_with_dots_takes_the_year_of_the_news() -> None:
    found = find_dates(
        "It was signed on 13.2. in Brno, on 13.2.2024 before, in section 4.2. here",
        published=date(2025, 2, 14),
    )
    assert [(d.text, d.value) for d in found] == [
        ("13.2.", date(2025, 2, 13)), ("13.2.2024", date(2024, 2, 13)),
    ]  # fmt: skip
    (late,) = find_dates("signed on 20.12.", published=date(2025, 2, 14))
    assert late.value == date(2024, 12, 20)  # not a day still to come


def test_a_dateline_with_the_hijri_date_first_and_the_agency_after_a_comma() -> None:
    found = dateline("Abha, Jumada Al-Awwal 11, 1446, November 13, 2024, SPA -- KKU signed")
    assert found is not None and found.value == date(2024, 11, 13)


def test_a_dateline_of_a_place_in_capitals_ended_by_a_full_stop() -> None:
    text = "BAKU, Azerbaijan, September 25. Speaking at the summit, the rector said …"
    found = dateline(text, published=date(2025, 9, 25))
    assert found is not None and found.value == date(2025, 9, 25)
    # not a place written as words of a sentence are
    assert dateline("Baku, September 25. Speaking at …", published=date(2025, 9, 25)) is None
    assert dateline("In May, September 25. It was …", published=date(2025, 9, 25)) is None


def test_a_range_of_days_is_marked_as_one() -> None:
    found = find_dates("The visit ran from 5 to 8 April; the MoU was signed on 7 April.",
                       published=date(2025, 4, 10))  # fmt: skip
    assert [(d.value, d.days) for d in found] == [
        (date(2025, 4, 5), True), (date(2025, 4, 7), False),
    ]  # fmt: skip


def test_a_day_written_on_to_its_month_before_a_year() -> None:
    assert only("A Memorandum was signed on March19, 2019 at the office.").value == date(
        2019, 3, 19
    )
    # not a year written on to a month, nor a day without a year
    assert find_dates("in May2015 they met; the March10 meeting") == []


def test_a_day_alone_is_the_day_of_that_number_told_before() -> None:
    text = (
        "The alliance will sign, on November 24, a series of agreements. A public ceremony in "
        "New Delhi on the 24th at 11 a.m. will be the setting for the signing."
    )
    found = find_dates(text, published=date(2010, 11, 22))
    assert [d.value for d in found] == [date(2010, 11, 24), date(2010, 11, 24)]
    # without a day of that number before, the month the news is in (or the one before)
    found = find_dates("A ceremony was held on the 20th.", published=date(2010, 11, 22))
    assert [d.value for d in found] == [date(2010, 11, 20)]


def test_today_is_the_day_the_text_gives_right_after_it() -> None:
    published = date(2022, 9, 19)
    for text, day in (
        ("A and B have signed a memorandum today, September 15, at AUS.", date(2022, 9, 15)),
        ("Firmaron hoy, lunes 9 de junio de 2014, un convenio.", date(2014, 6, 9)),
        ("The deal was signed today, Monday, 12 September.", date(2022, 9, 12)),
        ("The deal was signed today.", published),
        ("The deal was signed today, and the visit ends on 25 September.", published),
    ):
        today = find_dates(text, published=published)[0]
        assert (text[today.start : today.end].lower() in ("today", "hoy"), today.value) == (
            True,
            day,
        ), text


def test_a_weekday_before_a_numeric_date_in_brackets_tells_its_reading() -> None:
    # 11 October 2023 was a Wednesday, 10 November 2023 a Friday
    (day,) = find_dates("They signed an MoU on Wednesday (11/10/2023).")
    assert (day.text, day.value) == ("Wednesday (11/10/2023)", date(2023, 10, 11))


def test_a_date_and_time_in_brackets_under_the_title_is_the_publication_date() -> None:
    text = (
        "Hue University continues cooperation with BBB Korea\n(24-10-2022 16:35)\n"
        "On October 21, 2022, the two signed a renewed memorandum."
    )
    found = publication_date(text)
    assert found is not None and found[0] == date(2022, 10, 24)


def test_a_day_right_after_an_abbreviated_month_s_full_stop() -> None:
    published = date(2017, 12, 22)
    (day,) = find_dates("The ceremony took place at the university on Dec.21.", published=published)
    assert (day.text, day.value) == ("Dec.21", date(2017, 12, 21))
    (days,) = find_dates("The delegation visited from Dec.16 to Dec.19, 2019.", published=published)
    assert (days.value, days.days) == (date(2019, 12, 16), True)


def test_a_day_without_its_year_in_the_month_of_a_full_date_before_is_in_its_year() -> None:
    text = (
        "The delegation visited Korea from 16 to 19 December 2019. On 17 December it went to Seoul."
    )
    values = [d.value for d in find_dates(text, published=date(2021, 12, 9))]
    assert values == [date(2019, 12, 16), date(2019, 12, 17)]
    # (another month's day is read against the publication date)
    text = "The university signed an agreement on 16 December 2019. On 3 March it hosted a fair."
    values = [d.value for d in find_dates(text, published=date(2021, 12, 9))]
    (alone,) = find_dates("On 3 March it hosted a fair.", published=date(2021, 12, 9))
    assert values == [date(2019, 12, 16), alone.value]


def test_a_comma_after_a_day_makes_no_date_without_a_year_after_its_month() -> None:
    assert spans("Article 5, May the parties agree", date(2019, 1, 1)) == []
