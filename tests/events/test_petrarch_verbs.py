"""The PETRARCH verb-dictionary importer, on lines of the real dictionary."""

from pathlib import Path

import pytest

from eventwire.errors import DataFileError
from eventwire.events.petrarch import _code, import_verbs
from eventwire.model import Article

DICTIONARY = """\
####### SYNONYM SETS #######

&WEAPON
+GUN
+ARMS_
+MISSILE

####### VERB PATTERNS #######

---  ACCELERATE   [---]  ---
ACCELERATE
RUSH
- * AID                                               [070]         # RUSH
- * {ARMS SHIPMENT}                                   [072]         # EXPEDITE
- * &WEAPON                                           [194]         # RUSH
- &MILITARY *                                         [154]         # RUSH

---  KILL   [190]  ---
+KIDNAPPED_AND_KILLED {} [180]
+SHOOT_DOWN {+SHOOTS_DOWN +SHOT_DOWN }
KILL
MURDER [190]
STRANGLE  [180]  # SHAN   8/10/93
- * (IN ACCIDENT)                                     [---]         # KILL

######## TRANSFORMATIONS ##########
"""


def test_blocks_verbs_patterns_and_codes(tmp_path: Path):
    path = tmp_path / "CAMEO.test.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    report = import_verbs(path)
    by_code = {p.code: p for p in report.patterns}
    defaults = [p for p in report.patterns if p.code == "190" and not p.words]
    assert defaults[0].verbs == ("kill", "murder")
    shoot_down = next(p for p in report.patterns if p.verbs == ("shoot",))
    assert (shoot_down.words, shoot_down.code) == (("down",), "190")  # a phrasal verb
    assert not any("kidnapped" in p.verbs for p in report.patterns)  # inflected, no base form
    assert by_code["180"].verbs == ("strangle",)
    assert by_code["070"].verbs == ("accelerate", "rush") and by_code["070"].words == ("aid",)
    assert by_code["072"].words == ("arms", "shipment*")  # a word without '_' is a stem
    assert by_code["194"].words == ("gun|arms|missile*",)  # a synonym set: alternatives
    assert by_code["---"].words == ("accident*",)  # "in": a function word, not kept
    assert report.skipped == {"words before the verb": 1}
    assert all(p.source.startswith("CAMEO.test.txt:") for p in report.patterns)


def test_code_fields():
    assert [_code(c) for c in ("190", "042:043", ":173", "---", "080!", "")] == [
        "190", "042", "173", "---", "080", None]


def test_a_file_without_verb_blocks_is_refused(tmp_path: Path):
    path = tmp_path / "empty.txt"
    path.write_text("# nothing here\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="no verb blocks"):
        import_verbs(path)


def test_imported_patterns_code_real_sentences(coder):
    def codes(text):
        return {(e.source.code, e.target.code if e.target else None, e.cameo.code, e.evidence.rule)
                for e in coder.code([Article(id="t", text=text, date="2017-02-16")])}

    demolished = codes("Israeli forces demolished several Palestinian houses in the Jordan Valley on "
                       "Wednesday.")
    assert any(r.startswith("petrarch.") and t == "PSE" and c.startswith("17") for _, t, c, r in demolished)
    # our own frame for a word wins over PETRARCH's default for it
    assert {r for *_, r in codes("Israel rejected the Palestinian proposal.")} == {"reject"}
