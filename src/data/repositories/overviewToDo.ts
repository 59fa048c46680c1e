import type { SPFI } from '@pnp/sp';
import { MINUTES_SETTING_KEYS } from '../../domain/minutes/settingKeys';
import type { ErrorCode } from '../errorCodes';
import { toDataError } from '../errors';
import { odataDate } from '../mapping';
import { MINUTES_FIELDS } from '../minutes/fields';
import type { RawMinutesRow, RawSignatureRow } from '../minutes/raw';
import { listUrl } from '../schema/urls';
import type { ListKey } from '../schema/types';
import type { Links, ToDo } from '../services';
import type { OverviewSite } from './overviewCallIns';
import type * as ToDoComputeModule from './overviewToDoCompute';

type ToDoCompute = typeof ToDoComputeModule;
import { PERSON_FIELDS, type RawPerson } from './raw';
import { SETTING_FIELDS, settingKeysFilter, type RawSetting } from './settingsRaw';

/**
 * How far back the overview looks for minutes out for signing: meetings that started in the last
 * 90 days, and the folders, versions and signatures written since. Every row of a meeting's minutes
 * is written after the meeting has begun, so one window finds all of them; minutes are due two
 * weeks after the meeting, so anything older that is still unsigned is long past the clerk's notice.
 */
export const MINUTES_WINDOW_DAYS = 90;

/** The meeting as the to-do list names it, with the signers the meeting names now (for the names of who is missing). */
export interface RawToDoMeeting {
  Id: number;
  Title: string;
  BodyId: number;
  Body: { Title: string } | null;
  StartTime: string;
  EndTime: string | null;
  Chair: RawPerson | null;
  CoSigners: RawPerson[] | null;
  Secretary: RawPerson | null;
}
const TODO_MEETING_FIELDS = [
  'Id',
  'Title',
  'BodyId',
  'Body/Title',
  'StartTime',
  'EndTime',
  ...PERSON_FIELDS('Chair'),
  ...PERSON_FIELDS('CoSigners'),
  ...PERSON_FIELDS('Secretary'),
];

/** A signature row without its author expanded: the id is the server's stamp, the name is not needed. */
export type RawSignature = Omit<RawSignatureRow, 'Author'>;
const SIGNATURE_ROW_FIELDS = ['Id', 'MinutesDocumentId', 'DocumentVersion', 'DocumentHash', 'SignerRole', 'AuthorId', 'Created'];

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };
const settle = <T>(p: Promise<T>): Promise<Settled<T>> =>
  p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

export interface ToDoRead {
  toDo: ToDo[];
  /** A part of the read failed: the list is not complete, and the overview says so. */
  error: ErrorCode | null;
}

/**
 * Queues on the overview's `$batch` what "Att justera" needs besides `site` (bodies, owners): the
 * `Minutes` library's document folders and version files written in the window (SharePoint trims
 * them to what the person may read: the body's ledamöter, its clerks and the signers), the
 * signatures written since, the minutes settings and the meetings of the window. Only what the
 * body's clerks or the site owners wrote is a document or a version (`trustedDocuments`); who has
 * signed is the domain's rule over the signature rows (`minutesState`).
 *
 * `FSObjType` and `SettingKey` are indexed; the Signatures list is filtered on `Created` only.
 */
export function queueToDo(
  batched: SPFI,
  ctx: { webUrl: string; personId: number; links: Links },
  at: Date,
  site: OverviewSite,
): () => Promise<ToDoRead> {
  const list = (key: ListKey) => batched.web.getList(listUrl({ webUrl: ctx.webUrl }, key));
  const since = odataDate(new Date(at.getTime() - MINUTES_WINDOW_DAYS * 86400000));
  const minutesRows = (kind: 0 | 1) =>
    settle(
      list('Minutes')
        .items.filter(`FSObjType eq ${kind} and Created ge ${since}`)
        .select(...MINUTES_FIELDS)
        .top(5000)<RawMinutesRow[]>(),
    );
  const foldersP = minutesRows(1);
  const filesP = minutesRows(0);
  const signaturesP = settle(
    list('Signatures')
      .items.filter(`Created ge ${since}`)
      .select(...SIGNATURE_ROW_FIELDS)
      .top(5000)<RawSignature[]>(),
  );
  const settingsP = settle(
    list('Settings')
      .items.filter(settingKeysFilter(Object.values(MINUTES_SETTING_KEYS)))
      .select(...SETTING_FIELDS)
      .top(5000)<RawSetting[]>(),
  );
  const meetingsP = settle(
    list('Meetings')
      .items.filter(`StartTime ge ${since} and StartTime le ${odataDate(at)}`)
      .select(...TODO_MEETING_FIELDS)
      .expand('Body', 'Chair', 'CoSigners', 'Secretary')
      .top(1000)<RawToDoMeeting[]>(),
  );

  // the rules that make the list of the rows load while the batch is on the wire: the first render waits for neither
  const computing = import(/* webpackChunkName: 'overview-todo' */ './overviewToDoCompute');
  computing.catch(() => undefined);

  return async () => {
    let error: ErrorCode | null = null;
    // a list the person may not read holds nothing for them; any other failure leaves the list incomplete, and says so
    const rowsOf = async <T>(p: Promise<Settled<T[]>>): Promise<T[]> => {
      const r = await p;
      if (r.ok) return r.value;
      const code = (await toDataError(r.error)).code;
      if (code !== 'accessDenied') error ??= code;
      return [];
    };
    const rows = {
      folders: await rowsOf(foldersP),
      files: await rowsOf(filesP),
      signatures: await rowsOf(signaturesP),
      settings: await rowsOf(settingsP),
      meetings: await rowsOf(meetingsP),
    };
    if (error) return { toDo: [], error };
    let compute: ToDoCompute;
    try {
      compute = await computing;
    } catch (e) {
      return { toDo: [], error: (await toDataError(e)).code };
    }
    return { toDo: await compute.toDoOf(rows, ctx, at, site), error: null };
  };
}
