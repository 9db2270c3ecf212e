import type { CurrentUser } from "../api/client";

/** What the header says in local development, where nobody signs in. */
export const LOCAL_DEVELOPMENT_LINE = "Chế độ phát triển cục bộ — không đăng nhập";

/**
 * Who is signed in and for which unit, as one line: `Nguyễn Văn A · Cán bộ đơn vị · UBND xã Trí Yên`; a district
 * reviewer's district after the role (`Phòng Nội vụ huyện Yên Dũng`), `mọi đơn vị` for an administrator, `chưa có hồ sơ
 * đơn vị` for an officer whose unit the database does not hold yet, only the role label for an account that is no member.
 */
export function describeUser(user: CurrentUser): string {
  if (user.localDevelopment) return LOCAL_DEVELOPMENT_LINE;
  const name = user.name.trim() || user.upn;
  // The role is a string enum on the wire; NSwag types the nullable enum as an object.
  const role = user.role as unknown as string | null;
  if (!role) return `${name} · ${user.roleLabel}`;
  if (role === "districtReviewer") return `${name} · ${user.roleLabel}${user.district ? ` ${user.district}` : ""}`;
  const units =
    user.units === null
      ? "mọi đơn vị"
      : user.units.length === 0
        ? "chưa có hồ sơ đơn vị"
        : user.units.map((u) => u.name).join(", ");
  return `${name} · ${user.roleLabel} · ${units}`;
}
