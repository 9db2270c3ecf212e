import { MessageBar, MessageBarBody, MessageBarTitle, type MessageBarIntent } from "@fluentui/react-components";
import type { ReactNode } from "react";

/** What a tab tells the officer after an action: a title and an optional sentence, with an intent (colour and icon). */
export interface NoticeState {
  readonly intent: MessageBarIntent;
  readonly title: string;
  readonly text?: string;
}

/** A message bar for a {@link NoticeState}; errors are announced at once (role alert), the rest politely. */
export function Notice({ notice, action }: { notice: NoticeState | null; action?: ReactNode }) {
  if (!notice) return null;
  return (
    <MessageBar
      intent={notice.intent}
      politeness={notice.intent === "error" ? "assertive" : "polite"}
      layout="multiline"
    >
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        {notice.text ? ` ${notice.text}` : null}
      </MessageBarBody>
      {action}
    </MessageBar>
  );
}
