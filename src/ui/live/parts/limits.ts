import type { DebateRules, RequestKind } from '../../../domain/live/types';

/** The body's time limit for a kind of speech, in seconds; 0 = none (DOMAIN §4 `[L]`). */
export function limitOf(kind: RequestKind, rules: DebateRules): number {
  if (kind === 'Reply') return rules.replySeconds;
  if (kind === 'Answer') return rules.answerSeconds;
  if (kind === 'Speech') return rules.speechSeconds;
  return 0;
}
