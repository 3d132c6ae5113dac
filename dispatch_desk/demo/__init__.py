"""The Pavlodar demo city: real outline, illustrative precincts, streets, units and 30 days of history."""
