using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Data.Tests.Infrastructure;
using ThiDua.Data.Units;
using static ThiDua.Data.Tests.Infrastructure.Problems;

namespace ThiDua.Data.Tests.Api;

public sealed class SqliteAuthoringApiTests : AuthoringApiTests<SqliteTestDatabase>;

public sealed class PostgresAuthoringApiTests : AuthoringApiTests<PostgresTestDatabase>;

/// <summary>
/// Sections and new plans written for a stored unit profile (<c>unitId</c>), through HTTP: the Nơi nhận lists the profile's
/// recipients and ends with <c>- Lưu: VT, &lt;đơn vị soạn thảo&gt;.</c>, the profile's drafting unit or <c>VP</c>.
/// </summary>
public abstract class AuthoringApiTests<TDatabase> : ApiTests<TDatabase> where TDatabase : TestDatabase, new()
{
    private static readonly UnitProfile TriYen = new(
        "Ủy ban nhân dân xã Trí Yên", "UBND huyện Yên Dũng", "Trí Yên", "UBND", "xã", "Yên Dũng",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Diễn", ["UBND huyện Yên Dũng", "Đảng ủy, HĐND xã"], "VP-TK");

    private async Task<int> CreateUnitAsync(UnitProfile profile)
    {
        var created = await Client.PostAsJsonAsync("/api/units", profile, Json);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return (await ReadAsync<UnitProfileView>(created)).Id;
    }

    /// <summary>The Nơi nhận lines (those starting with <c>- </c>) of the closing section rendered for unit <paramref name="unitId"/>.</summary>
    private async Task<List<string>> RenderedRecipientsAsync(int unitId)
    {
        var response = await Client.PostAsJsonAsync("/api/sections/noi-nhan-chu-ky/render",
            new { unitId, year = 2024, subject = "Phát động phong trào thi đua năm 2024" }, Json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var docx = JsonDocument.Parse(body).RootElement.GetProperty("docx").GetBytesFromBase64();
        return Paragraphs(docx).Where(p => p.StartsWith("- ", StringComparison.Ordinal)).ToList();
    }

    private static List<string> Paragraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
    }

    [DatabaseFact]
    public async Task The_closing_section_ends_with_the_stored_drafting_unit_or_VP_when_the_profile_has_none()
    {
        var id = await CreateUnitAsync(TriYen);

        Assert.Equal(["- UBND huyện Yên Dũng;", "- Đảng ủy, HĐND xã;", "- Lưu: VT, VP-TK."], await RenderedRecipientsAsync(id));

        var cleared = await Client.PutAsJsonAsync($"/api/units/{id}", TriYen with { DraftingUnit = null }, Json);
        Assert.True(cleared.IsSuccessStatusCode);
        Assert.Equal("- Lưu: VT, VP.", (await RenderedRecipientsAsync(id))[^1]);
    }

    [DatabaseFact]
    public async Task A_luu_line_kept_among_the_recipients_is_written_once_with_its_drafting_unit()
    {
        var id = await CreateUnitAsync(TriYen with { Recipients = ["Phòng Nội vụ huyện", "Lưu: VT, VP-TK"], DraftingUnit = null });

        Assert.Equal(["- Phòng Nội vụ huyện;", "- Lưu: VT, VP-TK."], await RenderedRecipientsAsync(id));
    }

    [DatabaseFact]
    public async Task A_new_plan_for_a_stored_unit_carries_its_drafting_unit()
    {
        var id = await CreateUnitAsync(TriYen with { DraftingUnit = "VPUB" });

        var response = await Client.PostAsJsonAsync("/api/plans/new",
            new { unitId = id, year = 2025, subject = "Phát động phong trào thi đua năm 2025", sections = new[] { "phan-dau", "noi-nhan-chu-ky" } }, Json);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var paragraphs = Paragraphs(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("- Lưu: VT, VPUB.", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains("VP-TK", StringComparison.Ordinal));
    }

    [DatabaseFact]
    public async Task An_unknown_unit_id_is_a_404_problem_not_an_error()
    {
        var response = await Client.PostAsJsonAsync("/api/sections/noi-nhan-chu-ky/render", new { unitId = 4242, year = 2024, subject = "Kế hoạch" }, Json);

        Assert.Contains("4242", await AssertProblem(response, 404, "NotFound"));
    }
}
