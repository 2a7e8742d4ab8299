"""Token renewal: while the workbench runs, its token is traded for a new one well before
either expiry (the task server's idle time and maximum age) comes, so an annotator at work
never meets one.

One thread (`labeler-token-renewer`), one step at a time:

1. learns when the token in use expires (`GET /auth/token`), once per token;
2. sleeps until a third of the token's life, or of its idle time, is left (waking every
   hour to look at the clock again: a laptop's sleep stops the thread's timer, not the
   server's);
3. renews (`POST /auth/token/renew`), puts the new token in use for every thread's next
   call, and hands it to the listener (`token_renewed`) to keep in place of the old one.
   The old token keeps working until the new one is first used, which step 1 does at once.

Offline, it waits for the prober; after a 401 for a new token (the GUI then asks for the
password). A server without renewal (404, 405: another server speaking the protocol) is
asked again a day later; the workbench then signs in again only when the token expires.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime

from labeler.client import wire
from labeler.client.api import TaskServer
from labeler.client.connectivity import AuthGate, Connectivity
from labeler.client.errors import ApiError, ClientError, Offline, Unauthenticated
from labeler.client.listener import SyncListener
from labeler.client.worker import IDLE, Worker

log = logging.getLogger(__name__)

#: The longest sleep between two looks at the clock.
LOOK_AGAIN = 3600.0
#: After a renewal, the next one waits at least this long, whatever the clocks say.
MIN_GAP = 3600.0
#: After a failure that is neither offline nor a 401 (a busy server, a garbled answer).
RETRY = 900.0
#: A server that does not renew is asked again after this long.
UNSUPPORTED = 86400.0


def renew_at(life: wire.TokenLife) -> datetime:
    """When to renew: a third of the token's life before it expires, or a third of its
    idle time before it would idle out, whichever comes first."""
    lifetime = life.expires_at - life.created_at
    idle = life.idle_expires_at - (life.last_used_at or life.created_at)
    return min(life.expires_at - lifetime / 3, life.idle_expires_at - idle / 3)


class TokenRenewer(Worker):
    """Keeps the api's token from expiring while the workbench runs (see the module)."""

    name = "token-renewer"

    def __init__(
        self,
        api: TaskServer,
        listener: SyncListener,
        connectivity: Connectivity,
        auth: AuthGate,
        *,
        clock: type[datetime] = datetime,
    ) -> None:
        super().__init__(listener)
        self.api = api
        self.connectivity = connectivity
        self.auth = auth
        self._clock = clock
        self._life: wire.TokenLife | None = None
        self._life_of: str | None = None  # the token `_life` is about
        self._renewed = float("-inf")  # time.monotonic() of the last renewal
        #: How many renewals this run made (for the trace and tests).
        self.renewals = 0

    @property
    def next_renewal(self) -> datetime | None:
        """When the token in use will be renewed, once its life is known."""
        life = self._life
        return None if life is None else renew_at(life)

    def step(self) -> float:
        if self.auth.needed or not self.connectivity.usable or not self.api.token:
            return IDLE  # woken when the server or a token is back
        try:
            return self._step()
        except Offline as exc:
            self.connectivity.lost(exc)
            return IDLE
        except Unauthenticated as exc:
            self.auth.lost(exc.message)
            return IDLE
        except ApiError as exc:
            if exc.status in (404, 405):
                return UNSUPPORTED
            log.warning("token renewal: %s", exc.message)
            return RETRY
        except ClientError as exc:
            log.warning("token renewal: %s", exc.message)
            return RETRY

    def _step(self) -> float:
        token = self.api.token
        if self._life is None or self._life_of != token:
            self._life, self._life_of = self.api.token_life(), token
        wait = (renew_at(self._life) - self._clock.now(UTC)).total_seconds()
        if wait > 0:
            return min(wait, LOOK_AGAIN)
        since = time.monotonic() - self._renewed
        if since < MIN_GAP:  # the clocks disagree: never renew in a loop
            return MIN_GAP - since
        renewed = self.api.renew_token()
        self._renewed, self._life = time.monotonic(), None
        if self.api.token != token:
            return 0.0  # signed in again meanwhile: that token stays in use
        self.api.token = renewed.token
        self.renewals += 1
        self.listener.token_renewed(renewed.token)
        return 0.0  # learn the new token's life now: its first use retires the old one
