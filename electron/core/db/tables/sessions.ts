// Row type of `sessions` (local): signed-in sessions with their idle and lock state.
export interface SessionsTable {
  id: string;
  user_id: string;
  device: string;
  channel: string;
  created_at: string;
  last_seen_at: string;
  locked: number;
  ended_at: string | null;
}
