"""The frozen baseline engine: the assistant's decision as it stood before the understanding work
(commit after "Blind sets as tests with floors", 2026-11-30), copied unchanged except for its
imports. `cdp-bot bench` runs it beside the live engine on the same knowledge and questions, so
every accuracy and speed figure has today's matcher next to it. Do not edit these files.

    from benchmarks.baseline.assistant import Assistant as BaselineAssistant
"""
