import { describe, expect, it } from "vitest";
import { describeSignInError } from "./problems";

const msalError = (errorCode: string, subError = "", errorMessage = "") =>
  Object.assign(new Error(errorMessage), { errorCode, subError, errorMessage });

describe("describeSignInError", () => {
  it("names consent that is still needed, by code, sub-error or AADSTS65001", () => {
    expect(describeSignInError(msalError("consent_required")).title).toBe("Cần đồng ý cấp quyền");
    expect(describeSignInError(msalError("interaction_required", "consent_required")).kind).toBe("consent");
    expect(
      describeSignInError(msalError("invalid_grant", "", "AADSTS65001: The user or administrator has not consented"))
        .kind,
    ).toBe("consent");
  });

  it("names a blocked popup or Office dialog", () => {
    expect(describeSignInError(msalError("popup_window_error")).title).toBe("Cửa sổ đăng nhập bị chặn");
    expect(describeSignInError(msalError("empty_window_error")).kind).toBe("popup-blocked");
  });

  it("names a missing account, including the host's account_unavailable", () => {
    expect(describeSignInError(msalError("no_account_error")).title).toBe("Chưa đăng nhập");
    expect(describeSignInError(msalError("no_account_found")).kind).toBe("no-account");
    expect(describeSignInError(msalError("interaction_required")).kind).toBe("no-account");
  });

  it("tells a cancelled sign-in and a network failure apart from the rest", () => {
    expect(describeSignInError(msalError("user_cancelled")).kind).toBe("cancelled");
    expect(describeSignInError(new TypeError("Failed to fetch")).kind).toBe("network");
    const other = describeSignInError(new Error("boom"));
    expect(other.kind).toBe("failed");
    expect(other.text).toMatch(/Đăng nhập/);
  });
});
