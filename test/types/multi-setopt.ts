// Usage of the generated multi setopt overloads (generated/multi-options.ts), through the runtime's
// Multi class that merges them; see setopt.ts.
import { CURLMOPT, Multi, validateMultiOption, type MultiSetopt } from '../../runtime/index.js';

const multi = new Multi();
const setter: MultiSetopt = multi;

const code: number = multi.setopt(CURLMOPT.MAXCONNECTS, 10);
setter.setopt(CURLMOPT.MAX_HOST_CONNECTIONS, 2);
// @ts-expect-error a string for a long
multi.setopt(CURLMOPT.MAXCONNECTS, 'x');
// @ts-expect-error an easy option name is not a multi option
multi.setopt('URL', 1);
// @ts-expect-error the value is required
multi.setopt(CURLMOPT.MAX_HOST_CONNECTIONS);

const checked: number = validateMultiOption('MAXCONNECTS', 1);
void [code, checked];
