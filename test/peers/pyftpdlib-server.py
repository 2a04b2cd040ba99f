# An FTP server for the FTP connect-only tests, run by test/peers/pyftpdlib.ts with Debian's
# python3-pyftpdlib: one user with a home directory, a plain listener and an explicit-TLS
# listener (AUTH TLS/SSL, PBSZ, PROT; TLS_FTPHandler), both on 127.0.0.1. Prints "ready" once
# both listen; SIGTERM stops it.
import signal
import sys

from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import FTPHandler, TLS_FTPHandler
from pyftpdlib.servers import FTPServer

host, plain_port, tls_port, cert, key, user, password, home = sys.argv[1:9]

authorizer = DummyAuthorizer()
authorizer.add_user(user, password, home, perm='elr')


class Plain(FTPHandler):
    pass


class Tls(TLS_FTPHandler):
    pass


Plain.authorizer = authorizer
Tls.authorizer = authorizer
Tls.certfile = cert
Tls.keyfile = key

# both servers register with pyftpdlib's one IOLoop, which one thread runs (two threads running
# it at once corrupt each other's sessions)
plain = FTPServer((host, int(plain_port)), Plain)
tls = FTPServer((host, int(tls_port)), Tls)
signal.signal(signal.SIGTERM, lambda *_: plain.close_all())
print('ready', flush=True)
plain.serve_forever(handle_exit=False)
