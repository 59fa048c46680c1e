import type { ClaimLine, DayKind, LostEarningsBasis, TravelMeans } from './types';

/**
 * A claim's lines as stored (JSON in `ClaimDrafts.Lines` and `Claims.Lines`), read back strictly:
 * every line must be one of the kinds the rules know, with exactly the values they need, or the
 * whole text is refused — a stored claim is never read as something other than what was sent.
 * Whether a line is payable is amounts.ts's business, not this reader's.
 */
export type LinesResult = { ok: true; lines: ClaimLine[] } | { ok: false; index: number | null };

const MAX_LINES = 50;
const MAX_TEXT = 255;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;
const isAttachment = (v: unknown): v is string | null => v === null || (isText(v) && v.length > 0);
const isDay = (v: unknown): v is DayKind => v === 'Full' || v === 'Half';

function basis(v: unknown): LostEarningsBasis | null {
  if (!isObj(v)) return null;
  if (v.kind === 'FlatRate') return { kind: 'FlatRate' };
  if (v.kind === 'Certificate' && isNumber(v.hourlyAmount) && isAttachment(v.certificate))
    return { kind: 'Certificate', hourlyAmount: v.hourlyAmount, certificate: v.certificate };
  return null;
}

function means(v: unknown): TravelMeans | null {
  if (!isObj(v)) return null;
  if (v.kind === 'OwnCar') return { kind: 'OwnCar' };
  if (v.kind === 'Ticket' && isNumber(v.cost) && isAttachment(v.receipt)) return { kind: 'Ticket', cost: v.cost, receipt: v.receipt };
  return null;
}

/** One line from plain data; null when it is not one the rules know. */
export function toClaimLine(v: unknown): ClaimLine | null {
  if (!isObj(v)) return null;
  switch (v.kind) {
    case 'MeetingFee':
      return { kind: 'MeetingFee' };
    case 'LostEarnings': {
      const b = basis(v.basis);
      return b && isNumber(v.minutes) ? { kind: 'LostEarnings', minutes: v.minutes, basis: b } : null;
    }
    case 'Travel': {
      const m = means(v.means);
      return m && isText(v.from) && isText(v.to) && isNumber(v.km) ? { kind: 'Travel', from: v.from, to: v.to, km: v.km, means: m } : null;
    }
    case 'PerDiem':
      return isDay(v.day) ? { kind: 'PerDiem', day: v.day } : null;
    case 'Childcare':
      return isNumber(v.cost) && isAttachment(v.receipt) ? { kind: 'Childcare', cost: v.cost, receipt: v.receipt } : null;
    case 'Other':
      return isText(v.description) && isNumber(v.cost) && isAttachment(v.receipt)
        ? { kind: 'Other', description: v.description, cost: v.cost, receipt: v.receipt }
        : null;
    default:
      return null;
  }
}

/** Lines given as data (a form's) or as stored JSON text. */
export function readClaimLines(input: unknown): LinesResult {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input) as unknown;
    } catch {
      return { ok: false, index: null };
    }
  }
  if (!Array.isArray(data) || data.length > MAX_LINES) return { ok: false, index: null };
  const lines: ClaimLine[] = [];
  for (let i = 0; i < data.length; i++) {
    const line = toClaimLine(data[i]);
    if (!line) return { ok: false, index: i };
    lines.push(line);
  }
  return { ok: true, lines };
}
