# Mistake: raises on the first problem, so a deploy fixes one variable per failed attempt.
class ConfigError(ValueError):
    def __init__(self, problems):
        self.problems = dict(problems)
        super().__init__(f"invalid configuration: {self.problems}")


BOOLS = {"1": True, "true": True, "yes": True, "on": True,
         "0": False, "false": False, "no": False, "off": False}


def load_settings(environ, schema):
    settings = {}
    for name, spec in schema.items():
        text = (environ.get(name) or "").strip()
        if not text:
            if "default" not in spec:
                raise ConfigError({name: "missing"})
            settings[name] = spec["default"]
            continue
        kind = spec["type"]
        if kind == "int":
            try:
                value = int(text)
            except ValueError:
                raise ConfigError({name: "not an integer"}) from None
            if value < spec.get("min", value) or value > spec.get("max", value):
                raise ConfigError({name: "out of range"})
        elif kind == "bool":
            if text.lower() not in BOOLS:
                raise ConfigError({name: "not a boolean"})
            value = BOOLS[text.lower()]
        elif kind == "list":
            value = [item.strip() for item in text.split(",") if item.strip()]
        else:
            value = text
        settings[name] = value
    return settings
