# Mistake: the validator returns as soon as one field fails, so the client has to fix its form one field at a time.
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
    for field in body:
        if field not in rules:
            return {field: "unknown_field"}
    for field, rule in rules.items():
        value = body.get(field)
        if value is None:
            if rule.get("required", False):
                return {field: "required"}
            continue
        if not is_type(value, rule["type"]):
            return {field: "type"}
        if "min_length" in rule and len(value) < rule["min_length"]:
            return {field: "min_length"}
        if "max_length" in rule and len(value) > rule["max_length"]:
            return {field: "max_length"}
        if "min" in rule and value < rule["min"]:
            return {field: "min"}
        if "max" in rule and value > rule["max"]:
            return {field: "max"}
        if "choices" in rule and value not in rule["choices"]:
            return {field: "choices"}
    return {}
