"""Geography: precinct lookup, distances. No Qt, no database."""
