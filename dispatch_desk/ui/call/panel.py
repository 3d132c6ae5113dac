"""The call in progress: who calls, how long, the state of the connection, the caller's video (the call's
page) and the operator's controls: mute, snapshot, hang up."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dispatch_desk.domain.calls import AppCall
from dispatch_desk.ui.call.list import waited_text
from dispatch_desk.ui.call.view import CallWebView


class CallPanel(QWidget):
    def __init__(self, camera: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callPanel")
        self.caller = QLabel()
        self.caller.setObjectName("callCaller")
        font = self.caller.font()
        font.setBold(True)
        self.caller.setFont(font)
        self.state = QLabel()
        self.state.setObjectName("callState")
        self.elapsed = QLabel()
        self.camera = camera
        self.view: CallWebView | None = None  # made for a person who takes calls (``make_view``)
        self.placeholder = QLabel()
        self.placeholder.setMinimumHeight(200)
        self.mute_button, self.snapshot_button, self.hang_up_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.hang_up_button.setObjectName("hangUp")
        self.hang_up_button.setStyleSheet(
            "QPushButton { color: white; background: #c62828; padding: 4px 10px; }"
        )
        top = QHBoxLayout()
        top.addWidget(self.caller, 1)
        top.addWidget(self.elapsed)
        buttons = QHBoxLayout()
        for button in (self.mute_button, self.snapshot_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.hang_up_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(self.placeholder, 1)
        layout.addLayout(buttons)
        self.box = layout
        self.call: AppCall | None = None
        self.show_call(None)

    def make_view(self) -> CallWebView:
        """The call's page, loaded ahead of the first call so that answering does not wait for it."""
        if self.view is None:
            self.view = CallWebView(self.camera, self)
            self.view.setMinimumHeight(200)
            self.box.replaceWidget(self.placeholder, self.view)
            self.placeholder.deleteLater()
        return self.view

    def show_call(self, call: AppCall | None) -> None:
        self.call = call
        if call is None:
            self.caller.setText(self.tr("No call in progress"))
            self.elapsed.clear()
            self.state.clear()
            return
        who = " · ".join(x for x in (call.caller.name, call.caller.phone or "") if x) or self.tr(
            "(not given)"
        )
        kind = self.tr("video call") if call.video else self.tr("voice call")
        self.caller.setText(f"{who} — {kind}")
        self.set_state("joining")

    def set_state(self, state: str) -> None:
        words = {
            "joining": self.tr("connecting to the caller…"),
            "joined": self.tr("waiting for the caller's media…"),
            "connecting": self.tr("connecting…"),
            "connected": self.tr("connected"),
            "disconnected": self.tr("connection interrupted: reconnecting…"),
            "failed": self.tr("the connection failed"),
            "no-microphone": self.tr("no microphone: the caller cannot hear you"),
            "ended-caller": self.tr("the caller hung up"),
            "ended-operator": self.tr("you ended the call"),
            "ended-lost": self.tr("the connection to the caller was lost"),
        }
        self.state.setText(words.get(state, state))
        self.state.setProperty("callState", state)

    def tick(self, now: datetime) -> None:
        call = self.call
        if call is not None and call.answered_at is not None and call.ended_at is None:
            self.elapsed.setText(waited_text((now - call.answered_at).total_seconds()))
