import { Body1Strong, Caption1, makeStyles, Spinner, Tab, TabList, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { CheckTab } from "../check/CheckTab";
import { ComposeTab } from "../compose/ComposeTab";
import { SignedInUser, SignInNotice } from "../auth/SignInStatus";
import { KpiTab } from "../kpis/KpiTab";
import { Notice } from "../shared/Notice";
import type { HostConnection } from "../word";
import { useServices } from "./services";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  logo: { width: "32px", height: "32px", flexShrink: 0 },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  subtitle: { color: tokens.colorNeutralForegroundOnBrand, opacity: 0.9 },
  tabs: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  panel: { padding: tokens.spacingHorizontalL },
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
 * The task pane: a header, the tabs Soạn thảo / Kiểm tra / Chỉ tiêu (Kiểm tra first shown). Panels stay mounted
 * so switching tabs keeps their results. Before Office is ready, a spinner; outside Word or in an old Word, a message.
 */
export function App() {
  const styles = useStyles();
  const { word } = useServices();
  const [connection, setConnection] = useState<HostConnection | null>(null);
  const [tab, setTab] = useState<TabId>("check");
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(new Set(["check"]));

  useEffect(() => {
    let live = true;
    word
      .connect()
      .then((result) => live && setConnection(result))
      .catch(() => live && setConnection({ ready: false, message: "Không kết nối được với Word." }));
    return () => {
      live = false;
    };
  }, [word]);

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <img className={styles.logo} src="/assets/icon-32.png" alt="" />
        <div className={styles.titles}>
          <Body1Strong as="h1">Kế hoạch thi đua, khen thưởng</Body1Strong>
          <Caption1 className={styles.subtitle}>Thể thức theo Nghị định 30/2020/NĐ-CP</Caption1>
          <SignedInUser />
        </div>
      </header>
      <SignInNotice />
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
    </div>
  );
}
