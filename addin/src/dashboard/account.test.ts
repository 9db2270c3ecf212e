import { describe, expect, it } from "vitest";
import type { CurrentUser } from "../api/client";
import { signInProblemOf } from "../auth/problems";
import { accountView, problemOfStatus } from "./account";

const reviewer = {
  name: "Trần Thị B",
  upn: "reviewer@yendung.test",
  role: "districtReviewer",
  roleLabel: "Phòng Nội vụ huyện",
  district: "Yên Dũng",
  units: [{ id: 2, name: "Ủy ban nhân dân xã Trí Yên" }],
  localDevelopment: false,
} as unknown as CurrentUser;

describe("accountView", () => {
  it("names the signed-in reviewer and their district, with Đăng xuất and no prompt", () => {
    expect(accountView({ status: "signed-in", user: reviewer })).toEqual({
      line: "Trần Thị B · Phòng Nội vụ huyện Yên Dũng",
      signOut: true,
      prompt: null,
      busy: false,
    });
  });

  it("says local development without sign-in and offers no Đăng xuất", () => {
    const view = accountView({ status: "local", user: null });
    expect(view.line).toBe("Chế độ phát triển cục bộ — không đăng nhập");
    expect(view.signOut).toBe(false);
    expect(view.prompt).toBeNull();
  });

  it("shows the sign-in problem with the button, disabled while signing in", () => {
    const problem = signInProblemOf("no-account");
    expect(accountView({ status: "needs-sign-in", problem, busy: true })).toEqual({
      line: "Chưa đăng nhập",
      signOut: false,
      prompt: problem,
      busy: true,
    });
  });

  it("shows a refusal of the data to a signed-in account in the prompt, keeping Đăng xuất", () => {
    const view = accountView({ status: "signed-in", user: reviewer }, signInProblemOf("forbidden"));
    expect(view.prompt?.title).toBe("Tài khoản chưa được phân quyền");
    expect(view.signOut).toBe(true);
  });

  it("ignores a refusal while starting", () => {
    expect(accountView({ status: "starting" }, signInProblemOf("forbidden")).prompt).toBeNull();
  });
});

describe("problemOfStatus", () => {
  it("names 401 and 403 in Vietnamese and leaves other statuses to the status line", () => {
    expect(problemOfStatus(401)?.kind).toBe("rejected");
    expect(problemOfStatus(403)?.text).toMatch(/không có quyền xem dữ liệu này/);
    expect(problemOfStatus(404)).toBeNull();
    expect(problemOfStatus(500)).toBeNull();
  });
});
