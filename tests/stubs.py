"""Test doubles shared by several test modules (no spaCy model needed)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class StubEnt:
    """What a stage reads of a spaCy entity span."""

    text: str
    start_char: int
    end_char: int
    label_: str


@dataclass
class StubDoc:
    """A spaCy Doc reduced to its entities: enough for stages that use NER as one signal."""

    ents: list
