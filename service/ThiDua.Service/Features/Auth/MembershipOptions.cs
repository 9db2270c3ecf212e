namespace ThiDua.Service.Features.Auth;

/// <summary>The <c>Authorization</c> configuration section: who the members are.</summary>
public sealed class MembershipOptions
{
    /// <summary>The section name.</summary>
    public const string Section = "Authorization";

    /// <summary>The members (<c>Authorization:Members:0:Upn</c>, <c>…:Role</c>, <c>…:Unit</c>…).</summary>
    public List<Member> Members { get; set; } = [];
}
