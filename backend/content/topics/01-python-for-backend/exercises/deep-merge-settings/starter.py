def deep_merge(defaults: dict, overrides: dict) -> dict:
    result = dict(defaults)
    result.update(overrides)   # TODO: this replaces nested sections instead of merging them
    return result
