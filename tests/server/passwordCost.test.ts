import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT_COST } from '../../src/node/passwords';
import { serverScryptCost } from '../../src/server/auth/passwordCost';

describe('the scrypt cost of the server', () => {
  it('is the slow default, and only AGENTDESK_SCRYPT_N lowers it for the server', () => {
    expect(serverScryptCost({})).toEqual(DEFAULT_SCRYPT_COST);
    expect(serverScryptCost({ AGENTDESK_SCRYPT_N: '1024' })).toEqual({ N: 1024, r: 8, p: 1 });
    expect(() => serverScryptCost({ AGENTDESK_SCRYPT_N: '1000' })).toThrow(/power of two/);
    expect(() => serverScryptCost({ AGENTDESK_SCRYPT_N: '16' })).toThrow(/power of two/);
  });
});
