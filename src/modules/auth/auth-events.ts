/** Session topics and the payloads they carry. */
export interface AuthEventPayloads {
  /** How many sessions the member ended (one, or all but the current). */
  'member.sessions-revoked': { count: number };
}
