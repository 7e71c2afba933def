"""Results → Rich tables and step panels, plotext plots, or the one JSON encoding."""
