using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ThiDua.Tests.Shared;

/// <summary>
/// Builds the hostile .docx files of issue 14 as raw XML in a ZIP, at any size, without the Open XML SDK (which could not
/// even build some of them): tables or content controls nested thousands deep, insertions nested in one paragraph,
/// paragraphs of millions of characters, one run per word, many tables, many header parts, a macro project. Deep
/// structures are stored uncompressed, so that it is their structure, not their compression ratio, that the guard meets.
/// Linked into the test projects that need them.
/// </summary>
public static class HostileDocx
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly string[] Words =
        ["kế", "hoạch", "thi", "đua", "khen", "thưởng", "năm", "Ủy", "ban", "nhân", "dân", "xã", "phát", "động", "phong", "trào",
         "hoàn", "thành", "chỉ", "tiêu", "kinh", "tế", "xây", "dựng", "nông", "thôn", "mới", "tập", "thể", "cá", "nhân"];

    /// <summary>Tables nested <paramref name="depth"/> deep, a paragraph in each cell (the file of issue 14: 77 KB at 5 000 deep, compressed).</summary>
    public static byte[] NestedTables(int depth) => Document(body =>
    {
        for (var i = 0; i < depth; i++) body.Append("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>ô</w:t></w:r></w:p>");
        body.Append("<w:p/>");
        for (var i = 0; i < depth; i++) body.Append("</w:tc></w:tr></w:tbl><w:p/>");
    }, stored: true);

    /// <summary>Block content controls nested <paramref name="depth"/> deep, each tagged, a paragraph at the bottom.</summary>
    public static byte[] NestedContentControls(int depth) => Document(body =>
    {
        for (var i = 0; i < depth; i++) body.Append("<w:sdt><w:sdtPr><w:tag w:val=\"thidua:x\"/></w:sdtPr><w:sdtContent>");
        body.Append("<w:p><w:r><w:t>trong cùng</w:t></w:r></w:p>");
        for (var i = 0; i < depth; i++) body.Append("</w:sdtContent></w:sdt>");
    }, stored: true);

    /// <summary>One paragraph whose run sits in <paramref name="depth"/> nested insertions (<c>w:ins</c>).</summary>
    public static byte[] NestedInsertions(int depth) => Document(body =>
    {
        body.Append("<w:p>");
        for (var i = 0; i < depth; i++) body.Append("<w:ins w:id=\"").Append(i).Append("\" w:author=\"a\">");
        body.Append("<w:r><w:t>chữ</w:t></w:r>");
        for (var i = 0; i < depth; i++) body.Append("</w:ins>");
        body.Append("</w:p>");
    }, stored: true);

    /// <summary>
    /// One body paragraph of about <paramref name="characters"/> characters of Vietnamese words, in one run or one run per
    /// word (each with its own properties, as PDF converters write them); with <paramref name="doubleSpaces"/>, every tenth
    /// word is followed by two spaces (a TEXT-SPACE finding with its fix each). A short plan-like opening comes first.
    /// </summary>
    public static byte[] LongParagraph(int characters, bool runPerWord = false, bool doubleSpaces = false) => Document(body =>
    {
        body.Append("<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p><w:p><w:r><w:t>Thi đua, khen thưởng năm 2024</w:t></w:r></w:p>");
        body.Append("<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr>");
        var random = new Random(characters);
        var written = 0;
        var sentence = new StringBuilder();
        for (var n = 0; written < characters; n++)
        {
            var word = Words[random.Next(Words.Length)];
            var space = doubleSpaces && n % 10 == 9 ? "  " : " ";
            written += word.Length + space.Length;
            if (runPerWord)
                body.Append("<w:r><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/><w:sz w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\">")
                    .Append(word).Append(space).Append("</w:t></w:r>");
            else
                sentence.Append(word).Append(space);
        }
        if (!runPerWord) body.Append("<w:r><w:t xml:space=\"preserve\">").Append(sentence).Append("</w:t></w:r>");
        body.Append("</w:p>");
    }, stored: false);

    /// <summary><paramref name="count"/> small tables one after another, two cells each, a paragraph between them.</summary>
    public static byte[] ManyTables(int count) => Document(body =>
    {
        for (var i = 0; i < count; i++)
            body.Append("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Chỉ tiêu ").Append(i).Append("</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>")
                .Append(i % 100).Append("%</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>");
    }, stored: false);

    /// <summary><paramref name="count"/> sections, each ending in a paragraph and naming a header part of its own.</summary>
    public static byte[] ManyHeaders(int count)
    {
        var parts = new List<(string Name, string ContentType, string Xml)>();
        var rels = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            parts.Add(($"word/header{i}.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
                $"<w:hdr xmlns:w=\"{W}\"><w:p><w:r><w:t>Trang đầu {i}</w:t></w:r></w:p></w:hdr>"));
            rels.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rIdH{i}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header{i}.xml\"/>");
        }
        return Package(body =>
        {
            for (var i = 1; i <= count; i++)
                body.Append(CultureInfo.InvariantCulture, $"<w:p><w:pPr><w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH{i}\"/></w:sectPr></w:pPr><w:r><w:t>Phần {i}</w:t></w:r></w:p>");
        }, stored: false, parts, rels.ToString());
    }

    /// <summary>A small valid plan-like .docx that also carries the part <paramref name="name"/> of <paramref name="contentType"/> (a macro project, say).</summary>
    public static byte[] WithPart(string name, string contentType, byte[] content)
    {
        var bytes = Document(body => body.Append("<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>"), stored: false);
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using (var part = zip.CreateEntry(name).Open()) part.Write(content);
            var types = zip.GetEntry("[Content_Types].xml")!;
            string xml;
            using (var reader = new StreamReader(types.Open())) xml = reader.ReadToEnd();
            types.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open());
            writer.Write(xml.Replace("</Types>", $"<Override PartName=\"/{name}\" ContentType=\"{contentType}\"/></Types>"));
        }
        return stream.ToArray();
    }

    /// <summary>A package whose body <paramref name="writeBody"/> writes (inner XML of <c>w:body</c>), with an A4 section.</summary>
    public static byte[] Document(Action<StringBuilder> writeBody, bool stored) => Package(writeBody, stored, [], "");

    private static byte[] Package(Action<StringBuilder> writeBody, bool stored, List<(string Name, string ContentType, string Xml)> parts, string relationships)
    {
        var body = new StringBuilder();
        writeBody(body);
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var level = stored ? CompressionLevel.NoCompression : CompressionLevel.Fastest;
            void Entry(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, level).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
            var overrides = string.Concat(parts.Select(p => $"<Override PartName=\"/{p.Name}\" ContentType=\"{p.ContentType}\"/>"));
            Entry("[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" +
                overrides + "</Types>");
            Entry("_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Entry("word/_rels/document.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                relationships + "</Relationships>");
            foreach (var (name, _, xml) in parts) Entry(name, xml);
            using var document = new StreamWriter(zip.CreateEntry("word/document.xml", level).Open(), new UTF8Encoding(false));
            document.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><w:body>");
            document.Write(body);
            document.Write("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
        }
        return stream.ToArray();
    }
}
