import type { Role } from '@liuhen/domain';

export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

export interface Agency {
  readonly id: string;
  readonly name: string;
  readonly code: string;
  readonly createdAt: string;
}

export interface Department {
  readonly id: string;
  readonly agencyId: string;
  readonly name: string;
  readonly createdAt: string;
}

export interface User {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly certificateNumber: string | null;
  readonly agencyId: string | null;
  readonly departmentId: string | null;
  readonly roles: Role[];
  readonly active: boolean;
  readonly mustChangePassword: boolean;
  readonly createdAt: string;
  readonly lastLoginAt: string | null;
  readonly deactivatedAt: string | null;
}

export interface Session {
  readonly user: User;
  readonly csrfToken: string;
}

export interface UserWithOneTimePassword {
  readonly user: User;
  readonly oneTimePassword: string;
}
