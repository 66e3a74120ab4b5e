import type { FastifyInstance } from 'fastify';
import { TOKEN_ALG } from '../../node/tokenSigning';
import type { ServerContext } from './serverContext';

/**
 * `GET /auth/key` (no sign-in): the public half of the token signing key and its id. A desktop
 * pins it at its first sign-in to this server and from then on believes only tokens it signed.
 */
export function keyRoute(app: FastifyInstance, context: ServerContext): void {
  app.get('/auth/key', async () => {
    const key = await context.tokenKey();
    return { kid: key.kid, alg: TOKEN_ALG, key: key.publicJwk };
  });
}
