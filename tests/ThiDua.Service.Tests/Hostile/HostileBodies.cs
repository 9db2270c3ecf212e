using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace ThiDua.Service.Tests.Hostile;

/// <summary>Request bodies an attacker sends: cut-off forms, submissions of millions of chỉ tiêu, deep JSON, wrong files.</summary>
public static class HostileBodies
{
    /// <summary>The header data of a plan, as the extraction gives it.</summary>
    public const string PlanJson =
        """{"issuer":"Ủy ban nhân dân xã Trí Yên","issuerParent":"UBND huyện Yên Dũng","number":"12","symbol":"KH-UBND","place":"Trí Yên","date":"2024-02-01","year":2024,"subject":"Thi đua, khen thưởng năm 2024","signerAuthority":"TM. ỦY BAN NHÂN DÂN","signerTitle":"CHỦ TỊCH","signerName":"Nguyễn Văn An"}""";

    /// <summary>One chỉ tiêu, about 300 bytes.</summary>
    public static string KpiJson(long n) =>
        "{\"code\":\"thu-ngan-sach-" + n + "\",\"label\":\"Thu ngân sách nhà nước trên địa bàn đạt chỉ tiêu số " + n +
        "\",\"sector\":\"kinh-te\",\"comparator\":\">=\",\"value\":" + n % 1000 + ",\"valueAsWritten\":\"" + n % 1000 +
        "\",\"unit\":\"%\",\"qualitative\":false,\"source\":{\"sentence\":\"Phấn đấu hoàn thành\",\"paragraph\":12,\"location\":\"Nội dung\",\"row\":0}}";

    /// <summary>A JSON submission with <paramref name="kpis"/> chỉ tiêu and, when given, an attached file in base64.</summary>
    public static StringContent Submission(int kpis, string? docxBase64 = null) =>
        Json("{\"file\":\"ke-hoach.docx\",\"plan\":" + PlanJson + ",\"kpis\":[" + string.Join(",", Enumerable.Range(1, kpis).Select(i => KpiJson(i))) + "]" +
             (docxBase64 is null ? "" : ",\"docx\":\"" + docxBase64 + "\"") + "}");

    /// <summary>A JSON body.</summary>
    public static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    /// <summary>
    /// A JSON submission of <paramref name="kpis"/> chỉ tiêu written as it is sent (about 300 bytes each: two million make
    /// 600 MB), with its length declared when <paramref name="declareLength"/>, else chunked.
    /// </summary>
    public static HttpContent StreamedSubmission(long kpis, bool declareLength) => new GeneratedJson(kpis, declareLength);

    /// <summary>
    /// A multipart form whose body ends inside the file part: the declared length is what is sent, so the server reads it
    /// all and finds no closing boundary.
    /// </summary>
    public static ByteArrayContent TruncatedForm(byte[] docx)
    {
        const string boundary = "----thidua-boundary";
        var head = Encoding.ASCII.GetBytes(
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ke-hoach.docx\"\r\n" +
            "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n");
        var content = new ByteArrayContent([.. head, .. docx.AsSpan(0, docx.Length / 2)]);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        return content;
    }

    /// <summary>JSON nested <paramref name="depth"/> arrays deep inside the member <paramref name="member"/>.</summary>
    public static StringContent Nested(int depth, string member) =>
        Json($"{{\"{member}\":{new string('[', depth)}{new string(']', depth)}}}");

    /// <summary>The first bytes of a PNG image.</summary>
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];

    private sealed class GeneratedJson : HttpContent
    {
        private static readonly byte[] Head = Encoding.UTF8.GetBytes($"{{\"file\":\"ke-hoach.json\",\"plan\":{PlanJson},\"kpis\":[");
        private static readonly byte[] Tail = "]}"u8.ToArray();
        private readonly long kpis;
        private readonly bool declareLength;

        public GeneratedJson(long kpis, bool declareLength)
        {
            this.kpis = kpis;
            this.declareLength = declareLength;
            Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(Head);
            var chunk = new StringBuilder();
            for (long i = 0; i < kpis; i++)
            {
                if (i > 0) chunk.Append(',');
                chunk.Append(KpiJson(i));
                if (chunk.Length > 64 * 1024)
                {
                    await stream.WriteAsync(Encoding.UTF8.GetBytes(chunk.ToString()));
                    chunk.Clear();
                }
            }
            await stream.WriteAsync(Encoding.UTF8.GetBytes(chunk.ToString()));
            await stream.WriteAsync(Tail);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            if (!declareLength) return false;
            length = Head.Length + Tail.Length + Math.Max(0, kpis - 1);
            for (long i = 0; i < kpis; i++) length += Encoding.UTF8.GetByteCount(KpiJson(i));
            return true;
        }
    }
}
