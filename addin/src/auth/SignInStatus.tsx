import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { PersonRegular } from "@fluentui/react-icons";
import { Notice } from "../shared/Notice";
import { useAuth } from "./context";
import { describeUser } from "./user-line";

const useStyles = makeStyles({
  line: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  text: { minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  icon: { flexShrink: 0, fontSize: "14px" },
  notice: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
});

/**
 * The pane's last line, saying who is signed in and for which unit (`Nguyễn Văn A · Cán bộ đơn vị · UBND xã Trí Yên`);
 * nothing where the service runs without sign-in (local development). Word's title bar already names the add-in, so the
 * pane has no header of its own.
 */
export function SignedInUser() {
  const styles = useStyles();
  const { state } = useAuth();
  if (state.status === "local") return null;
  const text =
    state.status === "signed-in"
      ? describeUser(state.user)
      : state.status === "starting"
        ? "Đang đăng nhập…"
        : "Chưa đăng nhập";
  return (
    <Caption1 className={styles.line} data-sign-in={state.status}>
      <PersonRegular className={styles.icon} aria-hidden="true" />
      <span className={styles.text}>{text}</span>
    </Caption1>
  );
}

/** Why the pane is not signed in, in Vietnamese, with the *Đăng nhập* button; nothing while signed in. */
export function SignInNotice() {
  const styles = useStyles();
  const { state, signIn } = useAuth();
  if (state.status !== "needs-sign-in") return null;
  return (
    <div className={styles.notice}>
      <Notice
        notice={{ intent: "warning", title: state.problem.title, text: state.problem.text }}
        action={
          <Button appearance="primary" size="small" disabled={state.busy} onClick={() => void signIn()}>
            Đăng nhập
          </Button>
        }
      />
    </div>
  );
}
