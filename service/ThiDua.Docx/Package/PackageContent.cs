using System.IO.Compression;
using System.Xml;

namespace ThiDua.Docx.Package;

/// <summary>
/// Finds the main part of an OPC package (the target of the <c>officeDocument</c> relationship in <c>/_rels/.rels</c>,
/// ECMA-376 Part 2 § 9.3) and its content type in <c>[Content_Types].xml</c> (§ 10.1.2), to tell a .docx from a
/// .docm, a workbook or a presentation.
/// </summary>
internal static class PackageContent
{
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly string[] OfficeDocumentTypes =
    [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
    ];

    /// <summary>Main part content types accepted: a document and a template (.dotx).</summary>
    private static readonly string[] WordTypes =
    [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    ];

    /// <summary>Main part content types of macro-enabled Word files (.docm, .dotm).</summary>
    private static readonly string[] MacroTypes =
    [
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    ];

    /// <summary>
    /// Content types of the parts of a VBA macro project (MS-OFFMACRO2 § 2.2): the project itself (<c>vbaProject.bin</c>), its
    /// data and its signatures. Word runs none of them from a .docx, but a package carrying them is a macro document under
    /// another name, and is refused as such.
    /// </summary>
    private static readonly string[] MacroPartTypes =
    [
        "application/vnd.ms-office.vbaProject",
        "application/vnd.ms-word.vbaData+xml",
        "application/vnd.ms-office.vbaProjectSignature",
        "application/vnd.ms-office.vbaProjectSignatureAgile",
        "application/vnd.ms-office.vbaProjectSignatureV3",
    ];

    /// <summary>
    /// Checks that the package's main part is a Word document (not macro-enabled) and present, and that no part is a macro
    /// project (a file named <c>vbaProject.bin</c> or of a <see cref="MacroPartTypes"/> content type), whatever the package is called.
    /// </summary>
    /// <exception cref="DocxInputException"><see cref="DocxInputError.MacroEnabled"/>, <see cref="DocxInputError.NotDocx"/> (another Office format) or <see cref="DocxInputError.Corrupt"/>.</exception>
    public static void CheckMainPart(ZipArchive zip)
    {
        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries) entries.TryAdd(entry.FullName, entry);

        if (!entries.TryGetValue("[Content_Types].xml", out var typesEntry))
            throw InputFailures.Corrupt("thiếu bảng kiểu nội dung [Content_Types].xml");
        if (!entries.TryGetValue("_rels/.rels", out var relsEntry))
            throw InputFailures.Corrupt("thiếu bảng quan hệ gốc _rels/.rels");

        var mainPart = ReadXml(relsEntry, FindMainPartName) ?? throw InputFailures.Corrupt("không có phần nội dung chính (word/document.xml)");
        var types = ReadXml(typesEntry, ContentTypes.Read)!;
        var contentType = types.Of(mainPart) ?? "";

        if (MacroTypes.Contains(contentType, StringComparer.OrdinalIgnoreCase)) throw InputFailures.MacroEnabled();
        if (contentType.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase) || contentType.Contains("ms-excel", StringComparison.OrdinalIgnoreCase))
            throw InputFailures.NotDocx("bảng tính Excel");
        if (contentType.Contains("presentationml", StringComparison.OrdinalIgnoreCase) || contentType.Contains("ms-powerpoint", StringComparison.OrdinalIgnoreCase))
            throw InputFailures.NotDocx("bản trình chiếu PowerPoint");
        if (!WordTypes.Contains(contentType, StringComparer.OrdinalIgnoreCase))
            throw InputFailures.Corrupt($"phần nội dung chính {mainPart.TrimStart('/')} không có kiểu nội dung của văn bản Word");
        if (!entries.ContainsKey(mainPart.TrimStart('/')))
            throw InputFailures.Corrupt($"thiếu phần nội dung chính {mainPart.TrimStart('/')}");
        foreach (var entry in zip.Entries)
        {
            if (entry.Name.Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase)
                || types.Of("/" + entry.FullName) is { } type && MacroPartTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
                throw InputFailures.MacroPart(entry.Name);
        }
    }

    /// <summary>The content types table (<c>[Content_Types].xml</c>, ECMA-376 Part 2 § 10.1.2.2): overrides by part name, defaults by extension.</summary>
    private sealed class ContentTypes
    {
        private readonly Dictionary<string, string> overrides = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> defaults = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>The content type of <paramref name="partName"/> (absolute, <c>/word/document.xml</c>): its Override, else the Default of its extension; null when neither.</summary>
        public string? Of(string partName) =>
            overrides.TryGetValue(partName, out var type) ? type
            : defaults.TryGetValue(Path.GetExtension(partName).TrimStart('.'), out var byDefault) ? byDefault
            : null;

        public static ContentTypes Read(XmlReader reader)
        {
            var types = new ContentTypes();
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != ContentTypesNs) continue;
                var type = reader.GetAttribute("ContentType");
                if (type is null) continue;
                if (reader.LocalName == "Override" && reader.GetAttribute("PartName") is { } part) types.overrides.TryAdd(part, type);
                else if (reader.LocalName == "Default" && reader.GetAttribute("Extension") is { } extension) types.defaults.TryAdd(extension, type);
            }
            return types;
        }
    }

    /// <summary>The absolute part name (<c>/word/document.xml</c>) the officeDocument relationship targets, or null.</summary>
    private static string? FindMainPartName(XmlReader reader)
    {
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship" || reader.NamespaceURI != RelationshipsNs) continue;
            if (!OfficeDocumentTypes.Contains(reader.GetAttribute("Type")) || reader.GetAttribute("TargetMode") == "External") continue;
            var target = reader.GetAttribute("Target");
            if (string.IsNullOrWhiteSpace(target)) return null;
            var path = Uri.UnescapeDataString(target.Replace('\\', '/'));
            return path.StartsWith('/') ? path : "/" + path;
        }
        return null;
    }

    /// <summary>Runs <paramref name="read"/> over a small XML entry with DTDs prohibited; damaged XML → <see cref="DocxInputError.Corrupt"/>.</summary>
    private static T? ReadXml<T>(ZipArchiveEntry entry, Func<XmlReader, T?> read)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = 16 * 1024 * 1024,
            IgnoreComments = true,
        };
        try
        {
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, settings);
            return read(reader);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or NotSupportedException or IOException)
        {
            throw InputFailures.Corrupt($"{entry.FullName} không phải XML hợp lệ", ex);
        }
    }
}
