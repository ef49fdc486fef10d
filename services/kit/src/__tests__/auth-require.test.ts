import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { requirePublisher, type Principal } from '../auth/index.js';

function refusal(principal: Principal | null, departments: string[]) {
  try {
    requirePublisher(principal, departments);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    const { message, extensions } = error as GraphQLError;
    return { message, code: extensions.code, reason: extensions.reason };
  }
  throw new Error('requirePublisher let the principal through');
}

describe('requirePublisher', () => {
  const officer: Principal = { subject: 'transport-officer', department: 'transport', role: 'publisher' };

  it('returns a publisher of one of the departments', () => {
    expect(requirePublisher(officer, ['transport'])).toBe(officer);
    const banker: Principal = { subject: 'pboc-officer', department: 'pboc-wuhan', role: 'publisher' };
    expect(requirePublisher(banker, ['pboc-wuhan', 'cbirc-hubei'])).toBe(banker);
  });

  it('refuses a request without a token as UNAUTHENTICATED', () => {
    expect(refusal(null, ['transport'])).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_REQUIRED' });
  });

  it('refuses a reader of the department as FORBIDDEN', () => {
    expect(refusal({ ...officer, role: 'reader' }, ['transport'])).toEqual({
      code: 'FORBIDDEN',
      reason: 'NOT_A_PUBLISHER',
      message: 'transport-officer is a reader of transport: publishing needs the publisher role',
    });
  });

  it('refuses a publisher of another department as FORBIDDEN', () => {
    expect(refusal(officer, ['finance'])).toEqual({
      code: 'FORBIDDEN',
      reason: 'WRONG_DEPARTMENT',
      message: 'transport-officer publishes for transport, not for finance',
    });
    expect(refusal(officer, ['pboc-wuhan', 'cbirc-hubei']).message).toBe(
      'transport-officer publishes for transport, not for pboc-wuhan or cbirc-hubei',
    );
  });
});
