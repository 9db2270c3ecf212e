import {
  Button,
  Caption1,
  Field,
  Input,
  ProgressBar,
  Select,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import {
  CloudArrowUp20Regular,
  DocumentText20Regular,
  Eye20Regular,
  TargetArrow20Regular,
} from "@fluentui/react-icons";
import { Fragment, memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { describeError } from "../api/errors";
import { docxFile } from "../api/service";
import { evidenceText, isChange } from "../shared/kpi-text";
import { Notice, type NoticeState } from "../shared/Notice";
import { useServices } from "../taskpane/services";
import { COMPARATORS, isEdited, takesValueMax, toRow, valueError, yearError, type KpiRow } from "./kpi-values";
import { submitReviewed, summarizeSubmission, type Extraction, type SubmissionSummary } from "./submission";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  plan: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  planTitle: { fontWeight: tokens.fontWeightSemibold },
  table: { width: "100%", borderCollapse: "collapse", tableLayout: "fixed" },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  row: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: "top" },
  body: { position: "relative" },
  virtualRow: { position: "absolute", top: 0, left: 0, width: "100%", display: "table", tableLayout: "fixed" },
  edited: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  cell: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}` },
  label: { display: "block", fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  source: {
    color: tokens.colorNeutralForeground3,
    margin: "2px 0 0",
    overflowWrap: "anywhere",
    display: "-webkit-box",
    WebkitLineClamp: "3",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  evidence: { display: "block", color: tokens.colorNeutralForeground2, margin: "2px 0 0", overflowWrap: "anywhere" },
  controls: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  control: { width: "100%", minWidth: 0 },
  sourceButton: {
    minWidth: 0,
    padding: 0,
    height: "auto",
    justifyContent: "flex-start",
    fontWeight: tokens.fontWeightRegular,
  },
  submit: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: "2px",
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  factLabel: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  factValue: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
});

/** Where a record's sentence is (`đoạn 58, dòng 3`), the text of the button that shows it in the document. */
function sourceButtonText(row: KpiRow): string {
  const { location, row: line } = row.original.source;
  return [location, line > 0 ? `dòng ${line}` : ""].filter(Boolean).join(", ") || "Xem trong văn bản";
}

/** Props of {@link KpiRowView}. */
interface KpiRowProps {
  readonly row: KpiRow;
  readonly index: number;
  onChange(index: number, change: Partial<KpiRow>): void;
  onShowSource(row: KpiRow): void;
  /** Set by a virtualised table: the row's place, and the ref that measures it. */
  readonly virtual?: { readonly start: number; readonly measure: (element: HTMLTableRowElement | null) => void };
}

/**
 * One chỉ tiêu: its name, its sentence and where it is, and its comparator, value and unit to correct. Memoised: typing in
 * one row gives only that row a new `row` object, so only that row renders again.
 */
const KpiRowView = memo(function KpiRowView({ row, index, onChange, onShowSource, virtual }: KpiRowProps) {
  const styles = useStyles();
  const error = valueError(row);
  const badYear = yearError(row);
  const why = evidenceText(row.original.evidence);
  const name = row.original.label;
  return (
    <tr
      className={mergeClasses(styles.row, isEdited(row) && styles.edited, virtual && styles.virtualRow)}
      data-code={row.original.code}
      data-index={index}
      aria-rowindex={index + 2}
      ref={virtual?.measure}
      style={virtual ? { transform: `translateY(${virtual.start}px)` } : undefined}
    >
      <td className={styles.cell}>
        <Text size={200} className={styles.label}>
          {name}
        </Text>
        <Caption1 as="p" className={styles.source} title={row.original.source.sentence}>
          “{row.original.source.sentence}”
        </Caption1>
        {why && (
          <Caption1 as="p" className={styles.evidence}>
            {why}
          </Caption1>
        )}
        <Button
          appearance="transparent"
          size="small"
          className={styles.sourceButton}
          icon={<Eye20Regular />}
          onClick={() => onShowSource(row)}
          aria-label={`${sourceButtonText(row)} — xem trong văn bản: ${name}`}
        >
          {sourceButtonText(row)}
        </Button>
      </td>
      <td className={styles.cell}>
        <div className={styles.controls}>
          <Select
            className={styles.control}
            size="small"
            value={row.comparator}
            aria-label={`Phép so sánh: ${name}`}
            onChange={(_, data) => onChange(index, { comparator: data.value })}
          >
            {COMPARATORS.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </Select>
          <Field validationMessage={error ?? undefined} validationState={error ? "error" : "none"}>
            <Input
              className={styles.control}
              size="small"
              value={row.valueText}
              placeholder="—"
              aria-label={`Giá trị: ${name}`}
              onChange={(_, data) => onChange(index, { valueText: data.value })}
            />
          </Field>
          {takesValueMax(row.comparator) && (
            <Input
              className={styles.control}
              size="small"
              value={row.valueMaxText}
              placeholder="đến (nếu là khoảng)"
              aria-label={`Giá trị tối đa: ${name}`}
              onChange={(_, data) => onChange(index, { valueMaxText: data.value })}
            />
          )}
          <Input
            className={styles.control}
            size="small"
            value={row.unit}
            placeholder="đơn vị"
            aria-label={`Đơn vị: ${name}`}
            onChange={(_, data) => onChange(index, { unit: data.value })}
          />
          {isChange(row.comparator) && (
            <Input
              className={styles.control}
              size="small"
              value={row.base}
              placeholder="so với (năm trước, cùng kỳ…)"
              aria-label={`So với: ${name}`}
              onChange={(_, data) => onChange(index, { base: data.value })}
            />
          )}
          <Field validationMessage={badYear ?? undefined} validationState={badYear ? "error" : "none"}>
            <Input
              className={styles.control}
              size="small"
              value={row.targetYearText}
              placeholder="năm"
              inputMode="numeric"
              aria-label={`Năm mục tiêu: ${name}`}
              onChange={(_, data) => onChange(index, { targetYearText: data.value })}
            />
          </Field>
        </div>
      </td>
    </tr>
  );
});

/** Tables longer than this are virtualised: only the rows near the screen are in the page. */
const VIRTUAL_FROM = 60;

/**
 * The table's rows: all of them for a usual plan; for a long one (a 300-page plan holds over a thousand chỉ tiêu) only
 * those near the screen, with TanStack Virtual over the pane's own scrolling, each row measured as it renders.
 */
function KpiRows({
  rows,
  onChange,
  onShowSource,
}: {
  rows: readonly KpiRow[];
  onChange: KpiRowProps["onChange"];
  onShowSource: KpiRowProps["onShowSource"];
}) {
  const styles = useStyles();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [offset, setOffset] = useState(0);
  // Measured after every render on purpose: the list's top moves with whatever renders above it; setOffset only
  // changes state when it moved, so this settles in one pass.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const top = bodyRef.current ? bodyRef.current.getBoundingClientRect().top + window.scrollY : 0;
    if (Math.abs(top - offset) > 1) setOffset(top);
  });
  const virtual = rows.length > VIRTUAL_FROM;
  const virtualizer = useWindowVirtualizer({
    count: virtual ? rows.length : 0,
    estimateSize: () => 150,
    overscan: 6,
    scrollMargin: offset,
  });
  if (!virtual) {
    return (
      <tbody ref={bodyRef}>
        {rows.map((row, index) => (
          <KpiRowView key={index} row={row} index={index} onChange={onChange} onShowSource={onShowSource} />
        ))}
      </tbody>
    );
  }
  return (
    <tbody ref={bodyRef} className={styles.body} style={{ height: virtualizer.getTotalSize() }} data-virtual="">
      {virtualizer.getVirtualItems().map((v) => (
        <KpiRowView
          key={v.key}
          row={rows[v.index]!}
          index={v.index}
          onChange={onChange}
          onShowSource={onShowSource}
          virtual={{ start: v.start - virtualizer.options.scrollMargin, measure: virtualizer.measureElement }}
        />
      ))}
    </tbody>
  );
}

/**
 * The Chỉ tiêu tab: the KPI records extracted from the open document (`POST /api/plans/extract`) in an editable table
 * (comparator, value in Vietnamese notation, unit), each with its source sentence, which can be shown in the document;
 * *Gửi chỉ tiêu* sends the records as corrected, with the .docx they were read from, to the central database
 * (`POST /api/plans/submit`, one form with the file and the records) and shows what was stored.
 */
export function KpiTab() {
  const styles = useStyles();
  const { word, api } = useServices();
  const [extraction, setExtraction] = useState<Extraction | null>(null);
  const [rows, setRows] = useState<KpiRow[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<SubmissionSummary | null>(null);
  const [sendNotice, setSendNotice] = useState<NoticeState | null>(null);
  const running = useRef(false);

  const extract = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setNotice(null);
    setSent(null);
    setSendNotice(null);
    try {
      const bytes = await word.readDocument();
      const report = await api.extractPlan(docxFile(bytes));
      setExtraction({ file: report.file, plan: report.plan, docx: bytes });
      setRows(report.kpis.map(toRow));
      if (report.kpis.length === 0) {
        setNotice({
          intent: "info",
          title: "Không tìm thấy chỉ tiêu nào.",
          text: "Kế hoạch chưa có mục chỉ tiêu thi đua có số liệu.",
        });
      }
    } catch (error) {
      setNotice({ intent: "error", title: "Không trích xuất được", text: describeError(error) });
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, [api, word]);

  const send = useCallback(async () => {
    if (running.current || !extraction || !rows) return;
    running.current = true;
    setSending(true);
    setSent(null);
    setSendNotice(null);
    try {
      const result = await submitReviewed(api, extraction, rows);
      setSent(summarizeSubmission(result));
    } catch (error) {
      setSendNotice({ intent: "error", title: "Không gửi được chỉ tiêu", text: describeError(error) });
    } finally {
      running.current = false;
      setSending(false);
    }
  }, [api, extraction, rows]);

  /** Changes one row (only that row gets a new object); what was shown of an earlier send no longer holds, so it goes. */
  const update = useCallback((index: number, change: Partial<KpiRow>) => {
    setRows((current) => current?.map((row, i) => (i === index ? { ...row, ...change } : row)) ?? null);
    setSent(null);
    setSendNotice(null);
  }, []);

  const stats = useMemo(() => {
    const list = rows ?? [];
    return {
      total: list.length,
      measurable: list.filter((r) => r.valueText.trim().length > 0).length,
      edited: list.filter(isEdited).length,
      invalid: list.filter((r) => valueError(r) !== null || yearError(r) !== null).length,
    };
  }, [rows]);

  const showSource = useCallback(
    (row: KpiRow) =>
      void word
        .select({ paragraph: row.original.source.paragraph, text: row.original.source.sentence.slice(0, 80) })
        .catch((error: unknown) =>
          setNotice({ intent: "error", title: "Không chọn được đoạn", text: describeError(error) }),
        ),
    [word],
  );

  const plan = extraction?.plan ?? null;
  const number = plan ? [plan.number, plan.symbol].filter(Boolean).join("/") : "";
  return (
    <section className={styles.root} aria-label="Chỉ tiêu thi đua">
      <Text className={styles.intro}>
        Đọc các chỉ tiêu thi đua của kế hoạch đang mở; sửa giá trị hoặc đơn vị nếu đọc chưa đúng.
      </Text>
      <Button
        appearance={rows && rows.length > 0 ? "secondary" : "primary"}
        size="large"
        icon={<TargetArrow20Regular />}
        disabled={busy || sending}
        onClick={() => void extract()}
      >
        {rows ? "Trích xuất lại" : "Trích xuất chỉ tiêu"}
      </Button>
      {busy && (
        <Field label="Đang đọc văn bản và trích xuất chỉ tiêu…">
          <ProgressBar thickness="large" />
        </Field>
      )}
      <Notice notice={notice} />
      {plan && (
        <div className={styles.plan} role="group" aria-label="Thông tin kế hoạch">
          <Text className={styles.planTitle}>
            <DocumentText20Regular aria-hidden style={{ verticalAlign: "text-bottom" }} />{" "}
            {plan.issuer || "(chưa rõ cơ quan ban hành)"}
          </Text>
          <Caption1>
            Số: {number || "(để trống)"} · Năm {plan.year ?? "—"}
            {plan.date
              ? ` · ngày ${new Date(plan.date).toLocaleDateString("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric" })}`
              : ""}
          </Caption1>
          {plan.subject && <Caption1>{plan.subject}</Caption1>}
        </div>
      )}
      {rows && rows.length > 0 && (
        <>
          <Caption1 aria-live="polite">
            {stats.total} chỉ tiêu: {stats.measurable} có số liệu, {stats.total - stats.measurable} định tính
            {stats.edited > 0 ? ` · đã sửa ${stats.edited}` : ""}
          </Caption1>
          <table className={styles.table} aria-label="Các chỉ tiêu thi đua" aria-rowcount={rows.length + 1}>
            <colgroup>
              <col style={{ width: "58%" }} />
              <col style={{ width: "42%" }} />
            </colgroup>
            <thead>
              <tr>
                <th className={styles.th} scope="col">
                  Chỉ tiêu và nguồn
                </th>
                <th className={styles.th} scope="col">
                  Giá trị, đơn vị
                </th>
              </tr>
            </thead>
            <KpiRows rows={rows} onChange={update} onShowSource={showSource} />
          </table>
          <div className={styles.submit} role="group" aria-label="Gửi chỉ tiêu">
            <Caption1 className={styles.intro}>
              Gửi {stats.total} chỉ tiêu như đang hiển thị (kể cả phần đã sửa) cùng tệp .docx gốc về cơ sở dữ liệu
              chung. Gửi lại sau khi sửa sẽ lưu thành phiên bản mới, phiên bản cũ vẫn được giữ.
            </Caption1>
            <Button
              appearance="primary"
              size="large"
              icon={<CloudArrowUp20Regular />}
              disabled={busy || sending || stats.invalid > 0}
              onClick={() => void send()}
            >
              {sending ? "Đang gửi chỉ tiêu…" : "Gửi chỉ tiêu"}
            </Button>
            {stats.invalid > 0 && (
              <Caption1 role="status">Sửa {stats.invalid} giá trị chưa đúng kiểu số trước khi gửi.</Caption1>
            )}
            {sending && (
              <Field label="Đang gửi về cơ sở dữ liệu chung…">
                <ProgressBar thickness="large" />
              </Field>
            )}
            <Notice notice={sendNotice} />
            {sent && (
              <div className={styles.result} role="group" aria-label="Kết quả gửi chỉ tiêu">
                <Notice notice={sent} />
                <dl className={styles.facts}>
                  {sent.facts.map((fact) => (
                    <Fragment key={fact.label}>
                      <dt className={styles.factLabel}>{fact.label}</dt>
                      <dd className={styles.factValue}>{fact.value}</dd>
                    </Fragment>
                  ))}
                </dl>
              </div>
            )}
          </div>
        </>
      )}
    </section>
  );
}
