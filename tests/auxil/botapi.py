"""Test support for the Telegram front end: the loopback Bot API server and a test knowledge base.

The server itself lives in `handlers.loopback` (the benchmark `handlers.bench` uses it too);
this module re-exports it for the tests, and writes a small knowledge base whose answers are
fixed here, so the Telegram tests do not depend on the wording of the real knowledge files.
It holds the intent ids the front end relies on, plus test-only intents: text with HTML-like
characters, an answer longer than one Telegram message, and two intents that tie ("did you mean").
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from bot.config import DEFAULT_KNOWLEDGE
from tests.auxil.loopback import BotApiServer, Call, html_error, visible_text

__all__ = ["LONG_PARAGRAPHS", "BotApiServer", "Call", "html_error", "visible_text", "write_test_knowledge"]

LONG_PARAGRAPHS = 70
MARKUP_ANSWER = "Tags like <b>bold</b> & <script>alert(1)</script> and *stars* _under_ must show as typed."

INTENTS = {
    "help.yaml": """
topic: help
intents:
  - id: help-danger-now
    title: Help in an emergency
    kind: help
    situation: danger-now
    examples: [i need help now, emergency help, who do i call in an emergency]
    answer: |
      If you or someone else is in danger right now, call {phone:emergency}.
    sources: [{doc: contacts, section: Emergency services}]
  - id: help-domestic-abuse
    title: Help with domestic abuse
    kind: help
    situation: domestic-abuse
    examples: [where can i get help with domestic abuse, domestic violence support, my partner abuses me]
    keywords: [domestic abuse, domestic violence]
    answer: |
      Juno Women's Aid runs a 24-hour helpline: {phone:juno-helpline}.
    sources: [{doc: intro-2021, section: Domestic and sexual violence}]
    related: [help-contacts, dhr-what]
  - id: help-drugs-alcohol
    title: Help with drugs and alcohol
    kind: help
    situation: drugs-alcohol
    examples: [drug and alcohol support, help with drinking, addiction services]
    keywords: [drugs, alcohol]
    answer: |
      FRANK gives confidential drugs advice: {phone:frank}.
    sources: [{doc: intro-2021, section: Drugs and alcohol}]
  - id: help-asb
    title: Reporting anti-social behaviour
    kind: help
    situation: anti-social-behaviour
    examples: [how do i report anti-social behaviour, noisy neighbours, antisocial behaviour help]
    keywords: [anti-social behaviour, asb]
    answer: |
      Report anti-social behaviour to the police on {phone:police-non-emergency}.
    sources: [{doc: intro-2021, section: Anti-social behaviour}]
  - id: help-hate-crime
    title: Reporting hate crime
    kind: help
    situation: hate-crime
    examples: [how do i report hate crime, racist abuse report]
    keywords: [hate crime]
    answer: |
      Report hate crime to True Vision: {web:true-vision}.
    sources: [{doc: intro-2021, section: Hate crime}]
  - id: help-modern-slavery
    title: Help with modern slavery
    kind: help
    situation: modern-slavery
    examples: [modern slavery help, human trafficking report]
    keywords: [modern slavery, trafficking]
    answer: |
      Call the Modern Slavery Helpline: {phone:modern-slavery-helpline}.
    sources: [{doc: intro-2021, section: Modern slavery}]
  - id: help-contacts
    title: Useful contacts
    kind: help
    examples: [useful phone numbers, contact list, who can i contact]
    answer: |
      Police non-emergency: {phone:police-non-emergency}. Crimestoppers: {phone:crimestoppers}.
    sources: [{doc: contacts, section: Vetted contacts}]
""",
    "partnership.yaml": """
topic: partnership
intents:
  - id: cdp-what
    title: What the Crime and Drugs Partnership is
    examples: [what is the cdp, what is the crime and drugs partnership]
    keywords: [crime and drugs partnership]
    answer: |
      The Crime and Drugs Partnership is Nottingham's Community Safety Partnership.
    sources: [{doc: intro-2021, section: Introduction}]
  - id: subgroups
    title: Which sub-group owns an issue
    examples: [which group owns an issue, what are the sub groups, thematic subgroups]
    keywords: [sub-group, subgroups]
    answer: |
      Each priority has a thematic sub-group that reports to the Board.
    sources: [{doc: web-2023, section: Members}]
  - id: priorities
    title: The partnership's priorities
    examples: [what are the priorities, partnership priorities, cdp priorities]
    keywords: [priorities]
    versions:
      - period: "2016/17"
        years: [2016, 2017]
        answer: |
          In 2016/17 the priorities were the 2016 ones.
        sources: [{doc: slides-2016, section: The Partnership Approach for 2016/17}]
      - period: "2021-24"
        years: [2021, 2022, 2023, 2024]
        answer: |
          The 2021-24 plan sets the current priorities.
        sources: [{doc: plan-2021, section: Priorities}]
  - id: statutory-responsibilities
    title: The partnership's statutory duties
    examples: [what are the statutory duties, legal responsibilities of the partnership]
    keywords: [statutory, duties]
    answer: |
      The partnership has statutory duties under the Crime and Disorder Act 1998.
    sources: [{doc: plan-2021, section: Statutory responsibilities}]
  - id: targets-headline
    title: Targets and performance
    examples: [what are the targets, how is the partnership performing]
    keywords: [targets, performance]
    answer: |
      The headline target is to reduce crime.
    sources: [{doc: scrutiny-2023, section: Performance}]
""",
    "dhr.yaml": """
topic: dhr
intents:
  - id: dhr-what
    title: What a Domestic Homicide Review is
    examples: [what is a domestic homicide review, what's a dhr]
    keywords: [domestic homicide review, dhr]
    answer: |
      A Domestic Homicide Review looks at what happened before a death.
    sources: [{doc: web-2023, section: Domestic Homicide Reviews}]
""",
    "meta.yaml": """
topic: meta
intents:
  - id: greeting
    title: Hello
    kind: meta
    examples: [hello, hi there]
    answer: |
      Hello! Ask me about the partnership.
    related: [help-danger-now, priorities]
  - id: capabilities
    title: What I can answer
    kind: meta
    examples: [what can you do, what can you help with]
    answer: |
      I answer questions about the partnership and where to get help.
""",
    "test.yaml": f"""
topic: test
intents:
  - id: test-markup
    title: Markup <b>test</b> & co
    examples: [show me the markup test answer, markup test]
    keywords: [markup test]
    answer: |
      {MARKUP_ANSWER}
    sources: [{{doc: web-2023, section: "Section <i>&</i> co"}}]
  - id: test-long
    title: A very long answer
    examples: [give me the very long answer, very long answer]
    keywords: [very long answer]
    answer: |
{{long}}
    sources: [{{doc: plan-2021, section: The long section}}]
  - id: test-tie-a
    title: Zebra crossing rules A
    examples: [zebra crossing rules]
    keywords: [zebra crossing]
    answer: |
      Answer A about zebra crossings.
    sources: [{{doc: plan-2021, section: Zebra A}}]
  - id: test-tie-b
    title: Zebra crossing rules B
    examples: [zebra crossing rules]
    keywords: [zebra crossing]
    answer: |
      Answer B about zebra crossings.
    sources: [{{doc: plan-2021, section: Zebra B}}]
""",
}


def _long_answer() -> str:
    para = (
        "Paragraph {n}: the partnership & its members <work> together on community safety, and this "
        "sentence is here to make the answer long enough to need several Telegram messages in total."
    )
    return "\n\n".join("      " + para.format(n=i) for i in range(1, LONG_PARAGRAPHS + 1))


def write_test_knowledge(dest: Path) -> Path:
    """A knowledge folder at dest/knowledge: the real documents and contacts, the intents above."""
    target = dest / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE, target, ignore=shutil.ignore_patterns("build", "intents", "phrasings"))
    (target / "intents").mkdir()
    for name, text in INTENTS.items():
        if "{long}" in text:
            text = text.replace("{long}", _long_answer())
        (target / "intents" / name).write_text(text.lstrip(), encoding="utf-8")
    return target


_ALLOWED = re.compile(r"</?(b|i)>")


def only_our_tags(html_text: str) -> bool:
    """True when the only tags in `html_text` are the <b>/<i> the renderer adds."""
    return all(_ALLOWED.fullmatch(t) for t in re.findall(r"<[^<>]*>", html_text))
