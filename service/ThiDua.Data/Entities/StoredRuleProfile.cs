namespace ThiDua.Data.Entities;

/// <summary>
/// A rule profile — <em>hồ sơ quy tắc</em> — stored centrally (table <c>rule_profiles</c>): its versioned JSON document as
/// validated by the service, and where it applies — one province, one district or one unit — so that a unit's check
/// applies the province's, then the district's, then its own profile (rules.md § Rule profiles).
/// </summary>
public sealed class StoredRuleProfile
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>The profile's name (its document's <c>name</c>): lower-case ASCII, digits and hyphens; unique.</summary>
    public string Name { get; set; } = "";

    /// <summary>Its title, for lists.</summary>
    public string Title { get; set; } = "";

    /// <summary>Where it applies: <c>province</c>, <c>district</c>, <c>unit</c>, or empty when it applies only when named.</summary>
    public string Scope { get; set; } = "";

    /// <summary>The province it applies to (a province profile), or the province of its district or unit when the document names it; empty otherwise.</summary>
    public string Province { get; set; } = "";

    /// <summary>The district it applies to (a district profile); empty otherwise.</summary>
    public string District { get; set; } = "";

    /// <summary>The unit it applies to (a unit profile), or null.</summary>
    public int? UnitId { get; set; }

    /// <summary>The unit, for a unit profile.</summary>
    public IssuingUnit? Unit { get; set; }

    /// <summary>
    /// What it applies to as a matching key (<c>province:BAC GIANG</c>, <c>district:BAC GIANG/YEN DUNG</c>,
    /// <c>unit:12</c>), unique so that one place has one profile; null for a profile applied only when named.
    /// </summary>
    public string? ScopeKey { get; set; }

    /// <summary>The JSON document, as validated and normalised (UTF-8 text).</summary>
    public string Document { get; set; } = "";

    /// <summary>When it was stored first (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it was last replaced (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
