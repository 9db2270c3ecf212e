using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Auth.Tests.StandIns;
using ThiDua.Docx.Tests.Package.Samples;
using ThiDua.Service.Features.Imports;

namespace ThiDua.Service.Tests.Hostile;

/// <summary>
/// Hostile .docx files through the import path (issue 14): a SharePoint folder, served by the Graph stand-in, holding real plans
/// between a nested-tables bomb, a .docx carrying a macro project, a renamed .docm, a zip bomb, an image named .docx, a file
/// larger than the upload limit and one whose listing gives a small size while its download is larger. The import completes,
/// each hostile file is reported on its own line in Vietnamese, the plans around them are stored, and the service still answers.
/// </summary>
public sealed class HostileImportTests : IAsyncLifetime
{
    private const string Admin = "admin@thidua.test";
    private const long Limit = 1024 * 1024;
    private OidcStandIn oidc = null!;
    private GraphLibraryStandIn graph = null!;
    private SecuredApiFactory api = null!;

    /// <summary>Each hostile file with a few words its Vietnamese report must carry.</summary>
    private static readonly (string Name, Func<byte[]> Content, long? ListedSize, string Says)[] Hostile =
    [
        ("bảng lồng 5000 cấp.docx", () => HostileDocx.NestedTables(5000), null, "cấu trúc vượt xa"),
        ("có macro.docx", () => HostileDocx.WithPart("word/vbaProject.bin", "application/vnd.ms-office.vbaProject", [0xD0, 0xCF, 0x11, 0xE0]), null, "macro"),
        ("đổi đuôi từ docm.docx", SamplePackages.Docm, null, "macro"),
        ("bom nén.docx", () => SamplePackages.ZipBomb(4L * 1024 * 1024), null, "lý do an toàn"),
        ("ảnh chụp.docx", () => HostileBodies.Png, null, "không phải văn bản Word"),
        ("quá lớn.docx", () => Noise(Limit + 1), null, "quá lớn"),
        ("khai nhỏ tải lớn.docx", () => Noise(Limit + 64 * 1024), 20_000, "quá lớn"),
    ];

    public async Task InitializeAsync()
    {
        oidc = await OidcStandIn.StartAsync();
        var plans = StandInFile.From(new[] { "dak-ha-2024.docx", "tien-dong-2024.docx", "tri-yen-2024-compliant.docx" }.Select(f => Corpus.File(f)));
        var hostile = Hostile.Select(h => new StandInFile(h.Name, h.Content(), h.ListedSize));
        // A plan first, the hostile files, then the other plans: nothing after a hostile file is lost.
        graph = new GraphLibraryStandIn([plans[0], .. hostile, .. plans.Skip(1)], GraphLibraryStandIn.Folder);
        api = new SecuredApiFactory(oidc, [(Admin, "Admin", null, null)]);
        api.Settings["Graph:BaseUrl"] = graph.BaseUrl;
        api.Settings["Upload:MaxBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        api.TestServices = services => services.AddSingleton<IGraphCredentials, StandInGraphCredentials>();
    }

    private static byte[] Noise(long length)
    {
        var bytes = new byte[length];
        new Random(14).NextBytes(bytes);
        "PK\u0003\u0004"u8.CopyTo(bytes); // looks like a ZIP to a glance at its first bytes
        return bytes;
    }

    [Fact]
    public async Task Each_hostile_file_is_reported_in_Vietnamese_the_plans_around_them_are_stored_and_the_service_stays_up()
    {
        using var client = api.ClientWith(oidc.Token(Admin));
        var view = await ImportPolling.FinishedAsync(client, await ImportPolling.StartAsync(client));

        Assert.True(view.GetProperty("status").GetString() == "completed", view + "\n" + graph.Log);
        var reports = view.GetProperty("files").EnumerateArray().ToDictionary(r => r.GetProperty("file").GetString()!);
        Assert.Equal(3 + Hostile.Length, reports.Count);
        foreach (var (name, _, _, says) in Hostile)
        {
            var report = reports[name];
            var message = report.GetProperty("message").GetString()!;
            Assert.True(report.GetProperty("outcome").GetString() == "unreadable", report.ToString());
            Assert.Contains(says, message, StringComparison.Ordinal);
            Assert.True(message.IsNormalized(), message);
            Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
            Assert.Equal(0, report.GetProperty("kpiCount").GetInt32());
        }
        var plans = reports.Values.Where(r => !Hostile.Any(h => h.Name == r.GetProperty("file").GetString())).ToList();
        Assert.All(plans, r => Assert.Contains(r.GetProperty("outcome").GetString(), new[] { "stored", "superseded" }));
        Assert.True(plans.Sum(r => r.GetProperty("kpiCount").GetInt32()) > 0);

        // No download went past the limit: the one listed too large was never asked for.
        Assert.DoesNotContain(graph.Requests, e => e.RequestMessage.Path.EndsWith("item-6/content", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        var plansStored = JsonDocument.Parse(await client.GetStringAsync("/api/plans")).RootElement.GetProperty("total").GetInt32();
        Assert.Equal(plans.Count(r => r.GetProperty("outcome").GetString() == "stored"), plansStored);

        // The service still imports: the same folder again reports the plans unchanged and the hostile files the same way.
        var again = await ImportPolling.FinishedAsync(client, await ImportPolling.StartAsync(client));
        Assert.Equal("completed", again.GetProperty("status").GetString());
        Assert.Equal(3, again.GetProperty("files").EnumerateArray().Count(r => r.GetProperty("outcome").GetString() == "unchanged"));
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        graph.Dispose();
        await oidc.DisposeAsync();
    }
}
