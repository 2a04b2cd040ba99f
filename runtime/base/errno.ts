// OS error numbers and their strerror() texts, for the lines libcurl prints with strerror
// ("connect to ... failed: Connection refused", "Send failure: Broken pipe") and OS_ERRNO.
// Node reports libuv codes (err.code 'ECONNREFUSED', err.errno -111); on POSIX libuv's number is
// the negated errno. glibc's texts, as libcurl on Linux shows them.

const texts: Record<string, string> = {
  EPERM: 'Operation not permitted',
  ENOENT: 'No such file or directory',
  EINTR: 'Interrupted system call',
  EBADF: 'Bad file descriptor',
  EAGAIN: 'Resource temporarily unavailable',
  ENOMEM: 'Cannot allocate memory',
  EACCES: 'Permission denied',
  EINVAL: 'Invalid argument',
  EMFILE: 'Too many open files',
  ENFILE: 'Too many open files in system',
  EPIPE: 'Broken pipe',
  ENOTSOCK: 'Socket operation on non-socket',
  EPROTONOSUPPORT: 'Protocol not supported',
  EAFNOSUPPORT: 'Address family not supported by protocol',
  EADDRINUSE: 'Address already in use',
  EADDRNOTAVAIL: 'Cannot assign requested address',
  ENETDOWN: 'Network is down',
  ENETUNREACH: 'Network is unreachable',
  ECONNABORTED: 'Software caused connection abort',
  ECONNRESET: 'Connection reset by peer',
  ENOBUFS: 'No buffer space available',
  EISCONN: 'Transport endpoint is already connected',
  ENOTCONN: 'Transport endpoint is not connected',
  ETIMEDOUT: 'Connection timed out',
  ECONNREFUSED: 'Connection refused',
  EHOSTDOWN: 'Host is down',
  EHOSTUNREACH: 'No route to host',
  EALREADY: 'Operation already in progress',
  EINPROGRESS: 'Operation now in progress',
};

/** Linux errno numbers for codes whose Node error carries none (stream errors, EPIPE on write). */
const numbers: Record<string, number> = {
  EPERM: 1, ENOENT: 2, EINTR: 4, EBADF: 9, EAGAIN: 11, ENOMEM: 12, EACCES: 13, EINVAL: 22,
  ENFILE: 23, EMFILE: 24, EPIPE: 32, ENOTSOCK: 88, EPROTONOSUPPORT: 93, EAFNOSUPPORT: 97,
  EADDRINUSE: 98, EADDRNOTAVAIL: 99, ENETDOWN: 100, ENETUNREACH: 101, ECONNABORTED: 103,
  ECONNRESET: 104, ENOBUFS: 105, EISCONN: 106, ENOTCONN: 107, ETIMEDOUT: 110, ECONNREFUSED: 111,
  EHOSTDOWN: 112, EHOSTUNREACH: 113, EALREADY: 114, EINPROGRESS: 115,
};

interface SystemErrorLike {
  code?: unknown;
  errno?: unknown;
  message?: unknown;
}

/** The OS errno behind a Node error (0 when there is none). */
export function errnoOf(err: unknown): number {
  const e = err as SystemErrorLike | null;
  if (e && typeof e.errno === 'number' && e.errno !== 0) return Math.abs(e.errno);
  if (e && typeof e.code === 'string' && numbers[e.code] !== undefined) return numbers[e.code]!;
  return 0;
}

/** strerror() for a Node error: the glibc text for its code, else the error's own message.
 * Stream errors after a local end ("write after end", a write to a socket without a handle) read
 * as a broken pipe, which is what the kernel says to a send() on a socket the application can no
 * longer (or not yet) write to. */
export function strerrorOf(err: unknown): string {
  const e = err as SystemErrorLike | null;
  const code = e && typeof e.code === 'string' ? e.code : '';
  if (texts[code] !== undefined) return texts[code]!;
  if (code === 'ERR_STREAM_WRITE_AFTER_END' || code === 'ERR_STREAM_DESTROYED' || code === 'ERR_SOCKET_CLOSED') {
    return texts['EPIPE']!;
  }
  if (e && typeof e.message === 'string' && e.message !== '') return e.message;
  return String(err);
}
