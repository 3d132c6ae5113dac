"""The units' server: the trackers patrol cars and officers' phones carry, in their own protocols.

Each protocol's decoder (``wialon.py``, ``teltonika.py``, ``osmand.py``) turns bytes into ``Fix`` records
and the answers the device expects, and nothing else: it reads no database and opens no socket, so each is
tested byte for byte against the protocol's published packets and fuzzed.
"""
