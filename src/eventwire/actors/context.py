"""The article's country of context, as the actor stage chose it, kept on the parse for later stages."""

from __future__ import annotations

from typing import Any

from ..geo.seats import SEAT_CODES

#: where the actor stage leaves the article's country of context (doc.user_data)
DOC_KEY = "eventwire.context_country"
#: and the sentences whose resolved places all lie in one country: (start, end, ISO3) character spans
LOCAL_KEY = "eventwire.local_countries"


def remember_country(doc: Any, iso: str | None, local: list[tuple[int, int, str]] | None = None) -> None:
    user = getattr(doc, "user_data", None)
    if isinstance(user, dict):
        user[DOC_KEY] = iso
        user[LOCAL_KEY] = list(local or [])


def local_country(doc: Any, pos: int) -> str | None:
    """The one country of the places of the sentence at character ``pos`` (None when it names none, or
    several): "Government troops ... recaptured the town of Kidal" is about Mali."""
    user = getattr(doc, "user_data", None)
    spans = user.get(LOCAL_KEY) if isinstance(user, dict) else None
    return next((iso for a, b, iso in spans or () if a <= pos < b), None)


def context_country(doc: Any) -> str | None:
    """The ISO3 code the actor stage read the article's generic mentions in (None when unknown)."""
    user = getattr(doc, "user_data", None)
    got = user.get(DOC_KEY) if isinstance(user, dict) else None
    return got if isinstance(got, str) else None


#: and the national capitals the geo stage resolved: (start, end, ISO3) character spans (helper ACT4)
SEATS_KEY = "eventwire.seats"


def remember_seats(doc: Any, places: Any) -> None:
    """Keep on ``doc`` the spans of the places (``PlaceMention`` objects) that resolved to a national
    capital ("Ankara", "Moscow"), for the roles to read a capital named as a doer as its state."""
    user = getattr(doc, "user_data", None)
    if isinstance(user, dict):
        user[SEATS_KEY] = [(m.start, m.end, m.place.iso) for m in places
                           if m.kind == "toponym" and m.place is not None and m.place.iso
                           and m.place.feature_code in SEAT_CODES]


def seat_country(doc: Any, pos: int) -> str | None:
    """The ISO3 code of the state whose capital the place at character ``pos`` is (None: no capital)."""
    user = getattr(doc, "user_data", None)
    spans = user.get(SEATS_KEY) if isinstance(user, dict) else None
    return next((iso for a, b, iso in spans or () if a <= pos < b), None)
