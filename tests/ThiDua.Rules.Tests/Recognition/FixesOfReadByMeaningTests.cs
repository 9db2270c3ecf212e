using DocumentFormat.OpenXml.Packaging;
using ThiDua.Rules.Tests.Support;
using static ThiDua.Rules.Tests.Header.DocEdits;

namespace ThiDua.Rules.Tests.Recognition;

/// <summary>
/// The fixes offered on elements read by meaning (a cơ quan or a quyền hạn in lower case, an abbreviation written
/// otherwise, a spaced ký hiệu) remove what they fix and create no new finding (rules.md).
/// </summary>
public sealed class FixesOfReadByMeaningTests
{
    private static readonly PlanEngine Engine = new();

    public static TheoryData<string, string, string, string> Defects => new()
    {
        { PlanFixture.Compliant, "HDR-AGENCY", "XÃ TRÍ YÊN", "xã Trí Yên" },
        { PlanFixture.Compliant, "SIG-AUTHORITY", "TM. ỦY BAN NHÂN DÂN", "TM. Ủy ban nhân dân" },
        { PlanFixture.Compliant, "SIG-AUTHORITY", "TM. ỦY BAN NHÂN DÂN", "Tm. ỦY BAN NHÂN DÂN" },
        { PlanFixture.Compliant, "SIG-AUTHORITY", "CHỦ TỊCH", "Chủ tịch" },
        { "tri-yen-2024-tagged.docx", "HDR-NUMBER", "Số: 16/KH-UBND", "Số: 16/KH - UBND" },
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void The_fix_removes_the_finding_and_creates_none(string file, string rule, string text, string typed)
    {
        var bytes = Edited(file, Retype(text, typed));
        var before = Engine.Check(new MemoryStream(bytes), file).Findings;
        Assert.Contains(before, f => f.Rule == rule && f.Fix is not null);
        var after = Engine.Check(new MemoryStream(Engine.Fix(new MemoryStream(bytes), [rule])), file).Findings;
        Assert.DoesNotContain(after, f => f.Rule == rule);
        var known = before.Select(f => f.Rule).ToHashSet();
        Assert.All(after, f => Assert.Contains(f.Rule, known));
    }

    private static byte[] Edited(string file, Action<WordprocessingDocument> edit)
    {
        using var ms = new MemoryStream();
        ms.Write(System.IO.File.ReadAllBytes(Corpus.File(file)));
        using (var doc = WordprocessingDocument.Open(ms, true)) edit(doc);
        return ms.ToArray();
    }
}
