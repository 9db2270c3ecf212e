using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ThiDua.Plans.Model;

namespace ThiDua.Plans.Extraction;

/// <summary>
/// The identifying data of a recognised plan (<see cref="PlanMetadata"/>): issuer and parent body, số and ký hiệu,
/// địa danh and date, year, trích yếu, and the signer — read from the values recognition parsed (the text the officer
/// sees is the truth, plan-schema.md). Parses nothing itself.
/// </summary>
public static partial class PlanMetadataReader
{
    [GeneratedRegex(@"\bnăm\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearInSubject();

    /// <summary>Reads the metadata of <paramref name="plan"/>.</summary>
    public static PlanMetadata Read(PlanDocument plan)
    {
        var h = plan.Header;
        var number = h.DocumentNumber;
        var date = h.PlaceAndDate;
        var subject = Nfc(h.SubjectText);
        // The plan's year: the one its trích yếu names (kế hoạch … năm 2024), else the year it is dated.
        var year = YearInSubject().Match(subject) is { Success: true } m ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : date?.YearValue;
        var signature = plan.Signature;
        return new PlanMetadata(
            Nfc(h.IssuingAuthorityText),
            Nfc(h.ParentAgencyText),
            number?.Number ?? "",
            Nfc(number?.Symbol ?? ""),
            Nfc(date?.Place ?? ""),
            date?.Date,
            year,
            subject,
            Nfc(signature?.AuthorityText ?? ""),
            Nfc(signature?.Title?.Text ?? ""),
            Nfc(signature?.Name?.Text ?? ""));
    }

    private static string Nfc(string s) => s.Normalize(NormalizationForm.FormC);
}
