/**
 * Quorum (beslutförhet, KL 5:46 and 6:27, DOMAIN §2): a body may decide only when more than half
 * of its seats are held, each seat counted once.
 */
export interface Quorum {
  seats: number;
  held: number;
  required: number;
  ok: boolean;
  /** Seats still to fill before the body may decide; 0 when it may. */
  missing: number;
}

export function quorum(seats: number, held: number): Quorum {
  const required = Math.floor(seats / 2) + 1;
  return { seats, held, required, ok: held >= required, missing: Math.max(0, required - held) };
}
