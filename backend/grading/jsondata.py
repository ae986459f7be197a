"""Names for the data the grader receives without a static shape: exercise specs (parsed from
YAML or JSON, validated by the web app when written), the frames sent to the shim and the
records it sends back (untrusted: every field is checked where it is read)."""

from __future__ import annotations

from typing import Any, TypeAlias

JSONObject: TypeAlias = dict[str, Any]
JSONList: TypeAlias = list[Any]
