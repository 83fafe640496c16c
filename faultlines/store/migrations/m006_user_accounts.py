"""Migration m006: a workbench account can be disabled (kept, with its reviews, but unable to log in).

Roles (``users.role``) are ``reader``, ``reviewer`` and ``admin`` (:mod:`faultlines.web.auth`);
accounts made before this migration were reviewers and stay so.
"""

STATEMENTS = [
    "ALTER TABLE users ADD COLUMN disabled BOOLEAN DEFAULT false",
]
