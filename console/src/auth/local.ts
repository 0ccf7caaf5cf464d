// Local sign-in (dev and local profiles): the gateway's POST /auth/token issues a signed token for a user and roles.
import { api, call } from '../api/client';
import { signedIn, type Session } from './session';

export async function signInLocally(user: string, roles: string[]): Promise<Session> {
  const { data } = await call(api.POST('/auth/token', { body: { user, roles }, headers: { Authorization: '' } }));
  const token = (data as { token?: string }).token;
  if (!token) throw new Error('no token in the answer of /auth/token');
  return signedIn(token, 'local');
}
