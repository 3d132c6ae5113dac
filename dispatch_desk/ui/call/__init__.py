"""A call from the app on the desk: the list of calls ringing (``list.py``), the call in progress in a
QtWebEngine page (``view.py``, faced by ``api.py``; the page is ``resources/call/desk.html``), its bar of
controls (``panel.py``) and the part of the window that ties them to the call form and the map
(``desk.py``)."""
