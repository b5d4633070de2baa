"""The usage summary for operators, as text and as one chart image (`cdp-bot stats`, `/stats`).

The chart is drawn with matplotlib's Agg backend (no display needed), imported only when a chart
is asked for. It shows questions per day (declined ones stacked on top), the decline rate, the top
intents, helpful / not helpful feedback and crisis replies per day. Counts only: no message text
is ever stored for it.
"""
from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any


def format_stats(data: Mapping[str, Any] | None, days: int) -> str:
    """The summary as plain text."""
    if not data or not data.get("available"):
        return "Usage storage is unavailable: nothing has been recorded."
    lines = [
        f"Last {days} day{'s' if days != 1 else ''} ({data['from']} to {data['to']}): "
        f"{data['questions']} questions from {data['users']} users, {data['declined']} declined "
        f"({float(data['decline_rate']) * 100:.0f}%), {data.get('crisis', 0)} crisis replies."
    ]
    per_day = data["per_day"]
    if per_day:
        lines.append("")
        lines.append("Per day:")
        lines += [
            f"{d['day']}: {d['questions']} ({d['declined']} declined, {d['users']} users, {d.get('crisis', 0)} crisis)"
            for d in per_day
        ]
    top = data["top_intents"]
    if top:
        lines.append("")
        lines.append("Top intents: " + ", ".join(f"{i} {n}" for i, n in top))
    fb = data["feedback"]
    lines.append("")
    lines.append(f"Feedback: {fb['helpful']} helpful, {fb['not_helpful']} not helpful.")
    if fb["by_intent"]:
        lines.append("By intent: " + ", ".join(f"{i} +{h}/-{n}" for i, h, n in fb["by_intent"]))
    return "\n".join(lines)


def chart_png(data: Mapping[str, Any], days: int) -> bytes:
    """One PNG image of the summary: four panels, readable on a phone."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib.figure import Figure

    per_day = list(data.get("per_day") or [])
    labels = [str(d["day"])[5:] for d in per_day]  # MM-DD
    asked = [int(d["questions"]) for d in per_day]
    declined = [int(d["declined"]) for d in per_day]
    answered = [a - x for a, x in zip(asked, declined, strict=True)]
    crisis = [int(d.get("crisis", 0)) for d in per_day]
    rate = [(x / a * 100) if a else 0.0 for a, x in zip(asked, declined, strict=True)]

    fig = Figure(figsize=(10, 7.5), dpi=100, layout="constrained")
    fig.suptitle(f"Nottingham CDP assistant: last {days} days ({data.get('from', '')} to {data.get('to', '')})")
    (ax_q, ax_top), (ax_rate, ax_fb) = fig.subplots(2, 2)

    x = list(range(len(labels)))
    ax_q.bar(x, answered, color="#2b6cb0", label="answered")
    ax_q.bar(x, declined, bottom=answered, color="#dd6b20", label="declined")
    ax_q.plot(x, crisis, color="#c53030", marker="o", linewidth=1.5, label="crisis replies")
    ax_q.set_title("Questions per day")
    ax_q.set_xticks(x, labels, rotation=45, ha="right", fontsize=8)
    ax_q.legend(fontsize=8)

    ax_rate.plot(x, rate, color="#dd6b20", marker="o")
    ax_rate.set_ylim(0, 100)
    ax_rate.set_title(f"Decline rate (overall {float(data.get('decline_rate', 0)) * 100:.0f}%)")
    ax_rate.set_ylabel("% declined")
    ax_rate.set_xticks(x, labels, rotation=45, ha="right", fontsize=8)

    top = list(data.get("top_intents") or [])[:8][::-1]
    ax_top.barh([str(i) for i, _n in top], [int(n) for _i, n in top], color="#2b6cb0")
    ax_top.set_title("Top intents")
    ax_top.tick_params(axis="y", labelsize=8)

    fb = data.get("feedback") or {}
    ax_fb.bar(["helpful", "not helpful"], [int(fb.get("helpful", 0)), int(fb.get("not_helpful", 0))], color=["#38a169", "#c53030"])
    ax_fb.set_title("Feedback")

    for ax in (ax_q, ax_top, ax_rate, ax_fb):
        if not per_day and ax is not ax_fb:
            ax.text(0.5, 0.5, "no data yet", ha="center", va="center", transform=ax.transAxes, color="grey")
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()
