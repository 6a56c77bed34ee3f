import { request } from './client.ts';
import type { Session, User } from './types.ts';

export function login(username: string, password: string): Promise<Session> {
  return request<Session>('POST', '/auth/login', { body: { username, password } });
}

export function fetchSession(): Promise<Session> {
  return request<Session>('GET', '/auth/session');
}

export function logout(): Promise<void> {
  return request<void>('POST', '/auth/logout');
}

export function changePassword(currentPassword: string, newPassword: string): Promise<User> {
  return request<User>('POST', '/auth/password', { body: { currentPassword, newPassword } });
}
