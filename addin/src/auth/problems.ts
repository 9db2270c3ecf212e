/** Why the pane is not signed in, as the officer reads it. */
export type SignInProblemKind =
  | "consent"
  | "popup-blocked"
  | "no-account"
  | "cancelled"
  | "rejected"
  | "forbidden"
  | "network"
  | "unavailable"
  | "failed";

/** A sign-in failure in Vietnamese: a title, a sentence saying what to do, and its kind. */
export interface SignInProblem {
  readonly kind: SignInProblemKind;
  readonly title: string;
  readonly text: string;
}

const PROBLEMS: Record<SignInProblemKind, Omit<SignInProblem, "kind">> = {
  consent: {
    title: "Cần đồng ý cấp quyền",
    text: "Tài khoản chưa đồng ý cho ngăn Kế hoạch thi đua dùng dịch vụ ThiDua. Bấm Đăng nhập và chấp nhận yêu cầu cấp quyền, hoặc nhờ quản trị viên cấp quyền cho cả đơn vị.",
  },
  "popup-blocked": {
    title: "Cửa sổ đăng nhập bị chặn",
    text: "Trình duyệt hoặc Office đã chặn cửa sổ đăng nhập. Hãy cho phép cửa sổ bật lên của trang này rồi bấm Đăng nhập.",
  },
  "no-account": {
    title: "Chưa đăng nhập",
    text: "Chưa có tài khoản Microsoft 365 nào đăng nhập. Bấm Đăng nhập để chọn tài khoản của đơn vị.",
  },
  cancelled: { title: "Đã hủy đăng nhập", text: "Cửa sổ đăng nhập đã đóng trước khi xong. Bấm Đăng nhập để thử lại." },
  rejected: {
    title: "Dịch vụ không chấp nhận phiên đăng nhập",
    text: "Mã truy cập không dành cho dịch vụ ThiDua hoặc đã hết hạn. Bấm Đăng nhập để đăng nhập lại; nếu vẫn lỗi, báo quản trị viên kiểm tra đăng ký ứng dụng.",
  },
  forbidden: {
    title: "Tài khoản chưa được phân quyền",
    text: "Tài khoản đang đăng nhập không có quyền xem dữ liệu này. Bấm Đăng nhập để dùng tài khoản khác, hoặc nhờ quản trị viên phân quyền (Phòng Nội vụ huyện).",
  },
  network: { title: "Không kết nối được máy chủ đăng nhập", text: "Hãy kiểm tra mạng rồi bấm Đăng nhập." },
  unavailable: {
    title: "Không đăng nhập được trong cửa sổ này",
    text: "Ngăn Kế hoạch thi đua cần được mở trong Word để đăng nhập bằng tài khoản Microsoft 365.",
  },
  failed: { title: "Đăng nhập không thành công", text: "Bấm Đăng nhập để thử lại; nếu vẫn lỗi, báo quản trị viên." },
};

/** The problem of a given kind. */
export function signInProblemOf(kind: SignInProblemKind): SignInProblem {
  return { kind, ...PROBLEMS[kind] };
}

const CONSENT = new Set(["consent_required"]);
const POPUP = new Set([
  "popup_window_error",
  "empty_window_error",
  "block_nested_popups",
  "monitor_window_timeout",
  "timed_out",
]);
const NO_ACCOUNT = new Set([
  "no_account_error",
  "no_account_found",
  "login_required",
  "no_tokens_found",
  "interaction_required",
]);
const CANCELLED = new Set(["user_cancelled", "user_canceled"]);
const NETWORK = new Set(["no_network_connectivity", "endpoints_resolution_error"]);

function field(error: unknown, name: string): string {
  if (typeof error !== "object" || error === null || !(name in error)) return "";
  const value = (error as Record<string, unknown>)[name];
  return typeof value === "string" ? value : "";
}

/**
 * The problem an MSAL error (`errorCode`, `subError`, `errorMessage`), a dialog error or a network failure stands for:
 * consent not given (`consent_required`, AADSTS65001), a blocked popup or dialog, no signed-in account, cancelled,
 * no network; anything else is `failed`.
 */
export function describeSignInError(error: unknown): SignInProblem {
  const code = field(error, "errorCode");
  const sub = field(error, "subError");
  const text = `${field(error, "errorMessage")} ${error instanceof Error ? error.message : ""}`;
  if (CONSENT.has(code) || CONSENT.has(sub) || /AADSTS65001/u.test(text)) return signInProblemOf("consent");
  if (POPUP.has(code)) return signInProblemOf("popup-blocked");
  if (CANCELLED.has(code)) return signInProblemOf("cancelled");
  if (NO_ACCOUNT.has(code) || NO_ACCOUNT.has(sub)) return signInProblemOf("no-account");
  if (NETWORK.has(code) || (error instanceof TypeError && /fetch|network/iu.test(error.message)))
    return signInProblemOf("network");
  return signInProblemOf("failed");
}

/** Thrown by the pane's API calls when no token could be had: its message is the problem's Vietnamese sentence. */
export class SignInRequiredError extends Error {
  constructor(readonly problem: SignInProblem) {
    super(`${problem.title}: ${problem.text}`);
    this.name = "SignInRequiredError";
  }
}
