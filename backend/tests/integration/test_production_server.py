"""The API under gunicorn as production runs it (the api service's command, production
settings, the real PostgreSQL and Redis): the throttles count across server processes."""

import pytest
import requests

from tests.factories import UserFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def test_the_sign_in_limit_holds_across_two_server_processes(start_gunicorn):
    UserFactory(username="target")
    servers = [start_gunicorn({"THROTTLE_AUTH": "20/min"}, wait=False) for _ in range(2)]
    for server in servers:
        server.wait_ready()

    statuses = []
    for attempt in range(40):
        server = servers[attempt % 2]
        response = requests.post(
            f"{server.url}/api/v1/auth/token/",
            json={"username": "target", "password": "a-wrong-guess"},
            timeout=5,
        )
        statuses.append(response.status_code)

    through = [status for status in statuses if status != 429]
    print(f"{len(through)} of {len(statuses)} attempts got through: {statuses}")
    assert len(through) <= 20, statuses
    assert set(through) == {401}
    assert 429 in statuses[1::2] and 429 in statuses[0::2]  # both processes refuse
