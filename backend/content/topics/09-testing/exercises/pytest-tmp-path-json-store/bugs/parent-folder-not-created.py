import json
import os
from pathlib import Path


class JsonStore:
    def __init__(self, path):
        self.path = Path(path)

    def _load(self):
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        return json.loads(text)

    def _save(self, data):
        temporary = self.path.with_name(self.path.name + ".tmp")
        temporary.write_text(json.dumps(data, sort_keys=True, indent=2), encoding="utf-8")
        os.replace(temporary, self.path)

    def get(self, key, default=None):
        return self._load().get(key, default)

    def set(self, key, value):
        data = self._load()
        data[key] = value
        self._save(data)

    def delete(self, key):
        data = self._load()
        del data[key]
        self._save(data)
