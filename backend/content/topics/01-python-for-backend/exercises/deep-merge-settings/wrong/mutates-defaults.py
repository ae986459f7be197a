# Mistake: merges into `defaults` in place and returns it, so the shared defaults change for everyone.
def deep_merge(defaults: dict, overrides: dict) -> dict:
    for key, value in overrides.items():
        if isinstance(defaults.get(key), dict) and isinstance(value, dict):
            deep_merge(defaults[key], value)
        else:
            defaults[key] = value
    return defaults
