# Mistake: a shallow merge; a nested override replaces the whole default section.
def deep_merge(defaults: dict, overrides: dict) -> dict:
    return {**defaults, **overrides}
