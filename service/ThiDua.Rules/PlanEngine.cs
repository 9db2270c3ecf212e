using ThiDua.Docx.Package;
using ThiDua.Docx.Reading;
using ThiDua.Plans.Extraction;
using ThiDua.Plans.Kpis;
using ThiDua.Plans.Model;
using ThiDua.Plans.Recognition;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Fixing;

namespace ThiDua.Rules;

/// <summary>The result of checking one plan.</summary>
/// <param name="File">The file name as given by the caller.</param>
/// <param name="Findings">Every finding, by plan part, then paragraph, then rule id.</param>
public sealed record CheckReport(string File, IReadOnlyList<Finding> Findings)
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
/// <param name="limits">Input limits (size, zip bomb); <see cref="PackageLimits.Default"/> when null.</param>
public sealed class PlanEngine(PackageLimits? limits = null)
{
    private readonly PackageLimits limits = limits ?? PackageLimits.Default;

    /// <summary>Checks a plan against every rule of <c>shared/spec/rules.md</c>.</summary>
    /// <exception cref="DocxInputException">The bytes are not a readable .docx.</exception>
    public CheckReport Check(Stream docx, string fileName) => new(fileName, PlanChecker.Check(Read(docx)));

    /// <summary>Extracts the plan metadata and its KPI records.</summary>
    /// <exception cref="DocxInputException">The bytes are not a readable .docx.</exception>
    public ExtractReport Extract(Stream docx, string fileName)
    {
        var plan = Read(docx);
        return new ExtractReport(fileName, PlanMetadataReader.Read(plan), PlanTargetReader.Read(plan).Targets);
    }

    /// <summary>
    /// Applies the mechanical fixes of the given rules (all rules when <paramref name="ruleIds"/> is null or empty) and returns
    /// the fixed package. Findings without a fix are left as they are.
    /// </summary>
    /// <exception cref="DocxInputException">The bytes are not a readable .docx.</exception>
    public byte[] Fix(Stream docx, IReadOnlyCollection<string>? ruleIds)
    {
        var bytes = DocxLoader.ReadAll(docx, limits);
        var findings = PlanChecker.Check(Read(bytes));
        var wanted = ruleIds is { Count: > 0 } ? new HashSet<string>(ruleIds, StringComparer.OrdinalIgnoreCase) : null;
        var fixes = findings.Where(f => f.Fix is not null && (wanted is null || wanted.Contains(f.Rule))).Select(f => f.Fix!).ToList();
        using var editable = DocxLoader.OpenEditable(bytes, limits);
        FixApplier.Apply(editable.Document, fixes);
        return editable.ToArray();
    }

    /// <summary>Opens, reads and recognises a plan.</summary>
    /// <exception cref="DocxInputException">The bytes are not a readable .docx.</exception>
    public PlanDocument Read(Stream docx) => Read(DocxLoader.ReadAll(docx, limits));

    private PlanDocument Read(byte[] bytes)
    {
        try
        {
            return DocxLoader.Read(bytes, doc => PlanRecognizer.Recognize(DocxReader.Read(doc)), limits);
        }
        catch (Exception ex) when (DocxLoader.AsInputException(ex) is { } input)
        {
            throw input;
        }
    }
}
