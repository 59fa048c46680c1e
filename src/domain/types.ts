// Old path, kept only for src/ui/strings (being changed on another branch): import from ./bodies/types or ./meetings/types. Delete once that branch has merged and moved its imports.
export type { AssignmentRole, Position } from './bodies/types';
export type { ItemKind, MeetingStatus } from './meetings/types';
