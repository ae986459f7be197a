# Mistake: tests the bounds with spec.get("min"), which is falsy for a bound of 0, so a
# negative value passes a minimum of 0.
class ConfigError(ValueError):
    """Every configuration problem at once: `problems` maps a variable name to a reason."""

    def __init__(self, problems):
        self.problems = dict(problems)
        details = "; ".join(f"{name}: {reason}" for name, reason in sorted(self.problems.items()))
        super().__init__(f"invalid configuration: {details}")


TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off"}


def _convert(text, spec):
    """Return the typed value of a non-empty string, or raise ValueError with a reason."""
    kind = spec["type"]
    if kind == "str":
        return text
    if kind == "int":
        try:
            number = int(text)
        except ValueError:
            raise ValueError(f"{text!r} is not an integer") from None
        if spec.get("min") and number < spec["min"]:
            raise ValueError(f"must be at least {spec['min']}")
        if spec.get("max") and number > spec["max"]:
            raise ValueError(f"must be at most {spec['max']}")
        return number
    if kind == "bool":
        word = text.lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise ValueError(f"{text!r} is not a boolean")
    if kind == "list":
        return [item.strip() for item in text.split(",") if item.strip()]
    raise ValueError(f"unknown type {kind!r}")


def load_settings(environ, schema):
    """Return {setting: typed value}; raise ConfigError listing every problem."""
    settings = {}
    problems = {}
    for name, spec in schema.items():
        text = (environ.get(name) or "").strip()
        if not text:
            if "default" in spec:
                settings[name] = spec["default"]
            else:
                problems[name] = "missing"
            continue
        try:
            settings[name] = _convert(text, spec)
        except ValueError as exc:
            problems[name] = str(exc)
    if problems:
        raise ConfigError(problems)
    return settings
