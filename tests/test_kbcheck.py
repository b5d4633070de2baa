"""`kb check` catches each kind of problem and names file and line; the bot refuses bad files."""
from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.kbcheck import check_knowledge
from bot.knowledge import KnowledgeError, load_knowledge
from tests.conftest import make_config

NEW_INTENT = """
  - id: {id}
    title: Test intent
    examples: [{example}]
    answer: "{answer}"
    sources: [{{doc: {doc}, section: "1.1"}}]
"""


def add_intent(root: Path, *, id: str = "zz-test", example: str = "zebra crossing wardens",
               answer: str = "Zebra wardens.", doc: str = "scrutiny-2023") -> Path:
    path = root / "intents" / "zz_test.yaml"
    path.write_text("topic: test\nintents:" + NEW_INTENT.format(id=id, example=example, answer=answer, doc=doc))
    return path


def test_embedded_knowledge_is_clean():
    from bot.config import DEFAULT_KNOWLEDGE

    assert not_fresh_advice(check_knowledge(DEFAULT_KNOWLEDGE)) == []


def not_fresh_advice(problems: list[str]) -> list[str]:
    """Freshness advice ("a newer document also covers it") is for staff to act on, not a defect."""
    return [p for p in problems if "check whether its answer needs updating" not in p]


def test_clean_copy_with_a_new_intent_passes(kb_copy: Path):
    add_intent(kb_copy)
    assert not_fresh_advice(check_knowledge(kb_copy)) == []


def test_duplicate_id(kb_copy: Path):
    add_intent(kb_copy, id="chair")
    problems = check_knowledge(kb_copy)
    assert any("zz_test.yaml:3" in p and "duplicate intent id 'chair'" in p for p in problems), problems


def test_unknown_source_document(kb_copy: Path):
    add_intent(kb_copy, doc="minutes-1999")
    problems = check_knowledge(kb_copy)
    assert any("zz_test.yaml:3" in p and "unknown source document 'minutes-1999'" in p for p in problems)


def test_missing_source(kb_copy: Path):
    (kb_copy / "intents" / "zz_test.yaml").write_text(
        "topic: t\nintents:\n  - id: zz\n    examples: [zebra]\n    answer: Zebra.\n"
    )
    assert any("every answer needs at least one source" in p for p in check_knowledge(kb_copy))


@pytest.mark.parametrize(
    "answer,bad",
    [
        ("Ring us on 0115 876 5432.", "0115 876 5432"),
        ("See https://example.org/help for more.", "https://example.org/help"),
        ("Write to help@example.org.", "help@example.org"),
        ("Just call 112.", "112"),
    ],
)
def test_unvetted_contact_in_an_answer(kb_copy: Path, answer, bad):
    add_intent(kb_copy, answer=answer)
    problems = check_knowledge(kb_copy)
    assert any(f"'{bad}' is not a vetted contact" in p and "zz_test.yaml:3" in p for p in problems), problems


def test_vetted_placeholders_pass(kb_copy: Path):
    add_intent(kb_copy, answer="Call {phone:juno-helpline} or see {web:cdp-page}.")
    assert not_fresh_advice(check_knowledge(kb_copy)) == []


def test_a_placeholder_for_a_way_of_reaching_a_contact_that_is_not_held_is_an_error(kb_copy: Path):
    """Nottingham Recovery Network has no vetted phone number: {phone:...} for it is refused."""
    add_intent(kb_copy, answer="Call {phone:nottingham-recovery-network} or e-mail {email:cdp-page}.")
    problems = check_knowledge(kb_copy)
    assert any("contacts.yaml has no phone for 'nottingham-recovery-network'" in p for p in problems), problems
    assert any("contacts.yaml has no email for 'cdp-page'" in p for p in problems), problems


def test_an_unknown_key_in_an_intent_is_an_error(kb_copy: Path):
    (kb_copy / "intents" / "zz_test.yaml").write_text(
        "topic: t\nintents:\n  - id: zz\n    examles: [zebra]\n    examples: [zebra]\n    answer: Zebra.\n"
        "    sources: [{doc: web-2023, section: x}]\n"
    )
    assert any("unknown key(s) examles" in p for p in check_knowledge(kb_copy))


def test_a_menu_or_command_naming_a_missing_intent_is_an_error(kb_copy: Path):
    menus = kb_copy / "menus.yaml"
    menus.write_text(menus.read_text().replace("intent: dhr-what, label", "intent: dhr-whatever, label")
                     .replace("command: targets, intent: targets-headline", "command: targets, intent: gone"))
    problems = check_knowledge(kb_copy)
    assert any("menus.yaml" in p and "intent 'dhr-whatever' does not exist" in p for p in problems), problems
    assert any("command /targets: intent 'gone' does not exist" in p for p in problems), problems


def test_unknown_contact_placeholder(kb_copy: Path):
    add_intent(kb_copy, answer="Call {phone:ghostbusters}.")
    assert any("unknown contact 'ghostbusters'" in p for p in check_knowledge(kb_copy))


def test_example_that_matches_another_intent_better(kb_copy: Path):
    chair_example = load_knowledge(kb_copy).intents["chair"].examples[0]
    add_intent(kb_copy, example=chair_example)
    problems = check_knowledge(kb_copy)
    assert any("zz-test" in p and "matches 'chair'" in p for p in problems) or any(
        "'chair'" in p and "matches 'zz-test'" in p for p in problems
    ), problems


def test_bad_yaml_reports_file_and_line(kb_copy: Path):
    (kb_copy / "intents" / "zz_test.yaml").write_text("topic: t\nintents:\n  - id: x\n    examples: [unclosed\n")
    problems = check_knowledge(kb_copy)
    assert len(problems) == 1 and "zz_test.yaml:" in problems[0] and "not valid YAML" in problems[0]


def test_a_repeated_key_is_reported_not_silently_dropped(kb_copy: Path):
    syn = kb_copy / "synonyms.yaml"
    syn.write_text(syn.read_text() + "  zebra: crossing\n  zebra: warden\n")
    problems = check_knowledge(kb_copy)
    assert len(problems) == 1 and "synonyms.yaml:" in problems[0] and "'zebra' appears twice" in problems[0]


def test_an_unquoted_no_in_the_synonyms_is_refused_not_read_as_false(kb_copy: Path):
    syn = kb_copy / "synonyms.yaml"
    syn.write_text(syn.read_text() + "  nope: no\n")
    problems = check_knowledge(kb_copy)
    assert len(problems) == 1 and "synonyms.yaml" in problems[0] and "quote the word" in problems[0]


def test_python_object_tags_are_refused(kb_copy: Path):
    (kb_copy / "intents" / "zz_test.yaml").write_text("!!python/object/apply:os.system ['echo pwned']\n")
    problems = check_knowledge(kb_copy)
    assert problems and "zz_test.yaml" in problems[0]


def test_wrong_types(kb_copy: Path):
    (kb_copy / "intents" / "zz_test.yaml").write_text("topic: t\nintents:\n  - id: zz\n    examples: {a: 1}\n    answer: [1]\n")
    problems = check_knowledge(kb_copy)
    assert any("'examples' must be a list" in p for p in problems)
    assert any("missing or empty 'answer'" in p for p in problems)


def test_huge_file_is_refused_without_reading(kb_copy: Path):
    big = kb_copy / "intents" / "zz_big.yaml"
    with big.open("wb") as f:
        f.seek(100 * 1024 * 1024)
        f.write(b"\n")
    problems = check_knowledge(kb_copy)
    assert any("zz_big.yaml" in p and "limit" in p for p in problems)


def test_cli_exit_status(kb_copy: Path, tmp_path: Path, capsys):
    from bot.cli import main

    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"knowledge: {{path: {kb_copy}, index_path: {tmp_path / 'i.sqlite'}}}\n")
    assert main(["--config", str(cfg), "kb", "check"]) == 0
    add_intent(kb_copy, id="chair")
    assert main(["--config", str(cfg), "kb", "check"]) == 1
    assert "duplicate intent id 'chair'" in capsys.readouterr().out


# --- the running bot keeps the last good knowledge base ---------------------------------------

def test_reload_refuses_broken_knowledge_and_keeps_serving(kb_copy: Path, tmp_path: Path):
    a = Assistant.load(config=make_config(tmp_path, kb_copy))
    before = a.ask("who chairs the board").text
    (kb_copy / "intents" / "about.yaml").write_text("intents: [oops\n")
    ok, message = a.reload()
    assert not ok
    assert "about.yaml" in message and "last good" in message
    assert a.ask("who chairs the board").text == before


def test_reload_takes_a_good_change(kb_copy: Path, tmp_path: Path):
    a = Assistant.load(config=make_config(tmp_path, kb_copy))
    add_intent(kb_copy)
    ok, message = a.reload()
    assert ok, message
    assert a.ask("zebra crossing wardens").intent == "zz-test"


def test_start_with_broken_files_serves_last_good_index(kb_copy: Path, tmp_path: Path):
    Assistant.load(config=make_config(tmp_path, kb_copy))  # builds the index
    (kb_copy / "contacts.yaml").write_text("contacts: {not: a list}\n")
    a = Assistant.load(config=make_config(tmp_path, kb_copy))
    assert a.warnings and "contacts.yaml" in a.warnings[0]
    assert "Coaker" in a.ask("who chairs the board").text


def test_start_with_broken_files_and_no_index_fails_clearly(kb_copy: Path, tmp_path: Path):
    (kb_copy / "sources.yaml").write_text("documents: 3\n")
    with pytest.raises(KnowledgeError, match=r"sources\.yaml"):
        Assistant.load(config=make_config(tmp_path, kb_copy))


def test_index_rebuilds_when_yaml_changes(kb_copy: Path, tmp_path: Path):
    Assistant.load(config=make_config(tmp_path, kb_copy))
    add_intent(kb_copy)
    a = Assistant.load(config=make_config(tmp_path, kb_copy))
    assert "zz-test" in a.kb.intents
    assert load_knowledge(kb_copy).fingerprint == a.kb.fingerprint


# --- one validation path: start-up, /reload and `kb check` refuse the same files ----------------

PASSWD = Path("/etc/passwd")


def _unvetted_answer(root: Path) -> None:
    add_intent(root, answer="Ring 0115 876 5432 or see https://evil.example.org/x")


def _broken_reference(root: Path) -> None:
    add_intent(root, doc="minutes-1999")


def _invalid_yaml(root: Path) -> None:
    (root / "intents" / "zz_test.yaml").write_text("topic: t\nintents: [oops\n")


def _source_symlink_out(root: Path) -> None:
    target = root / "sources" / "000_fad0bc87bd517875.txt"
    target.unlink()
    target.symlink_to(PASSWD)


def _source_dotdot(root: Path) -> None:
    sources = root / "sources.yaml"
    sources.write_text(sources.read_text().replace("file: sources/000_fad0bc87bd517875.txt", "file: ../../../../../../etc/passwd"))


def _source_absolute(root: Path) -> None:
    sources = root / "sources.yaml"
    sources.write_text(sources.read_text().replace("file: sources/000_fad0bc87bd517875.txt", "file: /etc/passwd"))


def _intent_file_symlink_out(root: Path, tmp: Path) -> None:
    outside = tmp / "outside.yaml"
    outside.write_text("topic: t\nintents:\n  - id: zz\n    examples: [x]\n    answer: x\n    sources: [{doc: web-2023, section: x}]\n")
    (root / "intents" / "zz_link.yaml").symlink_to(outside)


def _alias(root: Path) -> None:
    (root / "intents" / "zz_test.yaml").write_text(
        "topic: t\nx: &a [1, 2]\nintents:\n  - id: zz\n    examples: *a\n    answer: x\n    sources: [{doc: web-2023, section: x}]\n"
    )


BROKEN = {
    "unvetted phone number and link": (_unvetted_answer, "is not a vetted contact"),
    "broken reference": (_broken_reference, "minutes-1999"),
    "invalid YAML": (_invalid_yaml, "not valid YAML"),
    "source symlinked outside": (_source_symlink_out, "outside the knowledge folder"),
    "source with ..": (_source_dotdot, "inside the knowledge folder"),
    "source with an absolute path": (_source_absolute, "inside the knowledge folder"),
    "intent file symlinked outside": (_intent_file_symlink_out, "outside the knowledge folder"),
    "YAML alias": (_alias, "aliases"),
}


def _break(name: str, root: Path, tmp: Path) -> str:
    make, reason = BROKEN[name]
    make(root, tmp) if make is _intent_file_symlink_out else make(root)  # type: ignore[call-arg]
    return reason


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_kb_check_reload_and_start_refuse_the_same_files(name: str, kb_copy: Path, tmp_path: Path):
    live = Assistant.load(config=make_config(tmp_path / "live", kb_copy))
    before = live.ask("who chairs the board").text
    reason = _break(name, kb_copy, tmp_path)
    # kb check
    assert any(reason in p for p in check_knowledge(kb_copy)), check_knowledge(kb_copy)
    # /reload: refused with the reason; the last good knowledge stays live
    ok, message = live.reload()
    assert not ok and reason in message and "last good" in message
    assert live.ask("who chairs the board").text == before
    assert "root:x:0:0" not in live.ask("root x bin bash daemon").text
    # start-up with no index: refused with the reason
    with pytest.raises(KnowledgeError, match=re.escape(reason)):
        Assistant.load(config=make_config(tmp_path / "fresh", kb_copy))
    # start-up with the last good index: served, with the reason as a warning
    again = Assistant.load(config=make_config(tmp_path / "live", kb_copy))
    assert again.warnings and reason in again.warnings[0]
    assert again.ask("who chairs the board").text == before


def test_advisory_findings_warn_but_never_block_a_load(kb_copy: Path, tmp_path: Path, capsys):
    from bot.cli import main

    chair_example = load_knowledge(kb_copy).intents["chair"].examples[0]
    add_intent(kb_copy, example=chair_example)
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"knowledge: {{path: {kb_copy}, index_path: {tmp_path / 'i.sqlite'}}}\n")
    assert main(["--config", str(cfg), "kb", "check"]) == 0
    out = capsys.readouterr().out
    assert ("warning:" in out and "matches 'chair'" in out) or "matches 'zz-test'" in out
    live = Assistant.load(config=make_config(tmp_path, kb_copy))
    assert "zz-test" in live.kb.intents and live.reload()[0]


def test_a_huge_source_document_is_refused_without_reading_it(kb_copy: Path, tmp_path: Path):
    doc = kb_copy / "sources" / "000_fad0bc87bd517875.txt"
    with doc.open("r+b") as f:
        f.seek(100 * 1024 * 1024)
        f.write(b"\n")
    problems = check_knowledge(kb_copy)
    assert any("000_fad0bc87bd517875.txt" in p and "limit" in p for p in problems), problems


def test_an_alias_bomb_is_refused_before_it_is_expanded(kb_copy: Path):
    """Nine levels of nine aliases would build 9**9 items (about 40 minutes); refused at once."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    (kb_copy / "intents" / "zz_bomb.yaml").write_text("\n".join(lines) + "\n")
    started = time.perf_counter()
    problems = check_knowledge(kb_copy)
    assert time.perf_counter() - started < 5.0  # a generous bound: expanding it would take minutes
    assert any("zz_bomb.yaml:1" in p and "aliases" in p for p in problems), problems


def test_needs_must_be_a_list_of_words(kb_copy: Path):
    path = add_intent(kb_copy)
    path.write_text(path.read_text() + "    needs: 7\n")
    problems = check_knowledge(kb_copy)
    assert any("zz_test.yaml" in p and "'needs' must be a list of strings" in p for p in problems), problems


def test_an_answer_about_children_needs_a_child_in_the_message(assistant):
    # Juno's work with children answers a question that names them, never an adult's own story
    assert assistant.ask("does juno have support for teenagers in abusive relationships").intent == "juno-children"
    ans = assistant.ask("He hit me for years before I left. He doesn't know where I live and I'm safe now. "
                        "I still get nightmares though. Who could I talk to?")
    assert ans.intent != "juno-children" and "0808 800 0340" in ans.text, (ans.intent, ans.text[:80])


def test_an_out_of_scope_topic_whose_needs_an_example_misses_is_no_rival(kb_copy: Path):
    # "does juno have refuges" shares every word with the refuge-address topic, which needs an
    # address: answering would set that topic aside, so kb check does not report a tie
    assert not [p for p in check_knowledge(kb_copy) if "does juno have refuges" in p]


def test_a_described_situation_needs_two_groups_of_words(kb_copy: Path):
    syn = kb_copy / "synonyms.yaml"
    text = syn.read_text().replace("described:\n", "described:\n  stalking: [[follows me]]\n", 1)
    syn.write_text(text)
    problems = check_knowledge(kb_copy)
    assert len(problems) == 1 and "synonyms.yaml" in problems[0] and "'stalking' needs two or more lists" in problems[0]


def test_a_key_phrase_that_reads_as_one_common_word(kb_copy: Path):
    # "coming off" loses "off" as a stop word and reads as "coming" alone ("coming back from work")
    (kb_copy / "intents" / "zz_test.yaml").write_text(
        "topic: t\nintents:\n  - id: zz-test\n    title: Test\n    examples: [zebra crossing wardens]\n"
        "    keywords: [coming off, zebra crossing]\n    answer: Zebra wardens.\n"
        "    sources: [{doc: scrutiny-2023, section: \"1.1\"}]\n"
    )
    problems = check_knowledge(kb_copy)
    assert any("key phrase 'coming off' reads as" in p and "zz_test.yaml" in p for p in problems), problems
    assert not any("'zebra crossing' reads as" in p for p in problems)
