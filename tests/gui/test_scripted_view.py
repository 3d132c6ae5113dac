"""The view the map and the call pages share: what the desk asks of a page before it is ready waits,
runs in order once it is, and a call whose answer is wanted gets it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject

from dispatch_desk.ui.web.view import ScriptedView

pytestmark = pytest.mark.gui


def test_calls_before_the_page_is_ready_run_in_order_with_their_answers(qtbot, tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><script>window.seen = [];</script></body></html>", encoding="utf-8")
    view = ScriptedView(QObject())
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loadFinished, timeout=30_000):
        view.load(page.as_uri())
    answers: list = []
    view.run_script("seen.push('a');")
    view.run_script("seen.push('b'); seen.length", answers.append)
    view.run_script("seen.push('c');")
    view.run_script("seen.join(',')", answers.append)
    qtbot.wait(200)
    assert answers == []  # not ready: nothing has run
    view.page_ready()
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=10_000)
    assert answers == [2, "a,b,c"]
    view.run_script("seen.push('d'); seen.length", answers.append)  # ready: at once
    qtbot.waitUntil(lambda: len(answers) == 3, timeout=10_000)
    assert answers[2] == 4
    view.page_loading()  # another page on its way: calls wait again
    view.run_script("seen.length", answers.append)
    qtbot.wait(200)
    assert len(answers) == 3
