import { ApiException } from "./client";

/** Problem details (RFC 9457) as the service returns them, with Vietnamese `title` and `detail`. */
interface ProblemLike {
  readonly title?: string | null;
  readonly detail?: string | null;
  readonly status?: number | null;
}

function isProblem(value: unknown): value is ProblemLike {
  return typeof value === "object" && value !== null && ("title" in value || "detail" in value);
}

function fromProblem(problem: ProblemLike): string | undefined {
  const parts = [problem.title, problem.detail].filter(
    (p): p is string => typeof p === "string" && p.trim().length > 0,
  );
  return parts.length > 0 ? [...new Set(parts)].join(": ") : undefined;
}

function fromResponseText(text: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return isProblem(parsed) ? fromProblem(parsed) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A Vietnamese sentence for anything a service call or Word can throw: the problem details' title and detail when the
 * service sent them, a connection message when the service cannot be reached, the error's own message otherwise.
 */
export function describeError(error: unknown): string {
  if (isProblem(error)) {
    const text = fromProblem(error);
    if (text) return text;
  }
  if (typeof error === "object" && error !== null && ApiException.isApiException(error)) {
    const text = fromResponseText(error.response);
    if (text) return text;
    if (error.status >= 500) return "Dịch vụ kiểm tra đang gặp sự cố. Hãy thử lại sau ít phút.";
    return "Dịch vụ không nhận yêu cầu này. Hãy thử lại; nếu vẫn không được, hãy báo cho cán bộ quản trị.";
  }
  if (error instanceof TypeError && /fetch|network/iu.test(error.message))
    return "Không kết nối được dịch vụ ThiDua. Hãy kiểm tra mạng rồi thử lại.";
  if (error instanceof Error && error.message) return error.message;
  return "Đã có lỗi không xác định. Hãy thử lại.";
}
