import { useMemo } from "react";
import type { ThiDuaClient } from "../api/client";
import { useServices } from "../taskpane/services";

/** The service's limits on an uploaded plan, asked once per client (`GET /api/plans/limits`). */
export interface PlanLimitsSource {
  /** The largest .docx the service takes, in bytes; undefined when the service could not say (the service then decides). */
  maxBytes(): Promise<number | undefined>;
}

const asked = new WeakMap<ThiDuaClient, Promise<number | undefined>>();

/** The limits of the pane's service, so that a document too large is refused before it is read from Word. */
export function usePlanLimits(): PlanLimitsSource {
  const { api } = useServices();
  return useMemo(
    () => ({
      maxBytes() {
        let answer = asked.get(api);
        if (!answer) {
          answer = api.getPlanLimits().then(
            (limits) => limits.maxBytes,
            () => {
              asked.delete(api);
              return undefined;
            },
          );
          asked.set(api, answer);
        }
        return answer;
      },
    }),
    [api],
  );
}
