// The generated run-time checks (generated/validators.ts from the repo's specs): libcurl's
// CURLcode for each kind of value. 0 OK, 43 BAD_FUNCTION_ARGUMENT, 48 UNKNOWN_OPTION.
import { describe, expect, it } from 'vitest';
import { multiValidators, validateMultiOption, validateOption, validators } from '../../generated/validators.js';
import { CURLMOPT } from '../../generated/multi-options.js';
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

// curl_multi_setopt answers with CURLMcode (include/curl/multi.h): 0 OK, 10 BAD_FUNCTION_ARGUMENT,
// 6 UNKNOWN_OPTION.
describe('validateMultiOption', () => {
  it.each([
    ['MAXCONNECTS', 10, 0],
    ['MAXCONNECTS', 1.5, 10],
    ['MAXCONNECTS', 'x', 10],
    ['MAX_HOST_CONNECTIONS', 0, 0],
    ['MAX_HOST_CONNECTIONS', null, 10],
  ])('%s = %o -> %i', (name, value, code) => {
    expect(validateMultiOption(name, value)).toBe(code);
  });

  it.each(['NOPE', 'URL', '__proto__', 'toString', ''])('unknown name %j -> 6', (name) => {
    expect(validateMultiOption(name, 1)).toBe(6);
  });

  it('has one validator per multi option, frozen', () => {
    expect(Object.keys(multiValidators).sort()).toEqual(Object.keys(CURLMOPT).sort());
    expect(Object.isFrozen(multiValidators)).toBe(true);
  });
});
