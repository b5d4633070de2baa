"""The learned second opinion on danger (bot/danger.py): reproducible, and useful beside the rules."""
from __future__ import annotations

import json

from bot.assistant import Assistant
from bot.danger import MODEL_PATH, load_model, train, training_examples
from bot.safety import detect_crisis


def test_retraining_gives_the_shipped_model():
    """From bot/data/danger_training.yaml alone (it holds a snapshot of the knowledge base's examples),
    so editing the knowledge never silently changes the model: `python -m bot.danger` rebuilds it."""
    model, recall = train(training_examples())
    assert json.loads(MODEL_PATH.read_text(encoding="utf-8")) == json.loads(json.dumps(model.to_json()))
    assert recall >= 0.8  # held-out recall at 1% held-out false alarms, on the training data's folds


# Written for this test, in words the crisis rules do not know; not from any question set.
# ("my fella had me pinned by the neck against the fridge ten mins ago" was here until the rules
# learned "by the neck" in session 12; it is in test_rules_now_read_a_hold_by_the_neck.)
UNSEEN_DANGER = [
    "he's swallowed the lot of his nan's heart tablets and now he's gone all floppy and grey",
    "my lad is curled up on the bathroom floor and he is making a horrible rattling noise, his eyes are rolled back",
    "my sister has sent me a text saying sorry for everything and that she loves me, she wont pick up",
]


def test_the_model_reads_danger_the_rules_miss(assistant: Assistant):
    assert load_model() is not None
    for text in UNSEEN_DANGER:
        assert detect_crisis(text) is None, text  # the rules alone would give no 999 line
        answer = assistant.ask(text)
        assert answer.crisis and answer.text.index("999") < 120, text


def test_rules_now_read_a_hold_by_the_neck(assistant: Assistant):
    text = "my fella had me pinned by the neck against the fridge ten mins ago, hes gone for fags, what do i do"
    assert detect_crisis(text) is not None
    assert assistant.ask(text).text.index("999") < 120


def test_a_missing_model_leaves_the_rules_working(tmp_path):
    assert load_model(tmp_path / "absent.json") is None
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    assert load_model(tmp_path / "bad.json") is None
    assert detect_crisis("someone is attacking me right now") is not None


def test_an_everyday_story_with_words_that_sound_alarming_is_not_danger():
    model = load_model()
    assert model is not None
    story = "My laptop kept saying the session had expired and the lad on the desk had gone for his dinner. How do I renew my library card?"
    assert not model.fires(story)


def test_safe_for_the_night_is_calm_and_a_knock_each_time_is_not_someone_at_the_door():
    from bot.normalise import fold
    from bot.safety import not_now

    for calm in (
        "nobody got hurt and he is staying at his sisters tonight",
        "shes not acutely unsafe tonight shes staying with a friend",
        "everyone is safe and nothing is happening right now",
    ):
        assert not_now(fold(calm)), calm
    # a safe bed for the night is not danger on its way; someone coming back tonight still is
    assert not not_now(fold("hes not here right now but he will be back tonight"))
    assert detect_crisis("I'm safe now but I jump every time someone knocks at the door") is None
    assert detect_crisis("he's knocking at the door and says he'll hurt me") is not None


def test_calm_in_the_words_of_the_person_being_hurt_does_not_cancel_danger_now():
    text = ("My client just video-called me with blood on his face and his girlfriend is still there behind him "
            "throwing things. He says it's normal and he's fine.")
    assert detect_crisis(text) is not None
    # the writer's own word that all is calm still counts
    assert detect_crisis("He was hit last week. He's fine now and staying at his mum's. Who can he talk to?") is None


def test_a_thing_gone_missing_is_no_missing_person():
    text = "a mate started doing runs for some older lads. it was a laugh at first but now they say he owes them because a bag went missing"
    assert detect_crisis(text) is None
    assert detect_crisis("my mate went missing an hour ago and now his phone is off, he said he wanted to end it") is not None


def test_everyday_uses_of_danger_words_are_no_danger_now():
    for text in (
        "Tenant reports black mould in the kids' room and the landlord is not responding to texts. What powers does the council have?",
        "my duo drinks a bottle of vodka every stream now and gets aggro with chat, where can he get help to cut down",
        "I mod a server for a shooter game and one of the teens is posting hate memes now, who deals with that",
        "Mum's lodger has taken her bedroom now and she sleeps in the chair. Who can we talk to?",
        "if someone goes for my deaf mate while he sleeps out, how does he get the police?",
        "if I ring 999 but can't say anything, what happens?",
    ):
        assert detect_crisis(text) is None, text
    # the same words, with danger now
    assert detect_crisis("he's not responding and his lips are blue") is not None
    assert detect_crisis("I can't talk, he's in the room with a knife") is not None
    assert detect_crisis("he's smashed a bottle and he's coming at me with it right now") is not None
    assert detect_crisis("a man has just taken her from the park in a van") is not None


def test_a_long_story_of_an_ordinary_bad_week_is_no_danger_now(assistant: Assistant):
    # five sentences of weak words (an operation, a door, a row) add up, read whole; no sentence says danger
    story = ("Grandad is 86 and still drives to the club every Sunday. Since his hip op he can hardly get from the car "
             "to the front door. We argued about it all weekend and he stormed off. I have given up trying to stop him. "
             "How does he apply for a blue badge in Nottingham?")
    assert not assistant.ask(story).crisis
    # one sentence of danger now in a long message is still enough
    danger = ("Long day. Work was hectic and the bus was late again. Got home and started on tea. My flatmate has been "
              "quiet all week. Just found him on the bathroom floor, he's not breathing properly and there are empty packets everywhere.")
    got = assistant.ask(danger)
    assert got.crisis and "999" in got.text.splitlines()[0]


def test_an_ex_who_keeps_waiting_outside_is_a_pattern_not_danger_this_minute():
    assert detect_crisis("my ex keeps waiting outside my work at home time and leaving flowers on my car") is None
    assert detect_crisis("my ex is waiting outside and I'm scared to go out to the car") is not None
