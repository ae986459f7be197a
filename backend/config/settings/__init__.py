"""Settings modules: `development` (the default), `test` and `production`."""
