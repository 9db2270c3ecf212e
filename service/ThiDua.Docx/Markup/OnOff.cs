using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Docx.Markup;

/// <summary>
/// Reads an on/off property (ECMA-376 Part 1 §17.17.4 <c>ST_OnOff</c>: <c>true</c>, <c>false</c>, <c>on</c>, <c>off</c>,
/// <c>1</c>, <c>0</c>; an element without <c>w:val</c> is on) from the text as written. The SDK's typed values are
/// narrower than the schema: <see cref="OnOffOnlyValues"/> (<c>w:tblHeader</c>, <c>w:cantSplit</c>…) knows only
/// <c>on</c>/<c>off</c> and throws <see cref="FormatException"/> on the <c>true</c>/<c>1</c> LibreOffice writes
/// (dotnet/Open-XML-SDK#780), and <see cref="OnOffValue"/> throws on an empty or unknown value. Every on/off read of the
/// reader goes through here and never throws.
/// </summary>
public static class OnOff
{
    /// <summary>
    /// True for <c>true</c>, <c>on</c>, <c>1</c>, no value at all or an empty one (the element's presence turns the property
    /// on); false for <c>false</c>, <c>off</c>, <c>0</c>. An unknown value counts as on, as the element still states the
    /// property. Case and surrounding white space are ignored.
    /// </summary>
    public static bool IsOn(string? value)
    {
        var v = value.AsSpan().Trim();
        return !(v.Equals("false", StringComparison.OrdinalIgnoreCase) || v.Equals("off", StringComparison.OrdinalIgnoreCase) || v.SequenceEqual("0"));
    }

    /// <summary>The state of an on/off element (<c>w:b</c>, <c>w:keepNext</c>, <c>w:titlePg</c>…); null when the element is absent.</summary>
    public static bool? Of(OnOffType? element) => element is null ? null : IsOn(element.Val?.InnerText);

    /// <summary>The state of an on/off-only element (<c>w:tblHeader</c>, <c>w:cantSplit</c>, <c>w:hidden</c>…); null when the element is absent.</summary>
    public static bool? Of(OnOffOnlyType? element) => element is null ? null : IsOn(element.Val?.InnerText);

    /// <summary>The state of an on/off attribute (<c>w:tblLook/@w:firstRow</c>…); null when the attribute is absent.</summary>
    public static bool? Of(OnOffValue? attribute) => attribute is null ? null : IsOn(attribute.InnerText);
}
