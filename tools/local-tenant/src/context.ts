import type { Db } from './db';
import type { Directory } from './directory';
import type { TokenService } from './tokens';

/** What every area of the tenant (SharePoint, Graph, seed) shares. */
export interface TenantContext {
  db: Db;
  directory: Directory;
  tokens: TokenService;
  /** Server time. Everything the server stamps (Created, Modified, change times) comes from here. */
  now(): Date;
  /** `http://localhost:<port>` once listening. */
  baseUrl(): string;
}

export const SITE_PATH = '/sites/politikerportal';
export const GRAPH_PATH = '/graph/v1.0';
