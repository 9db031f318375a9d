"""The knowledge base's layers (PETRARCH base < curated < user folder) and its cache."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eventwire.actors import kbcache
from eventwire.actors.kb import build_kb, kb_sources, load_kb
from eventwire.actors.kbcache import PackedPhrases, load_cached
from eventwire.errors import DataFileError

PEOPLE = "- name: {name}\n  roles: [{{country: {country}, sectors: [{sector}], start: 2000-01-01}}]\n"


@pytest.fixture()
def data_dir(tmp_path: Path, monkeypatch) -> Path:
    """A small knowledge base with all three layers, and a private cache and user folder."""
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("EVENTWIRE_KB_DIR", str(tmp_path / "user"))
    kbcache._MEMORY.clear()
    data = tmp_path / "data"
    (data / "petrarch").mkdir(parents=True)
    (tmp_path / "user").mkdir()
    (data / "countries.tsv").write_text(
        "iso3\tname\taliases\tdemonyms\tcapital\tmetonyms\nRUS\tRussia\t\tRussian\tMoscow\tthe Kremlin\n",
        encoding="utf-8")
    (data / "organisations.tsv").write_text("code\tname\taliases\tkind\tcountry\n"
                                            "IGOWSTNAT\tNATO\t\tIGO\t\n", encoding="utf-8")
    (data / "agents.tsv").write_text("phrase\tsectors\ntroops\tMIL\n", encoding="utf-8")
    (data / "people.yaml").write_text(PEOPLE.format(name="Sergey Lavrov", country="RUS", sector="GOV"),
                                      encoding="utf-8")
    (data / "petrarch" / "Phoenix.people.yaml").write_text(
        PEOPLE.format(name="Sergey Lavrov", country="RUS", sector="ELI")
        + "  aliases: [Sergei Lavrov, Foreign Minister Lavrov]\n"
        + PEOPLE.format(name="Dmitry Medvedev", country="RUS", sector="GOV"), encoding="utf-8")
    (data / "petrarch" / "Phoenix.countries.tsv").write_text(
        "iso3\tname\taliases\tdemonyms\tcapital\tmetonyms\nRUS\tRussian Federation\tRossiya;Moscow\t\t\t\n",
        encoding="utf-8")
    return data


def test_layers_curated_over_petrarch_user_over_both(data_dir: Path, tmp_path: Path):
    kb = load_kb(data_dir)
    # curated wins for its phrase, and PETRARCH's spellings of the same person follow it
    assert kb.lookup("Sergey Lavrov", "2017-02-16")[0].code == "RUSGOV"
    assert kb.lookup("Sergei Lavrov", "2017-02-16")[0].code == "RUSGOV"
    assert kb.lookup("Dmitry Medvedev", "2017-02-16")[0].code == "RUSGOV"  # PETRARCH only
    assert kb.lookup("Rossiya")[0].entity == "Russia"  # PETRARCH's country, the curated name
    assert kb.lookup("Moscow") == []  # a curated capital is a place, not PETRARCH's country
    assert kb.source_stats["petrarch"]["person"] == 2
    assert kb.source_stats["curated"]["person"] == 1
    # the user's folder, any prefix, wins over both; other files there are ignored
    user = tmp_path / "user"
    (user / "mine.people.yaml").write_text(
        PEOPLE.format(name="Sergey Lavrov", country="RUS", sector="OPP"), encoding="utf-8")
    (user / "notes.txt").write_text("not a knowledge-base file", encoding="utf-8")
    kb = load_kb(data_dir)
    assert kb.lookup("Sergey Lavrov", "2017-02-16")[0].code == "RUSOPP"
    assert kb.source_stats["user"]["person"] == 1
    # an --kb-extra file comes last of all
    extra = tmp_path / "extra.people.yaml"
    extra.write_text(PEOPLE.format(name="Sergey Lavrov", country="RUS", sector="MIL"),
                     encoding="utf-8")
    assert load_kb(data_dir, (extra,)).lookup("Sergey Lavrov", "2017-02-16")[0].code == "RUSMIL"


def test_cache_is_used_on_the_second_load_and_rebuilt_when_a_file_changes(data_dir: Path,
                                                                           tmp_path: Path):
    builds = []

    def build(sources):
        builds.append(1)
        return build_kb(sources)

    sources = kb_sources(data_dir, user_dir=tmp_path / "user")
    first = load_cached(sources, build)
    assert len(builds) == 1 and list((tmp_path / "cache").glob("kb-*.pickle"))
    kbcache._MEMORY.clear()  # as in a new process
    second = load_cached(sources, build)
    assert len(builds) == 1, "the second load must come from the disk cache"
    assert isinstance(second.by_phrase, PackedPhrases)
    assert second.lookup("Sergei Lavrov", "2017-02-16") == first.lookup("Sergei Lavrov", "2017-02-16")
    assert dict(second.phrases()) == dict(first.phrases())
    # a changed file makes a new cache
    people = data_dir / "people.yaml"
    people.write_text(people.read_text() + PEOPLE.format(name="Valery Gerasimov", country="RUS",
                                                         sector="MIL"), encoding="utf-8")
    os.utime(people, ns=(people.stat().st_atime_ns, people.stat().st_mtime_ns + 10**9))
    kbcache._MEMORY.clear()
    third = load_cached(kb_sources(data_dir, user_dir=tmp_path / "user"), build)
    assert len(builds) == 2 and third.lookup("Valery Gerasimov")[0].code == "RUSMIL"


def test_a_damaged_cache_is_rebuilt_silently(data_dir: Path, tmp_path: Path):
    load_kb(data_dir)
    for path in (tmp_path / "cache").glob("kb-*.pickle"):
        path.write_bytes(b"not a pickle")
    kbcache._MEMORY.clear()
    assert load_kb(data_dir).lookup("NATO")[0].code == "IGOWSTNAT"


def test_problems_in_a_user_file_are_reported(data_dir: Path, tmp_path: Path):
    (tmp_path / "user" / "bad.agents.tsv").write_text("phrase\tsectors\nwarlord\tWAR\n",
                                                        encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_kb(data_dir)
    assert any("bad.agents.tsv:2: unknown sector 'WAR'" in p for p in caught.value.problems)


def test_the_actor_component_uses_the_cached_tokens(data_dir: Path, tmp_path: Path):
    from eventwire.coder import Coder, Settings

    coder = Coder(Settings(kb_dir=str(data_dir)))
    assert list((tmp_path / "cache").glob("tokens-*.pickle"))
    again = Coder(Settings(kb_dir=str(data_dir)))  # matchers built from the cached tokens
    for c in (coder, again):
        doc = c.nlp("Sergei Lavrov met Dmitry Medvedev and Russian troops in the Kremlin.")
        found = {doc[m.start:m.end].text: m.code for m in doc._.actors.mentions if m.via == "name"}
        assert found["Sergei Lavrov"] == "RUSGOV" and found["Dmitry Medvedev"] == "RUSGOV"
        assert found["Russian troops"] == "RUSMIL" and found["Kremlin"] == "RUSGOV"


def test_hyphenated_names():
    from eventwire.actors.kbcache import hyphenated_names

    assert hyphenated_names("Omar Hassan Ahmad al Bashir") == ["Omar Hassan Ahmad al-Bashir"]
    assert hyphenated_names("Jean Bertrand Aristide") == ["Jean-Bertrand Aristide"]
    assert hyphenated_names("Ahmad Shah Massoud") == []
    assert hyphenated_names("Al Bashir") == []  # a leading article is not joined to anything


def test_short_names_of_the_full_formal_names_of_the_base(coder):
    from eventwire.actors.kbcache import short_names

    kb = coder.kb
    short = short_names(kb, {phrase for phrase, _ in kb.phrases()})
    assert short["Augusto Pinochet"] == "Augusto Pinochet Ugarte"  # the mother's surname dropped
    assert short["Carlos Salinas"] == "Carlos Salinas de Gortari"
    assert short["Laurent Kabila"] == "Laurent Desire Kabila"  # the middle name dropped
    assert short["Kim Dae-jung"] == "Kim Dae Jung"  # Korean given names joined
    assert "Juan Carlos" not in short  # two given names name no one
    assert not any(v.split()[-1] in ("de", "da", "y") for v in short)
