import {
  FluentProvider,
  makeStyles,
  Spinner,
  Tab,
  TabList,
  tokens,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { CheckTab } from "../check/CheckTab";
import { ComposeTab } from "../compose/ComposeTab";
import { SignedInUser, SignInNotice } from "../auth/SignInStatus";
import { KpiTab } from "../kpis/KpiTab";
import { Notice } from "../shared/Notice";
import type { HostConnection, OfficeLook } from "../word";
import { useServices } from "./services";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  tabs: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalXS,
    position: "sticky",
    top: 0,
    zIndex: 1,
  },
  panel: { padding: tokens.spacingHorizontalM, flexGrow: 1 },
  waiting: { padding: tokens.spacingHorizontalXXL },
});

/** The three tabs, in the order of the work: write, check before signing, read the chỉ tiêu. */
const TABS = [
  { id: "compose", label: "Soạn thảo", Panel: ComposeTab },
  { id: "check", label: "Kiểm tra", Panel: CheckTab },
  { id: "kpis", label: "Chỉ tiêu", Panel: KpiTab },
] as const;

type TabId = (typeof TABS)[number]["id"];

/**
 * The Fluent theme that follows Office's (Office.context.officeTheme): web dark for Office's Black and Dark Gray, web
 * light for Colorful and White, with the task pane's background and text in Office's own colours when Office gives them.
 */
export function themeFor(look: OfficeLook | undefined): Theme {
  const base = look?.dark ? webDarkTheme : webLightTheme;
  if (!look?.background) return base;
  return {
    ...base,
    colorNeutralBackground2: look.background,
    ...(look.foreground ? { colorNeutralForeground1: look.foreground } : {}),
  };
}

function Pane({ connection }: { connection: HostConnection | null }) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>("check");
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(new Set(["check"]));
  return (
    <div className={styles.root}>
      {!connection && <Spinner className={styles.waiting} label="Đang kết nối với Word…" />}
      {connection && !connection.ready && (
        <div className={styles.panel}>
          <Notice notice={{ intent: "error", title: "Chưa dùng được ngăn này", text: connection.message }} />
        </div>
      )}
      {connection?.ready && (
        <>
          <TabList
            className={styles.tabs}
            selectedValue={tab}
            onTabSelect={(_, data) => {
              const id = data.value as TabId;
              setTab(id);
              setVisited((v) => new Set(v).add(id));
            }}
            aria-label="Chức năng"
          >
            {TABS.map((t) => (
              <Tab key={t.id} id={`tab-${t.id}`} value={t.id} aria-controls={`panel-${t.id}`}>
                {t.label}
              </Tab>
            ))}
          </TabList>
          <SignInNotice />
          {TABS.map(({ id, Panel }) => (
            <main
              key={id}
              id={`panel-${id}`}
              role="tabpanel"
              aria-labelledby={`tab-${id}`}
              hidden={tab !== id}
              className={styles.panel}
            >
              {visited.has(id) && <Panel />}
            </main>
          ))}
        </>
      )}
      <SignedInUser />
    </div>
  );
}

/**
 * The task pane: no header of its own (Word's title bar names the add-in), the tabs Soạn thảo / Kiểm tra / Chỉ tiêu
 * (Kiểm tra first shown), who is signed in on the last line; in Office's theme. Panels stay mounted so switching tabs
 * keeps their results. Before Office is ready, a spinner; outside Word or in an old Word, a message.
 */
export function App() {
  const { word } = useServices();
  const [connection, setConnection] = useState<HostConnection | null>(null);

  useEffect(() => {
    let live = true;
    word
      .connect()
      .then((result) => live && setConnection(result))
      .catch(
        () => live && setConnection({ ready: false, message: "Không kết nối được với Word.", look: { dark: false } }),
      );
    return () => {
      live = false;
    };
  }, [word]);

  const theme = useMemo(() => themeFor(connection?.look), [connection]);
  useEffect(() => {
    document.documentElement.style.colorScheme = connection?.look.dark ? "dark" : "light";
    document.body.style.backgroundColor = theme.colorNeutralBackground2;
  }, [connection, theme]);

  return (
    <FluentProvider theme={theme}>
      <Pane connection={connection} />
    </FluentProvider>
  );
}
