/**
 * The container's HEALTHCHECK: `node dist/server/healthcheck.js` exits 0 when this machine's
 * server answers `GET /health` with 200 within 5 s, 1 otherwise. It reads the same PORT and
 * TLS variables as the server (HTTPS when AGENTDESK_TLS_CERT is set; the certificate is not
 * checked, the request goes to 127.0.0.1).
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

const port = Number(process.env['PORT'] || 8787);
const tls = Boolean(process.env['AGENTDESK_TLS_CERT']);
const request = tls ? httpsRequest : httpRequest;

const ask = request({ host: '127.0.0.1', port, path: '/health', method: 'GET', timeout: 5_000, rejectUnauthorized: false }, (response) => {
  response.resume();
  process.exit(response.statusCode === 200 ? 0 : 1);
});
ask.on('timeout', () => ask.destroy(new Error('timed out')));
ask.on('error', (error) => {
  console.error(`health check failed: ${error.message}`);
  process.exit(1);
});
ask.end();
