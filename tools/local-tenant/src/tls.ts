import * as fs from 'fs';
import * as path from 'path';
import { generate } from 'selfsigned';

/**
 * The certificate for https://localhost (MSAL accepts only an https authority). Self-signed,
 * kept in the data folder so a browser's exception for it survives restarts; `--reset` makes a
 * new one. An in-memory tenant gets a fresh one each start.
 */
export async function localCertificate(dataDir: string): Promise<{ key: string; cert: string }> {
  const keyFile = path.join(dataDir, 'localhost-key.pem');
  const certFile = path.join(dataDir, 'localhost-cert.pem');
  if (dataDir !== ':memory:' && fs.existsSync(keyFile) && fs.existsSync(certFile))
    return { key: fs.readFileSync(keyFile, 'utf8'), cert: fs.readFileSync(certFile, 'utf8') };
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 365 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  if (dataDir !== ':memory:') {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(keyFile, pems.private, { mode: 0o600 });
    fs.writeFileSync(certFile, pems.cert);
  }
  return { key: pems.private, cert: pems.cert };
}
