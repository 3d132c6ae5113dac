"""The map: a folium/Leaflet page built once, driven by a small JavaScript API, in a QWebEngineView."""
