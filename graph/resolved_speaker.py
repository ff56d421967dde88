"""The ``Speaker`` record: a cue's speaker as written and the entity it means, what
``SpeakerResolver`` (speakers.py) returns and the attribution modules pass on."""

from __future__ import annotations

from dataclasses import dataclass

from .model import EntityRef, Span


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: the mention as written, and the entity (None when unknown)."""

    source: Span
    entity: EntityRef | None
    resolved: bool  # True when found through a pronoun or a nominal, not a name
    how: str = "name"  # name, pronoun, nominal, group, office, unknown
    extra_sources: tuple[Span, ...] = ()  # a relative pronoun's antecedent ("…, who said")
