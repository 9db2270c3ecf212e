using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Data.Profiles;
using ThiDua.Rules.Profiles;
using ThiDua.Service.Features.Auth;

namespace ThiDua.Service.Features.Profiles;

/// <summary>Why <see cref="ProfileResolver"/> could not give the profile that applies; <see cref="Problem"/> is the response.</summary>
public sealed class ProfileResolutionException(ProblemHttpResult problem) : Exception("Hồ sơ quy tắc không áp dụng được.")
{
    /// <summary>The RFC 9457 problem to answer with.</summary>
    public ProblemHttpResult Problem { get; } = problem;
}

/// <summary>
/// Finds the rule profile a check applies (rules.md § Rule profiles): a profile named in the request — a shipped sample
/// or a stored one, with the profiles above it (province → district → unit); else the chain of a unit given by id; else the
/// chain of the signed-in officer's own unit; else the base. Stored documents are read again with
/// <see cref="RuleProfileReader"/>, so a check never applies a profile the current schema refuses.
/// </summary>
public sealed class ProfileResolver(RuleProfileStore store, ICurrentUnitScope scope)
{
    /// <summary>The profile for <paramref name="profile"/> (a name) or <paramref name="unitId"/>, or the caller's unit's.</summary>
    /// <exception cref="ProfileResolutionException">Unknown name (404), a unit outside the caller's scope (403), profiles that cannot be read or combined (422).</exception>
    public async Task<EffectiveProfile> ResolveAsync(string? profile, int? unitId, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(profile)) return Combine(await NamedChainAsync(profile.Trim(), cancellationToken));
        if (unitId is { } id)
        {
            if (!await scope.AllowsUnitAsync(id, cancellationToken)) throw new ProfileResolutionException(ScopeProblems.Unit(id));
            return Combine(await UnitChainAsync(id, cancellationToken));
        }
        return await scope.UnitIdsAsync(cancellationToken) is { Count: 1 } own
            ? Combine(await UnitChainAsync(own.Single(), cancellationToken))
            : EffectiveProfile.Base;
    }

    /// <summary>The documents that apply when <paramref name="name"/> is named: a sample alone, or a stored profile's chain.</summary>
    /// <exception cref="ProfileResolutionException">No profile of that name (404), or a stored document the reader refuses (422).</exception>
    public async Task<IReadOnlyList<RuleProfile>> NamedChainAsync(string name, CancellationToken cancellationToken)
    {
        if (SampleProfiles.Find(name) is { } sample) return [sample];
        var chain = await store.ChainForProfileAsync(name, cancellationToken)
            ?? throw new ProfileResolutionException(ProfileProblems.Problem(ProfileProblems.ProfileNotFound,
                $"Không có hồ sơ quy tắc “{name}” (hồ sơ mẫu: {string.Join(", ", SampleProfiles.All.Keys)})."));
        return Read(chain);
    }

    private async Task<IReadOnlyList<RuleProfile>> UnitChainAsync(int unitId, CancellationToken cancellationToken) =>
        Read(await store.ChainForUnitAsync(unitId, cancellationToken));

    private static List<RuleProfile> Read(IEnumerable<(StoredProfileView View, string Document)> chain) =>
        chain.Select(link =>
        {
            try
            {
                return RuleProfileReader.Read(link.Document);
            }
            catch (RuleProfileException e)
            {
                throw new ProfileResolutionException(ProfileProblems.Problem(ProfileProblems.ProfileNotApplicable,
                    [$"Hồ sơ quy tắc “{link.View.Title}” đang lưu không còn hợp lệ: sửa lại hồ sơ.", .. e.Problems]));
            }
        }).ToList();

    private static EffectiveProfile Combine(IReadOnlyList<RuleProfile> chain)
    {
        try
        {
            return EffectiveProfile.Of(chain);
        }
        catch (RuleProfileException e)
        {
            throw new ProfileResolutionException(ProfileProblems.Problem(ProfileProblems.ProfileNotApplicable, e.Problems));
        }
    }
}
