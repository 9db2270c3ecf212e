import { describe, expect, it } from "vitest";
import { ApiException } from "./client";
import { describeError } from "./errors";

describe("describeError", () => {
  it("uses the Vietnamese title and detail of problem details", () => {
    expect(
      describeError({ title: "Tệp không phải .docx", detail: "Tệp tải lên là .doc (Word 97–2003).", status: 415 }),
    ).toBe("Tệp không phải .docx: Tệp tải lên là .doc (Word 97–2003).");
  });

  it("reads problem details from an ApiException's response body", () => {
    const body = JSON.stringify({ title: "Tệp quá lớn", detail: "Giới hạn 20 MB.", status: 413 });
    expect(describeError(new ApiException("x", 413, body, {}, null))).toBe("Tệp quá lớn: Giới hạn 20 MB.");
  });

  it("says the service failed for a 5xx without details, never a stack trace", () => {
    const message = describeError(
      new ApiException("An unexpected server error occurred.", 500, "<html>…</html>", {}, null),
    );
    expect(message).toBe("Dịch vụ kiểm tra đang gặp sự cố. Hãy thử lại sau ít phút.");
    expect(message).not.toMatch(/\d{3}|html|error/iu);
  });

  it("says the service cannot be reached when fetch fails", () => {
    expect(describeError(new TypeError("Failed to fetch"))).toMatch(/Không kết nối được dịch vụ/u);
  });

  it("falls back to the error's own message, or a generic sentence", () => {
    expect(describeError(new Error("Word không trả về được nội dung văn bản."))).toBe(
      "Word không trả về được nội dung văn bản.",
    );
    expect(describeError(undefined)).toBe("Đã có lỗi không xác định. Hãy thử lại.");
  });
});
