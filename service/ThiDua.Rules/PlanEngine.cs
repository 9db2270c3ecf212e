using ThiDua.Plans.Kpis;
using ThiDua.Plans.Model;

namespace ThiDua.Rules;

/// <summary>The result of checking one plan.</summary>
/// <param name="File">The file name as given by the caller.</param>
/// <param name="Findings">Every finding, in document order within each rule family.</param>
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
/// .docx bytes → <see cref="ThiDua.Docx"/> reading → plan model → rules / KPI extraction.
/// Thread-safe; create once and share.
/// </summary>
public sealed class PlanEngine
{
    /// <summary>Checks a plan against every rule of <c>shared/spec/rules.md</c>.</summary>
    /// <exception cref="ThiDua.Docx.Package.DocxInputException">The bytes are not a readable .docx.</exception>
    public CheckReport Check(Stream docx, string fileName) => throw new NotImplementedException();

    /// <summary>Extracts the plan metadata and its KPI records.</summary>
    /// <exception cref="ThiDua.Docx.Package.DocxInputException">The bytes are not a readable .docx.</exception>
    public ExtractReport Extract(Stream docx, string fileName) => throw new NotImplementedException();

    /// <summary>Applies the mechanical fixes of the given rules (all rules when <paramref name="ruleIds"/> is null or empty) and returns the fixed package.</summary>
    /// <exception cref="ThiDua.Docx.Package.DocxInputException">The bytes are not a readable .docx.</exception>
    public byte[] Fix(Stream docx, IReadOnlyCollection<string>? ruleIds) => throw new NotImplementedException();
}
