using System.Globalization;
using System.IO.Compression;
using System.Security;
using CsCheck;
using ThiDua.Docx.Package;

namespace ThiDua.Rules.Tests.Hostile;

/// <summary>
/// Property-based fuzzing of the reader through the engine (CsCheck): WordprocessingML generated from a grammar of what
/// plans hold — nested tables, content controls, insertions, fields, alternate content — with on/off, number and enum
/// values as any writer might put them, and corpus plans with their bytes or their XML damaged. The property: a check, an
/// extraction, a fix either succeeds or refuses the file as bad input (<see cref="DocxInputException"/>) — never another
/// exception, which the service would answer with 500 and the officer read as "lỗi nội bộ".
/// <para>
/// In CI each property runs a fixed number of cases (<c>THIDUA_FUZZ_CASES</c>, 150 by default), case <c>i</c> drawn from the
/// PCG seeded with <c>i</c>, so a run is bounded and repeatable: a failure names its seed, and <c>THIDUA_FUZZ_SEED</c> replays
/// that one case with CsCheck's shrinking. <c>THIDUA_FUZZ_SECONDS</c> searches with random seeds for that long instead.
/// </para>
/// </summary>
public sealed class ReaderFuzzTests
{
    private static readonly int Cases = Setting("THIDUA_FUZZ_CASES") ?? 150;
    private static readonly int? Seconds = Setting("THIDUA_FUZZ_SECONDS");
    private static readonly string? Seed = Environment.GetEnvironmentVariable("THIDUA_FUZZ_SEED") is { Length: > 0 } seed ? seed : null;

    private static int? Setting(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : null;

    private static readonly Gen<string> OnOffValue = Gen.OneOf("", "true", "false", "on", "off", "1", "0", "yes", "TRUE", " 1 ", "2");
    private static readonly Gen<string> NumberValue = Gen.OneOf("0", "1", "24", "-5", "2.0", "11906.5", "12pt", "2.5cm", "1in", "x", "", "99999999999", "-2147483649", "1e3");
    private static readonly Gen<string> EnumValue = Gen.OneOf("left", "center", "both", "right", "start", "end", "distribute", "bogus", "", "page", "textWrapping", "column", "restart", "continue", "dxa", "pct", "auto", "nil", "single", "none");
    private static readonly Gen<string> Words = Gen.OneOf(
        "Kế hoạch", "thi đua", "khen thưởng", "năm 2024", "Ủy ban nhân dân", "Số: 16/KH-UBND", "ngày 19 tháng 02 năm 2024",
        "I. MỤC ĐÍCH, YÊU CẦU", "1.", "a)", "Chỉ tiêu", "đạt 95%", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "  ", "\u00a0", "Nguyễn Văn A",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "trên 90%", "từ 5 đến 7", "&", "<>", "\"'");

    private static Gen<string> Attr(string name, Gen<string> value) =>
        Gen.Frequency((2, Gen.Const("")), (1, value.Select(v => $" w:{name}=\"{SecurityElement.Escape(v)}\"")));

    private static Gen<string> Toggle(string name) =>
        Gen.Frequency((3, Gen.Const("")), (1, Attr("val", OnOffValue).Select(a => $"<w:{name}{a}/>")));

    private static readonly Gen<string> RunProperties =
        Gen.Select(Toggle("b"), Toggle("i"), Toggle("caps"), Toggle("vanish"), Toggle("strike"), Attr("val", NumberValue), Attr("val", EnumValue))
            .Select((b, i, caps, vanish, strike, size, underline) => $"<w:rPr>{b}{i}{caps}{vanish}{strike}<w:sz{size}/><w:u{underline}/></w:rPr>");

    private static readonly Gen<string> ParagraphProperties =
        Gen.Select(Attr("val", EnumValue), Attr("firstLine", NumberValue), Attr("line", NumberValue), Toggle("keepNext"), Attr("val", NumberValue), Attr("val", NumberValue))
            .Select((jc, firstLine, line, keepNext, numId, ilvl) =>
                $"<w:pPr>{keepNext}<w:numPr><w:ilvl{ilvl}/><w:numId{numId}/></w:numPr><w:spacing{line}/><w:ind{firstLine}/><w:jc{jc}/></w:pPr>");

    private static readonly Gen<string> Run =
        Gen.Frequency(
            (6, Gen.Select(RunProperties, Words).Select((pr, text) => $"<w:r>{pr}<w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t></w:r>")),
            (1, Attr("type", EnumValue).Select(t => $"<w:r><w:br{t}/><w:tab/></w:r>")),
            (1, Gen.OneOf("begin", "separate", "end", "bogus").Select(t => $"<w:r><w:fldChar w:fldCharType=\"{t}\"/></w:r>")),
            (1, Gen.OneOf(" PAGE ", " NUMPAGES ", "").Select(t => $"<w:r><w:instrText>{t}</w:instrText></w:r>")),
            (1, Attr("char", Gen.OneOf("F0B7", "zz", "", "10FFFF")).Select(c => $"<w:r><w:sym w:font=\"Symbol\"{c}/></w:r>")));

    /// <summary>Inline content: runs, and containers of inline content nested a few levels.</summary>
    private static readonly Gen<string> Inline = Gen.Recursive<string>((depth, inline) => depth >= 4
        ? Run
        : Gen.Frequency(
            (8, Run),
            (1, inline.Array[0, 3].Select(c => $"<w:hyperlink w:history=\"1\">{string.Concat(c)}</w:hyperlink>")),
            (1, inline.Array[0, 3].Select(c => $"<w:ins w:id=\"1\" w:author=\"a\">{string.Concat(c)}</w:ins>")),
            (1, inline.Array[0, 3].Select(c => $"<w:del w:id=\"2\" w:author=\"a\">{string.Concat(c)}</w:del>")),
            (1, Gen.Select(inline.Array[0, 3], Gen.OneOf("thidua:number", "thidua:place-date", "x", "")).Select((c, tag) =>
                $"<w:sdt><w:sdtPr><w:tag w:val=\"{tag}\"/><w:id w:val=\"4294967295\"/><w:date w:fullDate=\"2024-13-45\"/></w:sdtPr><w:sdtContent>{string.Concat(c)}</w:sdtContent></w:sdt>")),
            (1, inline.Array[0, 3].Select(c => $"<w:fldSimple w:instr=\" PAGE \">{string.Concat(c)}</w:fldSimple>")),
            (1, inline.Array[0, 2].Select(c => $"<mc:AlternateContent><mc:Choice Requires=\"wps\">{string.Concat(c)}</mc:Choice><mc:Fallback>{string.Concat(c)}</mc:Fallback></mc:AlternateContent>"))));

    private static readonly Gen<string> Paragraph =
        Gen.Select(Gen.Frequency((1, Gen.Const("")), (3, ParagraphProperties)), Inline.Array[0, 6])
            .Select((pr, content) => $"<w:p>{pr}{string.Concat(content)}</w:p>");

    /// <summary>Block content: paragraphs, and tables, controls, custom XML and insertions holding blocks, nested a few levels.</summary>
    private static readonly Gen<string> Block = Gen.Recursive<string>((depth, block) => depth >= 4
        ? Paragraph
        : Gen.Frequency(
            (6, Paragraph),
            (2, Gen.Select(block.Array[1, 3].Array[1, 3].Array[1, 3], Attr("val", NumberValue), Toggle("tblHeader"), Attr("firstRow", OnOffValue), Attr("w", NumberValue))
                .Select((rows, span, header, firstRow, width) =>
                    $"<w:tbl><w:tblPr><w:tblLook w:val=\"04A0\"{firstRow}/></w:tblPr><w:tblGrid><w:gridCol{width}/><w:gridCol{width}/></w:tblGrid>"
                    + string.Concat(rows.Select(cells => $"<w:tr><w:trPr>{header}</w:trPr>"
                        + string.Concat(cells.Select(content => $"<w:tc><w:tcPr><w:gridSpan{span}/><w:vMerge/></w:tcPr>{string.Concat(content)}<w:p/></w:tc>")) + "</w:tr>"))
                    + "</w:tbl>")),
            (1, Gen.Select(block.Array[0, 3], Gen.OneOf("thidua:header", "thidua:section:noi-dung", "thidua:kpi-table", "thidua:signature", "")).Select((c, tag) =>
                $"<w:sdt><w:sdtPr><w:tag w:val=\"{tag}\"/><w:lock w:val=\"sdtLocked\"/></w:sdtPr><w:sdtContent>{string.Concat(c)}</w:sdtContent></w:sdt>")),
            (1, block.Array[0, 3].Select(c => $"<w:customXml w:element=\"x\">{string.Concat(c)}</w:customXml>")),
            (1, block.Array[0, 3].Select(c => $"<w:ins w:id=\"3\" w:author=\"a\">{string.Concat(c)}</w:ins>"))));

    private static readonly Gen<string> SectionProperties =
        Gen.Select(Attr("w", NumberValue), Attr("h", NumberValue), Attr("top", NumberValue), Attr("left", NumberValue), Toggle("titlePg"))
            .Select((w, h, top, left, title) => $"<w:sectPr><w:pgSz{w}{h}/><w:pgMar{top}{left}/>{title}</w:sectPr>");

    private static readonly Gen<string> Body =
        Gen.Select(Block.Array[1, 12], SectionProperties).Select((blocks, sect) => string.Concat(blocks) + sect);

    private static byte[] Docx(string body) => HostileDocx.Document(b => b.Append(body), stored: false);

    /// <summary>
    /// Runs <paramref name="property"/> on cases of <paramref name="gen"/>: the fixed cases of CI, one replayed seed with
    /// shrinking, or a random search for <see cref="Seconds"/>.
    /// </summary>
    private static void Fuzz<T>(Gen<T> gen, Action<T> property, Func<T, string>? print = null)
    {
        if (Seed is not null || Seconds is not null)
        {
            gen.Sample(property, seed: Seed, iter: Seed is null ? -1 : 1, time: Seconds ?? -1, threads: 1, print: print);
            return;
        }
        for (var i = 0; i < Cases; i++)
        {
            var pcg = new PCG(1, (ulong)i);
            var seed = pcg.ToString();
            var value = gen.Generate(pcg, null!, out _);
            try
            {
                property(value);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"Case {i} failed; replay it with THIDUA_FUZZ_SEED={seed}.", e);
            }
        }
    }

    private static void ReadsOrRefuses(byte[] docx)
    {
        var engine = new PlanEngine();
        foreach (var operation in new Action[]
                 {
                     () => engine.Check(new MemoryStream(docx), "x.docx"),
                     () => engine.Extract(new MemoryStream(docx), "x.docx"),
                     () => engine.Fix(new MemoryStream(docx), null),
                 })
        {
            try
            {
                operation();
            }
            catch (DocxInputException)
            {
                // A refusal with a Vietnamese reason is an answer.
            }
        }
    }

    [Fact]
    public void Any_generated_body_is_read_or_refused_never_a_crash() =>
        Fuzz(Body, body => ReadsOrRefuses(Docx(body)), body => body.Length > 4000 ? body[..4000] + "…" : body);

    private static readonly byte[][] CorpusPlans = [.. Corpus.Plans.Select(File.ReadAllBytes)];

    [Fact]
    public void Corpus_plans_with_damaged_bytes_are_read_or_refused() =>
        Fuzz(Gen.Select(Gen.Int[0, CorpusPlans.Length - 1], Gen.Int[0, int.MaxValue].Array[1, 8], Gen.Byte.Array[1, 8]), sample =>
        {
            var (plan, positions, values) = sample;
            var bytes = (byte[])CorpusPlans[plan].Clone();
            for (var i = 0; i < Math.Min(positions.Length, values.Length); i++) bytes[positions[i] % bytes.Length] = values[i];
            ReadsOrRefuses(bytes);
        });

    [Fact]
    public void Corpus_plans_with_damaged_xml_are_read_or_refused() =>
        Fuzz(Gen.Select(Gen.Int[0, CorpusPlans.Length - 1], Gen.Int[0, int.MaxValue], Gen.Int[1, 200], Gen.OneOf("", "<", ">", "</w:p>", "<w:tbl>", "&", "\"", "<w:p>", "w:val=\"on\"")), sample =>
        {
            var (plan, position, length, insert) = sample;
            using var stream = new MemoryStream();
            stream.Write(CorpusPlans[plan]);
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
            {
                var entry = zip.GetEntry("word/document.xml")!;
                string xml;
                using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
                entry.Delete();
                var at = position % xml.Length;
                xml = xml[..at] + insert + xml[Math.Min(xml.Length, at + length)..];
                using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
                writer.Write(xml);
            }
            ReadsOrRefuses(stream.ToArray());
        });
}
