using ThiDua.Docx.Package;
using ThiDua.Docx.Reading;
using ThiDua.Plans.Authoring.Tagging;
using ThiDua.Plans.Extraction;
using ThiDua.Plans.Kpis;
using ThiDua.Plans.Model;
using ThiDua.Plans.Recognition;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Fixing;
using ThiDua.Rules.Profiles;

namespace ThiDua.Rules;

/// <summary>The rule profile a check applied, for the pane and the reports to show.</summary>
/// <param name="Name">The most specific profile's name (<c>mac-dinh</c> for the base).</param>
/// <param name="Title">Its title (<c>Nghị định 30/2020/NĐ-CP (mặc định)</c> for the base).</param>
/// <param name="Chain">The titles of the profiles on top of the base, most general first (province → district → unit); empty for the base.</param>
public sealed record AppliedProfile(string Name, string Title, IReadOnlyList<string> Chain)
{
    /// <summary>What <paramref name="profile"/> applies.</summary>
    public static AppliedProfile Of(EffectiveProfile profile) => new(profile.Name, profile.Title, profile.Chain.Select(p => p.Title).ToList());
}

/// <summary>The result of checking one plan.</summary>
/// <param name="File">The file name as given by the caller.</param>
/// <param name="Findings">Every finding, by plan part, then paragraph, then rule id.</param>
/// <param name="Profile">The rule profile applied.</param>
public sealed record CheckReport(string File, IReadOnlyList<Finding> Findings, AppliedProfile Profile)
{
    /// <summary>Number of error-level findings.</summary>
    public int Errors => Findings.Count(f => f.Severity == Severity.Error);
    /// <summary>Number of warnings.</summary>
    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);
    /// <summary>Number of info findings.</summary>
    public int Infos => Findings.Count(f => f.Severity == Severity.Info);
}

/// <summary>The result of extracting one plan's data.</summary>
/// <param name="File">The file name as given by the caller.</param>
/// <param name="Plan">Header and signer data.</param>
/// <param name="Kpis">The chỉ tiêu records, in document order.</param>
public sealed record ExtractReport(string File, PlanMetadata Plan, IReadOnlyList<Target> Kpis);

/// <summary>
/// The one entry point to the engine used by the service and the <c>thidua</c> CLI:
/// .docx bytes → <see cref="DocxLoader"/> (input checks) → <see cref="DocxReader"/> → <see cref="PlanRecognizer"/> →
/// rules (<see cref="PlanChecker"/>) or extraction. Stateless and thread-safe; create once and share.
/// </summary>
/// <remarks>
/// Every entry point takes a <see cref="CancellationToken"/>, checked before each block of the document as it is read,
/// before each rule and each finding, and before each fix: link the caller's token (the request's
/// <c>HttpContext.RequestAborted</c>) with a deadline (<see cref="CancellationTokenSource.CancelAfter(TimeSpan)"/>) and the
/// work stops within one block of either. Cancellation surfaces as <see cref="OperationCanceledException"/> (never as a
/// <see cref="DocxInputException"/>); tell the deadline from the caller leaving by which source was cancelled. The
/// package guard bounds what a block can cost (<see cref="PackageLimits"/>).
/// </remarks>
/// <param name="limits">Input limits (size, zip bomb, depth and length); <see cref="PackageLimits.Default"/> when null.</param>
public sealed class PlanEngine(PackageLimits? limits = null)
{
    private readonly PackageLimits limits = limits ?? PackageLimits.Default;

    /// <summary>Checks a plan against the rules of <c>shared/spec/rules.md</c>, under <paramref name="profile"/> (the base when null).</summary>
    /// <exception cref="DocxInputException">The bytes are not a readable .docx.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public CheckReport Check(Stream docx, string fileName, EffectiveProfile? profile = null, CancellationToken cancellationToken = default)
    {
        profile ??= EffectiveProfile.Base;
        return new(fileName, PlanChecker.Check(Read(DocxLoader.ReadAll(docx, limits), cancellationToken, profile.Standard), profile, cancellationToken),
            AppliedProfile.Of(profile));
    }

    /// <summary>Extracts the plan metadata and its KPI records.</summary>
    /// <exception cref="DocxInputException">The bytes are not a readable .docx.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ExtractReport Extract(Stream docx, string fileName, CancellationToken cancellationToken = default)
    {
        var plan = Read(docx, cancellationToken);
        var metadata = PlanMetadataReader.Read(plan);
        cancellationToken.ThrowIfCancellationRequested();
        return new ExtractReport(fileName, metadata, PlanTargetReader.Read(plan).Targets);
    }

    /// <summary>
    /// Applies the mechanical fixes of the given rules (all rules when <paramref name="ruleIds"/> is null or empty) under
    /// <paramref name="profile"/> (the base when null) and returns the fixed package. Findings without a fix are left as they are.
    /// </summary>
    /// <exception cref="DocxInputException">The bytes are not a readable .docx.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public byte[] Fix(Stream docx, IReadOnlyCollection<string>? ruleIds, EffectiveProfile? profile = null, CancellationToken cancellationToken = default)
    {
        var bytes = DocxLoader.ReadAll(docx, limits);
        profile ??= EffectiveProfile.Base;
        var findings = PlanChecker.Check(Read(bytes, cancellationToken, profile.Standard), profile, cancellationToken);
        var wanted = ruleIds is { Count: > 0 } ? new HashSet<string>(ruleIds, StringComparer.OrdinalIgnoreCase) : null;
        var fixes = findings.Where(f => f.Fix is not null && (wanted is null || wanted.Contains(f.Rule))).Select(f => f.Fix!).ToList();
        using var editable = DocxLoader.OpenEditable(bytes, limits);
        FixApplier.Apply(editable.Document, fixes, cancellationToken);
        return editable.ToArray();
    }

    /// <summary>
    /// Tags a plan written without the pane (<see cref="PlanTagger"/>): its recognised parts wrapped in the content controls of
    /// <c>plan-schema.md</c>, the custom XML part filled. Returns the tagged package and what was tagged or skipped.
    /// </summary>
    /// <exception cref="DocxInputException">The bytes are not a readable .docx.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public (byte[] Docx, TaggingResult Result) Tag(Stream docx, CancellationToken cancellationToken = default) =>
        PlanTagger.Tag(DocxLoader.ReadAll(docx, limits), limits, cancellationToken);

    /// <summary>Opens, reads and recognises a plan.</summary>
    /// <exception cref="DocxInputException">The bytes are not a readable .docx.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public PlanDocument Read(Stream docx, CancellationToken cancellationToken = default) => Read(DocxLoader.ReadAll(docx, limits), cancellationToken);

    /// <summary>Reads and recognises a plan, its signer's title among those of <paramref name="standard"/> (a profile may add titles).</summary>
    private PlanDocument Read(byte[] bytes, CancellationToken cancellationToken, PlanStandard? standard = null) =>
        DocxLoader.Read(bytes, doc => PlanRecognizer.Recognize(DocxReader.Read(doc, cancellationToken), standard), limits);
}
