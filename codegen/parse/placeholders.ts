// %PROTOCOLS% and %AVAILABILITY%: sections curl's scripts/cd2nroff fills in from the header
// (`outprotocols`, `outtls`, and the Added-in line). Same logic, same generated sentences, so a
// rendered page reads as curl's does.
import type { Flavour } from '../model.js';
import { PRODUCT } from './flavour.js';

/** Join names the way cd2nroff does: `a, b and c`. */
function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The %PROTOCOLS% text for a `Protocol:` list (and `TLS-backend:` when it names TLS). */
export function protocolsText(protocols: string[], tlsBackends: string[]): string | undefined {
  if (protocols.length === 0) return undefined;
  let text: string;
  if (protocols[0] === 'TLS') {
    text = 'This functionality affects all TLS based protocols: HTTPS, FTPS, IMAPS, POP3S, SMTPS etc.';
  } else {
    const sorted = [...protocols].sort();
    text = `This functionality affects ${joinAnd(sorted.map((p) => p.toLowerCase()))}`;
    if (sorted.length === 1) text += sorted[0] === 'All' ? ' supported protocols' : ' only';
  }
  if (protocols[0] === 'TLS' && tlsBackends.length > 0) text += '\n\n' + tlsText(tlsBackends);
  return text;
}

function tlsText(backends: string[]): string {
  if (backends[0] === 'All') return 'All TLS backends support this option.';
  if (backends[0] === 'none') return 'No TLS backend supports this option.';
  return `This option works only with the following TLS backends:\n${joinAnd([...backends].sort())}`;
}

/** The %AVAILABILITY% text for `Added-in:`; none for `n/a` or when absent. */
export function availabilityText(addedIn: string | undefined, flavour: Flavour): string | undefined {
  if (addedIn === undefined || addedIn === 'n/a') return undefined;
  return `Added in ${PRODUCT[flavour]} ${addedIn}`;
}
