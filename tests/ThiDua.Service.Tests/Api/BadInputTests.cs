using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using ThiDua.Docx.Tests.Package.Samples;

namespace ThiDua.Service.Tests.Api;

/// <summary>Every kind of bad upload, on every endpoint, gets its problem details — never a 500 or a stack trace.</summary>
public class BadInputTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly Lazy<byte[]> Bomb = new(() => SamplePackages.ZipBomb(201L * 1024 * 1024));
    private static readonly Lazy<byte[]> DeepTables = new(() => HostileDocx.NestedTables(5_000));
    private static readonly Lazy<byte[]> LongParagraph = new(() => HostileDocx.LongParagraph(5_000_000, runPerWord: true));

    public static TheoryData<string, string, int, string> Cases()
    {
        var data = new TheoryData<string, string, int, string>();
        string[][] inputs =
        [
            ["text", "415", "NotDocx"], ["pdf", "415", "NotDocx"], ["doc", "415", "LegacyDoc"], ["docm", "415", "MacroEnabled"],
            ["encrypted", "422", "Encrypted"], ["truncated", "422", "Corrupt"], ["no-document-xml", "422", "Corrupt"],
            ["malformed-xml", "422", "Corrupt"], ["empty", "400", "Empty"], ["zip-bomb", "422", "ZipBomb"], ["ratio-bomb", "422", "ZipBomb"],
            ["macro-part", "415", "MacroEnabled"], ["tables-nested-5000", "422", "TooComplex"], ["paragraph-5m", "422", "TooComplex"],
        ];
        foreach (var endpoint in new[] { "check", "fix", "extract" })
            foreach (var input in inputs)
                data.Add(endpoint, input[0], int.Parse(input[1], CultureInfo.InvariantCulture), input[2]);
        return data;
    }

    private static byte[] Input(string name) => name switch
    {
        "text" => Encoding.UTF8.GetBytes("KẾ HOẠCH Thi đua, khen thưởng năm 2024\nI. MỤC ĐÍCH, YÊU CẦU\n"),
        "pdf" => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"),
        "doc" => SamplePackages.LegacyDoc(),
        "docm" => SamplePackages.Docm(),
        "encrypted" => SamplePackages.EncryptedPackage(),
        "truncated" => SamplePackages.Truncated(),
        "no-document-xml" => SamplePackages.Without(SamplePackages.ValidDocx(), "word/document.xml"),
        "malformed-xml" => SamplePackages.MalformedDocumentXml(),
        "empty" => [],
        "zip-bomb" => Bomb.Value,
        "ratio-bomb" => SamplePackages.ZipBomb(4L * 1024 * 1024),
        "macro-part" => HostileDocx.WithPart("word/vbaProject.bin", "application/vnd.ms-office.vbaProject", new byte[512]),
        "tables-nested-5000" => DeepTables.Value,
        "paragraph-5m" => LongParagraph.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_upload_gets_problem_details(string endpoint, string input, int status, string error)
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsync($"/api/plans/{endpoint}", Upload.Form(Input(input)));
        await ProblemAssert.IsProblem(response, status, error);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("fix")]
    [InlineData("extract")]
    public async Task Form_without_the_file_field_is_400_missing(string endpoint)
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsync($"/api/plans/{endpoint}", Upload.Form(SamplePackages.ValidDocx(), field: "document"));
        await ProblemAssert.IsProblem(response, 400, "Missing");
    }

    [Fact]
    public async Task Json_body_instead_of_a_form_is_415()
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsync("/api/plans/check", new StringContent("{\"file\":\"x\"}", Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblem(response, 415, "UnsupportedMediaType");
    }

    [Fact]
    public async Task Broken_multipart_body_is_400()
    {
        using var client = factory.CreateClient();
        var content = new StringContent("--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.docx\"\r\n\r\nPK", Encoding.ASCII);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=abc");
        var response = await client.PostAsync("/api/plans/check", content);
        await ProblemAssert.IsProblem(response, 400, "BadRequest");
    }

    [Fact]
    public async Task File_over_the_configured_limit_is_413()
    {
        var plan = File.ReadAllBytes(Corpus.File("tri-yen-2024.docx"));
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("Upload:MaxBytes", (plan.Length - 1).ToString(CultureInfo.InvariantCulture)));
        using var client = limited.CreateClient();
        var response = await client.PostAsync("/api/plans/check", Upload.Form(plan));
        var problem = await ProblemAssert.IsProblem(response, 413, "TooLarge");
        Assert.Contains("vượt giới hạn", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Form_far_over_the_limit_is_413_after_the_upload_is_drained()
    {
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("Upload:MaxBytes", "4096"));
        using var client = limited.CreateClient();
        var response = await client.PostAsync("/api/plans/extract", Upload.Form(new byte[3 * 1024 * 1024]));
        await ProblemAssert.IsProblem(response, 413, "TooLarge");
    }

    [Fact]
    public async Task Unknown_route_and_wrong_method_are_vietnamese_problems()
    {
        using var client = factory.CreateClient();
        await ProblemAssert.IsProblem(await client.GetAsync("/api/khong-co"), 404, "NotFound");
        await ProblemAssert.IsProblem(await client.GetAsync("/api/plans/check"), 405, "MethodNotAllowed");
    }
}
