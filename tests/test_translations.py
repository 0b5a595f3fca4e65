"""The Simplified Chinese interface is complete, and the compiled catalogue matches it."""

import gettext
import re
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parent.parent / "accord" / "locale" / "zh_Hans" / "LC_MESSAGES"


def entries() -> list[tuple[str, str, str, bool]]:
    """(context, msgid, msgstr of the first form, fuzzy) for every entry but the header."""
    found = []
    for block in (CATALOGUE / "django.po").read_text().split("\n\n"):
        msgctxt = re.search(r'^msgctxt ((?:".*"\n?)+)', block, re.M)
        msgid = re.search(r'^msgid ((?:".*"\n?)+)', block, re.M)
        msgstr = re.search(r'^msgstr(?:\[0\])? ((?:".*"\n?)+)', block, re.M)
        if not msgid or not msgstr:
            continue
        key, value = _joined(msgid.group(1)), _joined(msgstr.group(1))
        context = _joined(msgctxt.group(1)) if msgctxt else ""
        if key:
            found.append((context, key, value, "#, fuzzy" in block or ", fuzzy" in block))
    return found


def _joined(quoted: str) -> str:
    return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', quoted))


def test_every_interface_string_has_a_chinese_translation() -> None:
    all_entries = entries()
    assert len(all_entries) > 300
    missing = [key for _context, key, value, _fuzzy in all_entries if not value]
    fuzzy = [key for _context, key, _value, is_fuzzy in all_entries if is_fuzzy]
    assert not missing, f"untranslated: {missing[:10]} ({len(missing)} in all)"
    assert not fuzzy, f"fuzzy (needs review): {fuzzy[:10]} ({len(fuzzy)} in all)"


def test_the_compiled_catalogue_is_up_to_date() -> None:
    with (CATALOGUE / "django.mo").open("rb") as compiled:
        catalogue = gettext.GNUTranslations(compiled)
    stale = []
    for context, key, value, _fuzzy in entries():
        text = key.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
        found = catalogue.pgettext(context, text) if context else catalogue.gettext(text)
        if value and value != key and found == text:
            stale.append(key)
    assert not stale, f"django.mo lacks {stale[:5]}: run `accord compilemessages`"
