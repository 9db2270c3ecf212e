using System.Text.RegularExpressions;
using ThiDua.Docx.Model;
using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Recognition;

/// <summary>
/// Recognises the lines at the foot of a plan, under its closing part, by their shape and words in any case: ký hiệu người
/// soạn thảo and số lượng bản (<c>PL.(300)</c>, Phụ lục I, Mục III.3) and the issuing body's address and contacts
/// (<c>Địa chỉ: …</c>, <c>Điện thoại: …</c>, <c>Email: …</c>, Mục III.4).
/// </summary>
public static partial class FootLinesRecognizer
{
    /// <summary>Initials, an optional period, the number of copies in brackets: <c>PL.(300)</c>, <c>pl (05)</c>.</summary>
    [GeneratedRegex(@"^(?<i>\p{L}{1,8})\s*\.?\s*\(\s*(?<n>[^()]{1,12}?)\s*\)\s*\.?$")]
    private static partial Regex DrafterLine();

    /// <summary>The words a contact line opens with, folded.</summary>
    [GeneratedRegex(@"^(DIA CHI|DIEN THOAI|DT|TEL|EMAIL|E-MAIL|E MAIL|WEBSITE|WEB|FAX|SO FAX)\s*[:.]")]
    private static partial Regex ContactKey();

    /// <summary>The drafter line <paramref name="line"/> reads as, or null.</summary>
    public static DrafterMark? ReadDrafter(TextSegment line)
    {
        var m = DrafterLine().Match(line.Text);
        if (!m.Success) return null;
        var copies = m.Groups["n"].Value;
        return new DrafterMark(line, m.Groups["i"].Value, copies.All(char.IsAsciiDigit) ? copies : "");
    }

    /// <summary>True for a line of the issuing body's address or contacts.</summary>
    public static bool IsContactLine(string line) => ContactKey().IsMatch(TextKey.Fold(line));

    /// <summary>
    /// The drafter line and the contact lines among <paramref name="from"/>–<paramref name="to"/> (inclusive), and the
    /// recipient lines without the drafter line when it was typed as the last of them.
    /// </summary>
    public static (DrafterMark? Drafter, IReadOnlyList<TextSegment> Contacts, Recipients? Recipients) Recognize(
        DocxDocument doc, Recipients? recipients, int from, int to)
    {
        DrafterMark? drafter = null;
        if (recipients is { Items.Count: > 0 } && ReadDrafter(recipients.Items[^1]) is { } typedAsItem)
        {
            drafter = typedAsItem;
            recipients = recipients with { Items = recipients.Items.Take(recipients.Items.Count - 1).ToList() };
        }
        var contacts = new List<TextSegment>();
        for (var i = Math.Max(0, from); i <= to && i < doc.Paragraphs.Count; i++)
        {
            foreach (var line in TextSegment.Lines(doc.Paragraphs[i]))
            {
                if (drafter is null && ReadDrafter(line) is { } d) drafter = d;
                else if (IsContactLine(line.Text)) contacts.Add(line);
            }
        }
        return (drafter, contacts, recipients);
    }
}
