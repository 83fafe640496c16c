"""Login throttling: too many failed logins lock a username, and a client, for a while.

Failures are counted per username (whether or not it exists, so a lockout says nothing about
which names are real) and per client address, over a sliding window. Once a key reaches its
limit, logins for it are refused without checking the password until the window has passed.
A successful login clears its username's count but not its client's, so an attacker cannot
reset the client count by logging into an account of their own.

Counts live in the server process (a restart clears them). Behind a reverse proxy every client
has the proxy's address unless ``faultlines serve --trusted-proxy`` names the proxy.

Example::

    throttle = LoginThrottle()
    if (wait := throttle.wait_s("ana", "10.0.0.7")): ...   # refuse: say how long to wait
    throttle.failed("ana", "10.0.0.7")
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable

USER_FAILURES = 5  # per username in the window
CLIENT_FAILURES = 20  # per client address in the window (a few users mistyping behind one NAT)
WINDOW_S = 15 * 60
MAX_KEYS = 100_000  # past this many counted keys, expired ones are swept (a spray of usernames)


class LoginThrottle:
    """Failed-login counts per username and per client; thread-safe."""

    def __init__(
        self,
        *,
        user_failures: int = USER_FAILURES,
        client_failures: int = CLIENT_FAILURES,
        window_s: float = WINDOW_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limits = {"user": user_failures, "client": client_failures}
        self.window_s = window_s
        self.clock = clock
        self._failures: dict[tuple[str, str], deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def wait_s(self, username: str, client: str) -> float:
        """Seconds until a login for this username from this client is tried again (0: now)."""
        now = self.clock()
        with self._lock:
            return max(self._wait(key, now) for key in self._keys(username, client))

    def failed(self, username: str, client: str) -> None:
        now = self.clock()
        with self._lock:
            for key in self._keys(username, client):
                self._failures[key].append(now)
            if len(self._failures) > MAX_KEYS:
                for key in list(self._failures):
                    self._wait(key, now)

    def succeeded(self, username: str) -> None:
        with self._lock:
            self._failures.pop(("user", username.casefold()), None)

    def _keys(self, username: str, client: str) -> tuple[tuple[str, str], ...]:
        return ("user", username.casefold()), ("client", client)

    def _wait(self, key: tuple[str, str], now: float) -> float:
        times = self._failures.get(key)
        if not times:
            return 0.0
        while times and now - times[0] >= self.window_s:
            times.popleft()
        if not times:
            del self._failures[key]
            return 0.0
        if len(times) < self.limits[key[0]]:
            return 0.0
        # Locked until enough of the failures in the window have aged out.
        return times[len(times) - self.limits[key[0]]] + self.window_s - now
