using System.Diagnostics;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Package;
using ThiDua.Docx.Reading;

namespace ThiDua.Rules.Tests.Hostile;

/// <summary>
/// The test assembly run as a child process (<c>dotnet ThiDua.Rules.Tests.dll …</c>): the hostile inputs that could overflow
/// the stack — which no .NET code can catch, and which would kill the test host and every result with it — are run here,
/// so that a regression fails one test (exit code 134, "Stack overflow." on stderr) instead of the whole run.
/// </summary>
public static class ChildProcess
{
    /// <summary>The stack of the thread that walks a deep tree, in bytes: small, so that a walk that recursed would overflow it.</summary>
    private const int SmallStack = 256 * 1024;

    /// <summary>Where a child's work stops at the latest.</summary>
    private static readonly TimeSpan Deadline = HostileInputTests.Deadline;

    /// <summary>
    /// <c>engine check|extract|fix|tag &lt;file&gt;…</c>: runs the engine on each file under a deadline and prints a line for
    /// each: <c>ok</c>, <c>input:&lt;DocxInputError&gt;</c> or <c>deadline</c>. <c>walk tables|controls|insertions &lt;depth&gt;</c>: builds that
    /// nesting as an Open XML tree in memory (no guard can stop it there) and reads it with <see cref="DocxReader"/> and
    /// <see cref="ParagraphLocator"/> on a thread with a 256 KB stack; prints <c>paragraphs=&lt;n&gt; located=&lt;n&gt; text=&lt;last paragraph&gt;</c>.
    /// </summary>
    public static int Main(string[] args)
    {
        switch (args)
        {
            case ["engine", var operation, .. var paths]:
                foreach (var path in paths) Console.WriteLine(Engine(operation, File.ReadAllBytes(path)));
                return 0;
            case ["walk", var kind, var depth]:
                string? result = null;
                var thread = new Thread(() => result = Walk(kind, int.Parse(depth, CultureInfo.InvariantCulture)), SmallStack);
                thread.Start();
                thread.Join();
                Console.WriteLine(result);
                return 0;
            default:
                Console.Error.WriteLine("usage: engine check|extract|fix|tag <file>… | walk tables|controls|insertions <depth>");
                return 2;
        }
    }

    /// <summary>Runs the child with <paramref name="args"/>; its exit code, stdout and stderr (killed after <paramref name="timeout"/>).</summary>
    public static (int Code, string Out, string Err) Run(TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, output.Result, "killed after " + timeout + "\n" + error.Result);
        }
        return (process.ExitCode, output.Result.Trim(), error.Result);
    }

    private static string Engine(string operation, byte[] docx)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        var engine = new PlanEngine();
        try
        {
            _ = operation switch
            {
                "check" => engine.Check(new MemoryStream(docx), "x.docx", cancellationToken: deadline.Token),
                "extract" => engine.Extract(new MemoryStream(docx), "x.docx", deadline.Token),
                "fix" => engine.Fix(new MemoryStream(docx), null, cancellationToken: deadline.Token),
                "tag" => (object)engine.Tag(new MemoryStream(docx), deadline.Token),
                _ => throw new ArgumentException(operation),
            };
            return "ok";
        }
        catch (DocxInputException input)
        {
            return "input:" + input.Error;
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return "deadline";
        }
    }

    private static string Walk(string kind, int depth)
    {
        using var stream = new MemoryStream();
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: false);
        var main = document.AddMainDocumentPart();
        var body = new Body(new Paragraph(new Run(new Text("đầu"))), Nest(kind, depth), new Paragraph(new Run(new Text("cuối"))));
        main.Document = new Document(body); // the tree stays in memory: never saved, never loaded from XML
        var read = DocxReader.Read(document);
        var located = ParagraphLocator.BodyParagraphs(body);
        return $"paragraphs={read.Paragraphs.Count} located={located.Count} text={read.Paragraphs[^1].Text} tables={read.Tables.Count} controls={read.ContentControls.Count}";
    }

    /// <summary><paramref name="depth"/> levels of <paramref name="kind"/> around a paragraph "trong cùng", built from the inside out (no recursion).</summary>
    private static OpenXmlElement Nest(string kind, int depth)
    {
        switch (kind)
        {
            case "tables":
            {
                OpenXmlElement inner = new Paragraph(new Run(new Text("trong cùng")));
                for (var i = 0; i < depth; i++) inner = new Table(new TableRow(new TableCell(inner, new Paragraph())));
                return inner;
            }
            case "controls":
            {
                OpenXmlElement inner = new Paragraph(new Run(new Text("trong cùng")));
                for (var i = 0; i < depth; i++) inner = new SdtBlock(new SdtProperties(new Tag { Val = "thidua:x" }), new SdtContentBlock(inner));
                return inner;
            }
            case "insertions":
            {
                OpenXmlElement inner = new Run(new Text("trong cùng"));
                for (var i = 0; i < depth; i++) inner = new InsertedRun(inner) { Id = i.ToString(CultureInfo.InvariantCulture), Author = "a" };
                return new Paragraph(inner);
            }
            default: throw new ArgumentException(kind);
        }
    }
}
