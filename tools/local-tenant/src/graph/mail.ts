import { createHash } from 'crypto';
import { badRequest } from './errors';
import { changeKey, exchangeId } from './ids';
import type { EmailAddress, StoredMessage } from './store';

/** The well-known folders of every mailbox, with the names a Swedish mailbox shows. */
export const FOLDERS: Record<string, string> = {
  inbox: 'Inkorgen',
  sentitems: 'Skickade objekt',
  drafts: 'Utkast',
  deleteditems: 'Borttagna objekt',
};
export type FolderName = keyof typeof FOLDERS;

/** Folder ids are stable per mailbox, so links and caches survive restarts. */
export function folderId(mailboxId: string, folder: string): string {
  return (
    'AAMkA' +
    createHash('sha256')
      .update(`${mailboxId}:${folder}`)
      .digest('base64')
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 40) +
    'AAA='
  );
}

/** A well-known name or a folder id to the folder's name; null when no such folder. */
export function resolveFolder(mailboxId: string, idOrName: string): string | null {
  const lower = idOrName.toLowerCase();
  if (lower in FOLDERS) return lower;
  return Object.keys(FOLDERS).find((f) => folderId(mailboxId, f) === idOrName) ?? null;
}

/** The subset of Graph's message JSON the seed provides. */
export interface GraphMessageInput {
  subject?: string;
  bodyPreview?: string;
  body?: { contentType?: string; content?: string };
  from?: { emailAddress: { name?: string; address: string } };
  toRecipients?: { emailAddress: { name?: string; address: string } }[];
  ccRecipients?: { emailAddress: { name?: string; address: string } }[];
  receivedDateTime?: string;
  sentDateTime?: string;
  isRead?: boolean;
  importance?: string;
  hasAttachments?: boolean;
  categories?: string[];
  conversationId?: string;
}

const addr = (a: { name?: string; address: string }): EmailAddress => ({ name: a.name ?? a.address, address: a.address });
const recipients = (list: GraphMessageInput['toRecipients']): { emailAddress: EmailAddress }[] =>
  (list ?? []).map((r) => ({ emailAddress: addr(r.emailAddress) }));
const graphTime = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function preview(body: { contentType: string; content: string }): string {
  const text = body.contentType === 'html' ? body.content.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ') : body.content;
  return text.replace(/\s+/g, ' ').trim().slice(0, 255);
}

export function buildMessage(mailboxId: string, folder: string, input: GraphMessageInput, now: Date): StoredMessage {
  if (!(folder in FOLDERS)) throw badRequest(`Unknown folder '${folder}'.`);
  const id = exchangeId();
  const received = input.receivedDateTime ? new Date(input.receivedDateTime) : now;
  if (Number.isNaN(received.getTime())) throw badRequest(`Invalid receivedDateTime '${input.receivedDateTime}'.`);
  const body = {
    contentType: (input.body?.contentType ?? 'text').toLowerCase() === 'html' ? ('html' as const) : ('text' as const),
    content: input.body?.content ?? input.bodyPreview ?? '',
  };
  const from = input.from?.emailAddress?.address ? { emailAddress: addr(input.from.emailAddress) } : null;
  return {
    id,
    mailboxId,
    folder,
    subject: input.subject ?? '',
    bodyPreview: input.bodyPreview ?? preview(body),
    body,
    from,
    sender: from,
    toRecipients: recipients(input.toRecipients),
    ccRecipients: recipients(input.ccRecipients),
    bccRecipients: [],
    replyTo: [],
    receivedDateTime: graphTime(received),
    sentDateTime: graphTime(input.sentDateTime ? new Date(input.sentDateTime) : received),
    isRead: input.isRead ?? folder !== 'inbox',
    isDraft: folder === 'drafts',
    importance: input.importance ?? 'normal',
    hasAttachments: input.hasAttachments ?? false,
    conversationId:
      input.conversationId ??
      'AAQkA' +
        createHash('sha256')
          .update(id)
          .digest('base64')
          .replace(/[^A-Za-z0-9]/g, '')
          .slice(0, 30) +
        '=',
    internetMessageId: `<${id.slice(5, 25)}@local.tenant>`,
    categories: input.categories ?? [],
    flag: { flagStatus: 'notFlagged' },
    inferenceClassification: 'focused',
    webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(id)}&exvsurl=1&viewmodel=ReadMessageItem`,
    createdDateTime: graphTime(received),
    lastModifiedDateTime: graphTime(received),
    changeKey: changeKey(),
  };
}

/** Graph's message JSON. */
export function renderMessage(m: StoredMessage): Record<string, unknown> {
  return {
    '@odata.etag': `W/"${m.changeKey}"`,
    id: m.id,
    createdDateTime: m.createdDateTime,
    lastModifiedDateTime: m.lastModifiedDateTime,
    changeKey: m.changeKey,
    categories: m.categories,
    receivedDateTime: m.receivedDateTime,
    sentDateTime: m.sentDateTime,
    hasAttachments: m.hasAttachments,
    internetMessageId: m.internetMessageId,
    subject: m.subject,
    bodyPreview: m.bodyPreview,
    importance: m.importance,
    parentFolderId: folderId(m.mailboxId, m.folder),
    conversationId: m.conversationId,
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    isRead: m.isRead,
    isDraft: m.isDraft,
    webLink: m.webLink,
    inferenceClassification: m.inferenceClassification,
    body: m.body,
    sender: m.sender,
    from: m.from,
    toRecipients: m.toRecipients,
    ccRecipients: m.ccRecipients,
    bccRecipients: m.bccRecipients,
    replyTo: m.replyTo,
    flag: m.flag,
  };
}

export function renderFolder(mailboxId: string, folder: string, messages: StoredMessage[]): Record<string, unknown> {
  const inFolder = messages.filter((m) => m.folder === folder);
  return {
    id: folderId(mailboxId, folder),
    displayName: FOLDERS[folder],
    parentFolderId: folderId(mailboxId, 'msgfolderroot'),
    childFolderCount: 0,
    unreadItemCount: inFolder.filter((m) => !m.isRead).length,
    totalItemCount: inFolder.length,
    sizeInBytes: inFolder.reduce((n, m) => n + Buffer.byteLength(m.body.content, 'utf8') + 1024, 0),
    isHidden: false,
  };
}

/** Applies a PATCH to a message: the properties Graph lets a reader change on a received message. */
export function patchMessage(m: StoredMessage, patch: Record<string, unknown>, now: Date): StoredMessage {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) throw badRequest('The request body must be a JSON object.');
  const out = { ...m };
  if ('isRead' in patch) {
    if (typeof patch.isRead !== 'boolean') throw badRequest("Cannot convert the literal to the expected type 'Edm.Boolean'.");
    out.isRead = patch.isRead;
  }
  if ('categories' in patch && Array.isArray(patch.categories)) out.categories = patch.categories.map(String);
  if ('importance' in patch && typeof patch.importance === 'string') out.importance = patch.importance;
  if ('flag' in patch && patch.flag && typeof patch.flag === 'object')
    out.flag = { flagStatus: String((patch.flag as { flagStatus?: string }).flagStatus ?? 'notFlagged') };
  if ('inferenceClassification' in patch && typeof patch.inferenceClassification === 'string')
    out.inferenceClassification = patch.inferenceClassification;
  out.lastModifiedDateTime = graphTime(now);
  out.changeKey = changeKey();
  return out;
}
