using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Plans.Authoring;

namespace ThiDua.Service.Features.Plans;

/// <summary>
/// The plans the warm-ups (<see cref="EngineWarmUp"/>, <see cref="RequestWarmUp"/>) send through the engine: a plan the
/// service authors itself (<see cref="NewPlanBuilder"/>: every standard section, numeric and qualitative chỉ tiêu), which
/// passes most rules, and the same plan spoiled without knowing any rule — paragraphs turned to lower or upper case, run
/// sizes shrunk, bold toggled, alignment changed, spaces doubled — so that every rule family also takes the path that
/// reports a finding, describes its fix and writes it to JSON (a warm-up on the clean plan alone left a real plan's first
/// check at several times a warm one: the finding paths were still to compile).
/// </summary>
internal static class WarmUpPlans
{
    /// <summary>The clean built-in plan (.docx bytes).</summary>
    public static byte[] Clean => CleanPlan.Value;

    /// <summary>The spoiled built-in plan (.docx bytes).</summary>
    public static byte[] Spoiled => SpoiledPlan.Value;

    private static readonly UnitProfile Unit = new(
        "Ủy ban nhân dân xã Khởi Động", "UBND huyện Mẫu", "Khởi Động", "UBND", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An",
        ["Phòng Nội vụ huyện", "Các thôn"], "VP-TK");

    private static readonly TargetSpec[] Targets =
    [
        new("nong-nghiep.nang-suat-lua", "Năng suất cây lúa bình quân", "kinh-te", ">=", 61m, "tạ/ha"),
        new("y-te.bao-phu-bhyt", "Tỷ lệ bao phủ bảo hiểm y tế", "xa-hoi", ">=", 95m, "%"),
        new("", "An ninh chính trị, trật tự an toàn xã hội được giữ vững", "", "", null, ""),
    ];

    private static readonly Lazy<byte[]> CleanPlan = new(() =>
        NewPlanBuilder.Create(new PlanParameters(Unit, 2025, "Phát động phong trào thi đua năm 2025") { Targets = Targets }));

    private static readonly Lazy<byte[]> SpoiledPlan = new(() => Spoil(CleanPlan.Value));

    private static byte[] Spoil(byte[] docx)
    {
        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var document = WordprocessingDocument.Open(buffer, isEditable: true))
        {
            var paragraphs = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().ToList();
            for (var i = 0; i < paragraphs.Count; i++)
            {
                var texts = paragraphs[i].Descendants<Text>().ToList();
                foreach (var text in texts)
                {
                    text.Text = (i % 6) switch
                    {
                        1 => text.Text.ToLowerInvariant(),
                        3 => text.Text.ToUpperInvariant(),
                        4 => text.Text.Replace(" ", "  ", StringComparison.Ordinal),
                        _ => text.Text,
                    };
                    if (i % 6 == 4) text.Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve;
                }
                foreach (var run in paragraphs[i].Descendants<Run>())
                {
                    var properties = run.RunProperties ??= new RunProperties();
                    if (i % 5 == 0) properties.FontSize = new FontSize { Val = "19" };
                    if (i % 7 == 2) properties.Bold = properties.Bold is null ? new Bold() : null;
                }
                if (i % 4 == 3)
                    (paragraphs[i].ParagraphProperties ??= new ParagraphProperties()).Justification = new Justification { Val = JustificationValues.Center };
            }
        }
        return buffer.ToArray();
    }
}
