import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";
import type { AuthSession, SessionState } from "./session";

const SessionContext = createContext<AuthSession | null>(null);

/** Provides the pane's {@link AuthSession} to the header. */
export function AuthProvider({ session, children }: { session: AuthSession; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The session's state, re-rendered on every change, and the *Đăng nhập* action. @throws Error outside an {@link AuthProvider}. */
export function useAuth(): { state: SessionState; signIn: () => Promise<void> } {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useAuth outside AuthProvider");
  const state = useSyncExternalStore(session.subscribe, session.getState);
  return { state, signIn: () => session.signIn() };
}
