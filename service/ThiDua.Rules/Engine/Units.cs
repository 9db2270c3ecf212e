namespace ThiDua.Rules.Engine;

/// <summary>Formatting of measures in Vietnamese messages (<c>13 pt</c>, <c>1,27 cm</c>, <c>20 mm</c>).</summary>
public static class Units
{
    private static readonly System.Globalization.CultureInfo Vi = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>A size in pt: <c>13,5 pt</c>.</summary>
    public static string Pt(double pt) => pt.ToString("0.#", Vi) + " pt";

    /// <summary>Twips as cm: <c>1,27 cm</c>.</summary>
    public static string Cm(int twips) => (twips / 567.0).ToString("0.##", Vi) + " cm";

    /// <summary>Twips as mm: <c>20 mm</c>.</summary>
    public static string Mm(int twips) => (twips / 56.7).ToString("0.#", Vi) + " mm";

    /// <summary>A yes/no style word list: <c>đậm, nghiêng</c>, or <c>thường</c> when none.</summary>
    public static string Style(bool bold, bool italic, bool underline = false)
    {
        var parts = new List<string>();
        parts.Add(bold ? "đậm" : "không đậm");
        parts.Add(italic ? "nghiêng" : "đứng");
        if (underline) parts.Add("gạch chân");
        return string.Join(", ", parts);
    }
}
