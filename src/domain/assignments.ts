// Old path, kept only for tools/local-tenant/src/main.ts (being changed on another branch): import from ./time/swedishTime. Delete once that branch has merged and moved its import.
export { swedishDate } from './time/swedishTime';
