"""Nearness of a document's places for the resolver (:mod:`eventwire.geo.resolve`): a one-degree
grid of points, the candidates of each mention that lie near a candidate of another name, and the
distance from a point to the nearest place of another name."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .gazetteer import Entry
    from .resolve import Mention


def point_grid(points: list[tuple[float, float, str]]) -> dict[tuple[int, int], list[tuple[float, float, str]]]:
    """The points in one-degree cells."""
    grid: dict[tuple[int, int], list[tuple[float, float, str]]] = {}
    for p in points:
        grid.setdefault((int(p[0] // 1), int(p[1] // 1)), []).append(p)
    return grid


def colocated_candidates(mentions: list[Mention], keys: list[str]) -> list[set[int]]:
    """For each mention, the entries (pids) that lie within about 50 km of an entry of another name
    (not the same place under another name: "Mexico" and "Mexico City")."""
    grid: dict[tuple[int, int], list[tuple[float, float, str, int]]] = {}
    for m, key in zip(mentions, keys, strict=True):
        for e in m.entries[:30]:
            if e.feature_class in ("P", "S", "T") or e.feature_code == "ADM2":
                grid.setdefault((int(e.latitude * 2), int(e.longitude * 2)), []).append(
                    (e.latitude, e.longitude, key, e.pid)
                )
    out: list[set[int]] = []
    answers: dict[tuple, bool] = {}  # a name's candidate answers alike for each mention of the name
    for m, key in zip(mentions, keys, strict=True):
        near: set[int] = set()
        for e in m.entries[:30]:
            if e.feature_class in ("P", "S", "T") or e.feature_code == "ADM2":
                ak = (key, e.pid, e.latitude, e.longitude)
                hit = answers.get(ak)
                if hit is None:
                    hit = answers[ak] = near_another(grid, key, e)
                if hit:
                    near.add(e.pid)
        out.append(near)
    return out


def near_another(grid: dict[tuple[int, int], list[tuple[float, float, str, int]]], key: str, e: Entry) -> bool:
    """Whether an entry of another name than ``key`` (and another place than ``e``) lies within about
    50 km of ``e`` (the cells around it, in order, until the first)."""
    gy, gx = int(e.latitude * 2), int(e.longitude * 2)
    c = math.cos(math.radians(e.latitude))
    return any(
        k2 != key and pid != e.pid and ((lat - e.latitude) ** 2 + ((lon - e.longitude) * c) ** 2) < 0.2
        for dy in (-1, 0, 1) for dx in (-1, 0, 1) for lat, lon, k2, pid in grid.get((gy + dy, gx + dx), ())
    )


class Nearby:
    """Distance from a point to the nearest place of the document with another name (within about
    two degrees; farther counts as infinitely far), through a one-degree grid."""

    __slots__ = ("grid", "key", "any", "points", "_memo")

    def __init__(
        self,
        grid: dict[tuple[int, int], list[tuple[float, float, str]]],
        key: str,
        *,
        points: list[tuple[float, float, str]] | None = None,
    ) -> None:
        self.grid = grid
        self.key = key
        self.any = bool(grid)
        self.points = points  # what the grid was built from (to tell whether it can be reused)
        self._memo: dict[tuple[float, float], float] = {}

    def km(self, lat: float, lon: float) -> float:
        """Memoised: a name's candidates are measured again on every pass over the document."""
        got = self._memo.get((lat, lon))
        if got is None:
            got = self._memo[(lat, lon)] = self._km(lat, lon)
        return got

    def _km(self, lat: float, lon: float) -> float:
        best = math.inf
        c = math.cos(math.radians(lat))
        gy, gx = int(lat // 1), int(lon // 1)
        grid = self.grid
        if len(grid) < 25:
            # fewer cells than the 5 x 5 around the point: visit those within reach (the least
            # distance is the same in any order)
            cells = [pts for (cy, cx), pts in grid.items() if -2 <= cy - gy <= 2 and -2 <= cx - gx <= 2]
        else:
            cells = [grid.get((gy + dy, gx + dx), ()) for dy in (-2, -1, 0, 1, 2) for dx in (-2, -1, 0, 1, 2)]
        for pts in cells:
            for plat, plon, key in pts:
                if key == self.key:
                    continue
                d2 = (plat - lat) ** 2 + ((plon - lon) * c) ** 2
                if d2 < best:
                    best = d2
        return math.sqrt(best) * 111.2
