"""Facts, figures and named bodies from each document can be reached by a plain question,
and the answer cites the document they come from."""
from __future__ import annotations

import pytest

from bot.assistant import Assistant

FACTS = [
    # web-2023: members, Board roles, DHRs
    ("which bodies are responsible authorities", "Integrated Care Board", "web-2023"),
    ("when did domestic homicide reviews become a statutory requirement", "13", "web-2023"),
    ("what is the purpose of a DHR", "good practice", "web-2023"),
    ("what strategy promotes learning from DHRs", "2016", "web-2023"),
    # intro-2021: governance, operating model, thematic issues
    ("who investigates drug related deaths with the coroner", "Coroner", "intro-2021"),
    ("what is the Respect for Nottingham survey", "Respect", "intro-2021"),
    ("which group manages vulnerable people and illicit goods", "Vulnerability", "intro-2021"),
    ("how long are the headline targets assessed over", "2019", "intro-2021"),
    # plan-2021: the 2021-24 plan report
    ("when did the CDP board agree the priorities and targets for the 2021 plan", "14 December 2020", "plan-2021"),
    ("when was the 2021-2024 plan going to full council", "19 July 2021", "plan-2021"),
    ("what does the Police, Crime, Sentencing and Courts Bill add", "serious violence", "plan-2021"),
    ("which statutory instrument requires strategic assessments", "2007/1830", "plan-2021"),
    # slides-2016: targets, finance, commissioning, reoffending, SOC
    ("what was the victim-based crime baseline for the 2015-20 target", "28,021", "slides-2016"),
    ("total income 2015/16", "14,018,955", "slides-2016"),
    ("how much did the domestic and sexual violence services cost in 2016/17", "1,732,905", "slides-2016"),
    ("what is Clean Slate", "1,379,460", "slides-2016"),
    ("what was the proven reoffending rate in the 2016 slides", "27.6", "slides-2016"),
    ("who chairs the serious and organised crime board", "Torr", "slides-2016"),
    ("when did the new substance misuse contracts start", "1 July 2016", "slides-2016"),
    # scrutiny-2023: duties, performance, SA 2022, ASB, SET, Juno, the future
    ("who is the vice chair of the board", "Fire", "scrutiny-2023"),
    ("how many hate crime repeat victims were there to November 2022", "172", "scrutiny-2023"),
    ("what is the substance misuse successful completion rate now", "21.4", "scrutiny-2023"),
    ("what share of ASB is stopped at stages 1 and 2", "85", "scrutiny-2023"),
    ("how often does partnership tasking meet", "monthly", "scrutiny-2023"),
    ("how many calls did Juno's helpline take in 2021-22", "17,320", "scrutiny-2023"),
    ("how many pets did Juno foster", "49", "scrutiny-2023"),
    ("what did the strategic assessment 2022 say about the cost of living", "cost of living", "scrutiny-2023"),
    ("is the partnership going to change its name", "name", "scrutiny-2023"),
    ("what does SERAC feed into", "NRM", "scrutiny-2023"),
]


@pytest.mark.parametrize("question,figure,document", FACTS, ids=[f[0][:40] for f in FACTS])
def test_fact_is_reachable_with_its_source(assistant: Assistant, question: str, figure: str, document: str):
    a = assistant.ask(question)
    assert a.intent not in (None, "clarify"), (question, a.text[:150])
    assert figure.lower() in a.text.lower(), (a.intent, a.text[:300])
    assert document in [s.document for s in a.sources], (a.intent, [s.document for s in a.sources])
