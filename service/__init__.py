"""brief: LLM-free news analysis (extractive summary, actors, stated positions)."""

__version__ = "1.0.0"
