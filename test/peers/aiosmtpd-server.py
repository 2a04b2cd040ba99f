# An SMTP server for the SMTP connect-only tests, run by test/peers/aiosmtpd.ts with Debian's
# python3-aiosmtpd: AUTH PLAIN and LOGIN for one user, STARTTLS on the plain port and implicit
# TLS on the second port, both on 127.0.0.1. Prints "ready" once both listen.
import signal
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

host, plain_port, tls_port, cert, key, user, password = sys.argv[1:8]

context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
context.load_cert_chain(cert, key)


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == user.encode() and auth_data.password == password.encode()
    return AuthResult(success=ok, handled=False)


class Sink:
    async def handle_DATA(self, server, session, envelope):
        return '250 OK'


common = dict(authenticator=authenticator, auth_require_tls=False, ready_timeout=10)
plain = Controller(Sink(), hostname=host, port=int(plain_port), tls_context=context, **common)
implicit = Controller(Sink(), hostname=host, port=int(tls_port), ssl_context=context, **common)
plain.start()
implicit.start()
print('ready', flush=True)

stop = threading.Event()
signal.signal(signal.SIGTERM, lambda *_: stop.set())
stop.wait()
plain.stop()
implicit.stop()
