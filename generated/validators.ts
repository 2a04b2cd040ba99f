// PLACEHOLDER written by hand until manbind's generator emits this file from specs/; do not edit
// by hand beyond keeping the runtime compiling. It carries no runtime logic.
import { CURLOPT } from './options.js';

/** Placeholder: every known option accepts any value here; the runtime's handlers check. */
export const validators: Readonly<Record<string, (value: unknown) => number>> = Object.fromEntries(
  Object.keys(CURLOPT).map((name) => [name, (): number => 0]),
);

/** 0 when `value` suits option `name`, 43 when it does not, 48 for an unknown option. */
export function validateOption(name: string, value: unknown): number {
  const v = Object.prototype.hasOwnProperty.call(validators, name) ? validators[name] : undefined;
  return v === undefined ? 48 : v(value);
}
