import { bodyJson, type TenantResponse } from '../../http';
import type { GraphCall } from '../call';
import { GraphFault, badRequest, methodNotAllowed, notFoundSegment } from '../errors';
import { buildMessage } from '../mail';
import type { EmailAddress, StoredMessage } from '../store';
import { findUserOr404 } from './users';

type Recipient = { emailAddress: EmailAddress };

// Exchange's answers, as graph.microsoft.com gives them for POST /me/sendMail.
const invalidRecipients = (detail: string): GraphFault =>
  new GraphFault(400, 'ErrorInvalidRecipients', `At least one recipient is not valid., ${detail}`);
const bodyRead = (message: string): GraphFault => new GraphFault(400, 'RequestBodyRead', message);

/** Roughly what Exchange resolves as an SMTP address: one @, no spaces, a dot in the domain. */
const ADDRESS = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;

function recipients(value: unknown, property: string): Recipient[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw bodyRead(`Cannot convert the value of '${property}' to a collection of recipients.`);
  return value.map((r) => {
    const e = (r as { emailAddress?: { address?: unknown; name?: unknown } } | null)?.emailAddress;
    const address = typeof e?.address === 'string' ? e.address.trim() : '';
    if (!ADDRESS.test(address))
      throw invalidRecipients(
        `Recipient '${address || String(e?.name ?? '')}' is not resolved. All recipients must be resolved before a message can be submitted.`,
      );
    return { emailAddress: { address, name: typeof e?.name === 'string' && e.name ? e.name : address } };
  });
}

/**
 * POST /users/{id}/sendMail (and /me/sendMail): checks the message as Graph does, answers 202, and
 * delivers at once — a copy in each recipient's inbox that the directory knows (addresses outside
 * the tenant leave it, like real mail), and one in the sender's Sent Items unless
 * `saveToSentItems` is false. Sending as someone else needs Send As, which nobody has here.
 */
export function sendMailRoute(call: GraphCall): TenantResponse {
  const [, id, , ...rest] = call.segs;
  if (rest.length) throw notFoundSegment(rest[0]);
  if (call.req.method !== 'POST') throw methodNotAllowed();
  const sender = findUserOr404(call, id);
  if (sender.id !== call.me.id)
    throw new GraphFault(
      403,
      'ErrorSendAsDenied',
      'The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account.',
    );

  const payload = bodyJson<Record<string, unknown>>(call.req);
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) throw badRequest('Empty Payload. JSON content expected.');
  const message = payload.message as Record<string, unknown> | undefined;
  if (!message || typeof message !== 'object' || Array.isArray(message))
    throw new GraphFault(400, 'ErrorInvalidParameter', "The value of the parameter 'Message' is empty.");
  if (message.subject !== undefined && message.subject !== null && typeof message.subject !== 'string')
    throw bodyRead("Cannot convert the literal to the expected type 'Edm.String' for property 'subject'.");
  const body = message.body as { contentType?: unknown; content?: unknown } | undefined | null;
  let contentType: 'text' | 'html' = 'text';
  if (body !== undefined && body !== null) {
    if (typeof body !== 'object') throw bodyRead("Cannot convert the value of 'body' to the expected type 'microsoft.graph.itemBody'.");
    if (body.contentType !== undefined) {
      const ct = typeof body.contentType === 'string' ? body.contentType.toLowerCase() : '';
      if (ct !== 'text' && ct !== 'html') throw bodyRead(`Requested value '${String(body.contentType)}' was not found.`);
      contentType = ct;
    }
    if (body.content !== undefined && body.content !== null && typeof body.content !== 'string')
      throw bodyRead("Cannot convert the literal to the expected type 'Edm.String' for property 'content'.");
  }
  const saveToSentItems = payload.saveToSentItems;
  if (saveToSentItems !== undefined && typeof saveToSentItems !== 'boolean')
    throw bodyRead("Cannot convert the literal to the expected type 'Edm.Boolean' for parameter 'SaveToSentItems'.");

  const to = recipients(message.toRecipients, 'toRecipients');
  const cc = recipients(message.ccRecipients, 'ccRecipients');
  const bcc = recipients(message.bccRecipients, 'bccRecipients');
  if (to.length + cc.length + bcc.length === 0) throw invalidRecipients("A message can't be sent because it contains no recipients.");

  const now = call.ctx.now();
  const from = { name: sender.displayName, address: sender.mail };
  const input = {
    subject: (message.subject as string | undefined) ?? '',
    body: { contentType, content: (body?.content as string | undefined) ?? '' },
    from: { emailAddress: from },
    toRecipients: to.map((r) => ({ emailAddress: r.emailAddress })),
    ccRecipients: cc.map((r) => ({ emailAddress: r.emailAddress })),
    importance: typeof message.importance === 'string' ? message.importance.toLowerCase() : undefined,
    receivedDateTime: now.toISOString(),
  };
  // one conversation and one Internet message id for every copy: they are the same message
  const first = buildMessage(sender.id, 'sentitems', input, now);
  const copies: StoredMessage[] = [];
  if (saveToSentItems !== false) copies.push({ ...first, bccRecipients: bcc, isRead: true });
  const delivered = new Set<string>();
  for (const r of [...to, ...cc, ...bcc]) {
    const user = call.ctx.directory.findUser(r.emailAddress.address);
    if (!user || delivered.has(user.id)) continue;
    delivered.add(user.id);
    // a Bcc recipient's copy does not show who else was blind-copied
    const copy = buildMessage(user.id, 'inbox', { ...input, conversationId: first.conversationId }, now);
    copies.push({ ...copy, internetMessageId: first.internetMessageId, isRead: false });
  }
  for (const m of copies) call.store.saveMessage(m);
  return { status: 202, headers: {} };
}
