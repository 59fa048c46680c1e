/** The columns read of a `Minutes` row (folder or version file); its own module, so the overview's read carries no mapping code. */
export const MINUTES_FIELDS = [
  'Id',
  'FileSystemObjectType',
  'FileRef',
  'FileDirRef',
  'FileLeafRef',
  'Title',
  'MeetingId',
  'MinutesVersion',
  'Sha256',
  'Sections',
  'Immediate',
  'Signers',
  'AuthorId',
  'Created',
];
