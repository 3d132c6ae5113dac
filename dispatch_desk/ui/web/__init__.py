"""What the desk's web pages (the map, the call) share: a view that runs the desk's calls into its page."""
