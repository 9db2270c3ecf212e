using System.Buffers;
using System.Xml;

namespace ThiDua.Docx.Package;

/// <summary>
/// Measures the XML parts of a package as they inflate, before the Open XML SDK reads any of them (its element loading is
/// recursive: a depth it was never meant for overflows the stack, which no .NET code can catch): element depth, elements
/// in all, and for each paragraph (an element named <c>p</c>: <c>w:p</c>, and DrawingML's <c>a:p</c>) its characters and its
/// elements. Refuses, with <see cref="DocxInputError.TooComplex"/>, a part beyond <see cref="PackageLimits"/> as soon as a
/// limit is passed. One instance measures one package, part after part (the element count is for the whole package).
/// </summary>
/// <remarks>
/// A UTF-8 part (what Word, LibreOffice and the SDK write) is scanned as bytes — tags, quoted attribute values, comments,
/// CDATA sections, processing instructions — at a fraction of an <see cref="XmlReader"/>'s cost; any other encoding goes
/// through an <see cref="XmlReader"/>. For well-formed XML both give the depth the SDK will meet. Measuring stops at a
/// document type declaration (the SDK refuses DTDs) or, for the reader, at the first XML error: a part that is not
/// well-formed is refused by whoever reads it, and nothing past the error can be read.
/// </remarks>
internal sealed class XmlStructure(PackageLimits limits)
{
    private readonly List<Paragraph> paragraphs = [];
    private long elements;

    /// <summary>What is counted of an open paragraph: at which depth it opened, its characters and elements so far.</summary>
    private sealed class Paragraph(int depth)
    {
        public readonly int Depth = depth;
        public long Characters;
        public long Elements;
    }

    /// <summary>Reads <paramref name="xml"/> (one part, its first bytes <paramref name="head"/>) to its end, measuring it.</summary>
    /// <exception cref="DocxInputException"><see cref="DocxInputError.TooComplex"/> beyond a limit.</exception>
    public void Measure(ReadOnlySpan<byte> head, Stream xml)
    {
        paragraphs.Clear();
        if (IsUtf8(head)) new Utf8Scanner(this).Scan(xml);
        else MeasureWithReader(xml);
    }

    /// <summary>True unless the part starts with a UTF-16 or UTF-32 byte-order mark or a zero byte (UTF-16 without a mark).</summary>
    private static bool IsUtf8(ReadOnlySpan<byte> head) =>
        !(head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head[..Math.Min(4, head.Length)].Contains((byte)0));

    private void StartElement(int depth, bool isParagraph, bool isEmpty)
    {
        if (depth > limits.MaxElementDepth) throw InputFailures.TooDeep(limits.MaxElementDepth);
        if (++elements > limits.MaxElements) throw InputFailures.TooManyElements(limits.MaxElements);
        if (paragraphs.Count > 0 && ++paragraphs[^1].Elements > limits.MaxParagraphElements)
            throw InputFailures.ParagraphTooComplex(limits.MaxParagraphElements);
        if (isParagraph && !isEmpty) paragraphs.Add(new Paragraph(depth));
    }

    private void EndElement(int depth)
    {
        if (paragraphs.Count > 0 && paragraphs[^1].Depth == depth) paragraphs.RemoveAt(paragraphs.Count - 1);
    }

    private void Characters(long count)
    {
        if (paragraphs.Count > 0 && (paragraphs[^1].Characters += count) > limits.MaxParagraphCharacters)
            throw InputFailures.ParagraphTooLong(limits.MaxParagraphCharacters);
    }

    /// <summary>The same measures through an <see cref="XmlReader"/>, for parts in UTF-16 or UTF-32.</summary>
    private void MeasureWithReader(Stream xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CheckCharacters = false,
            CloseInput = false,
        };
        var chunk = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            using var reader = XmlReader.Create(xml, settings);
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        StartElement(reader.Depth + 1, reader.LocalName == "p", reader.IsEmptyElement);
                        break;
                    case XmlNodeType.EndElement:
                        EndElement(reader.Depth + 1);
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                        if (paragraphs.Count == 0) break;
                        int read;
                        while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0) Characters(read);
                        break;
                }
            }
        }
        catch (XmlException)
        {
            // Not well-formed from here on: nothing past this point can be read, by the SDK or anyone.
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chunk);
        }
    }

    /// <summary>
    /// A byte scanner of UTF-8 XML, chunk by chunk, its state kept across chunks: text (characters counted as UTF-8 lead
    /// bytes), start tags (name, attributes with quoted values that may hold <c>&gt;</c>, <c>/&gt;</c>), end tags, and the
    /// constructs that are not elements — comments, CDATA (its characters are text), processing instructions.
    /// </summary>
    private sealed class Utf8Scanner(XmlStructure measure)
    {
        private const int ChunkSize = 64 * 1024;
        private const int MaxName = 64;

        private enum State { Text, Open, Name, Attributes, Quoted, EndTag, Markup, Comment, CData, Instruction }

        private State state = State.Text;
        private int depth;
        private readonly byte[] name = new byte[MaxName];
        private int nameLength;
        private byte quote, last;
        private readonly List<byte> markup = []; // the bytes after "<!" until the construct is known
        private int matched; // bytes of a closing sequence ("-->", "]]>", "?>") seen so far
        private bool stopped;

        public void Scan(Stream xml)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
            try
            {
                int read;
                while (!stopped && (read = xml.Read(buffer, 0, ChunkSize)) > 0) Scan(buffer.AsSpan(0, read));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        private void Scan(ReadOnlySpan<byte> chunk)
        {
            var i = 0;
            while (i < chunk.Length && !stopped)
            {
                switch (state)
                {
                    case State.Text:
                    {
                        var lt = chunk[i..].IndexOf((byte)'<');
                        var text = lt < 0 ? chunk[i..] : chunk.Slice(i, lt);
                        // White space alone between tags is layout of the XML, not text (as an XmlReader's Whitespace nodes).
                        if (measure.paragraphs.Count > 0 && text.IndexOfAnyExcept(" \t\r\n"u8) >= 0) measure.Characters(CharacterCount(text));
                        if (lt < 0) return;
                        i += lt + 1;
                        state = State.Open;
                        break;
                    }
                    case State.Open:
                        switch (chunk[i])
                        {
                            case (byte)'/': state = State.EndTag; i++; break;
                            case (byte)'?': state = State.Instruction; matched = 0; i++; break;
                            case (byte)'!': state = State.Markup; markup.Clear(); i++; break;
                            default: state = State.Name; nameLength = 0; break;
                        }
                        break;
                    case State.Name:
                    {
                        var b = chunk[i];
                        if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'/' or (byte)'>')
                        {
                            state = State.Attributes;
                            last = 0;
                            break; // the byte is looked at again as part of the attributes
                        }
                        if (nameLength < MaxName) name[nameLength] = b;
                        nameLength++;
                        i++;
                        break;
                    }
                    case State.Attributes:
                    {
                        var at = chunk[i..].IndexOfAny((byte)'>', (byte)'"', (byte)'\'');
                        var skipped = at < 0 ? chunk[i..] : chunk.Slice(i, at);
                        var significant = skipped.TrimEnd(" \t\r\n"u8);
                        if (significant.Length > 0) last = significant[^1];
                        if (at < 0) return;
                        i += at;
                        if (chunk[i] == (byte)'>')
                        {
                            StartTag(isEmpty: last == (byte)'/');
                            state = State.Text;
                        }
                        else
                        {
                            quote = chunk[i];
                            state = State.Quoted;
                        }
                        i++;
                        break;
                    }
                    case State.Quoted:
                    {
                        var end = chunk[i..].IndexOf(quote);
                        if (end < 0) return;
                        i += end + 1;
                        last = quote;
                        state = State.Attributes;
                        break;
                    }
                    case State.EndTag:
                    {
                        var gt = chunk[i..].IndexOf((byte)'>');
                        if (gt < 0) return;
                        i += gt + 1;
                        measure.EndElement(depth);
                        depth--;
                        state = State.Text;
                        break;
                    }
                    case State.Markup:
                        markup.Add(chunk[i++]);
                        if (markup.Count == 2 && markup[0] == '-' && markup[1] == '-') { state = State.Comment; matched = 0; }
                        else if (markup.Count == 7 && "[CDATA["u8.SequenceEqual(markup.ToArray())) { state = State.CData; matched = 0; }
                        else if (markup.Count == 7) stopped = true; // <!DOCTYPE: the SDK refuses a DTD, and reads nothing past it
                        break;
                    case State.Comment:
                        i = Until(chunk, i, "-->"u8, countText: false);
                        break;
                    case State.CData:
                        i = Until(chunk, i, "]]>"u8, countText: true);
                        break;
                    case State.Instruction:
                        i = Until(chunk, i, "?>"u8, countText: false);
                        break;
                }
            }
        }

        /// <summary>Skips to just past <paramref name="end"/> (which may straddle chunks), then back to text; returns the new position.</summary>
        private int Until(ReadOnlySpan<byte> chunk, int i, ReadOnlySpan<byte> end, bool countText)
        {
            var start = i;
            for (; i < chunk.Length; i++)
            {
                var b = chunk[i];
                if (b == end[matched]) matched++;
                else if (b != end[0]) matched = 0;
                else if (!(matched == 2 && end[1] == end[0])) matched = 1; // "]]]>" ends a CDATA section: still two matched
                if (matched < end.Length) continue;
                if (countText && measure.paragraphs.Count > 0) measure.Characters(Math.Max(0, CharacterCount(chunk[start..(i + 1)]) - end.Length));
                state = State.Text;
                return i + 1;
            }
            if (countText && measure.paragraphs.Count > 0) measure.Characters(CharacterCount(chunk[start..]));
            return i;
        }

        private void StartTag(bool isEmpty)
        {
            depth++;
            var local = name.AsSpan(0, Math.Min(nameLength, MaxName));
            var colon = local.LastIndexOf((byte)':');
            if (colon >= 0) local = local[(colon + 1)..];
            measure.StartElement(depth, nameLength <= MaxName && local.SequenceEqual("p"u8), isEmpty);
            if (isEmpty) depth--;
        }

        /// <summary>Characters of UTF-8 text: its bytes but the continuation bytes (10xxxxxx).</summary>
        private static int CharacterCount(ReadOnlySpan<byte> text)
        {
            var first = text.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (first < 0) return text.Length;
            var count = first;
            foreach (var b in text[first..])
                if ((b & 0xC0) != 0x80) count++;
            return count;
        }
    }
}
