"""The data of the gated family of test_terms39c.py, tested by tests/test_gated_families.py.

The thirty-ninth round's gated term family (issue 9): Chinese head nouns and modifiers kept word
for word (记者 "told the reporter", 反诈知识 "anti-fraud knowledge", 留守老人 "left-behind elderly",
体验点 "experience spots", 省财政承担 "the provincial finance bears"). The sentences are those of
tests/data/terms39c.py; here they are also asked of the gate."""

from rule_helpers import MT_EVIDENCE_REPORT, data_module

_DATA = data_module("terms39c")

FAMILIES = ("mt-chinese-term-heads-39c",)

R = "mt-chinese-term-heads-39c"

FOUND = [(R, text, span) for _zh, text, span in _DATA.FLAG]

PASSED = list(_DATA.PASS)

PASSED_AT_LEAST = 179

CATEGORY = "terminology"

# a rendering the full catalog leaves alone in a story with no other sign of machine
# translation, and the family's span in it after the evidence
ALONE = [
    "The volunteers visit left-behind elderly every week.",
]
EVIDENCE = MT_EVIDENCE_REPORT
OPENS = {
    R: "left-behind elderly",
}
