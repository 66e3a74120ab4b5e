/** Why a sign-in or a token was refused; the HTTP layer turns the code into a status. */
export type AuthErrorCode = 'badCredentials' | 'agentInactive' | 'unauthenticated' | 'tokenExpired' | 'tokenRevoked' | 'accountDeactivated';

export class AuthError extends Error {
  constructor(readonly code: AuthErrorCode, message: string) {
    super(message);
    this.name = 'AuthError';
  }
}
