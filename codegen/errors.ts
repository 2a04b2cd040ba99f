// The one error a user can cause: bad flags, a missing folder, an output path that cannot be
// written. The CLI prints its message alone (one line, no stack); anything else is a bug.

export class ManbindError extends Error {
  override name = 'ManbindError';
}
