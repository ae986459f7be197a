# Mistake: the bounds are treated as exclusive (<= and >=), so a value exactly at a limit is refused.
def is_type(value, kind):
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False
    if kind == "integer":
        return isinstance(value, int)
    return isinstance(value, (int, float))


def validate_body(body, rules):
    if not isinstance(body, dict):
        return {"_body": "object_expected"}
    errors = {}
    for field, rule in rules.items():
        value = body.get(field)
        if value is None:
            if rule.get("required", False):
                errors[field] = "required"
            continue
        if not is_type(value, rule["type"]):
            errors[field] = "type"
        elif "min_length" in rule and len(value) <= rule["min_length"]:
            errors[field] = "min_length"
        elif "max_length" in rule and len(value) >= rule["max_length"]:
            errors[field] = "max_length"
        elif "min" in rule and value <= rule["min"]:
            errors[field] = "min"
        elif "max" in rule and value >= rule["max"]:
            errors[field] = "max"
        elif "choices" in rule and value not in rule["choices"]:
            errors[field] = "choices"
    for field in body:
        if field not in rules:
            errors[field] = "unknown_field"
    return errors
