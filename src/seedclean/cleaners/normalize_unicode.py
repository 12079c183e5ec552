"""``normalize_unicode``: put every line in a Unicode normal form (NFC by default).

ftfy already normalises the lines it repairs; this step catches what earlier steps left,
for instance a combining accent that a removed zero-width space used to separate from
its letter.

>>> NormalizeUnicode()("cafe\\u0301").text
'café'
>>> NormalizeUnicode()("already fine").audit
()
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import ClassVar, Literal

import attrs

from ..document import Change, Reason
from ..pipeline import SpanCleaner, register_cleaner

__all__ = ["NormalizeUnicode"]


@register_cleaner
@attrs.frozen(repr=False)
class NormalizeUnicode(SpanCleaner):
    """Normalise each line that is not yet in ``form`` (``"NFC"``, ``"NFD"``, ``"NFKC"``,
    ``"NFKD"``). NFKC/NFKD fold compatibility characters and are not for CJK text.

    >>> NormalizeUnicode(form="NFKC")("ﬁ²").text
    'fi2'
    """

    name: ClassVar[str] = "normalize_unicode"

    form: Literal["NFC", "NFD", "NFKC", "NFKD"] = attrs.field(
        default="NFC",
        kw_only=True,
        validator=attrs.validators.in_(("NFC", "NFD", "NFKC", "NFKD")),
    )

    def find(self, text: str) -> Iterator[Change]:
        if unicodedata.is_normalized(self.form, text):
            return
        pos = 0
        for line in text.split("\n"):
            if not unicodedata.is_normalized(self.form, line):
                new = unicodedata.normalize(self.form, line)
                yield Change(pos, pos + len(line), Reason.UNICODE_NORMALIZATION, new=new)
            pos += len(line) + 1
