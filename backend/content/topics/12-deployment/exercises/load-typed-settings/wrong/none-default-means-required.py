# Mistake: treats a default of None as "no default", so optional settings like SENTRY_DSN become required.
class ConfigError(ValueError):
    def __init__(self, problems):
        self.problems = dict(problems)
        super().__init__(f"invalid configuration: {self.problems}")


BOOLS = {"1": True, "true": True, "yes": True, "on": True,
         "0": False, "false": False, "no": False, "off": False}


def load_settings(environ, schema):
    settings, problems = {}, {}
    for name, spec in schema.items():
        text = (environ.get(name) or "").strip()
        if not text:
            if spec.get("default") is not None:
                settings[name] = spec["default"]
            else:
                problems[name] = "missing"
            continue
        kind = spec["type"]
        if kind == "int":
            try:
                value = int(text)
            except ValueError:
                problems[name] = "not an integer"
                continue
            if value < spec.get("min", value) or value > spec.get("max", value):
                problems[name] = "out of range"
                continue
        elif kind == "bool":
            if text.lower() not in BOOLS:
                problems[name] = "not a boolean"
                continue
            value = BOOLS[text.lower()]
        elif kind == "list":
            value = [item.strip() for item in text.split(",") if item.strip()]
        else:
            value = text
        settings[name] = value
    if problems:
        raise ConfigError(problems)
    return settings
