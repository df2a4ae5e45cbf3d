"""The article's country of context, as the actor stage chose it, kept on the parse for later stages."""

from __future__ import annotations

from typing import Any

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
