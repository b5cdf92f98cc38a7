// Row type of `users` (local to the office): accounts, roles, password hashes and lockout state.
export interface UsersTable {
  id: string;
  username: string;
  full_name: string;
  role: string;
  password_hash: string;
  active: number;
  failed_attempts: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}
