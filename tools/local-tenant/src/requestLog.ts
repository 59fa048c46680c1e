/**
 * Every request the tenant answered, for tests and `npm run bench` to count what a client
 * sent (DESIGN §9 request budgets). Kept in memory, bounded.
 */
export interface LoggedRequest {
  seq: number;
  at: string;
  method: string;
  path: string;
  user: string | null;
  status: number;
  /** For a $batch: how many requests it carried. */
  parts?: number;
}

export class RequestLog {
  private entries: LoggedRequest[] = [];
  private seq = 0;

  add(entry: Omit<LoggedRequest, 'seq'>): void {
    this.seq += 1;
    this.entries.push({ ...entry, seq: this.seq });
    if (this.entries.length > 20000) this.entries.splice(0, 5000);
  }

  since(seq: number, user?: string): LoggedRequest[] {
    return this.entries.filter((e) => e.seq > seq && (!user || e.user?.toLowerCase() === user.toLowerCase()));
  }

  last(): number {
    return this.seq;
  }
}
