// "Precise type" per issue 2: the synopsis parsed, the call was found, and its argument mapped to
// a TypeRef that says what the C type is. A `named` type counts when it is a libcurl type the
// runtime knowingly does not model (CURLSH *, FILE *: exact, merely unsupported); it does not
// when the name is unknown (a synopsis that omits the type, a typedef no page defines).
import type { Doc, Model } from '../model.js';
import { canonicalName } from './flavour.js';
import { OPAQUE_TYPES } from './type-map.js';

export type Precision = { precise: true; unsupported?: string } | { precise: false; reason: string };

export function typePrecision(doc: Doc): Precision {
  const t = doc.type;
  if (!t) return { precise: false, reason: 'the SYNOPSIS has no call with this option that could be parsed' };
  if (t.kind !== 'named' || t.supported) return { precise: true };
  const base = t.cType.replace(/\bconst\b/g, '').replace(/\*/g, '').replace(/\s+/g, ' ').trim();
  const m = /^(struct|union|enum) (.+)$/.exec(base);
  const key = m ? `${m[1]} ${canonicalName(m[2], doc.flavour)}` : canonicalName(base, doc.flavour);
  if (key in OPAQUE_TYPES) return { precise: true, unsupported: t.reason };
  return { precise: false, reason: t.reason };
}

export interface PrecisionReport {
  /** Option and info pages considered. */
  total: number;
  precise: number;
  imprecise: { name: string; reason: string }[];
  /** Precise, but a type the runtime does not support. */
  unsupported: { name: string; reason: string }[];
}

/** Precision over the option and info pages of a model (the per-run report). */
export function precisionReport(model: Model): PrecisionReport {
  const report: PrecisionReport = { total: 0, precise: 0, imprecise: [], unsupported: [] };
  for (const doc of model.docs) {
    if (doc.kind !== 'option' && doc.kind !== 'info') continue;
    report.total++;
    const p = typePrecision(doc);
    if (p.precise) {
      report.precise++;
      if (p.unsupported) report.unsupported.push({ name: doc.name, reason: p.unsupported });
    } else {
      report.imprecise.push({ name: doc.name, reason: p.reason });
    }
  }
  return report;
}
