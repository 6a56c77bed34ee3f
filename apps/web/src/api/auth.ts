import { call } from './client.ts';
import type { Session, User } from './types.ts';

export function login(username: string, password: string): Promise<Session> {
  return call('login', { body: { username, password } });
}

export function fetchSession(): Promise<Session> {
  return call('getSession');
}

export function logout(): Promise<void> {
  return call('logout');
}

export function changePassword(currentPassword: string, newPassword: string): Promise<User> {
  return call('changePassword', { body: { currentPassword, newPassword } });
}
