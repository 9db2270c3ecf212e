namespace ThiDua.Service.Features.Auth;

/// <summary>A member's role — <em>vai trò</em>: what part of the central database a signed-in user may read and submit to.</summary>
public enum MemberRole
{
    /// <summary>Cán bộ đơn vị: the plans of one unit (<see cref="Member.Unit"/> or <see cref="Member.UnitId"/>).</summary>
    Officer,

    /// <summary>Phòng Nội vụ huyện: the plans of every unit whose district is <see cref="Member.District"/>.</summary>
    DistrictReviewer,

    /// <summary>Quản trị: every unit.</summary>
    Admin,
}
