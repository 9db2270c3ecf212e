import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  Option,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentAdd20Regular, TextBulletListAdd20Regular } from "@fluentui/react-icons";
import { Fragment, useCallback, useEffect, useRef, useState } from "react";
import type { SectionDefinition, SectionPreview, UnitProfileView } from "../api/client";
import { describeError } from "../api/errors";
import { Notice, type NoticeState } from "../shared/Notice";
import { useServices } from "../taskpane/services";
import { headingAbove, nextMucLabel } from "./heading-above";
import { useSectionPreviews } from "./useSectionPreviews";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 76px",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
  control: { width: "100%", minWidth: 0 },
  heading: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  section: {
    listStyleType: "none",
    display: "grid",
    gridTemplateColumns: "1fr auto",
    gap: `2px ${tokens.spacingHorizontalS}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  description: { color: tokens.colorNeutralForeground2, gridColumn: "1 / 2" },
  preview: {
    gridColumn: "1 / 3",
    color: tokens.colorNeutralForeground3,
    fontFamily: "'Times New Roman', Times, serif",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    borderLeft: `2px solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: "-webkit-box",
    WebkitLineClamp: "3",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  missing: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorStatusWarningForeground3,
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `1px dashed ${tokens.colorStatusWarningBorder1}`,
    borderRadius: tokens.borderRadiusSmall,
    padding: "0 3px",
    whiteSpace: "nowrap",
  },
  separator: { color: tokens.colorNeutralForeground4 },
  toFill: { gridColumn: "1 / 3", color: tokens.colorStatusWarningForeground3 },
  insert: { gridRow: "1 / 3", gridColumn: "2 / 3", alignSelf: "start" },
});

/**
 * A section's preview as the service renders it (`POST /api/sections/previews`): its lines as they will be inserted,
 * separated by `·`, each value the unit profile lacks shown as a marked “… cần điền”, and below it what is still to be
 * filled.
 */
function PreviewText({ preview }: { preview: SectionPreview }) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.preview} data-preview="">
        {preview.lines.map((line, i) => (
          <Fragment key={i}>
            {i > 0 && <span className={styles.separator}> · </span>}
            {line.map((part, j) =>
              part.missing == null ? (
                <Fragment key={j}>{part.text}</Fragment>
              ) : (
                <mark key={j} className={styles.missing} data-missing={part.missing}>
                  {part.missing}: cần điền
                </mark>
              ),
            )}
          </Fragment>
        ))}
      </div>
      {preview.missing.length > 0 && (
        <Caption1 className={styles.toFill}>Cần điền: {preview.missing.join(", ")}.</Caption1>
      )}
    </>
  );
}

type Loaded = { units: UnitProfileView[]; sections: SectionDefinition[] };

/**
 * The Soạn thảo tab: the unit the plan is for, *Tạo kế hoạch mới* (a whole plan into an empty document) and the
 * section catalogue, each section with a preview of what it inserts for the chosen unit (values its profile lacks marked
 * “cần điền”) and *Chèn* (inserted at the cursor as its tagged content control, numbered to follow the heading above the
 * cursor).
 */
export function ComposeTab() {
  const styles = useStyles();
  const { word, api } = useServices();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [unitId, setUnitId] = useState<number | null>(null);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [subject, setSubject] = useState("");
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const running = useRef(false);

  useEffect(() => {
    let live = true;
    Promise.all([api.listUnits(), api.listSections()])
      .then(([units, sections]) => {
        if (!live) return;
        setLoaded({ units, sections: [...sections].sort((a, b) => a.order - b.order) });
        setUnitId((current) => current ?? units[0]?.id ?? null);
      })
      .catch(
        (error: unknown) =>
          live && setNotice({ intent: "error", title: "Không tải được danh mục.", text: describeError(error) }),
      );
    return () => {
      live = false;
    };
  }, [api]);

  const yearNumber = /^\d{4}$/u.test(year.trim()) ? Number(year.trim()) : null;
  const unit = loaded?.units.find((u) => u.id === unitId) ?? null;
  /** Trích yếu: as typed, else the usual one for the year. */
  const planSubject = subject.trim() || `Phát động phong trào thi đua, khen thưởng năm ${yearNumber ?? year.trim()}`;

  const run = useCallback(async (what: string, action: () => Promise<NoticeState>) => {
    if (running.current) return;
    running.current = true;
    setBusy(what);
    setNotice(null);
    try {
      setNotice(await action());
    } catch (error) {
      setNotice({ intent: "error", title: "Không thực hiện được", text: describeError(error) });
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, []);

  const previews = useSectionPreviews({ unitId: unit?.id ?? null, year: yearNumber, subject: planSubject });

  const insert = (section: SectionDefinition) =>
    run(section.id, async () => {
      if (!unit || !yearNumber) return { intent: "warning", title: "Hãy chọn đơn vị ban hành và năm kế hoạch." };
      const cursor = await word.cursorContext();
      const previousHeading = section.numbered ? (headingAbove(cursor.paragraphsAbove, 1)?.label ?? null) : null;
      const rendered = await api.renderSection(section.id, {
        unitId: unit.id,
        unit: null,
        year: yearNumber,
        subject: planSubject,
        number: null,
        date: null,
        targets: null,
        previousHeading,
        // The plan's part, when it has one, so the section's bound fields point at it: one part per plan.
        storeItemId: await word.planPartId(),
      });
      await word.insertSection({ flatOpc: rendered.flatOpc, planXml: rendered.planXml });
      const number = section.numbered ? ` (mục ${nextMucLabel(previousHeading)})` : "";
      return { intent: "success", title: `Đã chèn “${section.title}”${number}.`, text: "Có thể hoàn tác bằng Ctrl+Z." };
    });

  const createPlan = () =>
    run("new", async () => {
      if (!unit || !yearNumber) return { intent: "warning", title: "Hãy chọn đơn vị và năm kế hoạch." };
      if (word.features.insertWholeFile && !(await word.isEmpty())) {
        return {
          intent: "warning",
          title: "Văn bản đang có nội dung.",
          text: "Hãy mở một văn bản trống (Tệp › Mới) rồi bấm “Tạo kế hoạch mới”.",
        };
      }
      const file = await api.newPlan({
        unitId: unit.id,
        unit: null,
        year: yearNumber,
        subject: planSubject,
        number: null,
        date: null,
        targets: null,
        sections: null,
      });
      const place = await word.putNewPlan(new Uint8Array(await file.data.arrayBuffer()));
      if (place === "new-document") {
        return {
          intent: "success",
          title: `Đã mở kế hoạch năm ${yearNumber} của ${unit.name} trong một văn bản Word mới.`,
          text: "Phiên bản Word này chưa chèn được cả tệp vào văn bản đang mở, nên kế hoạch mở ở cửa sổ riêng, đủ số trang và phần dữ liệu. Hãy lưu văn bản đó.",
        };
      }
      return {
        intent: "success",
        title: `Đã tạo kế hoạch năm ${yearNumber} cho ${unit.name}.`,
        text: "Các phần đã được gắn thẻ; lề, số trang và phần dữ liệu của kế hoạch đã có.",
      };
    });

  if (!loaded) {
    return notice ? <Notice notice={notice} /> : <Spinner size="small" label="Đang tải danh mục mục chuẩn…" />;
  }
  return (
    <section className={styles.root} aria-label="Soạn thảo kế hoạch">
      <div className={styles.row}>
        <Field label="Đơn vị ban hành">
          <Dropdown
            className={styles.control}
            value={unit?.name ?? ""}
            selectedOptions={unit ? [String(unit.id)] : []}
            placeholder="Chọn đơn vị"
            onOptionSelect={(_, data) => setUnitId(data.optionValue ? Number(data.optionValue) : null)}
          >
            {loaded.units.map((u) => (
              <Option key={u.id} value={String(u.id)} text={u.name}>
                {u.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Năm" validationMessage={yearNumber ? undefined : "4 chữ số"}>
          <Input
            className={styles.control}
            value={year}
            onChange={(_, data) => setYear(data.value)}
            inputMode="numeric"
            maxLength={4}
          />
        </Field>
      </div>
      <Field label="Trích yếu">
        <Textarea
          value={subject}
          placeholder={planSubject}
          rows={2}
          resize="vertical"
          onChange={(_, data) => setSubject(data.value)}
        />
      </Field>
      {loaded.units.length === 0 && (
        <Notice
          notice={{
            intent: "info",
            title: "Chưa có đơn vị ban hành nào.",
            text: "Nhờ quản trị viên thêm đơn vị của bạn (tên, địa danh, người ký, nơi nhận) rồi mở lại ngăn này.",
          }}
        />
      )}
      <Button
        appearance="primary"
        icon={busy === "new" ? <Spinner size="tiny" aria-label="Đang tạo kế hoạch" /> : <DocumentAdd20Regular />}
        disabled={busy !== null}
        onClick={() => void createPlan()}
      >
        Tạo kế hoạch mới
      </Button>
      <Notice notice={notice} />
      <Text as="h2" size={300} className={styles.heading}>
        Chèn mục chuẩn tại con trỏ
      </Text>
      <ul className={styles.list}>
        {loaded.sections.map((section) => (
          <li key={section.id} className={styles.section} data-section={section.id}>
            <Text className={styles.title}>{section.title}</Text>
            <Button
              className={styles.insert}
              size="small"
              icon={
                busy === section.id ? <Spinner size="tiny" aria-label="Đang chèn" /> : <TextBulletListAdd20Regular />
              }
              disabled={busy !== null}
              onClick={() => void insert(section)}
              aria-label={`Chèn ${section.title}`}
            >
              Chèn
            </Button>
            <Caption1 className={styles.description}>{section.description}</Caption1>
            {previews.get(section.id) && <PreviewText preview={previews.get(section.id)!} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
