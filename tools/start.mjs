#!/usr/bin/env node
// `npm start`: build the standalone host, then run the local tenant that serves it at https://localhost:8080 (http on the same port for scripts).
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(process.execPath, [join(root, 'tools', 'build-host.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const args = ['--import', 'tsx', join(root, 'tools', 'local-tenant', 'src', 'main.ts'), ...process.argv.slice(2)];
const tenant = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
// Ctrl-C reaches the child through the terminal's process group; forward SIGTERM ourselves.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => tenant.kill('SIGTERM'));
tenant.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
