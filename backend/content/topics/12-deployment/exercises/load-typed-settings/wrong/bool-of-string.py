# Mistake: converts booleans with bool(text), so DEBUG=false turns debug mode ON.
class ConfigError(ValueError):
    def __init__(self, problems):
        self.problems = dict(problems)
        super().__init__(f"invalid configuration: {self.problems}")


def load_settings(environ, schema):
    settings, problems = {}, {}
    for name, spec in schema.items():
        text = (environ.get(name) or "").strip()
        if not text:
            if "default" in spec:
                settings[name] = spec["default"]
            else:
                problems[name] = "missing"
            continue
        kind = spec["type"]
        try:
            if kind == "int":
                value = int(text)
                if value < spec.get("min", value) or value > spec.get("max", value):
                    raise ValueError("out of range")
            elif kind == "bool":
                value = bool(text)
            elif kind == "list":
                value = [item.strip() for item in text.split(",") if item.strip()]
            else:
                value = text
            settings[name] = value
        except ValueError as exc:
            problems[name] = str(exc)
    if problems:
        raise ConfigError(problems)
    return settings
