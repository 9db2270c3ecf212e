using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using ThiDua.Docx.Package;
using ThiDua.Service.Infrastructure;

namespace ThiDua.Service.Tests.Api;

/// <summary>
/// The service's problems come from one catalogue (<see cref="ProblemCatalog"/>): each kind has one status, one Vietnamese
/// title and one type URI, and no feature declares a problem kind or builds a problem result of its own.
/// </summary>
public partial class ProblemCatalogTests
{
    private const string VietnameseLetters = "ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";

    private static IEnumerable<ProblemCatalog.Entry> Entries() =>
        typeof(ProblemCatalog).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(ProblemCatalog.Entry))
            .Select(f => (ProblemCatalog.Entry)f.GetValue(null)!)
            .Concat(Enum.GetValues<DocxInputError>().Select(ProblemCatalog.For))
            .Concat(new[] { 400, 401, 403, 404, 405, 413, 415, 429, 500 }.Select(s => ProblemCatalog.ForStatus(s).Entry));

    [Fact]
    public void Every_problem_kind_has_one_status_one_Vietnamese_title_and_its_own_type()
    {
        var entries = Entries().ToList();
        Assert.True(entries.Count > 20, $"only {entries.Count} entries found");
        foreach (var entry in entries)
        {
            Assert.InRange(entry.Status, 400, 599);
            Assert.True(entry.Title.IsNormalized(NormalizationForm.FormC), entry.Title);
            Assert.True(entry.Title.ToLowerInvariant().IndexOfAny(VietnameseLetters.ToCharArray()) >= 0, $"not Vietnamese: {entry.Title}");
            Assert.Equal(ProblemCatalog.TypePrefix + Kebab().Replace(entry.Error, "-$1").ToLowerInvariant(), entry.Type);
        }
        foreach (var kind in entries.GroupBy(e => e.Type))
            Assert.True(kind.Distinct().Count() == 1, $"{kind.Key} is declared twice differently: {string.Join(" | ", kind.Distinct())}");
    }

    [Fact]
    public void No_feature_declares_a_problem_kind_or_builds_a_problem_of_its_own()
    {
        var service = Path.Combine(Corpus.RepositoryRoot, "service", "ThiDua.Service");
        var offenders = Directory.EnumerateFiles(service, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Where(f => Path.GetFileName(f) is not ("ProblemCatalog.cs" or "ApiProblems.cs"))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(service, f), Line: i + 1, Text: line)))
            .Where(l => AdHocProblem().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "problems outside the catalogue:" + Environment.NewLine + string.Join(Environment.NewLine, offenders));
    }

    /// <summary>A problem kind declared (<c>new(…Status…, "title", TypePrefix + …)</c>, <c>ProblemCatalog.Entry(</c>) or a problem result built by hand.</summary>
    [GeneratedRegex(@"TypePrefix\s*\+|new\s+ProblemCatalog\.Entry\s*\(|(TypedResults|Results)\.(Problem|ValidationProblem)\s*\(|new\s+(Http)?(Validation)?ProblemDetails\b")]
    private static partial Regex AdHocProblem();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Kebab();
}
