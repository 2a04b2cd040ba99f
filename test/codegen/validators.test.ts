// The generated run-time checks (generated/validators.ts from the repo's specs): libcurl's
// CURLcode for each kind of value. 0 OK, 43 BAD_FUNCTION_ARGUMENT, 48 UNKNOWN_OPTION.
import { describe, expect, it } from 'vitest';
import { validateOption, validators } from '../../generated/validators.js';
import { CURLOPT } from '../../generated/options.js';

describe('validateOption', () => {
  it.each([
    ['CONNECT_ONLY', 0, 0],
    ['CONNECT_ONLY', 2, 0],
    ['CONNECT_ONLY', 3, 43],
    ['CONNECT_ONLY', -1, 43],
    ['CONNECT_ONLY', 1.5, 43],
    ['CONNECT_ONLY', '1', 43],
    ['VERBOSE', 1, 0],
    ['VERBOSE', -7, 0], // booleans never fail (libcurl-semantics A4)
    ['VERBOSE', true, 0],
    ['VERBOSE', 'yes', 43],
    ['URL', 'https://example.com/', 0],
    ['URL', null, 0],
    ['URL', 1, 43],
    ['PROXYHEADER', ['X-A: 1'], 0],
    ['PROXYHEADER', [1], 43],
    ['OPENSOCKETFUNCTION', () => -1, 0],
    ['OPENSOCKETFUNCTION', null, 0],
    ['OPENSOCKETFUNCTION', 'f', 43],
    ['PRIVATE', Symbol('anything'), 0],
    ['PORT', 65535, 0],
    ['PORT', 65536, 43],
    ['PORT', -1, 43],
  ])('%s = %o -> %i', (name, value, code) => {
    expect(validateOption(name, value)).toBe(code);
  });

  it.each(['NOPE', '__proto__', 'toString', 'constructor', ''])('unknown name %j -> 48', (name) => {
    expect(validateOption(name, 1)).toBe(48);
  });

  it('has one validator per option, frozen', () => {
    expect(Object.keys(validators).sort()).toEqual(Object.keys(CURLOPT).sort());
    expect(Object.isFrozen(validators)).toBe(true);
  });
});
