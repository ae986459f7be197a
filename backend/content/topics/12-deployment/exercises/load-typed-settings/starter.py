class ConfigError(ValueError):
    """Every configuration problem at once: `problems` maps a variable name to a reason."""

    def __init__(self, problems):
        self.problems = dict(problems)
        details = "; ".join(f"{name}: {reason}" for name, reason in sorted(self.problems.items()))
        super().__init__(f"invalid configuration: {details}")


def load_settings(environ, schema):
    """Return {setting: typed value}; raise ConfigError listing every problem."""
    raise NotImplementedError
