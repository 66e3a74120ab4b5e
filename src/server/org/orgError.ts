/** Why an organisation change was refused: bad input, a weak password, a clash, or a missing branch/team/agent. */
export type OrgErrorCode = 'invalid' | 'weakPassword' | 'duplicate' | 'notFound';

export class OrgError extends Error {
  constructor(readonly code: OrgErrorCode, message: string) {
    super(message);
    this.name = 'OrgError';
  }
}
