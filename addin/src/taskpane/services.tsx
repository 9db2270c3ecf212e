import { createContext, useContext, type ReactNode } from "react";
import type { ThiDuaClient } from "../api/client";
import type { WordHost } from "../word";

/** What the tabs use: Word (through the adapter) and the service (through the generated client). */
export interface PaneServices {
  readonly word: WordHost;
  readonly api: ThiDuaClient;
}

const ServicesContext = createContext<PaneServices | null>(null);

/** Provides {@link PaneServices} to the tabs. */
export function ServicesProvider({ services, children }: { services: PaneServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The pane's services. @throws Error outside a {@link ServicesProvider}. */
export function useServices(): PaneServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices outside ServicesProvider");
  return services;
}
