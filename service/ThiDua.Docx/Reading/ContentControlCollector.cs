using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Markup;
using ThiDua.Docx.Model;

namespace ThiDua.Docx.Reading;

/// <summary>Collects the content controls (<c>w:sdt</c>) met while walking the body, with their properties and extent.</summary>
internal sealed class ContentControlCollector
{
    private sealed class Pending
    {
        public required int Id;
        public required string Tag, Alias, Lock, Type;
        public required ContentControlScope Scope;
        public required string? XPath, StoreItemId, Date, ParentTag;
        public int First = -1, Last = -1;
        public string Text = "";
        public bool ContainsTable;
    }

    private readonly List<Pending> items = [];

    /// <summary>Registers a control when the walker enters it; returns its index.</summary>
    public int Open(OpenXmlElement sdt, ContentControlScope scope, StoryContext ctx, int paragraphIndex)
    {
        var pr = sdt.GetFirstChild<SdtProperties>();
        var type = "richText";
        foreach (var e in pr?.ChildElements ?? [])
        {
            type = e switch
            {
                SdtContentText => "text",
                SdtContentDate => "date",
                SdtContentDropDownList => "dropDownList",
                SdtContentComboBox => "comboBox",
                SdtContentPicture => "picture",
                SdtContentGroup => "group",
                SdtContentDocPartObject => "docPartObject",
                SdtContentRichText => "richText",
                _ when e.LocalName == "checkbox" => "checkBox",
                _ => type,
            };
        }
        var binding = pr?.GetFirstChild<DataBinding>();
        var parent = ctx.Controls.Count > 0 ? items[ctx.Controls[^1]].Tag : null;
        items.Add(new Pending
        {
            Id = Numbers.Int(pr?.GetFirstChild<SdtId>()?.Val) ?? 0,
            Tag = pr?.GetFirstChild<Tag>()?.Val?.Value ?? "",
            Alias = pr?.GetFirstChild<SdtAlias>()?.Val?.Value ?? "",
            Lock = pr?.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Lock>()?.Val?.InnerText ?? "",
            Type = type,
            Scope = scope,
            XPath = binding?.XPath?.Value,
            StoreItemId = binding?.StoreItemId?.Value,
            Date = pr?.GetFirstChild<SdtContentDate>()?.FullDate?.InnerText is { Length: > 0 } d
                && DateTime.TryParse(d, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            ParentTag = string.IsNullOrEmpty(parent) ? null : parent,
            First = scope == ContentControlScope.Inline ? paragraphIndex : -1,
        });
        return items.Count - 1;
    }

    /// <summary>Marks a paragraph as inside the block control <paramref name="id"/> (the innermost open one; see <see cref="MergeInto"/>).</summary>
    public void Touch(int id, int paragraphIndex)
    {
        var c = items[id];
        if (c.First < 0) c.First = paragraphIndex;
        c.Last = paragraphIndex;
    }

    /// <summary>Notes that a table sits inside the control (the innermost open one; see <see cref="MergeInto"/>).</summary>
    public void NoteTable(int id) => items[id].ContainsTable = true;

    /// <summary>
    /// When the block or cell control <paramref name="child"/> closes inside <paramref name="parent"/>: the paragraphs and
    /// tables it held are the parent's too. Only the innermost control is told of each paragraph and table, so nesting
    /// costs one merge per control instead of one mark per paragraph and level.
    /// </summary>
    public void MergeInto(int parent, int child)
    {
        var p = items[parent];
        var c = items[child];
        if (c.First >= 0)
        {
            if (p.First < 0 || c.First < p.First) p.First = c.First;
            if (c.Last > p.Last) p.Last = c.Last;
        }
        p.ContainsTable |= c.ContainsTable;
    }

    /// <summary>Closes an inline control with its text.</summary>
    public void Close(int id, int paragraphIndex, string text)
    {
        var c = items[id];
        c.Last = paragraphIndex;
        c.Text = text;
    }

    /// <summary>The finished list; block controls take the text of their paragraphs.</summary>
    public IReadOnlyList<DocContentControl> Build(IReadOnlyList<DocParagraph> paragraphs) => items.Select(c =>
    {
        var text = c.Scope == ContentControlScope.Inline || c.First < 0
            ? c.Text
            : string.Join("\n", Enumerable.Range(c.First, c.Last - c.First + 1).Select(i => paragraphs[i].RenderedText));
        return new DocContentControl(c.Id, c.Tag, c.Alias, c.Lock, c.Scope, c.Type, c.First, c.Last, text,
            c.XPath, c.StoreItemId, c.Date, c.ContainsTable, c.ParentTag);
    }).ToList();
}
