/**
 * Splits a REST path (`web/lists/getByTitle('A/B')/items(3)`) into segments with their
 * parenthesised arguments, resolving `@alias` parameters from the query string.
 */
import { invalidClientQuery } from '../errors';

export interface Segment {
  name: string;
  /** Raw text inside the parentheses, or null when the segment had none. */
  args: string | null;
}

export function splitPath(path: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  while (i < path.length) {
    if (path[i] === '/') {
      i++;
      continue;
    }
    let name = '';
    while (i < path.length && path[i] !== '/' && path[i] !== '(') name += path[i++];
    let args: string | null = null;
    if (path[i] === '(') {
      let depth = 0;
      let inStr = false;
      const start = i + 1;
      for (; i < path.length; i++) {
        const c = path[i];
        if (inStr) {
          if (c === "'") {
            if (path[i + 1] === "'") i++;
            else inStr = false;
          }
        } else if (c === "'") inStr = true;
        else if (c === '(') depth++;
        else if (c === ')') {
          depth--;
          if (depth === 0) break;
        }
      }
      if (i >= path.length) throw invalidClientQuery(`The expression "${path}" is not valid.`);
      args = path.slice(start, i);
      i++;
    }
    out.push({ name, args });
  }
  return out;
}

/** Reads one literal: `'text'` (with '' escapes), `guid'..'`, a number, true/false, or an `@alias`. */
export function literal(raw: string, aliases: URLSearchParams): string | number | boolean | null {
  const s = raw.trim();
  if (s.startsWith('@')) {
    const v = aliases.get(s);
    if (v === null) throw invalidClientQuery(`The parameter alias '${s}' has no value.`);
    return literal(v, new URLSearchParams());
  }
  const str = /^(?:guid|datetime)?'((?:[^']|'')*)'$/is.exec(s);
  if (str) return str[1].replace(/''/g, "'");
  if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  if (/^(true|false)$/i.test(s)) return s.toLowerCase() === 'true';
  if (s === 'null') return null;
  throw invalidClientQuery(`The expression "${raw}" is not valid.`);
}

/** Splits `a=1, b='x,y'` into named arguments (names lower-cased); a lone value comes back as `''`. */
export function namedArgs(raw: string | null, aliases: URLSearchParams): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  if (raw === null || raw.trim() === '') return out;
  const parts: string[] = [];
  let cur = '';
  let inStr = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "'") {
      if (inStr && raw[i + 1] === "'") {
        cur += "''";
        i++;
        continue;
      }
      inStr = !inStr;
    }
    if (c === ',' && !inStr) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  for (const p of parts) {
    const m = /^\s*([A-Za-z_]\w*)\s*=(.*)$/s.exec(p);
    if (m && !/^\s*(guid|datetime)?'/i.test(p)) out[m[1].toLowerCase()] = literal(m[2], aliases);
    else out[''] = literal(p, aliases);
  }
  return out;
}
