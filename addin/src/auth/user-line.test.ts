import { describe, expect, it } from "vitest";
import type { CurrentUser } from "../api/client";
import { describeUser } from "./user-line";

function user(fields: Partial<Record<keyof CurrentUser, unknown>>): CurrentUser {
  return {
    name: "Nguyễn Văn A",
    upn: "a@triyen.test",
    role: "officer",
    roleLabel: "Cán bộ đơn vị",
    district: null,
    units: [],
    localDevelopment: false,
    ...fields,
  } as unknown as CurrentUser;
}

describe("describeUser", () => {
  it("gives an officer's name, role and unit", () => {
    expect(describeUser(user({ units: [{ id: 3, name: "UBND xã Trí Yên" }] }))).toBe(
      "Nguyễn Văn A · Cán bộ đơn vị · UBND xã Trí Yên",
    );
  });

  it("says when the officer's unit has no profile yet, and uses the upn when there is no name", () => {
    expect(describeUser(user({ name: " " }))).toBe("a@triyen.test · Cán bộ đơn vị · chưa có hồ sơ đơn vị");
  });

  it("gives a district reviewer's district and an administrator's reach", () => {
    expect(
      describeUser(
        user({ role: "districtReviewer", roleLabel: "Phòng Nội vụ huyện", district: "Yên Dũng", units: [] }),
      ),
    ).toBe("Nguyễn Văn A · Phòng Nội vụ huyện Yên Dũng");
    expect(describeUser(user({ role: "admin", roleLabel: "Quản trị", units: null }))).toBe(
      "Nguyễn Văn A · Quản trị · mọi đơn vị",
    );
  });

  it("gives only the label for an account that is no member, and the local-development line", () => {
    expect(describeUser(user({ role: null, roleLabel: "Chưa được phân quyền" }))).toBe(
      "Nguyễn Văn A · Chưa được phân quyền",
    );
    expect(describeUser(user({ localDevelopment: true }))).toBe("Chế độ phát triển cục bộ — không đăng nhập");
  });
});
