"""The resolver as the rest of Accord uses it: `resolve(text)` answers from one index per
process, built from the registry when first needed and again whenever the registry changed.

A change is noticed by `registry_generation()`: one query of index lookups only, whatever the
size of the registry — the highest id, and the latest history entry (id and date), of
organisations, names, identifiers, relations and units. Every write through the models leaves a
history entry and bulk loads (the ROR import, the scale seed) add rows with new ids, so each
worker process notices any process's change at its next call.

Indexing a large registry takes seconds (51k organisations: about 5 s and 250 MB), so it
happens in a background thread; meanwhile callers get the index built before the change, or
the first time no answer at all (the suggestions then match substrings only). A registry of
fewer than `ACCORD_RESOLVER_SYNC_BELOW` organisations is indexed within the call, so the demo
and the tests see every change at once. `ACCORD_RESOLVER` off turns the whole thing off.
"""

import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import connection, connections, models
from simple_history.utils import get_history_model_for_model

from accord.registry.models import Identifier, Organisation, OrgName, OrgRelation, Unit
from accord.resolver.core import Resolution, Resolver
from accord.resolver.registry import registry_resolver

log = logging.getLogger(__name__)

# After a failed build, calls keep what they have for this long before one tries again.
RETRY_AFTER_SECONDS = 60.0
# The most of a text `resolve` reads: more than any name or affiliation string, less than
# what a query string may carry.
MAX_CHARS = 1000
# What an index says while it is not ready (or is turned off): no organisation, no candidate.
NOT_READY = "the resolver's index is not ready"

# What the index is built from: a change to any of these rows is a new generation.
INDEXED: tuple[type[models.Model], ...] = (Organisation, OrgName, Identifier, OrgRelation, Unit)

Generation = tuple[Any, ...]


@dataclass(frozen=True)
class _Index:
    resolver: Resolver
    generation: Generation


class _State:
    """The process's index, and the build under way. `lock` guards every field; a build
    within a call holds it, so concurrent callers wait for that build instead of starting
    their own."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.index: _Index | None = None
        self.building: threading.Thread | None = None
        self.failed_at: float | None = None  # time.monotonic() of the last failed build

    def served(self) -> Resolver | None:
        return self.index.resolver if self.index is not None else None


_state = _State()


def resolve(
    text: str, *, country: str | None = None, context: Sequence[str] = (), top: int = 5
) -> Resolution:
    """Which organisation `text` names (see `accord.resolver.core`): the chosen key, if the
    resolver is sure, and the ranked candidates. Keys are "https://ror.org/…" or "accord:<id>";
    `accord.resolver.registry.organisations_by_key` turns them into organisations. While no
    index is ready (or the resolver is turned off) nothing is chosen and there are no
    candidates. Only the first MAX_CHARS characters are read."""
    text = text[:MAX_CHARS]
    resolver = current_resolver()
    if resolver is None:
        return Resolution(text, None, [], NOT_READY)
    return resolver.resolve(text, country=country, context=context, top=top)


def current_resolver() -> Resolver | None:
    """The index of the registry as it is now, when that one is ready; while a newer one is
    being built, the one before it; None before the first is ready, or when turned off."""
    if not settings.ACCORD_RESOLVER:
        return None
    generation = registry_generation()
    with _state.lock:
        index = _state.index
        if index is not None and index.generation == generation:
            return index.resolver
        if _state.building is not None and _state.building.is_alive():
            return _state.served()
        failed_at = _state.failed_at
        if failed_at is not None and time.monotonic() - failed_at < RETRY_AFTER_SECONDS:
            return _state.served()
        if _registry_size() >= settings.ACCORD_RESOLVER_SYNC_BELOW:
            _state.building = threading.Thread(
                target=_build_in_background,
                args=(generation,),
                name="accord-resolver-index",
                daemon=True,
            )
            _state.building.start()
            return _state.served()
        try:
            _state.index = _Index(registry_resolver(), generation)
        except Exception:  # a request still gets its substring suggestions
            log.exception("The resolver's index could not be built")
            _state.failed_at = time.monotonic()
            return _state.served()
        _state.failed_at = None
        return _state.index.resolver


def resolver_reset() -> None:
    """Forget the index (tests that rebuild the database under one process)."""
    with _state.lock:
        _state.index = None
        _state.building = None
        _state.failed_at = None


def registry_generation() -> Generation:
    """What changes whenever the indexed registry does: for each indexed table, its highest id
    and its history's latest entry (id and date). One query; each value is read from the end of
    an index. (The date also tells apart two states whose ids happen to be the same, as after
    a rolled-back transaction on SQLite, where ids are handed out again.)"""
    quote = connection.ops.quote_name
    parts = []
    for model in INDEXED:
        history = get_history_model_for_model(model)
        table, history_table = quote(model._meta.db_table), quote(history._meta.db_table)
        parts += [
            f"(SELECT MAX({quote(model._meta.pk.column)}) FROM {table})",
            f"(SELECT MAX({quote('history_id')}) FROM {history_table})",
            f"(SELECT MAX({quote('history_date')}) FROM {history_table})",
        ]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(parts)}")
        row = cursor.fetchone()
    return tuple(row or ())


def _registry_size() -> int:
    return Organisation.objects.exclude(status=Organisation.Status.MERGED).count()


def _build_in_background(generation: Generation) -> None:
    try:
        resolver = registry_resolver()
    except Exception:
        log.exception("The resolver's index could not be built")
        with _state.lock:
            _state.failed_at = time.monotonic()
        return
    finally:
        connections.close_all()  # this thread's own connections
    with _state.lock:
        _state.index = _Index(resolver, generation)
        _state.failed_at = None
