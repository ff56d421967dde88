"""Where reported speech stops: what was said ends where the clause its cue governs ends, and
goes on where the parse breaks the speaker's words off it. One module per family: ``acts``
(the speaker's next act coordinated with what was said), ``sequels`` (what was said that the
parse hangs apart from the clause), ``quotations`` (a quotation broken off its report, read
from its marks), ``glosses`` (another report or the reporter's gloss after what was said),
over the words they share in ``_words``.
"""
